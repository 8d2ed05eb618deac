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

import java.time.Duration;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;

import io.github.cognitosession.event.UserStateChangedEvent;
import io.github.cognitosession.signin.RawTokens;
import io.github.cognitosession.state.UserState;
import io.github.cognitosession.store.SessionRecord;
import io.github.cognitosession.store.SessionRepository;
import io.github.cognitosession.token.CognitoTokens;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Two instances of an application sharing each user's session record (as Spring Session
 * shares HTTP sessions in Redis): what one instance changes, the other sees at its next
 * request, and a request that began before this instance's own write never takes the
 * session back.
 *
 * @author Cognito Session contributors
 */
class SharedRecordResyncTests {

	private static final String KEY = "user-1";

	private final SessionFixture fixture = new SessionFixture();

	private final Map<String, SessionRecord> redis = new ConcurrentHashMap<>();

	private final Instance a = new Instance();

	private final Instance b = new Instance();

	@Test
	void currentUserStateWhenAnotherInstanceSignedOutThenSignedOutAtTheNextRequest() {
		this.a.request().signIn("alice");
		assertThat(this.b.request().manager.currentUserState()).isEqualTo(UserState.SIGNED_IN);

		this.a.request().manager.signOut();

		assertThat(this.b.request().manager.currentUserState()).isEqualTo(UserState.SIGNED_OUT);
		assertThat(this.b.transitions()).containsExactly("SIGNED_IN -> SIGNED_OUT");
	}

	@Test
	void getTokensWhenAnotherInstanceFoundTheRefreshTokenRejectedThenInvalidAtTheNextRequest() {
		this.a.request().signIn("alice");
		this.b.request().manager.getTokens();

		this.redis.put(KEY,
				this.redis.get(KEY)
					.mutate()
					.state(UserState.SIGNED_OUT_USER_POOLS_TOKEN_INVALID)
					.idToken(null)
					.accessToken(null)
					.refreshToken(null)
					.build());

		assertThat(this.b.request().manager.currentUserState())
			.isEqualTo(UserState.SIGNED_OUT_USER_POOLS_TOKEN_INVALID);
		assertThat(this.b.transitions()).containsExactly("SIGNED_IN -> SIGNED_OUT_USER_POOLS_TOKEN_INVALID");
	}

	@Test
	void getUsernameWhenAnotherInstanceSignedAnotherUserInThenThatUserAtTheNextRequest() {
		this.a.request().signIn("alice");
		CognitoTokens alices = this.b.request().manager.getTokens();

		this.a.request().signIn("bob");

		Instance request = this.b.request();
		assertThat(request.manager.getUsername()).isEqualTo("bob");
		assertThat(request.manager.getTokens()).isNotSameAs(alices);
		assertThat(request.manager.getTokens().getUsername()).isEqualTo("bob");
	}

	@Test
	void getTokensWhenAnotherInstanceRefreshedThenItsNewerTokensWithoutAnotherRefresh() {
		this.a.request().signIn("alice");
		this.b.request().manager.getTokens();
		this.fixture.clock.advance(Duration.ofMinutes(56));

		CognitoTokens refreshed = this.a.request().manager.getTokens();

		assertThat(this.b.request().manager.getTokens().getIdToken().getTokenValue())
			.isEqualTo(refreshed.getIdToken().getTokenValue());
		assertThat(this.fixture.refreshCalls).hasValue(1);
		assertThat(this.b.transitions()).isEmpty();
	}

	@Test
	void getTokensWhenARequestBeganBeforeThisInstanceRefreshedThenItsOlderCopyIsNotTakenBack() {
		this.a.request().signIn("alice");
		this.fixture.clock.advance(Duration.ofMinutes(56));
		Map<String, SessionRecord> olderCopy = new HashMap<>(this.redis);

		CognitoTokens refreshed = this.b.request().manager.getTokens();
		// a request of the same user that loaded its HTTP session before that refresh
		this.b.repository.copy = olderCopy;

		assertThat(this.b.manager.getTokens()).isSameAs(refreshed);
		assertThat(this.b.manager.currentUserState()).isEqualTo(UserState.SIGNED_IN);
		assertThat(this.fixture.refreshCalls).hasValue(1);
		assertThat(this.b.transitions()).isEmpty();
	}

	@Test
	void currentUserStateWhenARequestBeganBeforeThisInstanceSignedInThenNotSignedOut() {
		Map<String, SessionRecord> olderCopy = new HashMap<>(this.redis);
		this.b.request().signIn("alice");
		this.b.repository.copy = olderCopy;

		assertThat(this.b.manager.currentUserState()).isEqualTo(UserState.SIGNED_IN);
		assertThat(this.b.transitions()).containsExactly("SIGNED_OUT -> SIGNED_IN");
	}

