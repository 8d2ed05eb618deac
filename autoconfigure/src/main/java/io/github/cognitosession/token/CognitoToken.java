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
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Objects;

import io.github.cognitosession.exception.UntrustedValue;

/**
 * A verified Cognito ID or access token: its compact JWT value, expiry and claims.
 * {@link #toString()} prints the token's use, subject and expiry, never its value.
 *
 * @author Cognito Session contributors
 */
public final class CognitoToken implements Serializable {

	@Serial
	private static final long serialVersionUID = 1L;

	private final String tokenValue;

	private final Instant issuedAt;

	private final Instant expiresAt;

	private final Map<String, Object> claims;

	/**
	 * Create a token from an already verified JWT.
	 * @param tokenValue the compact JWT
	 * @param issuedAt the {@code iat} claim
	 * @param expiresAt the {@code exp} claim
	 * @param claims all claims
	 */
	public CognitoToken(String tokenValue, Instant issuedAt, Instant expiresAt, Map<String, Object> claims) {
		this.tokenValue = Objects.requireNonNull(tokenValue, "tokenValue cannot be null");
		this.issuedAt = issuedAt;
		this.expiresAt = Objects.requireNonNull(expiresAt, "expiresAt cannot be null");
		this.claims = Collections.unmodifiableMap(new LinkedHashMap<>(claims));
	}

	/**
	 * The compact JWT, e.g. for an {@code Authorization: Bearer} header.
	 * @return the token value
	 */
	public String getTokenValue() {
		return this.tokenValue;
	}

	/**
	 * The {@code iat} claim.
	 * @return when the token was issued
	 */
	public Instant getIssuedAt() {
		return this.issuedAt;
	}

	/**
	 * The {@code exp} claim.
	 * @return when the token expires
	 */
	public Instant getExpiresAt() {
		return this.expiresAt;
	}

	/**
	 * All claims of the token.
	 * @return an unmodifiable map of the claims
	 */
	public Map<String, Object> getClaims() {
		return this.claims;
	}

	/**
	 * Return one claim as a string.
	 * @param name the claim name
	 * @return the claim's string value, or {@code null} when absent
	 */
	public String getClaimAsString(String name) {
		Object value = this.claims.get(name);
		return (value != null) ? value.toString() : null;
	}

	/**
	 * The {@code sub} claim.
	 * @return the subject
	 */
	public String getSubject() {
		return getClaimAsString("sub");
	}

	/**
	 * The {@code token_use} claim: {@code id} or {@code access}.
	 * @return the token use
	 */
	public String getTokenUse() {
		return getClaimAsString("token_use");
	}

	@Override
	public boolean equals(Object other) {
		return (this == other) || (other instanceof CognitoToken that && this.tokenValue.equals(that.tokenValue));
	}

	@Override
	public int hashCode() {
		return this.tokenValue.hashCode();
	}

	@Override
	public String toString() {
		return "CognitoToken[use=" + UntrustedValue.sanitize(getTokenUse()) + ", sub="
				+ UntrustedValue.sanitize(getSubject()) + ", expiresAt=" + this.expiresAt + ", value=[PROTECTED]]";
	}

}
