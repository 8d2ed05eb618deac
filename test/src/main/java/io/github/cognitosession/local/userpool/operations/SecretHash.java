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

package io.github.cognitosession.local.userpool.operations;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.util.Base64;

import io.github.cognitosession.local.server.CognitoError;
import io.github.cognitosession.local.srp.SrpGroup;
import io.github.cognitosession.local.userpool.AppClient;

/**
 * The SECRET_HASH check for app clients with a secret:
 * {@code base64(HMAC-SHA256(secret, username + clientId))}.
 *
 * @author Cognito Session contributors
 */
public final class SecretHash {

	private SecretHash() {
	}

	/**
	 * Compute a secret hash.
	 * @param secret the client secret
	 * @param username the username
	 * @param clientId the client id
	 * @return the hash
	 */
	public static String compute(String secret, String username, String clientId) {
		return Base64.getEncoder()
			.encodeToString(SrpGroup.hmac(secret.getBytes(StandardCharsets.UTF_8),
					(username + clientId).getBytes(StandardCharsets.UTF_8)));
	}

	/**
	 * Check the SECRET_HASH a caller sent, when the client has a secret.
	 * @param client the client
	 * @param secretHash the hash sent, may be {@code null}
	 * @param usernames the usernames the hash may be computed with (username, or sub for
	 * refresh)
	 * @throws CognitoError {@code NotAuthorizedException} when missing or wrong
	 */
	public static void check(AppClient client, String secretHash, String... usernames) {
		if (!client.hasSecret()) {
			return;
		}
		if (secretHash == null || secretHash.isEmpty()) {
			throw CognitoError
				.notAuthorized("Client " + client.clientId() + " is configured for secret but secret was not received");
		}
		for (String username : usernames) {
			if (username != null && MessageDigest.isEqual(
					compute(client.clientSecret(), username, client.clientId()).getBytes(StandardCharsets.UTF_8),
					secretHash.getBytes(StandardCharsets.UTF_8))) {
				return;
			}
		}
		throw CognitoError.notAuthorized("Unable to verify secret hash for client " + client.clientId());
	}

	/**
	 * Check a client secret sent as such (GetTokensFromRefreshToken, RevokeToken).
	 * @param client the client
	 * @param clientSecret the secret sent, may be {@code null}
	 */
	public static void checkSecret(AppClient client, String clientSecret) {
		if (!client.hasSecret()) {
			return;
		}
		if (clientSecret == null || !MessageDigest.isEqual(clientSecret.getBytes(StandardCharsets.UTF_8),
				client.clientSecret().getBytes(StandardCharsets.UTF_8))) {
			throw CognitoError
				.notAuthorized("Client secret is missing or does not match for client " + client.clientId());
		}
	}

}
