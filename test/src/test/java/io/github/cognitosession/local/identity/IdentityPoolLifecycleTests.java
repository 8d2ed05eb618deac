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

package io.github.cognitosession.local.identity;

import java.util.Map;

import io.github.cognitosession.local.Provisioned;
import io.github.cognitosession.local.Sdk;
import io.github.cognitosession.local.SignIn;
import io.github.cognitosession.local.junit.LocalCognitoExtension;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import software.amazon.awssdk.services.cognitoidentity.CognitoIdentityClient;
import software.amazon.awssdk.services.cognitoidentity.model.DescribeIdentityPoolResponse;
import software.amazon.awssdk.services.cognitoidentity.model.GetIdentityPoolRolesResponse;
import software.amazon.awssdk.services.cognitoidentity.model.MappingRule;
import software.amazon.awssdk.services.cognitoidentity.model.NotAuthorizedException;
import software.amazon.awssdk.services.cognitoidentity.model.ResourceNotFoundException;
import software.amazon.awssdk.services.cognitoidentity.model.RoleMapping;
import software.amazon.awssdk.services.cognitoidentityprovider.CognitoIdentityProviderClient;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatExceptionOfType;

/**
 * Identity-pool lifecycle and roles: update, delete and list pools, roles and role
 * mappings, and the role credentials are issued for (token-based mapping by
 * {@code cognito:preferred_role}, rules, {@code CustomRoleArn} checked against
 * {@code cognito:roles}, ambiguous resolution).
 *
 * @author Cognito Session contributors
 */
class IdentityPoolLifecycleTests {

	private static final String AUTHENTICATED = "arn:aws:iam::123456789012:role/authenticated";

	private static final String GUEST = "arn:aws:iam::123456789012:role/guest";

	private static final String ADMIN = "arn:aws:iam::123456789012:role/admin";

	private static final String EDITOR = "arn:aws:iam::123456789012:role/editor";

	@RegisterExtension
	static final LocalCognitoExtension cognito = LocalCognitoExtension.create();

	@Test
	void identityPoolWhenUpdatedListedAndDeletedThenCognitosAnswers() {
		try (CognitoIdentityClient identity = Sdk.identityPools(cognito.cognito())) {
			String poolId = identity
				.createIdentityPool((request) -> request.identityPoolName("first")
					.allowUnauthenticatedIdentities(true)
					.identityPoolTags(Map.of("team", "identity")))
				.identityPoolId();
			identity.updateIdentityPool((request) -> request.identityPoolId(poolId)
				.identityPoolName("renamed")
				.allowUnauthenticatedIdentities(false)
				.supportedLoginProviders(Map.of("accounts.google.com", "google-app-id")));
			DescribeIdentityPoolResponse updated = identity
				.describeIdentityPool((request) -> request.identityPoolId(poolId));
			assertThat(updated.identityPoolName()).isEqualTo("renamed");
			assertThat(updated.allowUnauthenticatedIdentities()).isFalse();
			assertThat(updated.supportedLoginProviders()).containsEntry("accounts.google.com", "google-app-id");
			assertThat(updated.identityPoolTags()).isEmpty();
			assertThat(identity.listIdentityPools((request) -> request.maxResults(60)).identityPools())
				.anySatisfy((pool) -> assertThat(pool.identityPoolName()).isEqualTo("renamed"));
			identity.deleteIdentityPool((request) -> request.identityPoolId(poolId));
			assertThatExceptionOfType(ResourceNotFoundException.class)
				.isThrownBy(() -> identity.describeIdentityPool((request) -> request.identityPoolId(poolId)));
		}
	}

	@Test
	void rolesWhenSetThenReturnedAndGuestCredentialsAreForTheUnauthenticatedRole() {
		try (CognitoIdentityClient identity = Sdk.identityPools(cognito.cognito())) {
			String poolId = identity
				.createIdentityPool(
						(request) -> request.identityPoolName("guests").allowUnauthenticatedIdentities(true))
				.identityPoolId();
			identity.setIdentityPoolRoles((request) -> request.identityPoolId(poolId)
				.roles(Map.of("authenticated", AUTHENTICATED, "unauthenticated", GUEST)));
			GetIdentityPoolRolesResponse roles = identity
				.getIdentityPoolRoles((request) -> request.identityPoolId(poolId));
			assertThat(roles.roles()).containsEntry("unauthenticated", GUEST);
			String identityId = identity.getId((request) -> request.identityPoolId(poolId)).identityId();
			String accessKeyId = identity.getCredentialsForIdentity((request) -> request.identityId(identityId))
				.credentials()
				.accessKeyId();
			assertThat(cognito.cognito().assumedRole(accessKeyId)).hasValue(GUEST);
			assertThat(identity.describeIdentity((request) -> request.identityId(identityId)).identityId())
				.isEqualTo(identityId);
			assertThat(identity.listIdentities((request) -> request.identityPoolId(poolId).maxResults(10)).identities())
				.hasSize(1);
		}
	}

