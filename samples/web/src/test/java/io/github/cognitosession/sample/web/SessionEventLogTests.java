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

package io.github.cognitosession.sample.web;

import java.time.Instant;

import io.github.cognitosession.event.TokenRefreshFailedEvent;
import io.github.cognitosession.event.TokensRefreshedEvent;
import io.github.cognitosession.event.UserStateChangedEvent;
import io.github.cognitosession.exception.InvalidTokenException;
import io.github.cognitosession.state.UserState;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Tests for {@link SessionEventLog}.
 *
 * @author Cognito Session contributors
 */
class SessionEventLogTests {

	private final SessionEventLog log = new SessionEventLog();

	@Test
	void recentWhenEventsOfSeveralUsersThenOnlyTheUsersOwnNewestFirst() {
		this.log
			.onSessionEvent(new UserStateChangedEvent(this, UserState.SIGNED_OUT, UserState.SIGNED_IN, "alice", null));
		this.log.onSessionEvent(new TokensRefreshedEvent(this, "bob", Instant.parse("2026-01-01T10:00:00Z"), false));
		this.log.onSessionEvent(new TokensRefreshedEvent(this, "alice", Instant.parse("2026-01-01T11:00:00Z"), true));

		assertThat(this.log.recent("alice")).extracting(SessionEventLog.Entry::description)
			.containsExactly("tokens valid until 2026-01-01T11:00:00Z, refresh token rotated",
					"SIGNED_OUT -> SIGNED_IN");
		assertThat(this.log.recent("bob")).extracting(SessionEventLog.Entry::type)
			.containsExactly("TokensRefreshedEvent");
		assertThat(this.log.recent("carol")).isEmpty();
	}

	@Test
	void onSessionEventWhenMoreThanTheLimitThenOldestDropped() {
		for (int i = 0; i <= SessionEventLog.MAX_EVENTS_PER_USER; i++) {
			this.log
				.onSessionEvent(new TokensRefreshedEvent(this, "alice", Instant.ofEpochSecond(1_000_000 + i), false));
		}

		assertThat(this.log.recent("alice")).hasSize(SessionEventLog.MAX_EVENTS_PER_USER)
			.first()
			.extracting(SessionEventLog.Entry::description)
			.isEqualTo("tokens valid until " + Instant.ofEpochSecond(1_000_000 + SessionEventLog.MAX_EVENTS_PER_USER));
	}

	@Test
	void onSessionEventWhenMoreUsersThanTheLimitThenLeastRecentlyActiveForgotten() {
		for (int i = 0; i <= SessionEventLog.MAX_USERS; i++) {
			this.log.onSessionEvent(new TokensRefreshedEvent(this, "user" + i, Instant.EPOCH, false));
		}

		assertThat(this.log.recent("user0")).isEmpty();
		assertThat(this.log.recent("user" + SessionEventLog.MAX_USERS)).hasSize(1);
	}

	@Test
	void onSessionEventWhenFailureCarriesSecretsThenOnlyTheErrorTypeIsShown() {
		this.log.onSessionEvent(new TokenRefreshFailedEvent(this, "alice",
				new InvalidTokenException("refresh token eyJraWQiOiJzZWNyZXQi rejected")));
		this.log.onSessionEvent(
				new UserStateChangedEvent(this, UserState.SIGNED_IN, UserState.SIGNED_OUT_USER_POOLS_TOKEN_INVALID,
						"alice", new InvalidTokenException("refresh token eyJraWQiOiJzZWNyZXQi rejected")));

		assertThat(this.log.recent("alice")).extracting(SessionEventLog.Entry::description)
			.containsExactly("SIGNED_IN -> SIGNED_OUT_USER_POOLS_TOKEN_INVALID (InvalidTokenException)",
					"refresh failed: InvalidTokenException")
			.noneMatch((description) -> description.contains("eyJ"));
	}

	@Test
	void onSessionEventWhenNoUsernameThenIgnored() {
		this.log.onSessionEvent(new UserStateChangedEvent(this, UserState.UNKNOWN, UserState.GUEST, null, null));

		assertThat(this.log.recent(null)).isEmpty();
	}

}
