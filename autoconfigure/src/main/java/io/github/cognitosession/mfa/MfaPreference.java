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
 * What a user wants of one MFA type ({@code SetUserMFAPreference}'s {@code Enabled} and
 * {@code PreferredMfa}).
 *
 * @author Cognito Session contributors
 */
public enum MfaPreference {

	/** On, and the one Cognito asks for at sign-in. */
	PREFERRED,

	/** On, but not the preferred one. */
	ENABLED,

	/** Off. */
	DISABLED;

	/**
	 * Parse a preference, ignoring case ({@code preferred}, {@code enabled},
	 * {@code disabled}).
	 * @param value the value
	 * @return the preference
	 * @throws IllegalArgumentException for another value
	 */
	public static MfaPreference parse(String value) {
		for (MfaPreference preference : values()) {
			if (preference.name().equalsIgnoreCase(value.strip())) {
				return preference;
			}
		}
		throw new IllegalArgumentException(
				"Unknown MFA preference '" + value + "'; use preferred, enabled or disabled");
	}

}
