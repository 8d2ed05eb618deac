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

package io.github.cognitosession.local.standalone;

import java.time.Instant;
import java.util.Map;

import io.github.cognitosession.local.LocalCognito;
import io.github.cognitosession.local.Sdk;
import io.github.cognitosession.local.TestSrpClient;
import org.junit.jupiter.api.Test;
import software.amazon.awssdk.services.cognitoidentity.CognitoIdentityClient;
import software.amazon.awssdk.services.cognitoidentity.model.CognitoIdentityProvider;
import software.amazon.awssdk.services.cognitoidentityprovider.CognitoIdentityProviderClient;
import software.amazon.awssdk.services.cognitoidentityprovider.model.AuthFlowType;
import software.amazon.awssdk.services.cognitoidentityprovider.model.AuthenticationResultType;
import software.amazon.awssdk.services.cognitoidentityprovider.model.ChallengeNameType;
import software.amazon.awssdk.services.cognitoidentityprovider.model.InitiateAuthResponse;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * A standalone-style emulator (configured from the command line) provisioned only with
 * ordinary admin calls of the SDK, as the AWS CLI would, then serving an SRP sign-in and
 * an identity-pool login.
 *
 * @author Cognito Session contributors
 */
class AdminProvisioningTests {

	@Test
	void emulatorWhenProvisionedWithAdminCallsThenServesSrpSignInAndCredentials() {
		try (LocalCognito cognito = LocalCognitoMain.parse(new String[] { "--port", "0" }).build().start();
				CognitoIdentityProviderClient admin = Sdk.admin(cognito);
				CognitoIdentityProviderClient client = Sdk.userPools(cognito);
				CognitoIdentityClient identity = Sdk.identityPools(cognito)) {
			String poolId = admin.createUserPool((request) -> request.poolName("demo")).userPool().id();
			String clientId = admin.createUserPoolClient((request) -> request.userPoolId(poolId).clientName("cli"))
				.userPoolClient()
				.clientId();
			admin.adminCreateUser((request) -> request.userPoolId(poolId)
				.username("alice")
				.temporaryPassword("Temporary-1")
				.messageAction("SUPPRESS"));
			admin.adminSetUserPassword(
					(request) -> request.userPoolId(poolId).username("alice").password("Passw0rd!").permanent(true));
			String providerName = "cognito-idp." + cognito.region() + ".amazonaws.com/" + poolId;
			String identityPoolId = identity
				.createIdentityPool((request) -> request.identityPoolName("demo")
					.allowUnauthenticatedIdentities(true)
					.cognitoIdentityProviders(
							CognitoIdentityProvider.builder().providerName(providerName).clientId(clientId).build()))
				.identityPoolId();

			TestSrpClient srp = new TestSrpClient();
			InitiateAuthResponse challenge = client
				.initiateAuth((request) -> request.authFlow(AuthFlowType.USER_SRP_AUTH)
					.clientId(clientId)
					.authParameters(Map.of("USERNAME", "alice", "SRP_A", srp.srpA())));
			AuthenticationResultType tokens = client.respondToAuthChallenge((request) -> request.clientId(clientId)
				.challengeName(ChallengeNameType.PASSWORD_VERIFIER)
				.challengeResponses(srp.respond(poolId, "Passw0rd!", challenge.challengeParameters(), Instant.now())))
				.authenticationResult();
			assertThat(tokens.idToken()).isNotBlank();

			Map<String, String> logins = Map.of(providerName, tokens.idToken());
			String identityId = identity.getId((request) -> request.identityPoolId(identityPoolId).logins(logins))
				.identityId();
			assertThat(identity.getCredentialsForIdentity((request) -> request.identityId(identityId).logins(logins))
				.credentials()
				.accessKeyId()).startsWith("ASIA");
		}
	}

}
