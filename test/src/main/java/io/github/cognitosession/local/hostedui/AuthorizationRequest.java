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

import java.util.Arrays;
import java.util.LinkedHashSet;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;

import io.github.cognitosession.local.server.CognitoError;
import io.github.cognitosession.local.userpool.AppClient;
import io.github.cognitosession.local.userpool.UserPools;

/**
 * A validated {@code /oauth2/authorize} request.
 *
 * @param client the app client
 * @param redirectUri the redirect URI, one of the client's callback URLs
 * @param scope the granted scopes, space-separated
 * @param state the client's state, or {@code null}
 * @param nonce the nonce for the ID token, or {@code null}
 * @param codeChallenge the PKCE S256 challenge, or {@code null}
 * @param forceLogin whether {@code prompt=login} asks for the password even with a
 * hosted-UI session
 * @author Cognito Session contributors
 */
record AuthorizationRequest(AppClient client, String redirectUri, String scope, String state, String nonce,
		String codeChallenge, boolean forceLogin) {

	/** RFC 7636: 43 to 128 characters of base64url; S256 gives exactly 43. */
	private static final Pattern CODE_CHALLENGE = Pattern.compile("[A-Za-z0-9_-]{43}");

	/**
	 * Validate an authorization request. The client and redirect URI are checked first:
	 * until both are known to be registered, errors are pages, not redirects.
	 * @param parameters the query parameters
	 * @param pools the user pools
	 * @return the request
	 * @throws PageError when the client or redirect URI is unknown
	 * @throws RedirectError for any later problem
	 */
	static AuthorizationRequest parse(Map<String, String> parameters, UserPools pools) {
		AppClient client = client(parameters.get("client_id"), pools);
		String redirectUri = parameters.get("redirect_uri");
		if (redirectUri == null || redirectUri.isEmpty()) {
			throw new PageError("The request has no redirect_uri.");
		}
		if (!client.callbackUrls().contains(redirectUri)) {
			throw new PageError("redirect_uri '" + redirectUri + "' is not a callback URL of this app client.");
		}
		String state = parameters.get("state");
		if (!client.allowedOAuthFlowsUserPoolClient() || !client.allowedOAuthFlows().contains("code")) {
			throw new RedirectError("unauthorized_client",
					"The app client is not enabled for the authorization code flow.", redirectUri, state);
		}
		String responseType = parameters.get("response_type");
		if (!"code".equals(responseType)) {
			throw new RedirectError("unsupported_response_type",
					"response_type must be 'code' (the implicit flow is not supported).", redirectUri, state);
		}
		String scope = scope(parameters.get("scope"), client, redirectUri, state);
		String codeChallenge = codeChallenge(parameters, client, redirectUri, state);
		return new AuthorizationRequest(client, redirectUri, scope, state, parameters.get("nonce"), codeChallenge,
				"login".equals(parameters.get("prompt")));
	}

	private static AppClient client(String clientId, UserPools pools) {
		if (clientId == null || clientId.isEmpty()) {
			throw new PageError("The request has no client_id.");
		}
		try {
			return pools.client(clientId);
		}
		catch (CognitoError ex) {
			throw new PageError("client_id '" + clientId + "' is not an app client of this emulator.");
		}
	}

	private static String scope(String requested, AppClient client, String redirectUri, String state) {
		if (requested == null || requested.isBlank()) {
			// Like Cognito, no scope means every scope the client allows.
			return String.join(" ", client.allowedOAuthScopes());
		}
		Set<String> scopes = new LinkedHashSet<>(Arrays.asList(requested.strip().split("\\s+")));
		for (String scope : scopes) {
			if (!client.allowedOAuthScopes().contains(scope)) {
				throw new RedirectError("invalid_scope",
						"The scope '" + scope + "' is not allowed for this app client.", redirectUri, state);
			}
		}
		return String.join(" ", scopes);
	}

	private static String codeChallenge(Map<String, String> parameters, AppClient client, String redirectUri,
			String state) {
		String challenge = parameters.get("code_challenge");
		String method = parameters.get("code_challenge_method");
		if (challenge == null || challenge.isEmpty()) {
			if (!client.hasSecret()) {
				// A public client has nothing else binding the code to its holder.
				throw new RedirectError("invalid_request",
						"PKCE (code_challenge with S256) is required for a public client.", redirectUri, state);
			}
			if (method != null) {
				throw new RedirectError("invalid_request", "code_challenge_method without code_challenge.", redirectUri,
						state);
			}
			return null;
		}
		if (!"S256".equals(method)) {
			throw new RedirectError("invalid_request", "code_challenge_method must be S256.", redirectUri, state);
		}
		if (!CODE_CHALLENGE.matcher(challenge).matches()) {
			throw new RedirectError("invalid_request", "code_challenge is not a base64url SHA-256 hash.", redirectUri,
					state);
		}
		return challenge;
	}

	@Override
	public String toString() {
		return "AuthorizationRequest[clientId=" + this.client.clientId() + ", redirectUri=" + this.redirectUri
				+ ", scope=" + this.scope + "]";
	}

}
