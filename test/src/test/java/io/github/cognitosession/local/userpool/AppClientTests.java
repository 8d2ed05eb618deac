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

import java.util.Map;

import io.github.cognitosession.local.Sdk;
import io.github.cognitosession.local.TestSrpClient;
import io.github.cognitosession.local.junit.LocalCognitoExtension;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import software.amazon.awssdk.services.cognitoidentityprovider.CognitoIdentityProviderClient;
import software.amazon.awssdk.services.cognitoidentityprovider.model.AuthFlowType;
import software.amazon.awssdk.services.cognitoidentityprovider.model.ChallengeNameType;
import software.amazon.awssdk.services.cognitoidentityprovider.model.ExplicitAuthFlowsType;
import software.amazon.awssdk.services.cognitoidentityprovider.model.InitiateAuthResponse;
import software.amazon.awssdk.services.cognitoidentityprovider.model.InvalidParameterException;
import software.amazon.awssdk.services.cognitoidentityprovider.model.ResourceNotFoundException;
import software.amazon.awssdk.services.cognitoidentityprovider.model.TimeUnitsType;
import software.amazon.awssdk.services.cognitoidentityprovider.model.UserPoolClientType;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatExceptionOfType;

/**
 * App-client lifecycle: Cognito's defaults (auth flows, token validity and units,
 * revocation), the legacy {@code ExplicitAuthFlows} names, validity ranges, update and
 * delete.
 *
 * @author Cognito Session contributors
 */
class AppClientTests {

	@RegisterExtension
	static final LocalCognitoExtension cognito = LocalCognitoExtension.create();

	@Test
	void createUserPoolClientWhenNoSettingsThenCognitosDefaults() {
		try (CognitoIdentityProviderClient admin = Sdk.admin(cognito.cognito())) {
			String poolId = pool(admin);
			UserPoolClientType client = admin
				.createUserPoolClient((request) -> request.userPoolId(poolId).clientName("app"))
				.userPoolClient();
			assertThat(client.clientId()).matches("[a-z0-9]{26}");
			assertThat(client.clientSecret()).isNull();
			assertThat(client.explicitAuthFlows()).containsExactlyInAnyOrder(ExplicitAuthFlowsType.ALLOW_USER_SRP_AUTH,
					ExplicitAuthFlowsType.ALLOW_REFRESH_TOKEN_AUTH, ExplicitAuthFlowsType.ALLOW_CUSTOM_AUTH);
			assertThat(client.accessTokenValidity()).isEqualTo(60);
			assertThat(client.idTokenValidity()).isEqualTo(60);
			assertThat(client.refreshTokenValidity()).isEqualTo(30);
			assertThat(client.tokenValidityUnits().accessToken()).isEqualTo(TimeUnitsType.MINUTES);
			assertThat(client.tokenValidityUnits().idToken()).isEqualTo(TimeUnitsType.MINUTES);
			assertThat(client.tokenValidityUnits().refreshToken()).isEqualTo(TimeUnitsType.DAYS);
			assertThat(client.enableTokenRevocation()).isTrue();
			assertThat(client.authSessionValidity()).isEqualTo(3);
			assertThat(client.allowedOAuthFlowsUserPoolClient()).isFalse();
		}
	}

	@Test
	void clientWithoutExplicitAuthFlowsWhenSrpThenChallengeAndWhenPasswordThenNotEnabled() {
		try (CognitoIdentityProviderClient admin = Sdk.admin(cognito.cognito());
				CognitoIdentityProviderClient client = Sdk.userPools(cognito.cognito())) {
			String poolId = pool(admin);
			String clientId = admin.createUserPoolClient((request) -> request.userPoolId(poolId).clientName("app"))
				.userPoolClient()
				.clientId();
			user(admin, poolId, "alice");
			InitiateAuthResponse srp = client.initiateAuth((request) -> request.clientId(clientId)
				.authFlow(AuthFlowType.USER_SRP_AUTH)
				.authParameters(Map.of("USERNAME", "alice", "SRP_A", new TestSrpClient().srpA())));
			assertThat(srp.challengeName()).isEqualTo(ChallengeNameType.PASSWORD_VERIFIER);
			assertThatExceptionOfType(InvalidParameterException.class)
				.isThrownBy(() -> client.initiateAuth((request) -> request.clientId(clientId)
					.authFlow(AuthFlowType.USER_PASSWORD_AUTH)
					.authParameters(Map.of("USERNAME", "alice", "PASSWORD", "Passw0rd!"))))
				.withMessageContaining("USER_PASSWORD_AUTH flow not enabled for this client");
		}
	}

