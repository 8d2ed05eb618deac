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
package io.github.cognitosession.session;

import java.util.Optional;

import io.github.cognitosession.store.SessionRecord;
import io.github.cognitosession.store.SessionStoreException;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatNoException;

/**
 * Tests for {@link SessionRecords}.
 *
 * @author Cognito Session contributors
 */
class SessionRecordsTests {

	private final TestSessionStore store = new TestSessionStore();

	private final SessionRecords records = new SessionRecords(this.store);

	@Test
	void keptIdentityIdWhenGuestThenKeepsTheGuestIdentity() {
		this.store.save(SessionRecord.builder().state(UserState.GUEST).identityId("eu-west-1:guest").build());

		assertThat(this.records.keptIdentityId("alice")).isEqualTo("eu-west-1:guest");
	}

	@Test
	void keptIdentityIdWhenSameUserThenKeepsTheirIdentity() {
		this.store.save(SessionRecord.builder()
			.state(UserState.SIGNED_OUT_USER_POOLS_TOKEN_INVALID)
			.username("alice")
			.identityId("eu-west-1:alice")
			.build());

		assertThat(this.records.keptIdentityId("alice")).isEqualTo("eu-west-1:alice");
	}

	@Test
	void keptIdentityIdWhenAnotherUserThenNull() {
		this.store.save(SessionRecord.builder()
			.state(UserState.SIGNED_OUT_USER_POOLS_TOKEN_INVALID)
			.username("bob")
			.identityId("eu-west-1:bob")
			.build());

		assertThat(this.records.keptIdentityId("alice")).isNull();
	}

	@Test
	void loadWhenStoreFailsThenEmpty() {
		SessionRecords failing = new SessionRecords(new TestSessionStore() {

			@Override
			public Optional<SessionRecord> load() {
				throw new SessionStoreException("corrupt", null);
			}

		});

		assertThat(failing.load()).isEmpty();
	}

	@Test
	void saveWhenStoreFailsThenDoesNotThrow() {
		SessionRecords failing = new SessionRecords(new TestSessionStore() {

			@Override
			public void save(SessionRecord record) {
				throw new SessionStoreException("disk full", null);
			}

		});

		assertThatNoException().isThrownBy(() -> failing.save(SessionRecord.builder().state(UserState.GUEST).build()));
	}

}
