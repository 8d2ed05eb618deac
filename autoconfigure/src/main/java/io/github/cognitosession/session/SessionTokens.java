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

import io.github.cognitosession.device.DeviceSecrets;
import io.github.cognitosession.device.DeviceSecretsStore;
import io.github.cognitosession.exception.InvalidSessionStateException;
import io.github.cognitosession.exception.NotSignedInException;
import io.github.cognitosession.refresh.RefreshDeadlines;
import io.github.cognitosession.refresh.RefreshEngine;
import io.github.cognitosession.refresh.RefreshSlot;
import io.github.cognitosession.refresh.RefreshSource;
import io.github.cognitosession.session.SessionRegistry.Persistence;
import io.github.cognitosession.state.SessionState;
import io.github.cognitosession.token.CognitoTokens;
import io.github.cognitosession.token.RefreshFailureClassifier;
import io.github.cognitosession.token.RefreshedTokens;
import io.github.cognitosession.token.TokenRefresher;
import io.github.cognitosession.token.TokenVerifier;
import io.github.cognitosession.event.TokenRefreshFailedEvent;
import io.github.cognitosession.event.TokensRefreshedEvent;
import org.apache.commons.logging.Log;
import org.apache.commons.logging.LogFactory;

/**
 * The user-pool tokens of the sessions, kept fresh by the {@link RefreshEngine}: served
 * while fresh, refreshed when the ID or access token expires within the refresh-ahead
 * time (one refresh per session at a time, merged across the callers), and waited for (at
 * most the re-authentication timeout) while the user has to sign in again.
 * <p>
 * A refresh first re-reads the session's stored record (the engine's first interceptor):
 * another process sharing the store may have refreshed (with rotation, refreshing with
 * the old token would be rejected as reuse) or signed out. Only a rejected refresh token
 * moves the session to {@code SIGNED_OUT_USER_POOLS_TOKEN_INVALID}; network errors,
 * throttling and server errors keep it, and the engine serves the still-usable tokens
 * (until their expiry plus the clock skew) while it backs off.
 *
 * @author Cognito Session contributors
 */
final class SessionTokens {

	private static final Log logger = LogFactory.getLog(SessionTokens.class);

	private final SessionRegistry sessions;

	private final TokenRefresher refresher;

	private final TokenVerifier verifier;

	private final DeviceSecretsStore devices;

	private final SessionSettings settings;

	private final RefreshAheadPolicy refreshAhead;

	private final RefreshEngine<CognitoTokens> engine;

	private final Object eventSource;

	private final RefreshFailureClassifier failureClassifier = new RefreshFailureClassifier();

	SessionTokens(SessionRegistry sessions, TokenRefresher refresher, TokenVerifier verifier,
			DeviceSecretsStore devices, SessionSettings settings, RefreshEngine<CognitoTokens> engine,
			Object eventSource) {
		this.sessions = sessions;
		this.refresher = refresher;
		this.verifier = verifier;
		this.devices = devices;
		this.settings = settings;
		this.refreshAhead = new RefreshAheadPolicy(settings.refreshAhead());
		this.engine = engine;
		this.eventSource = eventSource;
	}

	/**
	 * The session's tokens, refreshed first when due (or when forced), waiting for a new
	 * sign-in in a {@code *_INVALID} state.
	 */
	CognitoTokens get(SessionSlot slot, boolean forceRefresh) {
		long deadline = System.nanoTime() + this.settings.reauthenticationTimeout().toNanos();
		boolean force = forceRefresh;
		while (true) {
			Session session = this.sessions.session(slot);
			SessionState state = session.state();
			if (state instanceof SessionState.UserPoolSignedIn signedIn) {
				RefreshSlot<CognitoTokens> refresh = refreshSlot(slot, session);
				CognitoTokens tokens = force ? refresh.refresh(signedIn.tokens()) : refresh.get();
				if (tokens != null) {
					return tokens;
				}
				// the session changed while refreshing: look again
			}
			else if (state instanceof SessionState.FederatedSignedIn federated) {
				throw new NotSignedInException(
						"Not signed in to the user pool: the session is a federated sign-in with "
								+ federated.login().providerKey() + ", which has no user-pool tokens");
			}
			else if (state.isAwaitingReauthentication()) {
				slot.gate.await(() -> this.sessions.session(slot).state().isAwaitingReauthentication(),
						deadline - System.nanoTime(), this.settings.reauthenticationTimeout());
				// Tokens from the new sign-in are fresh.
				force = false;
			}
			else {
				throw new NotSignedInException("No user is signed in (state " + state.userState() + ")");
			}
		}
	}

	/**
	 * Refresh now, whether due or not, unless someone refreshed after {@code seen}.
	 * @return the new tokens, or {@code null} when the session changed state meanwhile
	 */
	CognitoTokens forceRefresh(SessionSlot slot, CognitoTokens seen) {
		Session session = this.sessions.session(slot);
		if (!(session.state() instanceof SessionState.UserPoolSignedIn)) {
			return null;
		}
		return refreshSlot(slot, session).refresh(seen);
	}

	/**
	 * The refresh coordinator of the session's current identity: a new sign-in starts
	 * with no backoff and no refresh in flight of the previous one.
	 */
	private RefreshSlot<CognitoTokens> refreshSlot(SessionSlot slot, Session session) {
		SessionSlot.TokenRefresh current = slot.tokenRefresh;
		if (current != null && current.identityKey().equals(session.identityKey())) {
			return current.slot();
		}
		synchronized (slot) {
			current = slot.tokenRefresh;
			if (current != null && current.identityKey().equals(session.identityKey())) {
				return current.slot();
			}
			RefreshSlot<CognitoTokens> created = this.engine.slot(slot.key,
					new Source(slot, session.identityKey(), session.state().username()));
			slot.tokenRefresh = new SessionSlot.TokenRefresh(session.identityKey(), created);
			if (current != null) {
				current.slot().close();
			}
			return created;
		}
	}

