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
package io.github.cognitosession.token;

import java.util.Locale;

/**
 * Whether the app client rotates refresh tokens, which decides the refresh call.
 *
 * @author Cognito Session contributors
 */
public enum RefreshTokenRotation {

	/**
	 * Use {@code GetTokensFromRefreshToken} (which works with and without rotation) and
	 * fall back to {@code InitiateAuth REFRESH_TOKEN_AUTH} for good when the endpoint
	 * does not implement it (older emulators).
	 */
	AUTO,

	/**
	 * The app client rotates refresh tokens: {@code GetTokensFromRefreshToken}, keeping
	 * the new refresh token.
	 */
	ENABLED,

	/**
	 * No rotation: {@code InitiateAuth REFRESH_TOKEN_AUTH}, keeping the refresh token.
	 */
	DISABLED;

	/**
	 * Parse a configuration value: {@code auto}, {@code true}/{@code enabled} or
	 * {@code false}/{@code disabled}, case-insensitive.
	 * @param value the value
	 * @return the setting
	 * @throws IllegalArgumentException for any other value
	 */
	public static RefreshTokenRotation parse(String value) {
		String normalized = (value != null) ? value.trim().toLowerCase(Locale.ROOT) : "";
		return switch (normalized) {
			case "auto" -> AUTO;
			case "true", "enabled" -> ENABLED;
			case "false", "disabled" -> DISABLED;
			default -> throw new IllegalArgumentException(
					"Refresh-token rotation '" + value + "' is not one of auto, true, false");
		};
	}

}