	@Test
	void tokenRoleMappingWhenUserHasGroupsWithRolesThenPreferredRoleOrCustomRoleArnFromTheToken() {
		Setup setup = setup(cognito.provision()
			.user("alice", "Passw0rd!")
			.group("admins", ADMIN, 1)
			.group("editors", EDITOR, 2)
			.identityPool(false)
			.create(), RoleMapping.builder().type("Token").ambiguousRoleResolution("Deny").build());
		assertThat(role(setup, null)).isEqualTo(ADMIN);
		assertThat(role(setup, EDITOR)).isEqualTo(EDITOR);
		assertThatExceptionOfType(NotAuthorizedException.class)
			.isThrownBy(() -> role(setup, "arn:aws:iam::123456789012:role/someone-else"))
			.withMessageContaining("cognito:roles");
	}

	@Test
	void tokenRoleMappingWhenTokenHasNoPreferredRoleThenAmbiguousResolutionDecides() {
		Setup deny = setup(cognito.provision().user("bob", "Passw0rd!").identityPool(false).create(),
				RoleMapping.builder().type("Token").ambiguousRoleResolution("Deny").build());
		assertThatExceptionOfType(NotAuthorizedException.class).isThrownBy(() -> role(deny, null))
			.withMessageContaining("ambiguous role mapping rules");
		Setup fallback = setup(cognito.provision().user("carol", "Passw0rd!").identityPool(false).create(),
				RoleMapping.builder().type("Token").ambiguousRoleResolution("AuthenticatedRole").build());
		assertThat(role(fallback, null)).isEqualTo(AUTHENTICATED);
	}

	@Test
	void rulesRoleMappingWhenAClaimMatchesThenThatRuleRole() {
		Setup setup = setup(
				cognito.provision()
					.user("dave", "Passw0rd!")
					.userAttribute("custom:department", "finance")
					.identityPool(false)
					.create(),
				RoleMapping.builder()
					.type("Rules")
					.ambiguousRoleResolution("AuthenticatedRole")
					.rulesConfiguration((rules) -> rules.rules(
							MappingRule.builder()
								.claim("custom:department")
								.matchType("Equals")
								.value("sales")
								.roleARN(EDITOR)
								.build(),
							MappingRule.builder()
								.claim("custom:department")
								.matchType("StartsWith")
								.value("fin")
								.roleARN(ADMIN)
								.build()))
					.build());
		assertThat(role(setup, null)).isEqualTo(ADMIN);
	}

	private static Setup setup(Provisioned provisioned, RoleMapping mapping) {
		try (CognitoIdentityClient identity = Sdk.identityPools(cognito.cognito())) {
			identity.setIdentityPoolRoles((request) -> request.identityPoolId(provisioned.identityPoolId())
				.roles(Map.of("authenticated", AUTHENTICATED))
				.roleMappings(Map.of(provisioned.providerName() + ":" + provisioned.clientId(), mapping)));
		}
		return new Setup(provisioned);
	}

	private static String role(Setup setup, String customRoleArn) {
		Provisioned provisioned = setup.provisioned();
		try (CognitoIdentityProviderClient client = Sdk.userPools(cognito.cognito());
				CognitoIdentityClient identity = Sdk.identityPools(cognito.cognito())) {
			Map<String, String> logins = Map.of(provisioned.providerName(),
					SignIn.tokens(client, provisioned).idToken());
			String identityId = identity
				.getId((request) -> request.identityPoolId(provisioned.identityPoolId()).logins(logins))
				.identityId();
			String accessKeyId = identity
				.getCredentialsForIdentity(
						(request) -> request.identityId(identityId).logins(logins).customRoleArn(customRoleArn))
				.credentials()
				.accessKeyId();
			return cognito.cognito().assumedRole(accessKeyId).orElse(null);
		}
	}

	private record Setup(Provisioned provisioned) {

	}

}
