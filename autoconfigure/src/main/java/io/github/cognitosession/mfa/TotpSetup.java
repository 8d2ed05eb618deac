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

import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;

import org.springframework.util.Assert;

/**
 * A new authenticator-app (TOTP) registration: the shared secret Cognito generated
 * ({@code AssociateSoftwareToken}), to be shown to the user as text or, with
 * {@link #toOtpauthUri(String)}, as a QR code. The registration is finished by a code
 * from the app ({@code confirmSignIn(code)} during sign-in, {@code verifyTotp} for a
 * signed-in user).
 * <p>
 * The secret is as sensitive as a password: {@link #toString()} never prints it.
 *
 * @author Cognito Session contributors
 */
public final class TotpSetup {

	private final String username;

	private final String secretCode;

	private TotpSetup(String username, String secretCode) {
		this.username = username;
		this.secretCode = secretCode;
	}

	/**
	 * Create an instance.
	 * @param username the user the authenticator is for (the account name in the app)
	 * @param secretCode the base32 secret Cognito returned as {@code SecretCode}
	 * @return the setup
	 */
	public static TotpSetup of(String username, String secretCode) {
		Assert.hasText(username, "username cannot be empty");
		Assert.hasText(secretCode, "secretCode cannot be empty");
		return new TotpSetup(username, secretCode);
	}

	/**
	 * The user the authenticator is for.
	 * @return the username
	 */
	public String getUsername() {
		return this.username;
	}

	/**
	 * The shared secret in base32, for users who type it into their app. A secret: do not
	 * log it.
	 * @return the secret
	 */
	public String getSecretCode() {
		return this.secretCode;
	}

	/**
	 * The {@code otpauth://totp/} URI authenticator apps read from a QR code:
	 * {@code otpauth://totp/<issuer>:<username>?secret=<secret>&issuer=<issuer>}. It
	 * contains the secret.
	 * @param issuer the name the app shows for the account, e.g. the application's name
	 * (must not contain a colon)
	 * @return the URI
	 */
	public String toOtpauthUri(String issuer) {
		Assert.hasText(issuer, "issuer cannot be empty");
		Assert.isTrue(issuer.indexOf(':') < 0, "issuer cannot contain ':', which separates it from the username");
		return "otpauth://totp/" + encode(issuer) + ":" + encode(this.username) + "?secret=" + this.secretCode
				+ "&issuer=" + encode(issuer);
	}

	private static String encode(String value) {
		// Key URI labels and parameters are percent-encoded; a space is %20, not '+'.
		return URLEncoder.encode(value, StandardCharsets.UTF_8).replace("+", "%20");
	}

	@Override
	public String toString() {
		return "TotpSetup[username=" + this.username + ", secretCode=[PROTECTED]]";
	}

}
