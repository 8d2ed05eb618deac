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
package io.github.cognitosession.credentials;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;
import static org.assertj.core.api.Assertions.entry;

/**
 * Tests for {@link IdentityLogins}.
 *
 * @author Cognito Session contributors
 */
class IdentityLoginsTests {

	@Test
	void userPoolWhenCreatedThenKeyNamesRegionAndPool() {
		IdentityLogins logins = IdentityLogins.userPool("user:alice", "eu-west-1", "eu-west-1_AbCdEf", "id-token");

		assertThat(logins.getLogins()).containsExactly(org.assertj.core.api.Assertions
			.entry("cognito-idp.eu-west-1.amazonaws.com/eu-west-1_AbCdEf", "id-token"));
		assertThat(logins.getKind()).isEqualTo(IdentityLogins.Kind.USER_POOL);
		assertThat(logins.isGuest()).isFalse();
	}

	@Test
	void guestWhenCreatedThenNoLoginsAndNoneSent() {
		IdentityLogins logins = IdentityLogins.guest("guest");

		assertThat(logins.getLogins()).isEmpty();
		assertThat(logins.requestLogins()).isNull();
		assertThat(logins.isGuest()).isTrue();
	}

	@Test
	void withIdentityIdWhenFederatedThenKeepsTokenAndKey() {
		IdentityLogins logins = IdentityLogins.federated("google:bob", "accounts.google.com", "google-token")
			.withCustomRoleArn("arn:aws:iam::123456789012:role/r")
			.withIdentityId("eu-west-1:bob");

		assertThat(logins.getLogins()).containsEntry("accounts.google.com", "google-token");
		assertThat(logins.getIdentityId()).isEqualTo("eu-west-1:bob");
		assertThat(logins.getCustomRoleArn()).isEqualTo("arn:aws:iam::123456789012:role/r");
		assertThat(logins.getIdentityKey()).isEqualTo("google:bob");
	}

	@Test
	void toStringWhenFederatedThenNoToken() {
		IdentityLogins logins = IdentityLogins.federated("google:bob", "accounts.google.com", "google-token");

		assertThat(logins.toString()).contains("accounts.google.com").doesNotContain("google-token");
	}

	@Test
	void federatedWhenTokenEmptyThenErrorNamesToken() {
		assertThatIllegalArgumentException()
			.isThrownBy(() -> IdentityLogins.federated("google:bob", "accounts.google.com", ""))
			.withMessageContaining("token");
	}

}
