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

import io.github.cognitosession.state.UserState;
import io.github.cognitosession.state.SessionState;
import io.github.cognitosession.store.SessionRecord;
import io.github.cognitosession.store.SessionStoreException;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatExceptionOfType;
import static org.assertj.core.api.Assertions.assertThatNoException;

/**
 * Tests for the identity id a sign-in keeps ({@link SignInFlow#keptIdentityId}) and for
 * the session registry's reads and writes of a failing repository.
 *
 * @author Cognito Session contributors
 */
class SessionRecordsTests {

	private static Session current(SessionRecord record) {
		return SessionRecordMapper.restore("application", Optional.of(record), SessionState.SIGNED_OUT);
	}

	private static SessionRegistry registry(TestSessionRepository repository) {
		return new SessionRegistry(repository, SessionKeyResolver.application(), (event) -> {
		}, new Object(), SessionState.SIGNED_OUT);
	}

	@Test
	void keptIdentityIdWhenGuestThenKeepsTheGuestIdentity() {
		Session guest = SessionRecordMapper.restore("application",
				Optional.of(SessionRecord.builder().state(UserState.GUEST).identityId("eu-west-1:guest").build()),
				SessionState.GUEST);

		assertThat(SignInFlow.keptIdentityId(guest, "alice")).isEqualTo("eu-west-1:guest");
	}

	@Test
	void keptIdentityIdWhenSameUserThenKeepsTheirIdentity() {
		Session invalid = current(SessionRecord.builder()
			.state(UserState.SIGNED_OUT_USER_POOLS_TOKEN_INVALID)
			.username("alice")
			.identityId("eu-west-1:alice")
			.build());

		assertThat(SignInFlow.keptIdentityId(invalid, "alice")).isEqualTo("eu-west-1:alice");
	}

	@Test
	void keptIdentityIdWhenAnotherUserThenNull() {
		Session invalid = current(SessionRecord.builder()
			.state(UserState.SIGNED_OUT_USER_POOLS_TOKEN_INVALID)
			.username("bob")
			.identityId("eu-west-1:bob")
			.build());

		assertThat(SignInFlow.keptIdentityId(invalid, "alice")).isNull();
	}

	@Test
	void loadWhenStoreFailsThenEmpty() {
		SessionRegistry failing = registry(new TestSessionRepository() {

			@Override
			public Optional<SessionRecord> load(String key) {
				throw new SessionStoreException("corrupt", null);
			}

		});

		assertThat(failing.load("application")).isEmpty();
		assertThat(failing.currentSession().userState()).isEqualTo(UserState.SIGNED_OUT);
	}

	@Test
	void saveWhenStoreFailsThenDoesNotThrow() {
		SessionRegistry failing = registry(new TestSessionRepository() {

			@Override
			public void save(String key, SessionRecord record) {
				throw new SessionStoreException("disk full", null);
			}

		});
		SessionSlot slot = failing.current();

		assertThatNoException().isThrownBy(
				() -> failing.transition(slot, (session) -> session.withIdentity(SessionState.GUEST, "eu-west-1:guest"),
						SessionRegistry.Persistence.BEST_EFFORT, null));
		assertThat(failing.currentSession().identityId()).as("kept in memory").isEqualTo("eu-west-1:guest");
		assertThatExceptionOfType(SessionStoreException.class)
			.isThrownBy(() -> failing.transition(slot, (session) -> session.withIdentity(SessionState.GUEST, "other"),
					SessionRegistry.Persistence.REQUIRED, null));
		assertThat(failing.currentSession().identityId()).as("unchanged when the write is required")
			.isEqualTo("eu-west-1:guest");
	}

}
