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

import java.util.LinkedHashMap;
import java.util.Map;

import io.github.cognitosession.exception.InvalidSessionStateException;
import io.github.cognitosession.mfa.TotpMfaClient;
import io.github.cognitosession.mfa.TotpSetup;
import io.github.cognitosession.signin.AuthenticationOutcome;
import io.github.cognitosession.signin.PendingChallenge;
import io.github.cognitosession.signin.RawTokens;
import io.github.cognitosession.signin.SignInResult;
import io.github.cognitosession.signin.UserPoolAuthenticator;
import io.github.cognitosession.store.SessionStore;
import io.github.cognitosession.token.CognitoTokens;
import io.github.cognitosession.token.TokenVerifier;

import org.springframework.util.StringUtils;

/**
 * User-pool sign-in of a session: the challenge waiting for an answer, then verifying and
 * storing the new tokens and waking the calls waiting for the user to sign in again.
 * <p>
 * {@code MFA_SETUP} takes two calls: {@link #associateSoftwareToken} fetches the TOTP
 * secret with the challenge's session, then {@link #confirmSignIn} with the app's code
 * verifies it and answers the challenge. A wrong code keeps the challenge pending.
 *
 * @author Cognito Session contributors
 */
final class SignInFlow {

	private final UserPoolAuthenticator authenticator;

	private final TokenVerifier tokenVerifier;

	private final SessionStore sessionStore;

	private static final String MFA_SETUP = "MFA_SETUP";

	private final SessionRecords records;

	private final TotpMfaClient totp;

	SignInFlow(UserPoolAuthenticator authenticator, TokenVerifier tokenVerifier, SessionStore sessionStore,
			SessionRecords records, TotpMfaClient totp) {
		this.authenticator = authenticator;
		this.tokenVerifier = tokenVerifier;
		this.sessionStore = sessionStore;
		this.records = records;
		this.totp = totp;
	}

	SignInResult signIn(SessionContext context, String username, String password) {
		return complete(context, this.authenticator.initiate(username, password));
	}

	SignInResult confirmSignIn(SessionContext context, String answer, Map<String, String> responses) {
		PendingChallenge challenge = context.pendingChallenge;
		if (challenge == null) {
			throw new InvalidSessionStateException("No sign-in challenge is waiting for an answer; call signIn first");
		}
		Map<String, String> given = (responses != null) ? responses : Map.of();
		if (MFA_SETUP.equals(challenge.challengeName()) && StringUtils.hasText(answer)) {
			return confirmMfaSetup(context, challenge, answer, given);
		}
		return complete(context, this.authenticator.respond(challenge, answer, given));
	}

	TotpSetup associateSoftwareToken(SessionContext context) {
		PendingChallenge challenge = context.pendingChallenge;
		if (challenge == null || !MFA_SETUP.equals(challenge.challengeName())) {
			throw new InvalidSessionStateException(
					"No MFA_SETUP challenge is waiting; associateSoftwareToken() is for a sign-in that returned "
							+ "MFA_SETUP (use setUpTotp() when signed in)");
		}
		TotpMfaClient.SessionAssociation association = totp().associate(challenge.session());
		context.pendingChallenge = new PendingChallenge(MFA_SETUP, association.session(), challenge.username(),
				challenge.parameters());
		context.softwareTokenAssociated = true;
		return TotpSetup.of(challenge.username(), association.secretCode());
	}

	private SignInResult confirmMfaSetup(SessionContext context, PendingChallenge challenge, String code,
			Map<String, String> responses) {
		if (!context.softwareTokenAssociated) {
			throw new InvalidSessionStateException("MFA_SETUP is answered with a code of the authenticator app set "
					+ "up with the secret of associateSoftwareToken(); call it first");
		}
		Map<String, String> remaining = new LinkedHashMap<>(responses);
		String friendlyDeviceName = remaining.remove(CognitoSessionManager.FRIENDLY_DEVICE_NAME);
		String verifiedSession = totp().verify(challenge.session(), code, friendlyDeviceName);
		PendingChallenge verified = new PendingChallenge(MFA_SETUP, verifiedSession, challenge.username(),
				challenge.parameters());
		context.pendingChallenge = verified;
		context.softwareTokenAssociated = false;
		return complete(context, this.authenticator.respond(verified, null, remaining));
	}

	private TotpMfaClient totp() {
		if (this.totp == null) {
			throw new IllegalStateException("MFA setup needs a TotpMfaClient; set it with "
					+ "DefaultCognitoSessionManager.Builder#totpMfaClient");
		}
		return this.totp;
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
			context.softwareTokenAssociated = false;
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
			context.softwareTokenAssociated = false;
			context.refreshRetryAt = null;
			context.stateMachine.transition(UserState.SIGNED_IN, username, null);
		}
		context.gate.signal();
		return SignInResult.done();
	}

}