	/**
	 * Move a signed-in session whose refresh token is rejected (or whose stored tokens
	 * are unreadable) to {@code SIGNED_OUT_USER_POOLS_TOKEN_INVALID}, unless it already
	 * moved on from the tokens {@code base}. The username and identity id are kept: the
	 * same user signs in again.
	 */
	void invalidate(SessionSlot slot, String identityKey, CognitoTokens base, Throwable cause) {
		this.sessions.transition(slot, (current) -> {
			if (!current.identityKey().equals(identityKey)
					|| !(current.state() instanceof SessionState.UserPoolSignedIn signedIn)
					|| (base != null && signedIn.tokens() != base)) {
				return current;
			}
			return current.withIdentity(new SessionState.UserPoolTokensInvalid(signedIn.username()),
					current.identityId());
		}, Persistence.BEST_EFFORT, cause);
	}

	private String deviceKey(String username) {
		if (this.devices == null || username == null) {
			return null;
		}
		return this.devices.load(username).map(DeviceSecrets::getDeviceKey).orElse(null);
	}

	/**
	 * The tokens of one identity of one session, as the refresh engine sees them.
	 */
	private final class Source implements RefreshSource<CognitoTokens> {

		private final SessionSlot slot;

		private final String identityKey;

		private final String username;

		Source(SessionSlot slot, String identityKey, String username) {
			this.slot = slot;
			this.identityKey = identityKey;
			this.username = username;
		}

		@Override
		public CognitoTokens current() {
			Session session = this.slot.value;
			if (session == null || !session.identityKey().equals(this.identityKey)) {
				return null;
			}
			return (session.state() instanceof SessionState.UserPoolSignedIn signedIn) ? signedIn.tokens() : null;
		}

		@Override
		public RefreshDeadlines deadlines(CognitoTokens tokens) {
			// No prefetch: tokens are refreshed by the call that needs them, whose thread
			// can write the session where it is kept (e.g. the user's HTTP session).
			return new RefreshDeadlines(SessionTokens.this.refreshAhead.refreshAt(tokens),
					SessionTokens.this.refreshAhead.refreshAt(tokens),
					tokens.getExpiresAt().plus(SessionTokens.this.settings.clockSkew()));
		}

		/**
		 * Tokens another process stored (the shared-record interceptor read them), taken
		 * without refreshing: they replace this identity's tokens in memory only (the
		 * store holds them already).
		 */
		@Override
		public CognitoTokens adopt(CognitoTokens stored) {
			CognitoTokens seen = current();
			Session after = SessionTokens.this.sessions.transition(this.slot, (current) -> {
				if (!current.identityKey().equals(this.identityKey)
						|| !(current.state() instanceof SessionState.UserPoolSignedIn signedIn)
						|| signedIn.tokens() != seen) {
					return current;
				}
				return current.withState(signedIn.withTokens(stored));
			}, Persistence.NONE, null);
			return current(after);
		}

		@Override
		public CognitoTokens refresh(CognitoTokens base) {
			CognitoTokens before = current();
			if (before == null || base == null) {
				return null;
			}
			RefreshedTokens response;
			CognitoTokens refreshed;
			try {
				if (base.getRefreshToken() == null) {
					throw new InvalidSessionStateException("The session has no refresh token");
				}
				response = SessionTokens.this.refresher.refresh(this.username, base.getRefreshToken(),
						deviceKey(this.username));
				refreshed = SessionTokens.this.verifier.verify(response.idToken(), response.accessToken(),
						response.refreshToken());
			}
			catch (RuntimeException ex) {
				return failed(base, ex);
			}
			TokensRefreshedEvent event = new TokensRefreshedEvent(SessionTokens.this.eventSource, this.username,
					refreshed.getExpiresAt(), response.rotated());
			Session after = SessionTokens.this.sessions.transition(this.slot, (current) -> {
				if (!current.identityKey().equals(this.identityKey)
						|| !(current.state() instanceof SessionState.UserPoolSignedIn signedIn)
						|| signedIn.tokens() != before) {
					// Signed out or in again while refreshing: the refreshed tokens are
					// stale.
					return current;
				}
				return current.withState(signedIn.withTokens(refreshed));
			}, Persistence.BEST_EFFORT, null, event);
			return current(after);
		}

		private CognitoTokens current(Session session) {
			return (session.identityKey().equals(this.identityKey)
					&& session.state() instanceof SessionState.UserPoolSignedIn signedIn) ? signedIn.tokens() : null;
		}

		private CognitoTokens failed(CognitoTokens base, RuntimeException failure) {
			RefreshFailureClassifier.Kind kind = (failure instanceof InvalidSessionStateException)
					? RefreshFailureClassifier.Kind.TOKEN_REJECTED
					: SessionTokens.this.failureClassifier.classify(failure);
			SessionTokens.this.sessions.publish(this.slot,
					new TokenRefreshFailedEvent(SessionTokens.this.eventSource, this.username, failure));
			if (kind == RefreshFailureClassifier.Kind.TOKEN_REJECTED) {
				invalidate(this.slot, this.identityKey, null, failure);
				return null;
			}
			if (SessionTokens.this.settings.clock().instant().isBefore(deadlines(base).expiresAt())) {
				logger.warn("Token refresh failed (" + RefreshFailures.errorCode(failure)
						+ "); serving the current tokens until " + base.getExpiresAt());
			}
			throw RefreshFailures.translate(kind, failure);
		}

		@Override
		public String toString() {
			return "SessionTokens.Source[username=" + this.username + "]";
		}

	}

}
