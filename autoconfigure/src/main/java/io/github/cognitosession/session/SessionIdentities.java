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

import io.github.cognitosession.state.FederatedLogin;
import io.github.cognitosession.token.CognitoTokens;

/**
 * What the identity-pool side needs of the sessions, and nothing more: a read-only view
 * of the calling thread's session (whose identity, with which logins), the federated
 * sign-in, and narrow feedback (an identity id to keep, a federated token the identity
 * pool rejected). The session never calls back into the identity-pool side; it only
 * tells, in the application scope, that the identity changed.
 *
 * @author Cognito Session contributors
 */
public interface SessionIdentities {

	/**
	 * The calling thread's session, restored on first use. Never performs network I/O.
	 * @return the session
	 */
	Session currentSession();

	/**
	 * The calling thread's user-pool tokens, refreshed first when due: the ID token is
	 * the login of a user-pool identity.
	 * @return the tokens
	 * @throws io.github.cognitosession.exception.NotSignedInException if nobody is signed
	 * in to the user pool
	 */
	CognitoTokens currentTokens();

	/**
	 * Wait, at most the re-authentication timeout, while the calling thread's session
	 * awaits a new sign-in or federated sign-in.
	 * @throws io.github.cognitosession.exception.ReauthenticationTimeoutException if
	 * nobody signs in within the timeout
	 */
	void awaitReauthentication();

	/**
	 * Whether nobody signed in means a guest of the identity pool.
	 * @return whether guest access is on
	 */
	boolean isGuestAccess();

	/**
	 * Ask to be told of every identity change, right after the change and before its
	 * events are published. Offered only when there is one session for the whole
	 * application; a listener must not block nor call back.
	 * @param listener the listener
	 * @return whether changes will be told (application scope only)
	 */
	boolean onIdentityChange(Runnable listener);

	/**
	 * Sign the calling thread's session in with a federated login. A guest who federates
	 * keeps the guest identity id (Cognito links it to the login), and so does the same
	 * provider's identity federating again.
	 * @param login the provider's login
	 * @param identityId the identity id to use, or {@code null} for the carried one
	 * @return the session after the sign-in
	 */
	Session federate(FederatedLogin login, String identityId);

	/**
	 * Keep the identity id the identity pool gave a session's identity (or forget it,
	 * when the identity pool rejected it), if the session still has that identity.
	 * @param session the session as it was when the id was asked for
	 * @param identityId the identity id, or {@code null} to forget it
	 */
	void identityIdResolved(Session session, String identityId);

	/**
	 * The identity pool rejected a session's federated token (on any thread): the session
	 * moves to {@code SIGNED_OUT_FEDERATED_TOKENS_INVALID}, unless it has changed
	 * identity since.
	 * @param session the session as it was when its credentials were fetched
	 * @param failure the rejection
	 */
	void federatedTokenRejected(Session session, RuntimeException failure);

}
