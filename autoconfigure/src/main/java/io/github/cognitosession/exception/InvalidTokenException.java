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
package io.github.cognitosession.exception;

/**
 * Thrown when a Cognito token fails verification. The message and {@link #getReason()}
 * name the check that failed; the token itself is never included, and the token's own
 * values it quotes (key id, issuer, audience) are {@link UntrustedValue sanitized}.
 *
 * @author Cognito Session contributors
 */
public class InvalidTokenException extends CognitoSessionException {

	private final Reason reason;

	/**
	 * Create an instance.
	 * @param message the detail message, naming the problem but no secret
	 */
	public InvalidTokenException(String message) {
		this(Reason.MALFORMED, message, null);
	}

	/**
	 * Create an instance.
	 * @param message the detail message, naming the problem but no secret
	 * @param cause the underlying failure, usually the SDK exception
	 */
	public InvalidTokenException(String message, Throwable cause) {
		this(Reason.MALFORMED, message, cause);
	}

	/**
	 * Create an instance.
	 * @param reason why the token was rejected
	 * @param message the detail message, naming the problem but no secret
	 */
	public InvalidTokenException(Reason reason, String message) {
		this(reason, message, null);
	}

	/**
	 * Create an instance.
	 * @param reason why the token was rejected
	 * @param message the detail message, naming the problem but no secret
	 * @param cause the underlying failure, usually the SDK exception
	 */
	public InvalidTokenException(Reason reason, String message, Throwable cause) {
		super("InvalidToken", message, cause);
		this.reason = reason;
	}

	/**
	 * The check that failed.
	 * @return the reason
	 */
	public Reason getReason() {
		return this.reason;
	}

	/**
	 * The verification checks a token can fail.
	 */
	public enum Reason {

		/** Not a parseable signed JWT, or a required claim is missing. */
		MALFORMED,

		/** Signed with an algorithm other than RS256. */
		ALGORITHM,

		/**
		 * The signature does not verify, or the token's key id is unknown even after the
		 * JWKS was refetched (or refetched too recently to be fetched again).
		 */
		SIGNATURE,

		/** The {@code iss} claim is not the expected issuer. */
		ISSUER,

		/**
		 * The {@code aud} (ID token) or {@code client_id} (access token) is not the
		 * client id, or an ID token has several audiences without {@code azp} being the
		 * client id.
		 */
		AUDIENCE,

		/** The {@code token_use} claim is not the expected one. */
		TOKEN_USE,

		/** The token has expired (beyond the allowed clock skew). */
		EXPIRED,

		/**
		 * The token's {@code nbf} or {@code iat} is in the future (beyond the allowed
		 * clock skew).
		 */
		NOT_YET_VALID

	}

}
