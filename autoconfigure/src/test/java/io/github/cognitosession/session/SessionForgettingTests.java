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

import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;

import io.github.cognitosession.state.UserState;
import io.github.cognitosession.signin.RawTokens;
import io.github.cognitosession.store.SessionRecord;
import io.github.cognitosession.store.InMemorySessionRepository;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;

/**
 * Tests for {@link DefaultCognitoSessionManager#forgetSession(String)}: per-session state
 * is dropped when a session ends, and a forgotten live session is restored from its
 * store.
 *
 * @author Cognito Session contributors
 */
class SessionForgettingTests {

	private final SessionFixture fixture = new SessionFixture();

	private final InMemorySessionRepository store = new InMemorySessionRepository();

	private volatile String currentKey = "none";

	/** One session per key, like one HTTP session per user. */
	private final DefaultCognitoSessionManager manager = this.fixture.builder(this.fixture.refresher(false))
		.sessionRepository(this.store)
		.sessionKeyResolver(() -> this.currentKey)
		.build();

	@Test
	void forgetSessionWhenSessionsEndedThenTheirStateIsDropped() {
		signIn("session-1", "alice");
		signIn("session-2", "bob");
		assertThat(this.manager.sessionsInMemory()).isEqualTo(2);

		this.manager.forgetSession("session-1");
		this.manager.forgetSession("session-2");

		assertThat(this.manager.sessionsInMemory()).isZero();
	}

	@Test
	void forgetSessionWhenSessionStillLiveThenNextUseRestoresItFromTheStoreWithoutEvents() {
		signIn("session-1", "alice");
		int events = this.fixture.events.events.size();

		this.manager.forgetSession("session-1");
		this.currentKey = "session-1";

		assertThat(this.manager.currentUserState()).isEqualTo(UserState.SIGNED_IN);
		assertThat(this.manager.getUsername()).isEqualTo("alice");
		assertThat(this.manager.getTokens().getUsername()).isEqualTo("alice");
		assertThat(this.fixture.events.events).hasSize(events);
		assertThat(this.fixture.refreshCalls).hasValue(0);
	}

	@Test
	void forgetSessionWhenKeyUnknownThenNothingHappens() {
		signIn("session-1", "alice");
		this.manager.forgetSession("never-seen");
		assertThat(this.manager.sessionsInMemory()).isEqualTo(1);
	}

	@Test
	void forgetSessionWhenKeyNullThenRejected() {
		assertThatIllegalArgumentException().isThrownBy(() -> this.manager.forgetSession(null))
			.withMessage("sessionKey cannot be null");
	}

	private void signIn(String key, String username) {
		this.currentKey = key;
		RawTokens raw = this.fixture.rawTokens(username, "refresh-" + username);
		this.manager.adoptSession(raw.idToken(), raw.accessToken(), raw.refreshToken());
	}

}
