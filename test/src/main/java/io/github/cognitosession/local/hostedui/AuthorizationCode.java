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

package io.github.cognitosession.local.hostedui;

import java.time.Instant;

/**
 * What an authorization code stands for until {@code /oauth2/token} redeems it.
 *
 * @param poolId the user pool
 * @param clientId the client the code was issued to
 * @param username the signed-in user
 * @param redirectUri the redirect URI the token request must repeat
 * @param scope the granted scopes
 * @param nonce the nonce for the ID token, or {@code null}
 * @param codeChallenge the PKCE S256 challenge, or {@code null}
 * @param authTime when the user entered the password
 * @author Cognito Session contributors
 */
record AuthorizationCode(String poolId, String clientId, String username, String redirectUri, String scope,
		String nonce, String codeChallenge, Instant authTime) {

}
