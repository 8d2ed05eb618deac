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
package io.github.cognitosession.mfa;

/**
 * Multi-factor authentication settings of the signed-in user: setting up an authenticator
 * app (TOTP), and which MFA types (SMS, TOTP, e-mail) are on and preferred. One of the
 * roles of {@code CognitoSessionManager}. (A sign-in that must set up MFA first is
 * answered through the sign-in role's {@code associateSoftwareToken()}.)
 *
 * @author Cognito Session contributors
 */
public interface MfaOperations {

	/**
	 * Start setting up an authenticator app (TOTP) for the signed-in user; finish with
	 * {@link #verifyTotp(String, String)}.
	 * @return the secret to register
	 * @throws io.github.cognitosession.exception.NotSignedInException if nobody is signed
	 * in
	 */
	TotpSetup setUpTotp();

	/**
	 * Finish setting up the authenticator app of {@link #setUpTotp()} with a code it
	 * shows. This registers the app but does not require it at sign-in: see
	 * {@link #setTotpMfaEnabled(boolean)}.
	 * @param code the code the app shows
	 * @param friendlyDeviceName a name for the app, or {@code null}
	 * @throws io.github.cognitosession.exception.CodeMismatchException if the code is
	 * wrong
	 */
	void verifyTotp(String code, String friendlyDeviceName);

	/**
	 * Turn TOTP MFA on, as the preferred second factor, or off for the signed-in user
	 * ({@code SetUserMFAPreference}). Turning it on needs a verified authenticator app.
	 * @param enabled whether sign-ins ask for a TOTP code
	 */
	void setTotpMfaEnabled(boolean enabled);

	/**
	 * The signed-in user's MFA settings: the types that are on and the preferred one
	 * ({@code GetUser}).
	 * @return the settings
	 * @throws io.github.cognitosession.exception.NotSignedInException if nobody is signed
	 * in
	 */
	MfaSettings getMfaSettings();

	/**
	 * Enable, disable or prefer MFA types for the signed-in user
	 * ({@code SetUserMFAPreference}); types the preferences do not name are left as they
	 * are. SMS needs a verified phone number, e-mail a verified address and a pool that
	 * allows e-mail MFA, TOTP a verified authenticator app.
	 * @param preferences the preferences
	 */
	void updateMfaPreferences(MfaPreferences preferences);

}
