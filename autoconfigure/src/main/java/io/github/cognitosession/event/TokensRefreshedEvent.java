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
package io.github.cognitosession.event;

import java.time.Instant;

/**
 * Published after the user-pool tokens were refreshed.
 *
 * @author Cognito Session contributors
 */
public final class TokensRefreshedEvent extends CognitoSessionEvent {

	private final Instant expiresAt;

	private final boolean refreshTokenRotated;

	/**
	 * Create an event.
	 * @param source the session manager
	 * @param username the user
	 * @param expiresAt when the new ID or access token (the earlier) expires
	 * @param refreshTokenRotated whether Cognito also issued a new refresh token
	 */
	public TokensRefreshedEvent(Object source, String username, Instant expiresAt, boolean refreshTokenRotated) {
		super(source, username);
		this.expiresAt = expiresAt;
		this.refreshTokenRotated = refreshTokenRotated;
	}

	/**
	 * When the new ID or access token (the earlier of the two) expires.
	 * @return the expiry
	 */
	public Instant getExpiresAt() {
		return this.expiresAt;
	}

	/**
	 * Whether Cognito issued a new refresh token (refresh-token rotation).
	 * @return {@code true} when the refresh token was rotated
	 */
	public boolean isRefreshTokenRotated() {
		return this.refreshTokenRotated;
	}

	@Override
	public String toString() {
		return "TokensRefreshedEvent[username=" + getUsername() + ", expiresAt=" + this.expiresAt + ", rotated="
				+ this.refreshTokenRotated + "]";
	}

}
