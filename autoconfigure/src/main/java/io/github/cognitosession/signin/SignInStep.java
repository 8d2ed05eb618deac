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
package io.github.cognitosession.signin;

/**
 * What a sign-in needs next: {@link #DONE}, or the Cognito challenge to answer with
 * {@code CognitoSessionManager.confirmSignIn}.
 *
 * @author Cognito Session contributors
 */
public enum SignInStep {

	/** Signed in: tokens are available. */
	DONE,

	/** The user must choose a new password (answer: the new password). */
	NEW_PASSWORD_REQUIRED,

	/** A code was sent by SMS (answer: the code). */
	SMS_MFA,

	/** A TOTP code from the authenticator app (answer: the code). */
	SOFTWARE_TOKEN_MFA,

	/** A code was sent by e-mail (answer: the code). */
	EMAIL_OTP,

	/**
	 * The user must pick an MFA type (answer: e.g. {@code SMS_MFA},
	 * {@code SOFTWARE_TOKEN_MFA}).
	 */
	SELECT_MFA_TYPE,

	/**
	 * The user must set up MFA before signing in: get the TOTP secret with
	 * {@code CognitoSessionManager.associateSoftwareToken()}, then answer with the code
	 * the authenticator app shows.
	 */
	MFA_SETUP,

	/** A custom-auth Lambda challenge (answer: the challenge answer). */
	CUSTOM_CHALLENGE,

	/**
	 * Choice-based sign-in: the user picks a first factor among
	 * {@link SignInResult#getAvailableChallenges()} (answer: its name, e.g.
	 * {@code EMAIL_OTP}; {@code PASSWORD} and {@code PASSWORD_SRP} can carry the password
	 * as the {@code PASSWORD} response, else the next step asks for it).
	 */
	SELECT_CHALLENGE,

	/** The password of a chosen password factor (answer: the password). */
	PASSWORD,

	/** A one-time code was sent by SMS as the first factor (answer: the code). */
	SMS_OTP,

	/**
	 * A passkey: pass {@link SignInResult#getCredentialRequestOptions()} to the browser's
	 * {@code navigator.credentials.get} (answer: the JSON of the credential it returns).
	 */
	WEB_AUTHN;

	/**
	 * Map a Cognito {@code ChallengeName} to a step.
	 * @param challengeName the challenge name
	 * @return the step
	 * @throws IllegalArgumentException for a challenge this library does not handle
	 */
	public static SignInStep fromChallengeName(String challengeName) {
		return switch (challengeName) {
			case "NEW_PASSWORD_REQUIRED" -> NEW_PASSWORD_REQUIRED;
			case "SMS_MFA" -> SMS_MFA;
			case "SMS_OTP" -> SMS_OTP;
			case "SOFTWARE_TOKEN_MFA" -> SOFTWARE_TOKEN_MFA;
			case "EMAIL_OTP" -> EMAIL_OTP;
			case "SELECT_MFA_TYPE" -> SELECT_MFA_TYPE;
			case "MFA_SETUP" -> MFA_SETUP;
			case "CUSTOM_CHALLENGE" -> CUSTOM_CHALLENGE;
			case "SELECT_CHALLENGE" -> SELECT_CHALLENGE;
			case "PASSWORD", "PASSWORD_SRP" -> PASSWORD;
			case "WEB_AUTHN" -> WEB_AUTHN;
			default -> throw new IllegalArgumentException("Unsupported Cognito challenge: " + challengeName);
		};
	}

}
