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

import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;

import io.github.cognitosession.event.UserStateChangedEvent;
import io.github.cognitosession.signin.AuthenticationOutcome;
import io.github.cognitosession.state.UserState;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Tests for how a session's events are published: after every lock is released, in the
 * order of the changes, and a failing listener never undoes a change.
 *
 * @author Cognito Session contributors
 */
class SessionEventsTests {

	private final SessionFixture fixture = new SessionFixture();

	private final ExecutorService otherThread = Executors.newSingleThreadExecutor();

	@AfterEach
	void stop() {
		this.otherThread.shutdownNow();
	}

	@Test
	void signInWhenListenerCallsTheManagerFromAnotherThreadAndJoinsItThenBothComplete() throws Exception {
		List<String> transitions = new CopyOnWriteArrayList<>();
		List<UserState> seenByOtherThread = new CopyOnWriteArrayList<>();
		DefaultCognitoSessionManager[] manager = new DefaultCognitoSessionManager[1];
		manager[0] = this.fixture.builder(this.fixture.refresher(false)).eventPublisher((event) -> {
			if (!(event instanceof UserStateChangedEvent changed)) {
				return;
			}
			transitions.add(changed.getPreviousState() + " -> " + changed.getState());
			if (changed.getState() == UserState.SIGNED_IN) {
				// hands work that needs the session to another thread and waits for it: a
				// lock held while publishing would deadlock here
				Future<UserState> work = this.otherThread.submit(() -> {
					manager[0].getTokens();
					manager[0].signOut();
					return manager[0].currentUserState();
				});
				try {
					seenByOtherThread.add(work.get(30, TimeUnit.SECONDS));
				}
				catch (Exception ex) {
					throw new IllegalStateException(ex);
				}
			}
		}).build();
		this.fixture.authenticator
			.then(new AuthenticationOutcome.Authenticated(this.fixture.rawTokens("alice", "refresh-token-1")));

		assertThat(manager[0].signIn("alice", "password").isDone()).isTrue();

		assertThat(seenByOtherThread).containsExactly(UserState.SIGNED_OUT);
		assertThat(transitions).as("in the order of the changes")
			.containsExactly("SIGNED_OUT -> SIGNED_IN", "SIGNED_IN -> SIGNED_OUT");
		assertThat(manager[0].currentUserState()).isEqualTo(UserState.SIGNED_OUT);
	}

	@Test
	void signOutWhenListenerFailsThenChangeKeptAndLaterEventsStillPublished() {
		List<String> transitions = new CopyOnWriteArrayList<>();
		DefaultCognitoSessionManager manager = this.fixture.builder(this.fixture.refresher(false))
			.eventPublisher((event) -> {
				if (event instanceof UserStateChangedEvent changed) {
					transitions.add(changed.getPreviousState() + " -> " + changed.getState());
					if (changed.getState() == UserState.SIGNED_OUT) {
						throw new IllegalStateException("listener failure");
					}
				}
			})
			.build();
		this.fixture.authenticator
			.then(new AuthenticationOutcome.Authenticated(this.fixture.rawTokens("alice", "refresh-token-1")))
			.then(new AuthenticationOutcome.Authenticated(this.fixture.rawTokens("bob", "refresh-token-2")));
		manager.signIn("alice", "password");

		manager.signOut();
		manager.signIn("bob", "password");

		assertThat(manager.getUsername()).isEqualTo("bob");
		assertThat(transitions).containsExactly("SIGNED_OUT -> SIGNED_IN", "SIGNED_IN -> SIGNED_OUT",
				"SIGNED_OUT -> SIGNED_IN");
	}

}
