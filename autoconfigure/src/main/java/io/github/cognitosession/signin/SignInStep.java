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
	CUSTOM_CHALLENGE;

	/**
	 * Map a Cognito {@code ChallengeName} to a step.
	 * @param challengeName the challenge name
	 * @return the step
	 * @throws IllegalArgumentException for a challenge this library does not handle
	 */
	public static SignInStep fromChallengeName(String challengeName) {
		return switch (challengeName) {
			case "NEW_PASSWORD_REQUIRED" -> NEW_PASSWORD_REQUIRED;
			case "SMS_MFA", "SMS_OTP" -> SMS_MFA;
			case "SOFTWARE_TOKEN_MFA" -> SOFTWARE_TOKEN_MFA;
			case "EMAIL_OTP" -> EMAIL_OTP;
			case "SELECT_MFA_TYPE" -> SELECT_MFA_TYPE;
			case "MFA_SETUP" -> MFA_SETUP;
			case "CUSTOM_CHALLENGE" -> CUSTOM_CHALLENGE;
			default -> throw new IllegalArgumentException("Unsupported Cognito challenge: " + challengeName);
		};
	}

}
