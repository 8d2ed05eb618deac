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

import io.github.cognitosession.state.UserState;
import io.github.cognitosession.token.CognitoTokens;

/**
 * The calling thread's session: its state, its user-pool tokens kept fresh, and sign-out.
 * One of the roles of {@link CognitoSessionManager}. No method performs network I/O
 * except where it says so.
 *
 * @author Cognito Session contributors
 */
public interface SessionOperations {

	/**
	 * Return the user-pool tokens, refreshed first when the ID or access token expires
	 * within the configured refresh-ahead time.
	 * @return the tokens
	 */
	CognitoTokens getTokens();

	/**
	 * Return the user-pool tokens, refreshing them first when asked to.
	 * @param forceRefresh whether to refresh even if the tokens are still fresh
	 * @return the tokens
	 */
	CognitoTokens getTokens(boolean forceRefresh);

	/**
	 * The session as one immutable value: its state (with the verified tokens when signed
	 * in to the user pool), identity key and identity id. Never performs network I/O; the
	 * tokens in it may be due for a refresh (use {@link #getTokens()} for fresh ones).
	 * @return the session
	 */
	Session currentSession();

	/**
	 * The user's current state. Never performs network I/O.
	 * @return the state
	 */
	UserState currentUserState();

	/**
	 * Whether a user is signed in.
	 * @return {@code true} in state {@link UserState#SIGNED_IN}
	 */
	boolean isSignedIn();

	/**
	 * The signed-in user's {@code cognito:username}; in a {@code *_INVALID} state the
	 * user who has to sign in again.
	 * @return the username, or {@code null} when nobody is signed in
	 */
	String getUsername();

	/**
	 * The signed-in user's {@code sub}.
	 * @return the user's sub, or {@code null} when nobody is signed in to the user pool
	 */
	String getUserSub();

	/**
	 * Sign out: revoke the refresh token ({@code RevokeToken}, which also invalidates the
	 * access and ID tokens issued with it) unless
	 * {@code cognito.session.revoke-on-sign-out} is off, then forget the tokens, identity
	 * and credentials. Never fails because of the network: a failed revocation is logged
	 * (WARN) and the user is signed out locally all the same.
	 */
	void signOut();

	/**
	 * Sign out, optionally globally (all devices) and revoking the refresh token: exactly
	 * the remote steps the options ask for ({@link SignOutOptions#local()} for none),
	 * whatever {@code cognito.session.revoke-on-sign-out} says. The local sign-out always
	 * happens; remote failures are reported in the result (and logged).
	 * @param options what to do besides the local sign-out
	 * @return what the remote steps did
	 */
	SignOutResult signOut(SignOutOptions options);

	/**
	 * Release every thread waiting for the user to sign in again; they fail with a
	 * {@code SignInWaitReleasedException}.
	 */
	void releaseSignInWait();

}
