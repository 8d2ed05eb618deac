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

package io.github.cognitosession.local.userpool;

import java.time.Instant;
import java.util.Base64;
import java.util.HashMap;
import java.util.Map;

import io.github.cognitosession.local.Provisioned;
import io.github.cognitosession.local.Sdk;
import io.github.cognitosession.local.SignIn;
import io.github.cognitosession.local.TestSrpClient;
import io.github.cognitosession.local.UserPoolsClientExtension;
import io.github.cognitosession.local.junit.LocalCognitoExtension;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import software.amazon.awssdk.services.cognitoidentityprovider.model.AuthFlowType;
import software.amazon.awssdk.services.cognitoidentityprovider.model.AuthenticationResultType;
import software.amazon.awssdk.services.cognitoidentityprovider.model.ChallengeNameType;
import software.amazon.awssdk.services.cognitoidentityprovider.model.InitiateAuthResponse;
import software.amazon.awssdk.services.cognitoidentityprovider.model.InvalidParameterException;
import software.amazon.awssdk.services.cognitoidentityprovider.model.NotAuthorizedException;
import software.amazon.awssdk.services.cognitoidentityprovider.model.UserNotFoundException;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatExceptionOfType;

/**
 * USER_SRP_AUTH and USER_PASSWORD_AUTH through the real SDK userPools.client(), with the
 * emulator doing the real server-side SRP check.
 *
 * @author Cognito Session contributors
 */
class SrpAuthenticationTests {

	private static final String PASSWORD = "Correct-Horse-1";

	@RegisterExtension
	static final LocalCognitoExtension cognito = LocalCognitoExtension.create();

	@RegisterExtension
	static final UserPoolsClientExtension userPools = UserPoolsClientExtension.on(cognito);

	@Test
	void srpWhenPasswordIsRightThenIssuesTokens() {
		Provisioned setup = cognito.provision().user("alice", PASSWORD).create();
		AuthenticationResultType tokens = SignIn.tokens(userPools.client(), setup);
		assertThat(tokens.idToken()).isNotBlank();
		assertThat(tokens.accessToken()).isNotBlank();
		assertThat(tokens.refreshToken()).isNotBlank();
		assertThat(tokens.expiresIn()).isEqualTo(3600);
		assertThat(tokens.tokenType()).isEqualTo("Bearer");
	}

	@Test
	void srpWhenPasswordIsWrongThenNotAuthorized() {
		Provisioned setup = cognito.provision().user("alice", PASSWORD).create();
		assertThatExceptionOfType(NotAuthorizedException.class)
			.isThrownBy(() -> SignIn.srp(userPools.client(), setup, "alice", "Wrong-Horse-1"))
			.withMessageContaining("Incorrect username or password.")
			.satisfies((ex) -> assertThat(ex.statusCode()).isEqualTo(400));
	}

	@Test
	void srpWhenProofIsTamperedThenNotAuthorized() {
		Provisioned setup = cognito.provision().user("alice", PASSWORD).create();
		TestSrpClient srp = new TestSrpClient();
		InitiateAuthResponse challenge = userPools.client()
			.initiateAuth((request) -> request.authFlow(AuthFlowType.USER_SRP_AUTH)
				.clientId(setup.clientId())
				.authParameters(Map.of("USERNAME", "alice", "SRP_A", srp.srpA())));
		Map<String, String> responses = new HashMap<>(
				srp.respond(setup.userPoolId(), PASSWORD, challenge.challengeParameters(), Instant.now()));
		byte[] signature = Base64.getDecoder().decode(responses.get("PASSWORD_CLAIM_SIGNATURE"));
		signature[0] ^= 1;
		responses.put("PASSWORD_CLAIM_SIGNATURE", Base64.getEncoder().encodeToString(signature));
		assertThatExceptionOfType(NotAuthorizedException.class).isThrownBy(() -> userPools.client()
			.respondToAuthChallenge((request) -> request.clientId(setup.clientId())
				.challengeName(ChallengeNameType.PASSWORD_VERIFIER)
				.challengeResponses(responses)));
	}

	@Test
	void srpWhenSecretBlockIsReusedThenNotAuthorized() {
		Provisioned setup = cognito.provision().user("alice", PASSWORD).create();
		TestSrpClient srp = new TestSrpClient();
		InitiateAuthResponse challenge = userPools.client()
			.initiateAuth((request) -> request.authFlow(AuthFlowType.USER_SRP_AUTH)
				.clientId(setup.clientId())
				.authParameters(Map.of("USERNAME", "alice", "SRP_A", srp.srpA())));
		Map<String, String> responses = srp.respond(setup.userPoolId(), PASSWORD, challenge.challengeParameters(),
				Instant.now());
		userPools.client()
			.respondToAuthChallenge((request) -> request.clientId(setup.clientId())
				.challengeName(ChallengeNameType.PASSWORD_VERIFIER)
				.challengeResponses(responses));
		assertThatExceptionOfType(NotAuthorizedException.class)
			.isThrownBy(() -> userPools.client()
				.respondToAuthChallenge((request) -> request.clientId(setup.clientId())
					.challengeName(ChallengeNameType.PASSWORD_VERIFIER)
					.challengeResponses(responses)))
			.withMessageContaining("Invalid session");
	}

