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
import io.github.cognitosession.session.SessionRegistry.Persistence;
import io.github.cognitosession.signin.AuthenticationOutcome;
import io.github.cognitosession.signin.PendingChallenge;
import io.github.cognitosession.signin.RawTokens;
import io.github.cognitosession.signin.SignInOptions;
import io.github.cognitosession.signin.SignInResult;
import io.github.cognitosession.signin.UserPoolAuthenticator;
import io.github.cognitosession.state.SessionState;
import io.github.cognitosession.state.UserState;
import io.github.cognitosession.token.CognitoTokens;
import io.github.cognitosession.token.TokenVerifier;

import org.springframework.util.StringUtils;

/**
 * User-pool sign-in of a session: computes the next session from Cognito's answer (a
 * challenge waiting for an answer, or verified tokens) and hands it to the registry. The
 * network calls happen with no lock held.
 * <p>
 * {@code MFA_SETUP} takes two calls: {@link #associateSoftwareToken} fetches the TOTP
 * secret with the challenge's session, then {@link #confirmSignIn} with the app's code
 * verifies it and answers the challenge. A wrong code keeps the challenge pending. An
 * e-mail address as the answer sets up e-mail MFA instead.
 * <p>
 * The auto sign-in after a sign-up uses the pending sign-up the account flow keeps in the
 * session.
 *
 * @author Cognito Session contributors
 */
final class SignInFlow {

	private static final String MFA_SETUP = "MFA_SETUP";

	private final SessionRegistry sessions;

	private final UserPoolAuthenticator authenticator;

	private final TokenVerifier tokenVerifier;

	private final TotpMfaClient totp;

	SignInFlow(SessionRegistry sessions, UserPoolAuthenticator authenticator, TokenVerifier tokenVerifier,
			TotpMfaClient totp) {
		this.sessions = sessions;
		this.authenticator = authenticator;
		this.tokenVerifier = tokenVerifier;
		this.totp = totp;
	}

	SignInResult signIn(SessionSlot slot, String username, String password, SignInOptions options) {
		AuthenticationOutcome outcome = options.isDefault() ? this.authenticator.initiate(username, password)
				: this.authenticator.initiate(username, password, options);
		return complete(slot, outcome);
	}

	SignInResult confirmSignIn(SessionSlot slot, String answer, Map<String, String> responses,
			Map<String, String> clientMetadata) {
		Session.PendingSignIn pending = this.sessions.session(slot).pendingSignIn();
		if (pending == null) {
			throw new InvalidSessionStateException("No sign-in challenge is waiting for an answer; call signIn first");
		}
		Map<String, String> given = (responses != null) ? responses : Map.of();
		Map<String, String> metadata = (clientMetadata != null) ? clientMetadata : Map.of();
		if (MFA_SETUP.equals(pending.challenge().challengeName()) && StringUtils.hasText(answer)) {
			if (!answer.contains("@")) {
				return confirmMfaSetup(slot, pending, answer, given, metadata);
			}
			// an e-mail address sets up e-mail MFA: Cognito sends a code to it
			Map<String, String> email = new LinkedHashMap<>(given);
			email.put(SignInOperations.EMAIL, answer.strip());
			return complete(slot, respond(pending.challenge(), null, email, metadata));
		}
		return complete(slot, respond(pending.challenge(), answer, given, metadata));
	}

	/**
	 * Sign in the user of a confirmed sign-up with the session Cognito gave for it. A
	 * failure leaves the pending sign-up, so that the caller can tell the user to sign in
	 * with the password instead.
	 */
	SignInResult autoSignIn(SessionSlot slot) {
		Session.PendingSignUp pending = this.sessions.session(slot).pendingSignUp();
		if (pending == null || !pending.confirmed()) {
			throw new InvalidSessionStateException("No confirmed sign-up is waiting to sign its user in: sign up with "
					+ "SignUpOptions.autoSignIn(true) and confirm the sign-up in this session first");
		}
		SignInResult result = complete(slot, this.authenticator.initiateAutoSignIn(pending.username(),
				pending.cognitoSession(), pending.clientMetadata()));
		// Cognito's session is spent either way (a challenge carries its own)
		this.sessions.transition(slot,
				(current) -> (current.pendingSignUp() == pending) ? current.withPendingSignUp(null) : current,
				Persistence.NONE, null);
		return result;
	}

