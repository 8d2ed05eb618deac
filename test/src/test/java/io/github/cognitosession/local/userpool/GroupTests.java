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

import com.nimbusds.jwt.JWTClaimsSet;
import com.nimbusds.jwt.JWTParser;
import io.github.cognitosession.local.Provisioned;
import io.github.cognitosession.local.Sdk;
import io.github.cognitosession.local.SignIn;
import io.github.cognitosession.local.junit.LocalCognitoExtension;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import software.amazon.awssdk.services.cognitoidentityprovider.CognitoIdentityProviderClient;
import software.amazon.awssdk.services.cognitoidentityprovider.model.AuthenticationResultType;
import software.amazon.awssdk.services.cognitoidentityprovider.model.GroupExistsException;
import software.amazon.awssdk.services.cognitoidentityprovider.model.GroupType;
import software.amazon.awssdk.services.cognitoidentityprovider.model.ResourceNotFoundException;
import software.amazon.awssdk.services.cognitoidentityprovider.model.UserNotFoundException;
import software.amazon.awssdk.services.cognitoidentityprovider.model.UserType;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatExceptionOfType;

/**
 * Groups: their lifecycle, membership, and the group claims of tokens
 * ({@code cognito:groups} in ID and access tokens, {@code cognito:roles} and
 * {@code cognito:preferred_role} by precedence in ID tokens).
 *
 * @author Cognito Session contributors
 */
class GroupTests {

	private static final String ADMIN = "arn:aws:iam::123456789012:role/admin";

	private static final String EDITOR = "arn:aws:iam::123456789012:role/editor";

	@RegisterExtension
	static final LocalCognitoExtension cognito = LocalCognitoExtension.create();

	@Test
	void groupWhenCreatedUpdatedAndDeletedThenCognitosShapesAndErrors() {
		try (CognitoIdentityProviderClient admin = Sdk.admin(cognito.cognito())) {
			Provisioned setup = cognito.provision().create();
			GroupType created = admin
				.createGroup((request) -> request.userPoolId(setup.userPoolId())
					.groupName("editors")
					.description("Edit things")
					.roleArn(EDITOR)
					.precedence(5))
				.group();
			assertThat(created.userPoolId()).isEqualTo(setup.userPoolId());
			assertThat(created.precedence()).isEqualTo(5);
			assertThat(created.creationDate()).isNotNull();
			assertThatExceptionOfType(GroupExistsException.class).isThrownBy(
					() -> admin.createGroup((request) -> request.userPoolId(setup.userPoolId()).groupName("editors")))
				.withMessageContaining("A group with the name editors already exists.");
			GroupType updated = admin
				.updateGroup((request) -> request.userPoolId(setup.userPoolId()).groupName("editors").precedence(2))
				.group();
			assertThat(updated.precedence()).isEqualTo(2);
			assertThat(updated.description()).isEqualTo("Edit things");
			assertThat(admin.getGroup((request) -> request.userPoolId(setup.userPoolId()).groupName("editors"))
				.group()
				.roleArn()).isEqualTo(EDITOR);
			admin.deleteGroup((request) -> request.userPoolId(setup.userPoolId()).groupName("editors"));
			assertThat(admin.listGroups((request) -> request.userPoolId(setup.userPoolId())).groups()).isEmpty();
			assertThatExceptionOfType(ResourceNotFoundException.class)
				.isThrownBy(
						() -> admin.getGroup((request) -> request.userPoolId(setup.userPoolId()).groupName("editors")))
				.withMessageContaining("Group not found.");
		}
	}

