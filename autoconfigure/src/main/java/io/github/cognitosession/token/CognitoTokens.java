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

import java.io.Serial;
import java.io.Serializable;
import java.time.Instant;
import java.util.Objects;

import io.github.cognitosession.exception.UntrustedValue;

/**
 * The user-pool tokens of a session: verified ID and access tokens and the opaque refresh
 * token. {@link #toString()} never prints a token value.
 *
 * @author Cognito Session contributors
 */
public final class CognitoTokens implements Serializable {

	@Serial
	private static final long serialVersionUID = 1L;

	private final CognitoToken idToken;

	private final CognitoToken accessToken;

	private final String refreshToken;

	/**
	 * Create an instance.
	 * @param idToken the verified ID token
	 * @param accessToken the verified access token
	 * @param refreshToken the refresh token, or {@code null}
	 */
	public CognitoTokens(CognitoToken idToken, CognitoToken accessToken, String refreshToken) {
		this.idToken = Objects.requireNonNull(idToken, "idToken cannot be null");
		this.accessToken = Objects.requireNonNull(accessToken, "accessToken cannot be null");
		this.refreshToken = refreshToken;
	}

	/**
	 * The verified ID token.
	 * @return the ID token
	 */
	public CognitoToken getIdToken() {
		return this.idToken;
	}

	/**
	 * The verified access token.
	 * @return the access token
	 */
	public CognitoToken getAccessToken() {
		return this.accessToken;
	}

	/**
	 * The refresh token (opaque to clients), or {@code null} when Cognito did not return
	 * one.
	 * @return the refresh token
	 */
	public String getRefreshToken() {
		return this.refreshToken;
	}

	/**
	 * The earlier of the ID and access tokens' expiry times.
	 * @return when the first of the two tokens expires
	 */
	public Instant getExpiresAt() {
		Instant id = this.idToken.getExpiresAt();
		Instant access = this.accessToken.getExpiresAt();
		return id.isBefore(access) ? id : access;
	}

	/**
	 * The {@code cognito:username} claim of the ID token (falling back to the access
	 * token's {@code username}).
	 * @return the username
	 */
	public String getUsername() {
		String username = this.idToken.getClaimAsString("cognito:username");
		return (username != null) ? username : this.accessToken.getClaimAsString("username");
	}

	@Override
	public String toString() {
		return "CognitoTokens[username=" + UntrustedValue.sanitize(getUsername()) + ", expiresAt=" + getExpiresAt()
				+ ", refreshToken=" + ((this.refreshToken != null) ? "[PROTECTED]" : "none") + "]";
	}

}
