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
 * A first factor of choice-based sign-in ({@code USER_AUTH}): what the user proves first.
 * The name of each constant is Cognito's ({@code PREFERRED_CHALLENGE}, the answer to
 * {@code SELECT_CHALLENGE}, and the entries of {@code AvailableChallenges}).
 *
 * @author Cognito Session contributors
 */
public enum AuthFactor {

	/** The password, sent to Cognito over TLS. */
	PASSWORD(true),

	/**
	 * The password, proven with Secure Remote Password (it never leaves the application).
	 */
	PASSWORD_SRP(true),

	/** A one-time code Cognito sends by e-mail. */
	EMAIL_OTP(false),

	/** A one-time code Cognito sends by SMS. */
	SMS_OTP(false),

	/** A passkey (WebAuthn), answered with the browser's credential JSON. */
	WEB_AUTHN(false);

	private final boolean passwordRequired;

	AuthFactor(boolean passwordRequired) {
		this.passwordRequired = passwordRequired;
	}

	/**
	 * Whether this factor is answered with the user's password.
	 * @return {@code true} for {@link #PASSWORD} and {@link #PASSWORD_SRP}
	 */
	public boolean isPasswordRequired() {
		return this.passwordRequired;
	}

}
