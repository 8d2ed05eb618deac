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

import java.util.ArrayList;
import java.util.List;

import io.github.cognitosession.local.Sdk;
import io.github.cognitosession.local.junit.LocalCognitoExtension;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import software.amazon.awssdk.services.cognitoidentityprovider.CognitoIdentityProviderClient;
import software.amazon.awssdk.services.cognitoidentityprovider.model.AttributeType;
import software.amazon.awssdk.services.cognitoidentityprovider.model.InvalidParameterException;
import software.amazon.awssdk.services.cognitoidentityprovider.model.ListUsersResponse;
import software.amazon.awssdk.services.cognitoidentityprovider.model.UserType;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatExceptionOfType;

/**
 * ListUsers: Cognito's filter syntax on the searchable attributes, AttributesToGet, and
 * pagination that survives deletions between pages.
 *
 * @author Cognito Session contributors
 */
class ListUsersTests {

	@RegisterExtension
	static final LocalCognitoExtension cognito = LocalCognitoExtension.create();

	private static String poolId;

	@BeforeAll
	static void users() {
		try (CognitoIdentityProviderClient admin = Sdk.admin(cognito.cognito())) {
			poolId = admin.createUserPool((request) -> request.poolName("people")).userPool().id();
			create(admin, "alice", "alice@example.com", "Alice", "Reddy");
			create(admin, "albert", "albert@example.org", "Albert", "Reddy");
			create(admin, "bob", "Bob@Example.com", "Bob", "Stone");
			admin.adminSetUserPassword(
					(request) -> request.userPoolId(poolId).username("bob").password("Passw0rd!").permanent(true));
			admin.adminDisableUser((request) -> request.userPoolId(poolId).username("albert"));
		}
	}

	@ParameterizedTest
	@CsvSource(delimiter = '|', value = { "email = \"alice@example.com\"|alice", "email ^= \"al\"|alice,albert",
			"\"family_name\" = \"Reddy\"|alice,albert", "given_name^=\"Bo\"|bob", "email = \"bob@example.com\"|bob",
			"username = \"alice\"|alice", "username = \"ALICE\"|", "cognito:user_status = \"confirmed\"|bob",
			"status = \"Disabled\"|albert", "name = \"nobody\"|", "|alice,albert,bob" })
	void listUsersWhenFilteredThenMatchesCognitosRules(String filter, String expected) {
		try (CognitoIdentityProviderClient admin = Sdk.admin(cognito.cognito())) {
			List<String> usernames = admin.listUsers((request) -> request.userPoolId(poolId).filter(filter))
				.users()
				.stream()
				.map(UserType::username)
				.toList();
			assertThat(usernames).containsExactly((expected != null) ? expected.split(",") : new String[0]);
		}
	}

	@Test
	void listUsersWhenFilterMalformedOrAttributeNotSearchableThenInvalidParameter() {
		try (CognitoIdentityProviderClient admin = Sdk.admin(cognito.cognito())) {
			assertThatExceptionOfType(InvalidParameterException.class)
				.isThrownBy(() -> admin.listUsers((request) -> request.userPoolId(poolId).filter("email like alice")))
				.withMessageContaining("Error while parsing filter.");
			assertThatExceptionOfType(InvalidParameterException.class)
				.isThrownBy(
						() -> admin.listUsers((request) -> request.userPoolId(poolId).filter("custom:tenant = \"x\"")))
				.withMessageContaining("custom:tenant");
		}
	}

	@Test
	void listUsersWhenAttributesToGetThenOnlyThoseAttributes() {
		try (CognitoIdentityProviderClient admin = Sdk.admin(cognito.cognito())) {
			ListUsersResponse response = admin
				.listUsers((request) -> request.userPoolId(poolId).attributesToGet("email").limit(1));
			assertThat(response.users()).singleElement()
				.satisfies((user) -> assertThat(user.attributes()).extracting(AttributeType::name)
					.containsExactly("email"));
			assertThat(response.paginationToken()).isNotBlank();
		}
	}

	@Test
	void listUsersWhenUsersDeletedBetweenPagesThenNoUserSkipped() {
		try (CognitoIdentityProviderClient admin = Sdk.admin(cognito.cognito())) {
			String pool = admin.createUserPool((request) -> request.poolName("churn")).userPool().id();
			for (int i = 0; i < 7; i++) {
				String username = "user" + i;
				admin.adminCreateUser(
						(request) -> request.userPoolId(pool).username(username).messageAction("SUPPRESS"));
			}
			List<String> seen = new ArrayList<>();
			String token = null;
			do {
				String page = token;
				ListUsersResponse response = admin
					.listUsers((request) -> request.userPoolId(pool).limit(3).paginationToken(page));
				for (UserType user : response.users()) {
					seen.add(user.username());
					admin.adminDeleteUser((request) -> request.userPoolId(pool).username(user.username()));
				}
				token = response.paginationToken();
			}
			while (token != null);
			assertThat(seen).containsExactly("user0", "user1", "user2", "user3", "user4", "user5", "user6");
		}
	}

	@Test
	void listUsersWhenPaginationTokenIsForeignThenInvalidParameter() {
		try (CognitoIdentityProviderClient admin = Sdk.admin(cognito.cognito())) {
			assertThatExceptionOfType(InvalidParameterException.class)
				.isThrownBy(() -> admin.listUsers((request) -> request.userPoolId(poolId).paginationToken("bm9wZQ")))
				.withMessageContaining("Invalid pagination token");
		}
	}

	private static void create(CognitoIdentityProviderClient admin, String username, String email, String given,
			String family) {
		admin.adminCreateUser((request) -> request.userPoolId(poolId)
			.username(username)
			.messageAction("SUPPRESS")
			.userAttributes(AttributeType.builder().name("email").value(email).build(),
					AttributeType.builder().name("given_name").value(given).build(),
					AttributeType.builder().name("family_name").value(family).build()));
	}

}
