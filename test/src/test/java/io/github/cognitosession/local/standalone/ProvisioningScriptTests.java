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

import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import com.nimbusds.jwt.JWTClaimsSet;
import com.nimbusds.jwt.JWTParser;
import io.github.cognitosession.local.LocalCognito;
import io.github.cognitosession.local.Sdk;
import org.junit.jupiter.api.Test;
import software.amazon.awssdk.services.cognitoidentity.CognitoIdentityClient;
import software.amazon.awssdk.services.cognitoidentity.model.CognitoIdentityProvider;
import software.amazon.awssdk.services.cognitoidentity.model.Credentials;
import software.amazon.awssdk.services.cognitoidentity.model.IdentityPoolShortDescription;
import software.amazon.awssdk.services.cognitoidentity.model.RoleMapping;
import software.amazon.awssdk.services.cognitoidentityprovider.CognitoIdentityProviderClient;
import software.amazon.awssdk.services.cognitoidentityprovider.model.AdminInitiateAuthResponse;
import software.amazon.awssdk.services.cognitoidentityprovider.model.AttributeType;
import software.amazon.awssdk.services.cognitoidentityprovider.model.AuthFlowType;
import software.amazon.awssdk.services.cognitoidentityprovider.model.DescribeUserPoolResponse;
import software.amazon.awssdk.services.cognitoidentityprovider.model.ExplicitAuthFlowsType;
import software.amazon.awssdk.services.cognitoidentityprovider.model.GroupType;
import software.amazon.awssdk.services.cognitoidentityprovider.model.ListUsersResponse;
import software.amazon.awssdk.services.cognitoidentityprovider.model.ResourceNotFoundException;
import software.amazon.awssdk.services.cognitoidentityprovider.model.UserPoolClientDescription;
import software.amazon.awssdk.services.cognitoidentityprovider.model.UserPoolClientType;
import software.amazon.awssdk.services.cognitoidentityprovider.model.UserPoolMfaType;
import software.amazon.awssdk.services.cognitoidentityprovider.model.UserStatusType;
import software.amazon.awssdk.services.cognitoidentityprovider.model.UserType;
import software.amazon.awssdk.services.cognitoidentityprovider.model.VerifiedAttributeType;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatExceptionOfType;

/**
 * The acceptance script: provisioning and teardown written as people write it for AWS
 * (boto3 or AWS CLI shapes, here through the AWS SDK for Java with ordinary credentials)
 * against the emulator started as the standalone jar starts it. A pool with MFA and an
 * SMS configuration, clients with and without secrets and with legacy flow names, groups,
 * users made through admin calls, an admin sign-in, an identity pool with token-based
 * role mapping, then everything deleted again.
 *
 * @author Cognito Session contributors
 */
class ProvisioningScriptTests {

	private static final String ADMIN_ROLE = "arn:aws:iam::123456789012:role/admins";

	private static final String READER_ROLE = "arn:aws:iam::123456789012:role/readers";