	@Test
	void membershipWhenUserAddedToGroupsThenListedBothWaysAndInTokensByPrecedence() throws Exception {
		try (CognitoIdentityProviderClient admin = Sdk.admin(cognito.cognito());
				CognitoIdentityProviderClient client = Sdk.userPools(cognito.cognito())) {
			Provisioned setup = cognito.provision().user("alice", "Passw0rd!").create();
			admin.createGroup((request) -> request.userPoolId(setup.userPoolId())
				.groupName("editors")
				.roleArn(EDITOR)
				.precedence(5));
			admin.createGroup((request) -> request.userPoolId(setup.userPoolId())
				.groupName("admins")
				.roleArn(ADMIN)
				.precedence(1));
			admin.createGroup((request) -> request.userPoolId(setup.userPoolId()).groupName("newsletter"));
			for (String group : new String[] { "editors", "admins", "newsletter" }) {
				admin.adminAddUserToGroup(
						(request) -> request.userPoolId(setup.userPoolId()).username("alice").groupName(group));
			}
			assertThat(
					admin.adminListGroupsForUser((request) -> request.userPoolId(setup.userPoolId()).username("alice"))
						.groups())
				.extracting(GroupType::groupName)
				.containsExactly("editors", "admins", "newsletter");
			assertThat(admin.listUsersInGroup((request) -> request.userPoolId(setup.userPoolId()).groupName("admins"))
				.users()).extracting(UserType::username).containsExactly("alice");

			AuthenticationResultType tokens = SignIn.tokens(client, setup);
			JWTClaimsSet id = JWTParser.parse(tokens.idToken()).getJWTClaimsSet();
			JWTClaimsSet access = JWTParser.parse(tokens.accessToken()).getJWTClaimsSet();
			assertThat(id.getStringListClaim("cognito:groups")).containsExactly("admins", "editors", "newsletter");
			assertThat(access.getStringListClaim("cognito:groups")).containsExactly("admins", "editors", "newsletter");
			assertThat(id.getStringListClaim("cognito:roles")).containsExactly(ADMIN, EDITOR);
			assertThat(id.getStringClaim("cognito:preferred_role")).isEqualTo(ADMIN);
			assertThat(access.getClaim("cognito:roles")).isNull();

			admin.adminRemoveUserFromGroup(
					(request) -> request.userPoolId(setup.userPoolId()).username("alice").groupName("admins"));
			admin.deleteGroup((request) -> request.userPoolId(setup.userPoolId()).groupName("newsletter"));
			JWTClaimsSet after = JWTParser.parse(SignIn.tokens(client, setup).idToken()).getJWTClaimsSet();
			assertThat(after.getStringListClaim("cognito:groups")).containsExactly("editors");
			assertThat(after.getStringClaim("cognito:preferred_role")).isEqualTo(EDITOR);
		}
	}

	@Test
	void preferredRoleWhenTwoGroupsWithRolesShareTheLowestPrecedenceThenNone() throws Exception {
		Provisioned setup = cognito.provision()
			.user("bob", "Passw0rd!")
			.group("admins", ADMIN, 1)
			.group("editors", EDITOR, 1)
			.create();
		try (CognitoIdentityProviderClient client = Sdk.userPools(cognito.cognito())) {
			JWTClaimsSet id = JWTParser.parse(SignIn.tokens(client, setup).idToken()).getJWTClaimsSet();
			assertThat(id.getStringListClaim("cognito:roles")).containsExactlyInAnyOrder(ADMIN, EDITOR);
			assertThat(id.getClaim("cognito:preferred_role")).isNull();
		}
	}

	@Test
	void userWithoutGroupsWhenSignedInThenNoGroupClaims() throws Exception {
		Provisioned setup = cognito.provision().user("carol", "Passw0rd!").create();
		try (CognitoIdentityProviderClient client = Sdk.userPools(cognito.cognito())) {
			JWTClaimsSet id = JWTParser.parse(SignIn.tokens(client, setup).idToken()).getJWTClaimsSet();
			assertThat(id.getClaims()).doesNotContainKeys("cognito:groups", "cognito:roles", "cognito:preferred_role");
		}
	}

	@Test
	void adminAddUserToGroupWhenGroupOrUserUnknownThenCognitosErrors() {
		Provisioned setup = cognito.provision().user("dave", "Passw0rd!").create();
		try (CognitoIdentityProviderClient admin = Sdk.admin(cognito.cognito())) {
			assertThatExceptionOfType(ResourceNotFoundException.class).isThrownBy(() -> admin.adminAddUserToGroup(
					(request) -> request.userPoolId(setup.userPoolId()).username("dave").groupName("x")));
			admin.createGroup((request) -> request.userPoolId(setup.userPoolId()).groupName("x"));
			assertThatExceptionOfType(UserNotFoundException.class).isThrownBy(() -> admin.adminAddUserToGroup(
					(request) -> request.userPoolId(setup.userPoolId()).username("nobody").groupName("x")));
		}
	}

}
