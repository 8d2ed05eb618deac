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
import java.time.Instant;
import java.util.Optional;

import io.github.cognitosession.event.TokenRefreshFailedEvent;
import io.github.cognitosession.event.TokensRefreshedEvent;
import io.github.cognitosession.exception.InvalidSessionStateException;
import io.github.cognitosession.exception.InvalidTokenException;
import io.github.cognitosession.store.SessionRecord;
import io.github.cognitosession.store.SessionStore;
import io.github.cognitosession.token.CognitoTokens;
import io.github.cognitosession.token.RefreshFailureClassifier;
import io.github.cognitosession.token.RefreshedTokens;
import io.github.cognitosession.token.StoredTokenReader;
import io.github.cognitosession.token.TokenRefresher;
import io.github.cognitosession.token.TokenVerifier;
import org.apache.commons.logging.Log;
import org.apache.commons.logging.LogFactory;

import org.springframework.context.ApplicationEventPublisher;

/**
 * Token refresh of a session: when it is due (refresh-ahead, backing off after a
 * transient failure), one refresh per session at a time, adopting tokens another process
 * stored, and telling a rejected refresh token (the user must sign in again) from a
 * transient failure (still-valid tokens keep being served).
 *
 * @author Cognito Session contributors
 */
final class TokenRefresh {

	/**
	 * After a refresh failed for a transient reason, how long still-valid tokens are
	 * served without trying again, so that an outage does not turn every call into a
	 * request to Cognito.
	 */
	private static final Duration TRANSIENT_FAILURE_BACKOFF = Duration.ofSeconds(10);

	private static final Log logger = LogFactory.getLog(TokenRefresh.class);

	private final Object eventSource;

	private final ApplicationEventPublisher eventPublisher;

	private final TokenRefresher tokenRefresher;

	private final TokenVerifier tokenVerifier;

	private final SessionStore sessionStore;

	private final SessionRecords records;

	private final SessionSettings settings;

	private final RefreshAheadPolicy refreshAheadPolicy;

	private final SingleFlight<CognitoTokens> refreshes;

	private final RefreshFailureClassifier failureClassifier = new RefreshFailureClassifier();

	TokenRefresh(Object eventSource, ApplicationEventPublisher eventPublisher, TokenRefresher tokenRefresher,
			TokenVerifier tokenVerifier, SessionStore sessionStore, SessionRecords records, SessionSettings settings) {
		this.eventSource = eventSource;
		this.eventPublisher = eventPublisher;
		this.tokenRefresher = tokenRefresher;
		this.tokenVerifier = tokenVerifier;
		this.sessionStore = sessionStore;
		this.records = records;
		this.settings = settings;
		this.refreshAheadPolicy = new RefreshAheadPolicy(settings.refreshAhead());
		this.refreshes = new SingleFlight<>(settings.refreshWaitTimeout());
	}

	/**
	 * Whether the tokens should be refreshed now: they expire within the refresh-ahead
	 * time and no transient failure asks to wait while they are still usable.
	 */
	boolean isDue(SessionContext context, CognitoTokens tokens, Instant now) {
		return this.refreshAheadPolicy.needsRefresh(tokens, now) && !backingOff(context, tokens, now);
	}

	private boolean backingOff(SessionContext context, CognitoTokens tokens, Instant now) {
		Instant retryAt = context.refreshRetryAt;
		return retryAt != null && now.isBefore(retryAt) && isUsable(tokens, now);
	}

	private boolean isUsable(CognitoTokens tokens, Instant now) {
		return now.isBefore(tokens.getExpiresAt().plus(this.settings.clockSkew()));
	}

	/**
	 * Refresh through the single flight of this session.
	 * @return the new tokens, or {@code null} when the session changed state meanwhile
	 */
	CognitoTokens refresh(SessionContext context, CognitoTokens seen, boolean force) {
		return this.refreshes.run(this.sessionStore.sessionKey(), () -> refreshOnce(context, seen, force));
	}

