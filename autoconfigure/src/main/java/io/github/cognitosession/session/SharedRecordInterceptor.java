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
import java.util.Optional;

import io.github.cognitosession.exception.InvalidTokenException;
import io.github.cognitosession.refresh.RefreshCall;
import io.github.cognitosession.refresh.RefreshInterceptor;
import io.github.cognitosession.session.SessionRegistry.Persistence;
import io.github.cognitosession.state.SessionState;
import io.github.cognitosession.state.UserState;
import io.github.cognitosession.store.SessionRecord;
import io.github.cognitosession.token.CognitoTokens;
import io.github.cognitosession.token.StoredTokenReader;

/**
 * The before-refresh hook of the session tokens: re-reads the session's stored record
 * first, because another process (or instance) sharing the store may have moved on since
 * this one read it. If it signed out, the refresh would write the session back and undo
 * that sign-out: the sign-out is adopted instead. If it refreshed, the newer tokens are
 * adopted, and refreshed only if they are due themselves; with refresh-token rotation,
 * refreshing with the old refresh token would be rejected as reuse and sign the user out.
 * <p>
 * A cross-process lock around "re-read, refresh if still needed, write" goes before this
 * interceptor.
 *
 * @author Cognito Session contributors
 */
final class SharedRecordInterceptor implements RefreshInterceptor<CognitoTokens> {

	private final SessionRegistry sessions;

	private final RefreshAheadPolicy refreshAhead;

	private final Clock clock;

	SharedRecordInterceptor(SessionRegistry sessions, SessionSettings settings) {
		this.sessions = sessions;
		this.refreshAhead = new RefreshAheadPolicy(settings.refreshAhead());
		this.clock = settings.clock();
	}

	@Override
	public CognitoTokens intercept(String key, CognitoTokens base, RefreshCall<CognitoTokens> next) {
		SessionSlot slot = this.sessions.find(key);
		if (slot == null || base == null) {
			return next.proceed(base);
		}
		Session session = this.sessions.session(slot);
		if (!(session.state() instanceof SessionState.UserPoolSignedIn signedIn)) {
			return null;
		}
		Optional<SessionRecord> stored = this.sessions.loadForRefresh(key);
		if (stored != null && signedOutElsewhere(stored)) {
			adoptSignOut(slot, session.identityKey(), signedIn.tokens());
			return null;
		}
		CognitoTokens newer = newerStoredTokens(signedIn.username(), base, stored);
		if (newer == base) {
			return next.proceed(base);
		}
		// Not due: the engine adopts them (RefreshSource#adopt) without a refresh. Due:
		// refreshed with the newer refresh token, which with rotation is the only valid
		// one.
		return this.refreshAhead.needsRefresh(newer, this.clock.instant()) ? next.proceed(newer) : newer;
	}

	/**
	 * Whether another process sharing the store (e.g. a CLI run of {@code sign-out})
	 * signed out: the store holds no user-pool session, nor a user who must sign in
	 * again.
	 */
	private static boolean signedOutElsewhere(Optional<SessionRecord> stored) {
		return stored.isEmpty()
				|| (!stored.get().hasUserPoolTokens() && !stored.get().getState().isAwaitingReauthentication());
	}

	private void adoptSignOut(SessionSlot slot, String identityKey, CognitoTokens seen) {
		// The store says so already: nothing to write.
		this.sessions.transition(slot, (current) -> isStill(current, identityKey, seen)
				? current.withIdentity(this.sessions.nobody(), null) : current, Persistence.NONE, null);
	}

	private static boolean isStill(Session current, String identityKey, CognitoTokens seen) {
		return current.identityKey().equals(identityKey)
				&& current.state() instanceof SessionState.UserPoolSignedIn signedIn && signedIn.tokens() == seen;
	}

	/**
	 * The same user's tokens in the store when they are newer than the known ones.
	 */
	private static CognitoTokens newerStoredTokens(String username, CognitoTokens known,
			Optional<SessionRecord> record) {
		Optional<SessionRecord> stored = (record != null) ? record : Optional.empty();
		Optional<SessionRecord> candidate = stored
			.filter((r) -> r.getState() == UserState.SIGNED_IN && r.hasUserPoolTokens())
			.filter((r) -> r.getUsername() == null || username.equals(r.getUsername()))
			.filter((r) -> !known.getIdToken().getTokenValue().equals(r.getIdToken()));
		if (candidate.isEmpty()) {
			return known;
		}
		try {
			CognitoTokens tokens = StoredTokenReader.read(candidate.get().getIdToken(),
					candidate.get().getAccessToken(), candidate.get().getRefreshToken());
			return tokens.getExpiresAt().isAfter(known.getExpiresAt()) ? tokens : known;
		}
		catch (InvalidTokenException ex) {
			return known;
		}
	}

}