	@Test
	void legacyFlowNamesWhenCreatedThenReportedAsGivenAndAllowTheirFlowsWithSrp() {
		try (CognitoIdentityProviderClient admin = Sdk.admin(cognito.cognito());
				CognitoIdentityProviderClient client = Sdk.userPools(cognito.cognito())) {
			String poolId = pool(admin);
			UserPoolClientType legacy = admin.createUserPoolClient((request) -> request.userPoolId(poolId)
				.clientName("legacy")
				.explicitAuthFlows(ExplicitAuthFlowsType.USER_PASSWORD_AUTH, ExplicitAuthFlowsType.ADMIN_NO_SRP_AUTH))
				.userPoolClient();
			assertThat(legacy.explicitAuthFlowsAsStrings()).containsExactly("USER_PASSWORD_AUTH", "ADMIN_NO_SRP_AUTH");
			assertThat(admin.describeUserPoolClient((request) -> request.userPoolId(poolId).clientId(legacy.clientId()))
				.userPoolClient()
				.explicitAuthFlowsAsStrings()).containsExactly("USER_PASSWORD_AUTH", "ADMIN_NO_SRP_AUTH");
			user(admin, poolId, "bob");
			assertThat(client
				.initiateAuth((request) -> request.clientId(legacy.clientId())
					.authFlow(AuthFlowType.USER_PASSWORD_AUTH)
					.authParameters(Map.of("USERNAME", "bob", "PASSWORD", "Passw0rd!")))
				.authenticationResult()
				.accessToken()).isNotBlank();
			assertThat(admin
				.adminInitiateAuth((request) -> request.userPoolId(poolId)
					.clientId(legacy.clientId())
					.authFlow(AuthFlowType.ADMIN_USER_PASSWORD_AUTH)
					.authParameters(Map.of("USERNAME", "bob", "PASSWORD", "Passw0rd!")))
				.authenticationResult()
				.idToken()).isNotBlank();
			assertThat(client
				.initiateAuth((request) -> request.clientId(legacy.clientId())
					.authFlow(AuthFlowType.USER_SRP_AUTH)
					.authParameters(Map.of("USERNAME", "bob", "SRP_A", new TestSrpClient().srpA())))
				.challengeName()).isEqualTo(ChallengeNameType.PASSWORD_VERIFIER);
		}
	}

	@Test
	void customAuthFlowOnlyWhenPasswordSignInThenNotEnabled() {
		try (CognitoIdentityProviderClient admin = Sdk.admin(cognito.cognito());
				CognitoIdentityProviderClient client = Sdk.userPools(cognito.cognito())) {
			String poolId = pool(admin);
			String clientId = admin
				.createUserPoolClient((request) -> request.userPoolId(poolId)
					.clientName("custom")
					.explicitAuthFlows(ExplicitAuthFlowsType.CUSTOM_AUTH_FLOW_ONLY))
				.userPoolClient()
				.clientId();
			assertThatExceptionOfType(InvalidParameterException.class)
				.isThrownBy(() -> client.initiateAuth((request) -> request.clientId(clientId)
					.authFlow(AuthFlowType.USER_SRP_AUTH)
					.authParameters(Map.of("USERNAME", "x", "SRP_A", "1234"))))
				.withMessageContaining("USER_SRP_AUTH flow not enabled for this client");
		}
	}

	@Test
	void explicitAuthFlowsWhenLegacyMixedWithAllowValuesThenRefused() {
		try (CognitoIdentityProviderClient admin = Sdk.admin(cognito.cognito())) {
			String poolId = pool(admin);
			assertThatExceptionOfType(InvalidParameterException.class)
				.isThrownBy(() -> admin.createUserPoolClient((request) -> request.userPoolId(poolId)
					.clientName("mixed")
					.explicitAuthFlows(ExplicitAuthFlowsType.ADMIN_NO_SRP_AUTH,
							ExplicitAuthFlowsType.ALLOW_USER_SRP_AUTH)))
				.withMessageContaining("legacy ExplicitAuthFlows values");
		}
	}

