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

import java.util.Objects;
import java.util.concurrent.atomic.AtomicLong;

import io.github.cognitosession.event.UserStateChangedEvent;

import org.springframework.context.ApplicationEventPublisher;

/**
 * The user's state and username, and the one place that changes them: each real change
 * publishes exactly one {@link UserStateChangedEvent}. Events are published on the
 * changing thread, in the order of the changes.
 *
 * @author Cognito Session contributors
 */
final class UserStateMachine {

	/** Makes identity keys unique across all sessions of the process. */
	private static final AtomicLong identityCounter = new AtomicLong();

	private final Object eventSource;

	private final ApplicationEventPublisher publisher;

	private final Runnable identityChangeListener;

	private final Object lock = new Object();

	private volatile UserState state = UserState.UNKNOWN;

	private volatile String username;

	private volatile String identityKey = nextIdentityKey(UserState.UNKNOWN);

	/**
	 * Create a state machine.
	 * @param eventSource the source of the published events
	 * @param publisher where the events go
	 * @param identityChangeListener runs after every change of the identity key, before
	 * the event of that change is published
	 */
	UserStateMachine(Object eventSource, ApplicationEventPublisher publisher, Runnable identityChangeListener) {
		this.eventSource = eventSource;
		this.publisher = publisher;
		this.identityChangeListener = identityChangeListener;
	}

	UserState state() {
		return this.state;
	}

	String username() {
		return this.username;
	}

	/**
	 * A key that changes with every restore and every transition, even one that leaves
	 * the state as it was (the same user signing in again, federating again with a fresh
	 * token), and never contains a token: the identity key the credentials provider tags
	 * its cache with.
	 * @return the current identity key
	 */
	String identityKey() {
		return this.identityKey;
	}

	private static String nextIdentityKey(UserState state) {
		return state.name() + "#" + identityCounter.incrementAndGet();
	}

	/**
	 * Leave {@link UserState#UNKNOWN} for the state found in storage. Restoring is not a
	 * change of the user's state, so no event is published.
	 * @param restored the restored state
	 * @param restoredUsername the restored username
	 */
	void restore(UserState restored, String restoredUsername) {
		synchronized (this.lock) {
			if (this.state == UserState.UNKNOWN) {
				this.username = restoredUsername;
				this.identityKey = nextIdentityKey(restored);
				this.state = restored;
				this.identityChangeListener.run();
			}
		}
	}

	/**
	 * Move to a state, publishing an event when the state (or, when signed in, the user)
	 * really changes.
	 * @param next the new state
	 * @param nextUsername the username in the new state, or {@code null}
	 * @param cause what caused the change, or {@code null}
	 * @return whether anything changed
	 */
	boolean transition(UserState next, String nextUsername, Throwable cause) {
		synchronized (this.lock) {
			UserState previous = this.state;
			String previousUsername = this.username;
			boolean changed = previous != next
					|| (next == UserState.SIGNED_IN && !Objects.equals(previousUsername, nextUsername));
			this.username = nextUsername;
			this.identityKey = nextIdentityKey(next);
			this.state = next;
			// Before the event: a listener of the event must not be served the previous
			// identity's credentials.
			this.identityChangeListener.run();
			if (changed) {
				String eventUsername = (nextUsername != null) ? nextUsername : previousUsername;
				this.publisher
					.publishEvent(new UserStateChangedEvent(this.eventSource, previous, next, eventUsername, cause));
			}
			return changed;
		}
	}

}
