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

import io.github.cognitosession.exception.InvalidSessionStateException;
import io.github.cognitosession.exception.NotSignedInException;
import io.github.cognitosession.session.SessionRegistry.Persistence;
import io.github.cognitosession.state.SessionState;
import io.github.cognitosession.token.CognitoTokens;

/**
 * Sign-out of a session: the remote steps ({@code GlobalSignOut}, {@code RevokeToken})
 * first, then always the local one, which forgets the session and releases the calls
 * waiting for the user to sign in again.
 *
 * @author Cognito Session contributors
 */
final class SignOutFlow {

	private final SessionRegistry sessions;

	private final RemoteSignOut remoteSignOut;

	private final SessionTokens tokens;

	private final Clock clock;

	SignOutFlow(SessionRegistry sessions, RemoteSignOut remoteSignOut, SessionTokens tokens, Clock clock) {
		this.sessions = sessions;
		this.remoteSignOut = remoteSignOut;
		this.tokens = tokens;
		this.clock = clock;
	}

	/**
	 * Forget the session; a storage failure only leaves the record behind (with a
	 * warning), never the user signed in.
	 */
	void signOutLocally(SessionSlot slot) {
		this.sessions.transition(slot, (current) -> current.withIdentity(this.sessions.nobody(), null),
				Persistence.BEST_EFFORT, null);
		slot.gate.release("The user signed out");
	}

	SignOutResult signOutRemotely(SessionSlot slot, SignOutOptions options) {
		if (!options.global() && !options.revokeToken()) {
			return new SignOutResult(true, true, List.of());
		}
		if (this.remoteSignOut == null) {
			return failedRemoteSignOut(options,
					new InvalidSessionStateException("Remote sign-out is not configured for this session manager"));
		}
		CognitoTokens current = (this.sessions.session(slot).state() instanceof SessionState.UserPoolSignedIn signedIn)
				? signedIn.tokens() : null;
		if (current == null) {
			return failedRemoteSignOut(options, new NotSignedInException("No user-pool tokens to sign out remotely"));
		}
		if (options.global() && !this.clock.instant().isBefore(current.getAccessToken().getExpiresAt())) {
			// GlobalSignOut is authorised by the access token, so it must be a live one.
			current = refreshForSignOut(slot, current);
		}
		return this.remoteSignOut.signOut(current, options);
	}

	private CognitoTokens refreshForSignOut(SessionSlot slot, CognitoTokens current) {
		try {
			CognitoTokens refreshed = this.tokens.forceRefresh(slot, current);
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
