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

import java.time.Instant;

import io.github.cognitosession.signin.PendingChallenge;
import io.github.cognitosession.token.CognitoTokens;

/**
 * The in-memory side of one session (one {@code SessionStore.sessionKey()}): its state,
 * the verified tokens of the stored record (or the federated login), the pending sign-in
 * challenge and the re-authentication waiters.
 *
 * @author Cognito Session contributors
 */
final class SessionContext {

	/** The session key this context belongs to. */
	final String key;

	final UserStateMachine stateMachine;

	final ReauthenticationGate gate = new ReauthenticationGate();

	/** Guards changes of the stored record together with the cached tokens and state. */
	final Object lock = new Object();

	volatile CognitoTokens tokens;

	volatile PendingChallenge pendingChallenge;

	/**
	 * Whether the pending MFA_SETUP challenge's session is the one AssociateSoftwareToken
	 * returned, so that a code can verify it.
	 */
	volatile boolean softwareTokenAssociated;

	volatile boolean restored;

	/** The federated login of a federated sign-in, else null. */
	volatile FederatedLogin federated;

	/** Until when a transient refresh failure defers the next attempt, or null. */
	volatile Instant refreshRetryAt;

	SessionContext(String key, UserStateMachine stateMachine) {
		this.key = key;
		this.stateMachine = stateMachine;
	}

}
