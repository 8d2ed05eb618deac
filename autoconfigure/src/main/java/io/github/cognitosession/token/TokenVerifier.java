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

import io.github.cognitosession.exception.InvalidTokenException;

/**
 * Verifies the ID and access tokens Cognito issues before anything trusts them.
 *
 * @author Cognito Session contributors
 * @see CognitoTokenVerifier
 */
public interface TokenVerifier {

	/**
	 * Verify an ID token.
	 * @param idToken the compact JWT
	 * @return the verified token
	 * @throws InvalidTokenException naming the check that failed
	 */
	CognitoToken verifyIdToken(String idToken);

	/**
	 * Verify an access token.
	 * @param accessToken the compact JWT
	 * @return the verified token
	 * @throws InvalidTokenException naming the check that failed
	 */
	CognitoToken verifyAccessToken(String accessToken);

	/**
	 * Verify an ID and an access token and combine them with the (opaque) refresh token.
	 * @param idToken the ID token
	 * @param accessToken the access token
	 * @param refreshToken the refresh token, may be {@code null}
	 * @return the verified tokens
	 * @throws InvalidTokenException naming the check that failed
	 */
	default CognitoTokens verify(String idToken, String accessToken, String refreshToken) {
		return new CognitoTokens(verifyIdToken(idToken), verifyAccessToken(accessToken), refreshToken);
	}

}