	@Test
	void scriptWhenRunAgainstStandaloneEmulatorThenProvisionsSignsInAndTearsDown() throws Exception {
		try (LocalCognito cognito = LocalCognitoMain.parse(new String[] { "--port", "0" }).build().start();
				CognitoIdentityProviderClient idp = Sdk.admin(cognito);
				CognitoIdentityClient identity = Sdk.identityPools(cognito)) {
			// create_user_pool
			String poolId = idp
				.createUserPool((request) -> request.poolName("acme-users")
					.policies((policies) -> policies.passwordPolicy((password) -> password.minimumLength(10)
						.requireUppercase(true)
						.requireLowercase(true)
						.requireNumbers(true)
						.requireSymbols(false)
						.temporaryPasswordValidityDays(3)))
					.mfaConfiguration(UserPoolMfaType.OPTIONAL)
					.smsConfiguration((sms) -> sms.snsCallerArn("arn:aws:iam::123456789012:role/cognito-sms")
						.externalId("acme-external-id")
						.snsRegion("us-east-1"))
					.smsAuthenticationMessage("Your code is {####}")
					.autoVerifiedAttributes(VerifiedAttributeType.EMAIL)
					.usernameConfiguration((username) -> username.caseSensitive(false))
					.schema((attribute) -> attribute.name("tenant")
						.attributeDataType("String")
						.mutable(true)
						.stringAttributeConstraints((constraints) -> constraints.minLength("1").maxLength("64")))
					.adminCreateUserConfig((admin) -> admin.allowAdminCreateUserOnly(true))
					.accountRecoverySetting((recovery) -> recovery
						.recoveryMechanisms((mechanism) -> mechanism.name("verified_email").priority(1)))
					.userPoolTags(Map.of("team", "identity")))
				.userPool()
				.id();
			// set_user_pool_mfa_config
			idp.setUserPoolMfaConfig((request) -> request.userPoolId(poolId)
				.mfaConfiguration(UserPoolMfaType.OPTIONAL)
				.softwareTokenMfaConfiguration((totp) -> totp.enabled(true))
				.smsMfaConfiguration((sms) -> sms.smsAuthenticationMessage("Your code is {####}")
					.smsConfiguration((config) -> config.snsCallerArn("arn:aws:iam::123456789012:role/cognito-sms")
						.externalId("acme-external-id"))));
			idp.createUserPoolDomain((request) -> request.userPoolId(poolId).domain("acme-login"));
			// create_user_pool_client: a public client with legacy flow names, a
			// confidential web client, a client with Cognito's default flows
			UserPoolClientType legacy = idp.createUserPoolClient((request) -> request.userPoolId(poolId)
				.clientName("scripts")
				.explicitAuthFlows(ExplicitAuthFlowsType.ADMIN_NO_SRP_AUTH, ExplicitAuthFlowsType.USER_PASSWORD_AUTH))
				.userPoolClient();
			UserPoolClientType web = idp
				.createUserPoolClient((request) -> request.userPoolId(poolId)
					.clientName("web")
					.generateSecret(true)
					.explicitAuthFlows(ExplicitAuthFlowsType.ALLOW_ADMIN_USER_PASSWORD_AUTH,
							ExplicitAuthFlowsType.ALLOW_REFRESH_TOKEN_AUTH)
					.allowedOAuthFlowsUserPoolClient(true)
					.allowedOAuthFlowsWithStrings("code")
					.allowedOAuthScopes("openid", "email")
					.callbackURLs("https://app.example.com/callback")
					.supportedIdentityProviders("COGNITO")
					.accessTokenValidity(30)
					.tokenValidityUnits((units) -> units.accessToken("minutes")))
				.userPoolClient();
			UserPoolClientType mobile = idp
				.createUserPoolClient((request) -> request.userPoolId(poolId).clientName("mobile"))
				.userPoolClient();
			assertThat(legacy.explicitAuthFlowsAsStrings()).containsExactly("ADMIN_NO_SRP_AUTH", "USER_PASSWORD_AUTH");
			assertThat(web.clientSecret()).isNotBlank();
			assertThat(mobile.explicitAuthFlows()).containsExactlyInAnyOrder(ExplicitAuthFlowsType.ALLOW_USER_SRP_AUTH,
					ExplicitAuthFlowsType.ALLOW_REFRESH_TOKEN_AUTH, ExplicitAuthFlowsType.ALLOW_CUSTOM_AUTH);
			// create_group
			idp.createGroup((request) -> request.userPoolId(poolId)
				.groupName("admins")
				.description("Administrators")
				.roleArn(ADMIN_ROLE)
				.precedence(1));
			idp.createGroup(
					(request) -> request.userPoolId(poolId).groupName("readers").roleArn(READER_ROLE).precedence(10));
			// admin_create_user, admin_set_user_password, admin_add_user_to_group
			for (String name : List.of("alice", "bob")) {
				UserType user = idp
					.adminCreateUser((request) -> request.userPoolId(poolId)
						.username(name)
						.temporaryPassword("Temporary-Pass1")
						.messageAction("SUPPRESS")
						.userAttributes(attribute("email", name + "@example.com"), attribute("email_verified", "true"),
								attribute("custom:tenant", "acme")))
					.user();
				assertThat(user.userStatus()).isEqualTo(UserStatusType.FORCE_CHANGE_PASSWORD);
				idp.adminSetUserPassword((request) -> request.userPoolId(poolId)
					.username(name)
					.password("Permanent-Pass1")
					.permanent(true));
				idp.adminAddUserToGroup((request) -> request.userPoolId(poolId).username(name).groupName("readers"));
			}
			idp.adminAddUserToGroup((request) -> request.userPoolId(poolId).username("alice").groupName("admins"));
			// admin_initiate_auth with the legacy flow name and with the secret client
			AdminInitiateAuthResponse legacyAuth = idp.adminInitiateAuth((request) -> request.userPoolId(poolId)
				.clientId(legacy.clientId())
				.authFlow(AuthFlowType.ADMIN_NO_SRP_AUTH)
				.authParameters(Map.of("USERNAME", "ALICE", "PASSWORD", "Permanent-Pass1")));
			JWTClaimsSet idToken = JWTParser.parse(legacyAuth.authenticationResult().idToken()).getJWTClaimsSet();
			assertThat(idToken.getStringListClaim("cognito:groups")).containsExactly("admins", "readers");
			assertThat(idToken.getStringClaim("cognito:preferred_role")).isEqualTo(ADMIN_ROLE);
			assertThat(idToken.getStringClaim("custom:tenant")).isEqualTo("acme");
			AdminInitiateAuthResponse webAuth = idp.adminInitiateAuth((request) -> request.userPoolId(poolId)
				.clientId(web.clientId())
				.authFlow(AuthFlowType.ADMIN_USER_PASSWORD_AUTH)
				.authParameters(Map.of("USERNAME", "bob", "PASSWORD", "Permanent-Pass1", "SECRET_HASH",
						Sdk.secretHash(web.clientSecret(), "bob", web.clientId()))));
			assertThat(webAuth.authenticationResult().expiresIn()).isEqualTo(1800);
			// an identity pool whose roles come from the token
			String providerName = "cognito-idp." + cognito.region() + ".amazonaws.com/" + poolId;
			String identityPoolId = identity
				.createIdentityPool((request) -> request.identityPoolName("acme_identities")
					.allowUnauthenticatedIdentities(false)
					.cognitoIdentityProviders(CognitoIdentityProvider.builder()
						.providerName(providerName)
						.clientId(legacy.clientId())
						.build()))
				.identityPoolId();
			identity.setIdentityPoolRoles((request) -> request.identityPoolId(identityPoolId)
				.roles(Map.of("authenticated", READER_ROLE))
				.roleMappings(Map.of(providerName + ":" + legacy.clientId(),
						RoleMapping.builder().type("Token").ambiguousRoleResolution("AuthenticatedRole").build())));
			Map<String, String> logins = Map.of(providerName, legacyAuth.authenticationResult().idToken());
			String identityId = identity.getId((request) -> request.identityPoolId(identityPoolId).logins(logins))
				.identityId();
			Credentials credentials = identity
				.getCredentialsForIdentity((request) -> request.identityId(identityId).logins(logins))
				.credentials();
			assertThat(cognito.assumedRole(credentials.accessKeyId())).hasValue(ADMIN_ROLE);

			DescribeUserPoolResponse described = idp.describeUserPool((request) -> request.userPoolId(poolId));
			assertThat(described.userPool().mfaConfiguration()).isEqualTo(UserPoolMfaType.OPTIONAL);
			assertThat(described.userPool().smsConfiguration().externalId()).isEqualTo("acme-external-id");
			assertThat(described.userPool().estimatedNumberOfUsers()).isEqualTo(2);
			assertThat(described.userPool().domain()).isEqualTo("acme-login");
			assertThat(idp.getUserPoolMfaConfig((request) -> request.userPoolId(poolId))
				.softwareTokenMfaConfiguration()
				.enabled()).isTrue();

			// Teardown, as clean-up scripts do it: list, delete, until nothing is left.
			List<String> usernames = new ArrayList<>();
			String token = null;
			do {
				String page = token;
				ListUsersResponse users = idp
					.listUsers((request) -> request.userPoolId(poolId).limit(1).paginationToken(page));
				users.users().forEach((user) -> {
					usernames.add(user.username());
					idp.adminDeleteUser((request) -> request.userPoolId(poolId).username(user.username()));
				});
				token = users.paginationToken();
			}
			while (token != null);
			assertThat(usernames).containsExactly("alice", "bob");
			for (GroupType group : idp.listGroups((request) -> request.userPoolId(poolId)).groups()) {
				idp.deleteGroup((request) -> request.userPoolId(poolId).groupName(group.groupName()));
			}
			for (UserPoolClientDescription client : idp
				.listUserPoolClients((request) -> request.userPoolId(poolId).maxResults(60))
				.userPoolClients()) {
				idp.deleteUserPoolClient((request) -> request.userPoolId(poolId).clientId(client.clientId()));
			}
			idp.deleteUserPoolDomain((request) -> request.userPoolId(poolId).domain("acme-login"));
			for (IdentityPoolShortDescription pool : identity.listIdentityPools((request) -> request.maxResults(60))
				.identityPools()) {
				identity.deleteIdentityPool((request) -> request.identityPoolId(pool.identityPoolId()));
			}
			idp.deleteUserPool((request) -> request.userPoolId(poolId));

			assertThat(idp.listUserPools((request) -> request.maxResults(60)).userPools()).isEmpty();
			assertThat(identity.listIdentityPools((request) -> request.maxResults(60)).identityPools()).isEmpty();
			assertThatExceptionOfType(ResourceNotFoundException.class)
				.isThrownBy(() -> idp.describeUserPool((request) -> request.userPoolId(poolId)));
		}
	}

	private static AttributeType attribute(String name, String value) {
		return AttributeType.builder().name(name).value(value).build();
	}

}