	private CognitoTokens refreshOnce(SessionContext context, CognitoTokens seen, boolean force) {
		if (context.stateMachine.state() != UserState.SIGNED_IN) {
			return null;
		}
		CognitoTokens current = context.tokens;
		if (current != null && current != seen
				&& (force || !this.refreshAheadPolicy.needsRefresh(current, this.settings.clock().instant()))) {
			// Another caller refreshed (or signed in) after this caller looked.
			return current;
		}
		CognitoTokens known = (current != null) ? current : seen;
		CognitoTokens base = newerStoredTokens(known);
		if (base != known && !force && !this.refreshAheadPolicy.needsRefresh(base, this.settings.clock().instant())) {
			return adopt(context, current, base);
		}
		String username = (context.stateMachine.username() != null) ? context.stateMachine.username()
				: base.getUsername();
		CognitoTokens refreshed;
		boolean rotated;
		try {
			if (base.getRefreshToken() == null) {
				throw new InvalidSessionStateException("The session has no refresh token");
			}
			RefreshedTokens response = this.tokenRefresher.refresh(username, base.getRefreshToken());
			refreshed = this.tokenVerifier.verify(response.idToken(), response.accessToken(), response.refreshToken());
			rotated = response.rotated();
		}
		catch (RuntimeException ex) {
			return refreshFailed(context, current, base, username, ex);
		}
		synchronized (context.lock) {
			if (context.stateMachine.state() != UserState.SIGNED_IN || context.tokens != current) {
				// Signed out or in again while refreshing: the refreshed tokens are
				// stale.
				return context.tokens;
			}
			this.records.save(this.records.signedIn(username, refreshed));
			context.tokens = refreshed;
			context.refreshRetryAt = null;
		}
		this.eventPublisher
			.publishEvent(new TokensRefreshedEvent(this.eventSource, username, refreshed.getExpiresAt(), rotated));
		return refreshed;
	}

	/**
	 * Another process sharing the store (e.g. a second CLI run) may have refreshed since
	 * this one read it; with rotation, refreshing with the old token would then be
	 * rejected as reuse.
	 */
	private CognitoTokens newerStoredTokens(CognitoTokens known) {
		Optional<SessionRecord> stored = this.records.load()
			.filter((record) -> record.getState() == UserState.SIGNED_IN && record.hasUserPoolTokens())
			.filter((record) -> !known.getIdToken().getTokenValue().equals(record.getIdToken()));
		if (stored.isEmpty()) {
			return known;
		}
		try {
			CognitoTokens tokens = StoredTokenReader.read(stored.get().getIdToken(), stored.get().getAccessToken(),
					stored.get().getRefreshToken());
			return tokens.getExpiresAt().isAfter(known.getExpiresAt()) ? tokens : known;
		}
		catch (InvalidTokenException ex) {
			return known;
		}
	}

	private CognitoTokens adopt(SessionContext context, CognitoTokens current, CognitoTokens stored) {
		synchronized (context.lock) {
			if (context.stateMachine.state() == UserState.SIGNED_IN && context.tokens == current) {
				context.tokens = stored;
			}
			return context.tokens;
		}
	}

	private CognitoTokens refreshFailed(SessionContext context, CognitoTokens current, CognitoTokens base,
			String username, RuntimeException failure) {
		RefreshFailureClassifier.Kind kind = (failure instanceof InvalidSessionStateException)
				? RefreshFailureClassifier.Kind.TOKEN_REJECTED : this.failureClassifier.classify(failure);
		this.eventPublisher.publishEvent(new TokenRefreshFailedEvent(this.eventSource, username, failure));
		if (kind == RefreshFailureClassifier.Kind.TOKEN_REJECTED) {
			invalidate(context, current, failure);
			return null;
		}
		Instant now = this.settings.clock().instant();
		if (isUsable(base, now)) {
			context.refreshRetryAt = now.plus(TRANSIENT_FAILURE_BACKOFF);
			logger.warn("Token refresh failed (" + RefreshFailures.errorCode(failure)
					+ "); serving the current tokens until " + base.getExpiresAt());
			return (base != current) ? adopt(context, current, base) : base;
		}
		throw RefreshFailures.translate(kind, failure);
	}

	/**
	 * Move a signed-in session whose refresh token is rejected (or whose stored tokens
	 * are unreadable) to {@link UserState#SIGNED_OUT_USER_POOLS_TOKEN_INVALID}, unless it
	 * already moved on from the tokens {@code base}.
	 */
	void invalidate(SessionContext context, CognitoTokens base, Throwable cause) {
		synchronized (context.lock) {
			if (context.stateMachine.state() != UserState.SIGNED_IN
					|| (base != null && context.tokens != null && context.tokens != base)) {
				return;
			}
			String username = context.stateMachine.username();
			// Keep the username so the application knows who must sign in again.
			// and the identity id, which is still the user's when they sign in again
			this.records.save(SessionRecord.builder()
				.state(UserState.SIGNED_OUT_USER_POOLS_TOKEN_INVALID)
				.username(username)
				.identityId(this.records.load().map(SessionRecord::getIdentityId).orElse(null))
				.build());
			context.tokens = null;
			context.stateMachine.transition(UserState.SIGNED_OUT_USER_POOLS_TOKEN_INVALID, username, cause);
		}
	}

}
