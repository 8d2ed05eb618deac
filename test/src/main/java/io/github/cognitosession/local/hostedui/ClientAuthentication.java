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

import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.util.Base64;
import java.util.Map;

import com.sun.net.httpserver.HttpExchange;
import io.github.cognitosession.local.server.CognitoError;
import io.github.cognitosession.local.userpool.AppClient;
import io.github.cognitosession.local.userpool.UserPools;

/**
 * Authenticates the client at the token and revocation endpoints: HTTP Basic
 * ({@code client_secret_basic}) or {@code client_id} and {@code client_secret} in the
 * form ({@code client_secret_post}) for a client with a secret; {@code client_id} alone
 * for a public client.
 *
 * @author Cognito Session contributors
 */
final class ClientAuthentication {

	private static final String BASIC = "Basic ";

	private ClientAuthentication() {
	}

	/**
	 * The authenticated client.
	 * @param exchange the exchange (for the Authorization header)
	 * @param form the form parameters
	 * @param pools the user pools
	 * @return the client
	 * @throws OAuthError {@code invalid_client} when the client is unknown or its secret
	 * is missing or wrong
	 */
	static AppClient authenticate(HttpExchange exchange, Map<String, String> form, UserPools pools) {
		String authorization = exchange.getRequestHeaders().getFirst("Authorization");
		boolean basic = authorization != null && authorization.regionMatches(true, 0, BASIC, 0, BASIC.length());
		String clientId = form.get("client_id");
		String secret = form.get("client_secret");
		if (basic) {
			if (secret != null) {
				throw invalid("Use one client authentication method, not both.", true);
			}
			String[] credentials = basicCredentials(authorization.substring(BASIC.length()).strip());
			if (clientId != null && !clientId.equals(credentials[0])) {
				throw invalid("client_id does not match the authenticated client.", true);
			}
			clientId = credentials[0];
			secret = credentials[1];
		}
		if (clientId == null || clientId.isEmpty()) {
			throw invalid("The request has no client_id.", false);
		}
		AppClient client;
		try {
			client = pools.client(clientId);
		}
		catch (CognitoError ex) {
			throw invalid("Unknown client.", basic);
		}
		if (client.hasSecret()) {
			if (secret == null || !MessageDigest.isEqual(secret.getBytes(StandardCharsets.UTF_8),
					client.clientSecret().getBytes(StandardCharsets.UTF_8))) {
				throw invalid("The client secret is missing or wrong.", basic);
			}
		}
		else if (secret != null && !secret.isEmpty()) {
			throw invalid("The client has no secret.", basic);
		}
		return client;
	}

	private static String[] basicCredentials(String encoded) {
		String decoded;
		try {
			decoded = new String(Base64.getDecoder().decode(encoded), StandardCharsets.UTF_8);
		}
		catch (IllegalArgumentException ex) {
			throw invalid("The Basic credentials are not base64.", true);
		}
		int colon = decoded.indexOf(':');
		if (colon < 0) {
			throw invalid("The Basic credentials have no ':'.", true);
		}
		try {
			// RFC 6749 2.3.1: id and secret are form-encoded before base64.
			return new String[] { URLDecoder.decode(decoded.substring(0, colon), StandardCharsets.UTF_8),
					URLDecoder.decode(decoded.substring(colon + 1), StandardCharsets.UTF_8) };
		}
		catch (IllegalArgumentException ex) {
			throw invalid("The Basic credentials are not form-encoded.", true);
		}
	}

	private static OAuthError invalid(String description, boolean basic) {
		return basic ? new OAuthError("invalid_client", description, 401, "Basic realm=\"oauth2\"")
				: new OAuthError("invalid_client", description, 400);
	}

}
