/*
 * Copyright 2026 the original authors.
 *
 * Licensed under the Apache License, Version 2.0 (the "License");
 * you may not use this file except in compliance with the License.
 * You may obtain a copy of the License at
 *
 *      https://www.apache.org/licenses/LICENSE-2.0
 *
 * Unless required by applicable law or agreed to in writing, software
 * distributed under the License is distributed on an "AS IS" BASIS,
 * WITHOUT WARRANTIES OR CONDITIONS OF ANY KIND, either express or implied.
 * See the License for the specific language governing permissions and
 * limitations under the License.
 */

package io.github.cognitosession.local;

import java.time.Instant;
import java.util.HashMap;
import java.util.Map;

import software.amazon.awssdk.services.cognitoidentityprovider.CognitoIdentityProviderClient;
import software.amazon.awssdk.services.cognitoidentityprovider.model.AuthFlowType;
import software.amazon.awssdk.services.cognitoidentityprovider.model.AuthenticationResultType;
import software.amazon.awssdk.services.cognitoidentityprovider.model.ChallengeNameType;
import software.amazon.awssdk.services.cognitoidentityprovider.model.InitiateAuthResponse;
import software.amazon.awssdk.services.cognitoidentityprovider.model.RespondToAuthChallengeResponse;

/**
 * SRP and password sign-in through the real SDK client, for tests.
 *
 * @author Cognito Session contributors
 */
public final class SignIn {

	private SignIn() {
	}

	/**
	 * Run USER_SRP_AUTH up to the answer of PASSWORD_VERIFIER.
	 * @param client the SDK client
	 * @param setup the provisioned pool and client
	 * @param username the username
	 * @param password the password to prove
	 * @return Cognito's answer to the proof
	 */
	public static RespondToAuthChallengeResponse srp(CognitoIdentityProviderClient client, Provisioned setup,
			String username, String password) {
		TestSrpClient srp = new TestSrpClient();
		Map<String, String> parameters = new HashMap<>(Map.of("USERNAME", username, "SRP_A", srp.srpA()));
		secretHash(setup, username).forEach(parameters::put);
		InitiateAuthResponse challenge = client.initiateAuth((request) -> request.authFlow(AuthFlowType.USER_SRP_AUTH)
			.clientId(setup.clientId())
			.authParameters(parameters));
		Map<String, String> responses = new HashMap<>(
				srp.respond(setup.userPoolId(), password, challenge.challengeParameters(), Instant.now()));
		secretHash(setup, username).forEach(responses::put);
		return client.respondToAuthChallenge((request) -> request.clientId(setup.clientId())
			.challengeName(ChallengeNameType.PASSWORD_VERIFIER)
			.challengeResponses(responses));
	}

	/**
	 * Sign in with SRP and expect tokens.
	 * @param client the SDK client
	 * @param setup the provisioned setup with a user
	 * @return the tokens
	 */
	public static AuthenticationResultType tokens(CognitoIdentityProviderClient client, Provisioned setup) {
		return srp(client, setup, setup.username(), setup.password()).authenticationResult();
	}

	/**
	 * Sign in with USER_PASSWORD_AUTH.
	 * @param client the SDK client
	 * @param setup the provisioned setup
	 * @param password the password
	 * @return Cognito's answer
	 */
	public static InitiateAuthResponse password(CognitoIdentityProviderClient client, Provisioned setup,
			String password) {
		Map<String, String> parameters = new HashMap<>(Map.of("USERNAME", setup.username(), "PASSWORD", password));
		secretHash(setup, setup.username()).forEach(parameters::put);
		return client.initiateAuth((request) -> request.authFlow(AuthFlowType.USER_PASSWORD_AUTH)
			.clientId(setup.clientId())
			.authParameters(parameters));
	}

	static Map<String, String> secretHash(Provisioned setup, String username) {
		if (setup.clientSecret() == null) {
			return Map.of();
		}
		return Map.of("SECRET_HASH", Sdk.secretHash(setup.clientSecret(), username, setup.clientId()));
	}

}
