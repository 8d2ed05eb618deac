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

import java.util.concurrent.locks.ReentrantLock;

import io.github.cognitosession.refresh.RefreshSlot;
import io.github.cognitosession.store.SessionRecord;
import io.github.cognitosession.token.CognitoTokens;

import org.springframework.context.ApplicationEventPublisher;

/**
 * The in-memory holder of one session: its current immutable {@link Session} (one
 * volatile field, {@code null} until restored from the repository), the lock that orders
 * its changes, its events in order, and the gate where calls wait for a new sign-in. Only
 * {@link SessionRegistry#transition} writes the value.
 *
 * @author Cognito Session contributors
 */
final class SessionSlot {

	final String key;

	final ReentrantLock lock = new ReentrantLock();

	final ReauthenticationGate gate = new ReauthenticationGate();

	final OrderedEvents events;

	volatile Session value;

	/**
	 * The stored record the value was last restored from or saved as ({@code null}: none
	 * stored); a shared repository's record that differs was changed by another instance.
	 * Written under the lock.
	 */
	volatile SessionRecord stored;

	/** The refresh coordinator of the tokens of the current identity, or null. */
	volatile TokenRefresh tokenRefresh;

	SessionSlot(String key, ApplicationEventPublisher publisher) {
		this.key = key;
		this.events = new OrderedEvents(publisher);
	}

	/**
	 * Stop background work of this session (it ended).
	 */
	void close() {
		TokenRefresh refresh = this.tokenRefresh;
		if (refresh != null) {
			refresh.slot().close();
		}
	}

	/**
	 * The token refresh coordinator of one identity of the session.
	 *
	 * @param identityKey the identity it refreshes the tokens of
	 * @param slot the coordinator
	 */
	record TokenRefresh(String identityKey, RefreshSlot<CognitoTokens> slot) {
	}

}
