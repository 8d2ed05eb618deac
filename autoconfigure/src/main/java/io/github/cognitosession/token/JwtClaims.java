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

import java.util.Date;
import java.util.Map;

import com.nimbusds.jwt.JWTClaimsSet;

import io.github.cognitosession.exception.InvalidTokenException;
import io.github.cognitosession.exception.InvalidTokenException.Reason;

/**
 * Turns parsed JWT claims into a {@link CognitoToken}.
 *
 * @author Cognito Session contributors
 */
final class JwtClaims {

	private JwtClaims() {
	}

	static CognitoToken toCognitoToken(String tokenValue, JWTClaimsSet claims, String description) {
		Date expiration = claims.getExpirationTime();
		if (expiration == null) {
			throw new InvalidTokenException(Reason.MALFORMED, description + " has no exp claim");
		}
		Date issuedAt = claims.getIssueTime();
		// The JSON form keeps dates as epoch seconds, so the claims map stays plain and
		// serializable.
		Map<String, Object> json = claims.toJSONObject();
		return new CognitoToken(tokenValue, (issuedAt != null) ? issuedAt.toInstant() : null, expiration.toInstant(),
				json);
	}

}
