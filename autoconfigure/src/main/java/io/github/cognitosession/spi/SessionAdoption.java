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
package io.github.cognitosession.spi;

/**
 * Starts a session from user-pool tokens a framework obtained itself, e.g. the tokens of
 * a hosted-UI (managed login) sign-in handled by Spring Security. Not for application
 * code, which signs in through the session manager.
 *
 * @author Cognito Session contributors
 */
@FunctionalInterface
public interface SessionAdoption {

	/**
	 * Establish a signed-in session for the calling thread from tokens obtained
	 * elsewhere. The tokens are verified like those of a sign-in, stored, and the session
	 * moves to {@code SIGNED_IN} with one state-change event carrying the username;
	 * threads waiting for a new sign-in are released.
	 * @param idToken the ID token
	 * @param accessToken the access token
	 * @param refreshToken the refresh token, or {@code null} when the client got none
	 * (the session then cannot be refreshed and ends when the tokens expire)
	 * @throws io.github.cognitosession.exception.InvalidTokenException if a token does
	 * not verify
	 */
	void adoptSession(String idToken, String accessToken, String refreshToken);

}