	@Test
	void srpWhenChallengeParametersThenLookLikeCognitos() {
		Provisioned setup = cognito.provision().user("alice", PASSWORD).create();
		InitiateAuthResponse challenge = userPools.client()
			.initiateAuth((request) -> request.authFlow(AuthFlowType.USER_SRP_AUTH)
				.clientId(setup.clientId())
				.authParameters(Map.of("USERNAME", "alice", "SRP_A", new TestSrpClient().srpA())));
		assertThat(challenge.challengeName()).isEqualTo(ChallengeNameType.PASSWORD_VERIFIER);
		assertThat(challenge.challengeParameters()).containsKeys("SALT", "SRP_B", "SECRET_BLOCK")
			.containsEntry("USER_ID_FOR_SRP", "alice")
			.containsEntry("USERNAME", "alice");
		assertThat(challenge.challengeParameters().get("SRP_B")).matches("[0-9a-f]+");
	}

	@Test
	void srpWhenClientPublicValueIsZeroModNThenInvalidParameter() {
		Provisioned setup = cognito.provision().user("alice", PASSWORD).create();
		assertThatExceptionOfType(InvalidParameterException.class).isThrownBy(() -> userPools.client()
			.initiateAuth((request) -> request.authFlow(AuthFlowType.USER_SRP_AUTH)
				.clientId(setup.clientId())
				.authParameters(Map.of("USERNAME", "alice", "SRP_A",
						io.github.cognitosession.local.srp.SrpGroup.N.toString(16)))));
	}

	@Test
	void srpWhenUserIsUnknownThenUserNotFound() {
		Provisioned setup = cognito.provision().create();
		assertThatExceptionOfType(UserNotFoundException.class)
			.isThrownBy(() -> SignIn.srp(userPools.client(), setup, "nobody", PASSWORD));
	}

	@Test
	void srpWhenClientHasSecretAndHashIsMissingThenNotAuthorized() {
		Provisioned setup = cognito.provision().clientSecret(true).user("alice", PASSWORD).create();
		assertThatExceptionOfType(NotAuthorizedException.class)
			.isThrownBy(() -> userPools.client()
				.initiateAuth((request) -> request.authFlow(AuthFlowType.USER_SRP_AUTH)
					.clientId(setup.clientId())
					.authParameters(Map.of("USERNAME", "alice", "SRP_A", new TestSrpClient().srpA()))))
			.withMessageContaining("secret");
	}

	@Test
	void srpWhenClientHasSecretAndHashIsWrongThenNotAuthorized() {
		Provisioned setup = cognito.provision().clientSecret(true).user("alice", PASSWORD).create();
		String wrongHash = Sdk.secretHash("not-the-secret", "alice", setup.clientId());
		assertThatExceptionOfType(NotAuthorizedException.class)
			.isThrownBy(() -> userPools.client()
				.initiateAuth((request) -> request.authFlow(AuthFlowType.USER_SRP_AUTH)
					.clientId(setup.clientId())
					.authParameters(Map.of("USERNAME", "alice", "SRP_A", new TestSrpClient().srpA(), "SECRET_HASH",
							wrongHash))))
			.withMessageContaining("Unable to verify secret hash");
	}

	@Test
	void srpWhenClientHasSecretAndHashIsRightThenIssuesTokens() {
		Provisioned setup = cognito.provision().clientSecret(true).user("alice", PASSWORD).create();
		assertThat(setup.clientSecret()).isNotBlank();
		assertThat(SignIn.tokens(userPools.client(), setup).accessToken()).isNotBlank();
	}

	@Test
	void passwordAuthWhenPasswordIsRightThenIssuesTokens() {
		Provisioned setup = cognito.provision().user("alice", PASSWORD).create();
		assertThat(SignIn.password(userPools.client(), setup, PASSWORD).authenticationResult().idToken()).isNotBlank();
	}

	@Test
	void passwordAuthWhenPasswordIsWrongThenNotAuthorizedWithoutEchoingIt() {
		Provisioned setup = cognito.provision().user("alice", PASSWORD).create();
		assertThatExceptionOfType(NotAuthorizedException.class)
			.isThrownBy(() -> SignIn.password(userPools.client(), setup, "Wrong-Horse-1"))
			.satisfies((ex) -> assertThat(ex.getMessage()).doesNotContain("Wrong-Horse-1"));
	}

	@Test
	void passwordAuthWhenClientDoesNotAllowItThenInvalidParameter() {
		Provisioned setup = cognito.provision()
			.explicitAuthFlows("ALLOW_USER_SRP_AUTH", "ALLOW_REFRESH_TOKEN_AUTH")
			.user("alice", PASSWORD)
			.create();
		assertThatExceptionOfType(InvalidParameterException.class)
			.isThrownBy(() -> SignIn.password(userPools.client(), setup, PASSWORD))
			.withMessageContaining("USER_PASSWORD_AUTH flow not enabled");
	}

}
