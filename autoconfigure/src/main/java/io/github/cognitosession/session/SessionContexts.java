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
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ConcurrentMap;
import java.util.function.Supplier;

import io.github.cognitosession.store.SessionRecord;
import io.github.cognitosession.store.SessionStore;

import org.springframework.context.ApplicationEventPublisher;

/**
 * The in-memory {@link SessionContext} of each session key, restored from the store on
 * first use without network I/O.
 *
 * @author Cognito Session contributors
 */
final class SessionContexts {

	private final Object eventSource;

	private final ApplicationEventPublisher eventPublisher;

	private final SessionStore sessionStore;

	private final SessionRecords records;

	private final Supplier<UserState> signedOutState;

	private final Runnable identityChangeListener;

	private final ConcurrentMap<String, SessionContext> contexts = new ConcurrentHashMap<>();

	/**
	 * The context of the last call, so that a constant session key needs no map lookup.
	 */
	private volatile SessionContext lastContext;

	SessionContexts(Object eventSource, ApplicationEventPublisher eventPublisher, SessionStore sessionStore,
			SessionRecords records, Supplier<UserState> signedOutState, Runnable identityChangeListener) {
		this.eventSource = eventSource;
		this.eventPublisher = eventPublisher;
		this.sessionStore = sessionStore;
		this.records = records;
		this.signedOutState = signedOutState;
		this.identityChangeListener = identityChangeListener;
	}

	/**
	 * The context of the current session key, restored or not.
	 */
	SessionContext current() {
		String key = this.sessionStore.sessionKey();
		// The credentials provider's hot path comes here for the identity key: an
		// application-wide store returns the same key instance every time.
		SessionContext last = this.lastContext;
		if (last != null && last.key == key) {
			return last;
		}
		SessionContext context = this.contexts.get(key);
		if (context == null) {
			context = this.contexts.computeIfAbsent(key, (newKey) -> new SessionContext(newKey,
					new UserStateMachine(this.eventSource, this.eventPublisher, this.identityChangeListener)));
		}
		this.lastContext = context;
		return context;
	}

	/**
	 * Drop the in-memory context of a session that ended. A later use of the same key
	 * restores it from the store again, so forgetting a live session loses nothing but
	 * cached values.
	 * @param key the session key
	 */
	void forget(String key) {
		SessionContext removed = this.contexts.remove(key);
		if (removed != null) {
			if (this.lastContext == removed) {
				this.lastContext = null;
			}
			// the next use of the key gets a new context, with a new identity key
			this.identityChangeListener.run();
		}
	}

	/**
	 * The in-memory context of a session key, without creating one.
	 * @param key the session key
	 * @return the context, or {@code null} when the key has none (never used, or
	 * forgotten)
	 */
	SessionContext find(String key) {
		return this.contexts.get(key);
	}

	/**
	 * How many sessions have an in-memory context.
	 */
	int size() {
		return this.contexts.size();
	}

	/**
	 * The context of the current session key, restored from the store if this is its
	 * first use.
	 */
	SessionContext restored() {
		SessionContext context = current();
		if (!context.restored) {
			synchronized (context.lock) {
				if (!context.restored) {
					restore(context);
					context.restored = true;
				}
			}
		}
		return context;
	}

	private void restore(SessionContext context) {
		Optional<SessionRecord> record = this.records.load();
		UserState state = record.map(this::restoredState).orElse(this.signedOutState.get());
		boolean someone = state == UserState.SIGNED_IN || state.isAwaitingReauthentication();
		String username = someone ? record.get().getUsername() : null;
		if (someone && record.get().isFederated() && record.get().getFederatedToken() != null) {
			context.federated = new FederatedLogin(record.get().getFederatedProvider(),
					record.get().getFederatedToken(), null);
		}
		context.stateMachine.restore(state, username);
	}

	private UserState restoredState(SessionRecord record) {
		return switch (record.getState()) {
			case SIGNED_IN -> (record.hasUserPoolTokens() || isRestorableFederation(record)) ? UserState.SIGNED_IN
					: this.signedOutState.get();
			case SIGNED_OUT_USER_POOLS_TOKEN_INVALID, SIGNED_OUT_FEDERATED_TOKENS_INVALID -> record.getState();
			case GUEST, SIGNED_OUT, UNKNOWN -> this.signedOutState.get();
		};
	}

	private static boolean isRestorableFederation(SessionRecord record) {
		return record.isFederated() && record.getFederatedToken() != null;
	}

}