	@Test
	void tokenValidityWhenGivenWithUnitsThenReportedAsGivenAndUsedForTokens() {
		try (CognitoIdentityProviderClient admin = Sdk.admin(cognito.cognito())) {
			String poolId = pool(admin);
			UserPoolClientType client = admin
				.createUserPoolClient((request) -> request.userPoolId(poolId)
					.clientName("short")
					.explicitAuthFlows(ExplicitAuthFlowsType.ALLOW_ADMIN_USER_PASSWORD_AUTH)
					.accessTokenValidity(15)
					.idTokenValidity(2)
					.refreshTokenValidity(90)
					.tokenValidityUnits(
							(units) -> units.accessToken(TimeUnitsType.MINUTES).refreshToken(TimeUnitsType.DAYS)))
				.userPoolClient();
			assertThat(client.accessTokenValidity()).isEqualTo(15);
			assertThat(client.tokenValidityUnits().accessToken()).isEqualTo(TimeUnitsType.MINUTES);
			assertThat(client.idTokenValidity()).isEqualTo(2);
			assertThat(client.tokenValidityUnits().idToken()).isEqualTo(TimeUnitsType.HOURS);
			assertThat(client.refreshTokenValidity()).isEqualTo(90);
			user(admin, poolId, "carol");
			assertThat(admin
				.adminInitiateAuth((request) -> request.userPoolId(poolId)
					.clientId(client.clientId())
					.authFlow(AuthFlowType.ADMIN_USER_PASSWORD_AUTH)
					.authParameters(Map.of("USERNAME", "carol", "PASSWORD", "Passw0rd!")))
				.authenticationResult()
				.expiresIn()).isEqualTo(15 * 60);
		}
	}

	@Test
	void tokenValidityWhenOutOfCognitosRangeThenInvalidRange() {
		try (CognitoIdentityProviderClient admin = Sdk.admin(cognito.cognito())) {
			String poolId = pool(admin);
			assertThatExceptionOfType(InvalidParameterException.class)
				.isThrownBy(() -> admin.createUserPoolClient((request) -> request.userPoolId(poolId)
					.clientName("too-short")
					.accessTokenValidity(1)
					.tokenValidityUnits((units) -> units.accessToken(TimeUnitsType.MINUTES))))
				.withMessageContaining("Invalid range for token validity");
		}
	}

	@Test
	void updateUserPoolClientWhenSettingOmittedThenDefaultAgainAndSecretKept() {
		try (CognitoIdentityProviderClient admin = Sdk.admin(cognito.cognito())) {
			String poolId = pool(admin);
			UserPoolClientType created = admin
				.createUserPoolClient((request) -> request.userPoolId(poolId)
					.clientName("web")
					.generateSecret(true)
					.callbackURLs("https://app.example.com/cb")
					.explicitAuthFlows(ExplicitAuthFlowsType.ALLOW_USER_PASSWORD_AUTH))
				.userPoolClient();
			UserPoolClientType updated = admin
				.updateUserPoolClient((request) -> request.userPoolId(poolId)
					.clientId(created.clientId())
					.clientName("web-2")
					.accessTokenValidity(2))
				.userPoolClient();
			assertThat(updated.clientName()).isEqualTo("web-2");
			assertThat(updated.clientSecret()).isEqualTo(created.clientSecret());
			assertThat(updated.callbackURLs()).isEmpty();
			assertThat(updated.explicitAuthFlows()).contains(ExplicitAuthFlowsType.ALLOW_USER_SRP_AUTH);
			assertThat(updated.accessTokenValidity()).isEqualTo(2);
			assertThat(updated.tokenValidityUnits().accessToken()).isEqualTo(TimeUnitsType.HOURS);
		}
	}

	@Test
	void deleteUserPoolClientWhenDeletedThenListedNoMoreAndDescribeNotFound() {
		try (CognitoIdentityProviderClient admin = Sdk.admin(cognito.cognito())) {
			String poolId = pool(admin);
			String keep = admin.createUserPoolClient((request) -> request.userPoolId(poolId).clientName("keep"))
				.userPoolClient()
				.clientId();
			String drop = admin.createUserPoolClient((request) -> request.userPoolId(poolId).clientName("drop"))
				.userPoolClient()
				.clientId();
			admin.deleteUserPoolClient((request) -> request.userPoolId(poolId).clientId(drop));
			assertThat(admin.listUserPoolClients((request) -> request.userPoolId(poolId)).userPoolClients())
				.extracting((client) -> client.clientId())
				.containsExactly(keep);
			assertThatExceptionOfType(ResourceNotFoundException.class)
				.isThrownBy(() -> admin.describeUserPoolClient((request) -> request.userPoolId(poolId).clientId(drop)))
				.withMessageContaining("User pool client " + drop + " does not exist.");
		}
	}

	private static String pool(CognitoIdentityProviderClient admin) {
		return admin.createUserPool((request) -> request.poolName("clients")).userPool().id();
	}

	private static void user(CognitoIdentityProviderClient admin, String poolId, String username) {
		admin.adminCreateUser((request) -> request.userPoolId(poolId).username(username).messageAction("SUPPRESS"));
		admin.adminSetUserPassword(
				(request) -> request.userPoolId(poolId).username(username).password("Passw0rd!").permanent(true));
	}

}
