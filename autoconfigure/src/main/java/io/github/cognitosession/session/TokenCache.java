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
import java.util.function.Supplier;

import io.github.cognitosession.exception.InvalidTokenException;
import io.github.cognitosession.exception.NotSignedInException;
import io.github.cognitosession.store.SessionRecord;
import io.github.cognitosession.token.CognitoTokens;
import io.github.cognitosession.token.StoredTokenReader;
import org.apache.commons.logging.Log;
import org.apache.commons.logging.LogFactory;

/**
 * The verified user-pool tokens cached per session: served while fresh, refreshed through
 * {@link TokenRefresh} when due, and waited for (at most the re-authentication timeout)
 * while the user has to sign in again.
 *
 * @author Cognito Session contributors
 */
final class TokenCache {

	private static final Log logger = LogFactory.getLog(TokenCache.class);

	private final SessionRecords records;

	private final TokenRefresh refresh;

	private final SessionSettings settings;

	private final Supplier<UserState> signedOutState;

	TokenCache(SessionRecords records, TokenRefresh refresh, SessionSettings settings,
			Supplier<UserState> signedOutState) {
		this.records = records;
		this.refresh = refresh;
		this.settings = settings;
		this.signedOutState = signedOutState;
	}

	CognitoTokens get(SessionContext context, boolean forceRefresh) {
		long deadline = System.nanoTime() + this.settings.reauthenticationTimeout().toNanos();
		boolean force = forceRefresh;
		while (true) {
			UserState state = context.stateMachine.state();
			if (state == UserState.SIGNED_IN) {
				FederatedLogin federated = context.federated;
				if (federated != null) {
					throw new NotSignedInException(
							"Not signed in to the user pool: the session is a federated sign-in with "
									+ federated.providerKey() + ", which has no user-pool tokens");
				}
				CognitoTokens tokens = current(context);
				if (tokens != null) {
					if (!force && !this.refresh.isDue(context, tokens, this.settings.clock().instant())) {
						return tokens;
					}
					CognitoTokens refreshed = this.refresh.refresh(context, tokens, force);
					if (refreshed != null) {
						return refreshed;
					}
				}
			}
			else if (state.isAwaitingReauthentication()) {
				context.gate.await(() -> context.stateMachine.state().isAwaitingReauthentication(),
						deadline - System.nanoTime(), this.settings.reauthenticationTimeout());
				// Tokens from the new sign-in are fresh.
				force = false;
			}
			else {
				throw new NotSignedInException("No user is signed in (state " + state + ")");
			}
		}
	}

	/**
	 * The verified tokens of the stored record, read from the store once after a restart
	 * (no network: they were verified before they were stored).
	 */
	CognitoTokens current(SessionContext context) {
		CognitoTokens tokens = context.tokens;
		if (tokens != null) {
			return tokens;
		}
		synchronized (context.lock) {
			if (context.tokens != null || context.stateMachine.state() != UserState.SIGNED_IN) {
				return context.tokens;
			}
			Optional<SessionRecord> record = this.records.load().filter(SessionRecord::hasUserPoolTokens);
			if (record.isEmpty()) {
				// Someone else (another process sharing the store) signed out.
				context.stateMachine.transition(this.signedOutState.get(), null, null);
				return null;
			}
			try {
				context.tokens = StoredTokenReader.read(record.get().getIdToken(), record.get().getAccessToken(),
						record.get().getRefreshToken());
			}
			catch (InvalidTokenException ex) {
				logger.warn("The stored tokens are unreadable; the user must sign in again: " + ex.getMessage());
				this.refresh.invalidate(context, null, ex);
			}
			return context.tokens;
		}
	}

	/**
	 * Refresh now, whether due or not.
	 * @return the new tokens, or {@code null} when the session changed state meanwhile
	 */
	CognitoTokens forceRefresh(SessionContext context, CognitoTokens seen) {
		return this.refresh.refresh(context, seen, true);
	}

}
