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
 * A second factor a user can have: SMS codes, an authenticator app (TOTP) or e-mail
 * codes. Each knows Cognito's name for it, as {@code GetUser} lists it.
 *
 * @author Cognito Session contributors
 */
public enum MfaType {

	/** Codes sent by SMS ({@code SMS_MFA}). */
	SMS("SMS_MFA"),

	/** Codes of an authenticator app ({@code SOFTWARE_TOKEN_MFA}). */
	TOTP("SOFTWARE_TOKEN_MFA"),

	/** Codes sent by e-mail ({@code EMAIL_OTP}); the pool must allow it. */
	EMAIL("EMAIL_OTP");

	private final String cognitoName;

	MfaType(String cognitoName) {
		this.cognitoName = cognitoName;
	}

	/**
	 * Cognito's name of this factor.
	 * @return the name, e.g. {@code SOFTWARE_TOKEN_MFA}
	 */
	public String cognitoName() {
		return this.cognitoName;
	}

	/**
	 * The factor of a Cognito name.
	 * @param cognitoName e.g. {@code SMS_MFA}
	 * @return the factor, or {@code null} for a name this library does not know
	 */
	public static MfaType fromCognitoName(String cognitoName) {
		for (MfaType type : values()) {
			if (type.cognitoName.equals(cognitoName)) {
				return type;
			}
		}
		return null;
	}

}
