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

import java.text.ParseException;

import com.nimbusds.jwt.SignedJWT;

import io.github.cognitosession.exception.InvalidTokenException;
import io.github.cognitosession.exception.InvalidTokenException.Reason;

/**
 * Reads tokens back from a session store without network I/O. The tokens were verified
 * before they were stored, and the store is trusted (encrypted, owner-only), so only
 * their structure is checked here; this is what lets a restart restore a session offline.
 *
 * @author Cognito Session contributors
 */
public final class StoredTokenReader {

	private StoredTokenReader() {
	}

	/**
	 * Parse stored tokens.
	 * @param idToken the stored ID token
	 * @param accessToken the stored access token
	 * @param refreshToken the stored refresh token
	 * @return the tokens
	 * @throws InvalidTokenException if a token is missing or not a JWT
	 */
	public static CognitoTokens read(String idToken, String accessToken, String refreshToken) {
		return new CognitoTokens(read(idToken, "Stored ID token"), read(accessToken, "Stored access token"),
				refreshToken);
	}

	/**
	 * Parse one stored token.
	 * @param token the compact JWT
	 * @param description what the token is, for the error message
	 * @return the token
	 * @throws InvalidTokenException if the token is missing or not a JWT
	 */
	public static CognitoToken read(String token, String description) {
		if (token == null || token.isBlank()) {
			throw new InvalidTokenException(Reason.MALFORMED, description + " is missing");
		}
		try {
			SignedJWT jwt = SignedJWT.parse(token);
			return JwtClaims.toCognitoToken(token, jwt.getJWTClaimsSet(), description);
		}
		catch (ParseException ex) {
			throw new InvalidTokenException(Reason.MALFORMED, description + " is not a signed JWT", ex);
		}
	}

}
