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
 * waiting for the user to sign in again. A plain sign-out revokes the refresh token
 * unless that is turned off ({@code cognito.session.revoke-on-sign-out}), as Amplify's
 * does; a remote step that fails never keeps the user signed in.
 *
 * @author Cognito Session contributors
 */
final class SignOutFlow {

	private final SessionRegistry sessions;

	private final RemoteSignOut remoteSignOut;

	private final SessionTokens tokens;

	private static final SignOutOptions REVOKE = new SignOutOptions(false, true);

	private final Clock clock;

	private final boolean revokeOnSignOut;

	SignOutFlow(SessionRegistry sessions, RemoteSignOut remoteSignOut, SessionTokens tokens, Clock clock,
			boolean revokeOnSignOut) {
		this.sessions = sessions;
		this.remoteSignOut = remoteSignOut;
		this.tokens = tokens;
		this.clock = clock;
		this.revokeOnSignOut = revokeOnSignOut;
	}

	/**
	 * The plain sign-out: revoke the refresh token when there is one (and revocation is
	 * on), then forget the session. Never fails because of the network: the remote
	 * sign-out reports a failed revocation in a WARN line.
	 */
	void signOut(SessionSlot slot) {
		try {
			CognitoTokens current = userPoolTokens(slot);
			if (this.revokeOnSignOut && this.remoteSignOut != null && current != null
					&& current.getRefreshToken() != null) {
				this.remoteSignOut.signOut(current, REVOKE);
			}
		}
		finally {
			signOutLocally(slot);
		}
	}

	/**
	 * A sign-out with options: the remote steps asked for, then always the local one.
	 */
	SignOutResult signOut(SessionSlot slot, SignOutOptions options) {
		try {
			return signOutRemotely(slot, options);
		}
		finally {
			signOutLocally(slot);
		}
	}

	/**
	 * Forget the session; a storage failure only leaves the record behind (with a
	 * warning), never the user signed in.
	 */
	private void signOutLocally(SessionSlot slot) {
		// Released before the change, whose wake-up would otherwise let a waiter see the
		// signed-out state first and fail as "not signed in" instead of as released.
		slot.gate.release("The user signed out");
		this.sessions.transition(slot, (current) -> current.withIdentity(this.sessions.nobody(), null),
				Persistence.BEST_EFFORT, null);
	}

	private SignOutResult signOutRemotely(SessionSlot slot, SignOutOptions options) {
		if (!options.global() && !options.revokeToken()) {
			return new SignOutResult(true, true, List.of());
		}
		if (this.remoteSignOut == null) {
			return failedRemoteSignOut(options,
					new InvalidSessionStateException("Remote sign-out is not configured for this session manager"));
		}
		CognitoTokens current = userPoolTokens(slot);
		if (current == null) {
			return failedRemoteSignOut(options, new NotSignedInException("No user-pool tokens to sign out remotely"));
		}
		if (options.global() && !this.clock.instant().isBefore(current.getAccessToken().getExpiresAt())) {
			// GlobalSignOut is authorised by the access token, so it must be a live one.
			current = refreshForSignOut(slot, current);
		}
		return this.remoteSignOut.signOut(current, options);
	}

	private CognitoTokens userPoolTokens(SessionSlot slot) {
		return (this.sessions.session(slot).state() instanceof SessionState.UserPoolSignedIn signedIn)
				? signedIn.tokens() : null;
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
