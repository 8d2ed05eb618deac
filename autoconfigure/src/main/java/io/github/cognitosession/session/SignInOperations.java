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

import io.github.cognitosession.mfa.TotpSetup;
import io.github.cognitosession.signin.SignInOptions;
import io.github.cognitosession.signin.SignInResult;

/**
 * Signing in to the user pool and answering Cognito's challenges (MFA codes, a new
 * password, custom challenges, authenticator-app or e-mail MFA setup, the first factor of
 * choice-based sign-in, passkeys), and the auto sign-in after a sign-up, for the calling
 * thread's session. One of the roles of {@link CognitoSessionManager}.
 *
 * @author Cognito Session contributors
 */
public interface SignInOperations {

	/**
	 * The {@link #confirmSignIn(String, Map)} response naming the authenticator set up
	 * during an {@code MFA_SETUP} challenge (sent to Cognito as
	 * {@code FriendlyDeviceName}, not as a challenge response).
	 */
	String FRIENDLY_DEVICE_NAME = "FRIENDLY_DEVICE_NAME";

	/**
	 * The {@link #confirmSignIn(String, Map)} response that sets up e-mail MFA during an
	 * {@code MFA_SETUP} challenge whose {@code MFAS_CAN_SETUP} lists {@code EMAIL_OTP}:
	 * the e-mail address, to which Cognito then sends a code ({@code EMAIL_OTP} step).
	 * {@code confirmSignIn(address)} does the same.
	 */
	String EMAIL = "EMAIL";

	/**
	 * The {@link #confirmSignIn(String, Map)} response that carries the password when a
	 * {@code SELECT_CHALLENGE} is answered with {@code PASSWORD} or {@code PASSWORD_SRP}.
	 */
	String PASSWORD = "PASSWORD";

	/**
	 * Sign in with a username and password, using the configured auth flow
	 * ({@code USER_SRP_AUTH} by default).
	 * @param username the username (or alias, such as the e-mail address)
	 * @param password the password
	 * @return {@code DONE}, or the challenge to answer with {@link #confirmSignIn}
	 */
	SignInResult signIn(String username, String password);

	/**
	 * Sign in with per-call options: another auth flow than the configured one, a
	 * preferred first factor for choice-based sign-in ({@code USER_AUTH}: password,
	 * password with SRP, e-mail or SMS code, passkey), client metadata for the Lambda
	 * triggers. When Cognito answers {@code SELECT_CHALLENGE}, the result lists the
	 * factors the user can choose from, and {@link #confirmSignIn(String)} picks one.
	 * @param username the username (or alias)
	 * @param password the password, or {@code null} when the flow or factor needs none
	 * @param options the options
	 * @return {@code DONE}, or the challenge to answer with {@link #confirmSignIn}
	 */
	SignInResult signIn(String username, String password, SignInOptions options);

	/**
	 * Answer the pending challenge with a single value (the MFA code, the new password,
	 * the custom challenge's answer, the chosen MFA type).
	 * @param answer the answer
	 * @return {@code DONE}, or the next challenge
	 */
	SignInResult confirmSignIn(String answer);

	/**
	 * Answer the pending challenge with Cognito challenge responses, e.g.
	 * {@code userAttributes.name} for a new-password challenge.
	 * @param answer the main answer (may be {@code null} when {@code responses} has it)
	 * @param responses extra challenge responses
	 * @return {@code DONE}, or the next challenge
	 */
	SignInResult confirmSignIn(String answer, Map<String, String> responses);

	/**
	 * Answer the pending challenge, passing client metadata to the Lambda triggers.
	 * @param answer the main answer (may be {@code null} when {@code responses} has it)
	 * @param responses extra challenge responses
	 * @param clientMetadata the client metadata
	 * @return {@code DONE}, or the next challenge
	 */
	SignInResult confirmSignIn(String answer, Map<String, String> responses, Map<String, String> clientMetadata);

	/**
	 * Sign in the user whose sign-up, made in this session with auto sign-in asked for,
	 * was just confirmed (next step {@code COMPLETE_AUTO_SIGN_IN}), without the password:
	 * {@code InitiateAuth USER_AUTH} with the session Cognito returned at confirmation.
	 * Ends {@code SIGNED_IN} with the usual event, or with a challenge such as MFA.
	 * @return {@code DONE}, or the challenge to answer with {@link #confirmSignIn}
	 * @throws io.github.cognitosession.exception.InvalidSessionStateException if no
	 * confirmed sign-up is waiting
	 */
	SignInResult autoSignIn();

	/**
	 * Start setting up an authenticator app (TOTP) for the pending {@code MFA_SETUP}
	 * challenge: Cognito generates the shared secret for the user to add to the app (as
	 * text or as a QR code of {@link TotpSetup#toOtpauthUri(String)}). Then answer the
	 * challenge with {@link #confirmSignIn(String)} and the code the app shows
	 * (optionally with {@link #FRIENDLY_DEVICE_NAME} in
	 * {@link #confirmSignIn(String, Map)}); a wrong code can be tried again.
	 * @return the secret to register
	 * @throws io.github.cognitosession.exception.InvalidSessionStateException if no
	 * {@code MFA_SETUP} challenge is pending
	 */
	TotpSetup associateSoftwareToken();

}
