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

import java.time.Duration;
import java.time.Instant;
import java.util.Collection;

import io.github.cognitosession.exception.InvalidTokenException.Reason;
import io.github.cognitosession.exception.UntrustedValue;

/**
 * Cognito's rules for the claims of a token whose signature was verified, and the words
 * of their failures: {@code token_use}, {@code iss}, an access token's {@code client_id}
 * (Cognito's access tokens have no {@code aud}) and the times. The one place that states
 * them: the session's {@link CognitoTokenVerifier} and the resource server's access-token
 * validator apply the same checks and say the same things. Values of the token quoted in
 * a message are {@link UntrustedValue sanitized}; each check returns {@code null} when
 * the claim is fine.
 *
 * @author Cognito Session contributors
 */
public final class CognitoClaimChecks {

	/**
	 * The {@code token_use} of access tokens.
	 */
	public static final String ACCESS = "access";

	/**
	 * The {@code token_use} of ID tokens.
	 */
	public static final String ID = "id";

	private CognitoClaimChecks() {
	}

	/**
	 * Check {@code token_use}: ID and access tokens are signed with the same keys, so the
	 * claim is what keeps one from being taken for the other.
	 * @param tokenUse the token's {@code token_use} claim
	 * @param expected {@link #ACCESS} or {@link #ID}
	 * @param description what the token is called in the message, e.g. "Access token"
	 * @return the problem, or {@code null}
	 */
	public static Problem tokenUse(Object tokenUse, String expected, String description) {
		if (expected.equals(tokenUse)) {
			return null;
		}
		String message = description + " has token_use '" + UntrustedValue.sanitize(tokenUse) + "', expected '"
				+ expected + "'";
		if (ACCESS.equals(expected) && ID.equals(tokenUse)) {
			message += ": it is an ID token, send the access token instead";
		}
		return new Problem(Reason.TOKEN_USE, message);
	}

	/**
	 * Check {@code iss}.
	 * @param issuer the token's {@code iss} claim
	 * @param expected the pool's issuer
	 * @param description what the token is called in the message
	 * @return the problem, or {@code null}
	 */
	public static Problem issuer(Object issuer, String expected, String description) {
		if (expected.equals((issuer != null) ? issuer.toString() : null)) {
			return null;
		}
		return new Problem(Reason.ISSUER,
				description + " has issuer '" + UntrustedValue.sanitize(issuer) + "', expected '" + expected + "'");
	}

	/**
	 * Check an access token's {@code client_id}: one of the accepted app clients, or any
	 * client of the pool when none is named (the claim must still be there).
	 * @param clientId the token's {@code client_id} claim
	 * @param accepted the accepted client ids; empty for any
	 * @param description what the token is called in the message
	 * @return the problem, or {@code null}
	 */
	public static Problem accessTokenClientId(Object clientId, Collection<String> accepted, String description) {
		if (clientId instanceof String id && !id.isBlank() && (accepted.isEmpty() || accepted.contains(id))) {
			return null;
		}
		String expected;
		if (accepted.isEmpty()) {
			expected = "the id of an app client of the pool";
		}
		else if (accepted.size() == 1) {
			expected = "client id '" + accepted.iterator().next() + "'";
		}
		else {
			expected = "one of the client ids " + accepted;
		}
		return new Problem(Reason.AUDIENCE,
				description + " has client_id '" + UntrustedValue.sanitize(clientId) + "', expected " + expected);
	}

	/**
	 * Check the times: {@code exp} must be there and not have passed, {@code nbf} and
	 * {@code iat} (when present) must not be in the future, each give or take the clock
	 * skew.
	 * @param expiresAt the {@code exp} claim, or {@code null}
	 * @param notBefore the {@code nbf} claim, or {@code null}
	 * @param issuedAt the {@code iat} claim, or {@code null}
	 * @param now the current time
	 * @param clockSkew the clock skew tolerated
	 * @param description what the token is called in the message
	 * @return the problem, or {@code null}
	 */
	public static Problem times(Instant expiresAt, Instant notBefore, Instant issuedAt, Instant now, Duration clockSkew,
			String description) {
		if (expiresAt == null) {
			return new Problem(Reason.MALFORMED, description + " has no exp claim");
		}
		if (now.isAfter(expiresAt.plus(clockSkew))) {
			return new Problem(Reason.EXPIRED, description + " expired at " + expiresAt);
		}
		Instant latestAccepted = now.plus(clockSkew);
		if (notBefore != null && notBefore.isAfter(latestAccepted)) {
			return new Problem(Reason.NOT_YET_VALID,
					description + " is not valid before " + notBefore + " (nbf), it is " + now);
		}
		if (issuedAt != null && issuedAt.isAfter(latestAccepted)) {
			return new Problem(Reason.NOT_YET_VALID,
					description + " was issued in the future, at " + issuedAt + " (iat), it is " + now);
		}
		return null;
	}

	/**
	 * A check that failed: which kind of check and what is wrong, in words that quote the
	 * token's values only sanitized.
	 *
	 * @param reason the kind of check
	 * @param message what is wrong
	 */
	public record Problem(Reason reason, String message) {

	}

}
