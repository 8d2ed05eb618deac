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

import java.time.Clock;
import java.util.List;
import java.util.function.Supplier;

import io.github.cognitosession.exception.InvalidSessionStateException;
import io.github.cognitosession.exception.NotSignedInException;
import io.github.cognitosession.store.SessionStore;
import io.github.cognitosession.token.CognitoTokens;
import org.apache.commons.logging.Log;
import org.apache.commons.logging.LogFactory;

/**
 * Sign-out of a session: the remote steps ({@code GlobalSignOut}, {@code RevokeToken})
 * first, then always the local one, which forgets the session and releases the calls
 * waiting for the user to sign in again.
 *
 * @author Cognito Session contributors
 */
final class SignOutFlow {

	private static final Log logger = LogFactory.getLog(SignOutFlow.class);

	private final SessionStore sessionStore;

	private final RemoteSignOut remoteSignOut;

	private final TokenCache tokenCache;

	private final Clock clock;

	private final Supplier<UserState> signedOutState;

	SignOutFlow(SessionStore sessionStore, RemoteSignOut remoteSignOut, TokenCache tokenCache, Clock clock,
			Supplier<UserState> signedOutState) {
		this.sessionStore = sessionStore;
		this.remoteSignOut = remoteSignOut;
		this.tokenCache = tokenCache;
		this.clock = clock;
		this.signedOutState = signedOutState;
	}

	void signOutLocally(SessionContext context) {
		synchronized (context.lock) {
			try {
				this.sessionStore.clear();
			}
			catch (RuntimeException ex) {
				logger.warn("Could not clear the session store; the session is forgotten in memory only: "
						+ ex.getMessage());
			}
			context.tokens = null;
			context.federated = null;
			context.pendingChallenge = null;
			context.refreshRetryAt = null;
			context.stateMachine.transition(this.signedOutState.get(), null, null);
		}
		context.gate.release("The user signed out");
	}

	SignOutResult signOutRemotely(SessionContext context, SignOutOptions options) {
		if (!options.global() && !options.revokeToken()) {
			return new SignOutResult(true, true, List.of());
		}
		if (this.remoteSignOut == null) {
			return failedRemoteSignOut(options,
					new InvalidSessionStateException("Remote sign-out is not configured for this session manager"));
		}
		CognitoTokens current = (context.stateMachine.state() == UserState.SIGNED_IN) ? this.tokenCache.current(context)
				: null;
		if (current == null) {
			return failedRemoteSignOut(options, new NotSignedInException("No user-pool tokens to sign out remotely"));
		}
		if (options.global() && !this.clock.instant().isBefore(current.getAccessToken().getExpiresAt())) {
			// GlobalSignOut is authorised by the access token, so it must be a live one.
			current = refreshForSignOut(context, current);
		}
		return this.remoteSignOut.signOut(current, options);
	}

	private CognitoTokens refreshForSignOut(SessionContext context, CognitoTokens current) {
		try {
			CognitoTokens refreshed = this.tokenCache.forceRefresh(context, current);
			return (refreshed != null) ? refreshed : current;
		}
		catch (RuntimeException ex) {
			return current;
		}
	}

	private static SignOutResult failedRemoteSignOut(SignOutOptions options, Exception error) {
		return new SignOutResult(!options.global(), !options.revokeToken(), List.of(error));
	}

}