	@Test
	void currentUserStateWhenRepositoryNotSharedThenTheSessionInMemoryIsKept() {
		TestSessionRepository repository = new TestSessionRepository();
		DefaultCognitoSessionManager manager = this.fixture.builder(this.fixture.refresher(false))
			.sessionRepository(repository)
			.sessionKeyResolver(() -> KEY)
			.build();
		RawTokens raw = this.fixture.rawTokens("alice", "refresh-alice");
		manager.adoptSession(raw.idToken(), raw.accessToken(), raw.refreshToken());

		repository.record(null);

		assertThat(manager.currentUserState()).isEqualTo(UserState.SIGNED_IN);
	}

	@Test
	void sessionsInMemoryWhenMoreUsersThanTheBoundThenLeastRecentlyUsedDroppedAndRestoredAtTheirNextUse() {
		String[] key = { "user-1" };
		TestSessionRepository repository = new TestSessionRepository();
		DefaultCognitoSessionManager manager = this.fixture.builder(this.fixture.refresher(false))
			.sessionRepository(repository)
			.sessionKeyResolver(() -> key[0])
			.sessionsInMemory(2, null)
			.build();
		RawTokens raw = this.fixture.rawTokens("alice", "refresh-alice");
		manager.adoptSession(raw.idToken(), raw.accessToken(), raw.refreshToken());
		for (String other : new String[] { "user-2", "user-3" }) {
			key[0] = other;
			manager.currentSession();
		}

		assertThat(manager.sessionsInMemory()).isEqualTo(2);
		key[0] = "user-1";
		// the one repository holds alice's record: restored from it
		assertThat(manager.getUsername()).isEqualTo("alice");
	}

	@Test
	void sessionsInMemoryWhenIdleLongerThanTheTimeoutThenDropped() {
		DefaultCognitoSessionManager manager = this.fixture.builder(this.fixture.refresher(false))
			.sessionRepository(new TestSessionRepository())
			.sessionKeyResolver(() -> KEY)
			.sessionsInMemory(10, Duration.ofMinutes(30))
			.build();
		manager.currentSession();
		this.fixture.clock.advance(Duration.ofMinutes(29));
		assertThat(manager.sessionsInMemory()).isEqualTo(1);

		this.fixture.clock.advance(Duration.ofMinutes(2));

		assertThat(manager.sessionsInMemory()).isZero();
	}

	/**
	 * One instance: its session manager, and its view of the shared records (the copy a
	 * request loaded when it began, and what it wrote since).
	 */
	private final class Instance {

		final InstanceRepository repository = new InstanceRepository();

		final RecordingEventPublisher events = new RecordingEventPublisher();

		final DefaultCognitoSessionManager manager = SharedRecordResyncTests.this.fixture
			.builder(SharedRecordResyncTests.this.fixture.refresher(true))
			.sessionRepository(this.repository)
			.sessionKeyResolver(() -> KEY)
			.eventPublisher(this.events)
			.reauthenticationTimeout(Duration.ZERO)
			.build();

		/** A new request: its copy of the shared records is loaded now. */
		Instance request() {
			this.repository.copy = new HashMap<>(SharedRecordResyncTests.this.redis);
			return this;
		}

		void signIn(String username) {
			RawTokens raw = SharedRecordResyncTests.this.fixture.rawTokens(username, "refresh-" + username);
			this.manager.adoptSession(raw.idToken(), raw.accessToken(), raw.refreshToken());
		}

		List<String> transitions() {
			return this.events.eventsOfType(UserStateChangedEvent.class)
				.stream()
				.map((event) -> event.getPreviousState() + " -> " + event.getState())
				.toList();
		}

	}

	/**
	 * A shared repository as an instance sees it: {@code load} reads the request's copy,
	 * {@code loadLatest} the shared records, and writes go to both.
	 */
	private final class InstanceRepository implements SessionRepository {

		Map<String, SessionRecord> copy = new HashMap<>();

		@Override
		public Optional<SessionRecord> load(String key) {
			return Optional.ofNullable(this.copy.get(key));
		}

		@Override
		public Optional<SessionRecord> loadLatest(String key) {
			return Optional.ofNullable(SharedRecordResyncTests.this.redis.get(key));
		}

		@Override
		public void save(String key, SessionRecord record) {
			this.copy.put(key, record);
			SharedRecordResyncTests.this.redis.put(key, record);
		}

		@Override
		public void remove(String key) {
			this.copy.remove(key);
			SharedRecordResyncTests.this.redis.remove(key);
		}

		@Override
		public boolean isShared() {
			return true;
		}

	}

}
