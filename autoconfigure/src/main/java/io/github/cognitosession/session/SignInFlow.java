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

import java.util.Map;

import io.github.cognitosession.exception.InvalidSessionStateException;
import io.github.cognitosession.signin.AuthenticationOutcome;
import io.github.cognitosession.signin.PendingChallenge;
import io.github.cognitosession.signin.RawTokens;
import io.github.cognitosession.signin.SignInResult;
import io.github.cognitosession.signin.UserPoolAuthenticator;
import io.github.cognitosession.store.SessionStore;
import io.github.cognitosession.token.CognitoTokens;
import io.github.cognitosession.token.TokenVerifier;

/**
 * User-pool sign-in of a session: the challenge waiting for an answer, then verifying and
 * storing the new tokens and waking the calls waiting for the user to sign in again.
 *
 * @author Cognito Session contributors
 */
final class SignInFlow {

	private final UserPoolAuthenticator authenticator;

	private final TokenVerifier tokenVerifier;

	private final SessionStore sessionStore;

	private final SessionRecords records;

	SignInFlow(UserPoolAuthenticator authenticator, TokenVerifier tokenVerifier, SessionStore sessionStore,
			SessionRecords records) {
		this.authenticator = authenticator;
		this.tokenVerifier = tokenVerifier;
		this.sessionStore = sessionStore;
		this.records = records;
	}

	SignInResult signIn(SessionContext context, String username, String password) {
		return complete(context, this.authenticator.initiate(username, password));
	}

	SignInResult confirmSignIn(SessionContext context, String answer, Map<String, String> responses) {
		PendingChallenge challenge = context.pendingChallenge;
		if (challenge == null) {
			throw new InvalidSessionStateException("No sign-in challenge is waiting for an answer; call signIn first");
		}
		return complete(context,
				this.authenticator.respond(challenge, answer, (responses != null) ? responses : Map.of()));
	}

	/**
	 * Sign in with tokens obtained elsewhere (the hosted UI), verified like a sign-in's.
	 */
	void adopt(SessionContext context, RawTokens tokens) {
		complete(context, new AuthenticationOutcome.Authenticated(tokens));
	}

	private SignInResult complete(SessionContext context, AuthenticationOutcome outcome) {
		if (outcome instanceof AuthenticationOutcome.ChallengeRequired required) {
			PendingChallenge challenge = required.challenge();
			context.pendingChallenge = challenge;
			return SignInResult.challenge(challenge.step(), challenge.parameters());
		}
		RawTokens raw = ((AuthenticationOutcome.Authenticated) outcome).tokens();
		CognitoTokens tokens = this.tokenVerifier.verify(raw.idToken(), raw.accessToken(), raw.refreshToken());
		String username = tokens.getUsername();
		synchronized (context.lock) {
			// Unlike a refresh, a sign-in whose session cannot be stored fails.
			this.sessionStore.save(this.records.signedIn(username, tokens));
			context.tokens = tokens;
			context.federated = null;
			context.pendingChallenge = null;
			context.refreshRetryAt = null;
			context.stateMachine.transition(UserState.SIGNED_IN, username, null);
		}
		context.gate.signal();
		return SignInResult.done();
	}

}