	private AuthenticationOutcome respond(PendingChallenge challenge, String answer, Map<String, String> responses,
			Map<String, String> clientMetadata) {
		return clientMetadata.isEmpty() ? this.authenticator.respond(challenge, answer, responses)
				: this.authenticator.respond(challenge, answer, responses, clientMetadata);
	}

	TotpSetup associateSoftwareToken(SessionSlot slot) {
		Session.PendingSignIn pending = this.sessions.session(slot).pendingSignIn();
		if (pending == null || !MFA_SETUP.equals(pending.challenge().challengeName())) {
			throw new InvalidSessionStateException(
					"No MFA_SETUP challenge is waiting; associateSoftwareToken() is for a sign-in that returned "
							+ "MFA_SETUP (use setUpTotp() when signed in)");
		}
		PendingChallenge challenge = pending.challenge();
		TotpMfaClient.SessionAssociation association = totp().associate(challenge.session());
		PendingChallenge associated = new PendingChallenge(MFA_SETUP, association.session(), challenge.username(),
				challenge.parameters());
		setPending(slot, new Session.PendingSignIn(associated, true));
		return TotpSetup.of(challenge.username(), association.secretCode());
	}

	private SignInResult confirmMfaSetup(SessionSlot slot, Session.PendingSignIn pending, String code,
			Map<String, String> responses, Map<String, String> clientMetadata) {
		if (!pending.softwareTokenAssociated()) {
			throw new InvalidSessionStateException("MFA_SETUP is answered with a code of the authenticator app set "
					+ "up with the secret of associateSoftwareToken(); call it first");
		}
		PendingChallenge challenge = pending.challenge();
		Map<String, String> remaining = new LinkedHashMap<>(responses);
		String friendlyDeviceName = remaining.remove(SignInOperations.FRIENDLY_DEVICE_NAME);
		String verifiedSession = totp().verify(challenge.session(), code, friendlyDeviceName);
		PendingChallenge verified = new PendingChallenge(MFA_SETUP, verifiedSession, challenge.username(),
				challenge.parameters());
		setPending(slot, new Session.PendingSignIn(verified, false));
		return complete(slot, respond(verified, null, remaining, clientMetadata));
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
	void adopt(SessionSlot slot, RawTokens tokens) {
		complete(slot, new AuthenticationOutcome.Authenticated(tokens));
	}

	private SignInResult complete(SessionSlot slot, AuthenticationOutcome outcome) {
		if (outcome instanceof AuthenticationOutcome.ChallengeRequired required) {
			PendingChallenge challenge = required.challenge();
			setPending(slot, new Session.PendingSignIn(challenge, false));
			return SignInResult.challenge(challenge.step(), challenge.parameters());
		}
		RawTokens raw = ((AuthenticationOutcome.Authenticated) outcome).tokens();
		CognitoTokens tokens = this.tokenVerifier.verify(raw.idToken(), raw.accessToken(), raw.refreshToken());
		String username = tokens.getUsername();
		SessionState signedIn = new SessionState.UserPoolSignedIn(username, tokens);
		// Unlike a refresh, a sign-in whose session cannot be stored fails.
		this.sessions.transition(slot, (current) -> current.withIdentity(signedIn, keptIdentityId(current, username)),
				Persistence.REQUIRED, null);
		return SignInResult.done();
	}

	private void setPending(SessionSlot slot, Session.PendingSignIn pending) {
		this.sessions.transition(slot, (current) -> current.withPendingSignIn(pending), Persistence.NONE, null);
	}

	/**
	 * The identity id a user who signs in keeps: a guest's (Cognito links the guest
	 * identity to the login) or the same user's, never another user's.
	 */
	static String keptIdentityId(Session current, String username) {
		SessionState state = current.state();
		boolean guest = state.userState() == UserState.GUEST;
		boolean sameUser = !(state instanceof SessionState.FederatedSignedIn)
				&& !(state instanceof SessionState.FederatedTokensInvalid) && username.equals(state.username());
		return (guest || sameUser) ? current.identityId() : null;
	}

}
