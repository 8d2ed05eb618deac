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

import java.io.IOException;
import java.io.OutputStream;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.LongAdder;

import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpHandler;
import io.github.cognitosession.local.fault.Fault;
import io.github.cognitosession.local.fault.FaultInjector;
import io.github.cognitosession.local.server.CognitoError;
import io.github.cognitosession.local.server.Json;
import io.github.cognitosession.local.token.IssuedTokens;
import io.github.cognitosession.local.token.RefreshTokens;
import io.github.cognitosession.local.token.TokenIssuer;
import io.github.cognitosession.local.userpool.AppClient;
import io.github.cognitosession.local.userpool.PoolUser;
import io.github.cognitosession.local.userpool.UserPool;
import tools.jackson.databind.node.ObjectNode;

/**
 * {@code POST /oauth2/token}: the {@code authorization_code} grant (single-use code,
 * redirect URI and PKCE checks), the {@code refresh_token} grant (with the client's
 * rotation setting), both issuing the same tokens as the user-pool API, and the
 * {@code client_credentials} grant (an app client with a secret calling as itself, with
 * custom scopes of the pool's resource servers). Counts the requests per grant type, and
 * takes the faults queued for {@value HostedUiHandler#TOKEN_ENDPOINT_FAULTS}.
 *
 * @author Cognito Session contributors
 */
final class TokenEndpoint implements HttpHandler {

	private final SignInFlow flow;

	private final TokenIssuer tokens;

	private final RefreshTokens refreshTokens;

	private final FaultInjector faults;

	private final Map<String, LongAdder> requests = new ConcurrentHashMap<>();

	TokenEndpoint(SignInFlow flow, TokenIssuer tokens, RefreshTokens refreshTokens, FaultInjector faults) {
		this.flow = Objects.requireNonNull(flow, "flow cannot be null");
		this.tokens = Objects.requireNonNull(tokens, "tokens cannot be null");
		this.refreshTokens = Objects.requireNonNull(refreshTokens, "refreshTokens cannot be null");
		this.faults = Objects.requireNonNull(faults, "faults cannot be null");
	}

	/**
	 * How many token requests with a grant type arrived.
	 * @param grantType the grant type, e.g. {@code client_credentials}
	 * @return the count
	 */
	long requests(String grantType) {
		LongAdder count = this.requests.get(grantType);
		return (count != null) ? count.sum() : 0;
	}

	@Override
	public void handle(HttpExchange exchange) throws IOException {
		Fault fault = this.faults.take(HostedUiHandler.TOKEN_ENDPOINT_FAULTS);
		if (fault != null && fault.kind() == Fault.Kind.DROP_CONNECTION) {
			exchange.getRequestBody().transferTo(OutputStream.nullOutputStream());
			exchange.close();
			return;
		}
		Responses.formPost(exchange, (form) -> {
			String grantType = form.get("grant_type");
			if (grantType == null || grantType.isEmpty()) {
				throw OAuthError.invalidRequest("The request has no grant_type.");
			}
			this.requests.computeIfAbsent(grantType, (key) -> new LongAdder()).increment();
			if (fault != null && fault.kind() == Fault.Kind.DELAY) {
				fault.awaitRelease();
			}
			else if (fault != null) {
				throw new OAuthError(fault.errorType(), fault.message(), fault.status());
			}
			AppClient client = ClientAuthentication.authenticate(exchange, form, this.flow.pools());
			IssuedTokens issued = switch (grantType) {
				case "authorization_code" -> authorizationCode(client, form);
				case "refresh_token" -> refreshToken(client, form);
				case "client_credentials" -> clientCredentials(client, form);
				default -> throw new OAuthError("unsupported_grant_type",
						"grant_type must be authorization_code, refresh_token or client_credentials.", 400);
			};
			return response(issued);
		});
	}

	/**
	 * Like Cognito: only a client with a secret that allows the flow; the requested
	 * scopes must all be allowed to the client and custom scopes of the pool's resource
	 * servers; without a scope parameter, every custom scope the client is allowed.
	 */
	private IssuedTokens clientCredentials(AppClient client, Map<String, String> form) {
		if (!client.hasSecret() || !client.allowedOAuthFlowsUserPoolClient()
				|| !client.allowedOAuthFlows().contains("client_credentials")) {
			throw new OAuthError("unauthorized_client",
					"The client is not allowed the client_credentials flow (it needs a secret, "
							+ "AllowedOAuthFlowsUserPoolClient and AllowedOAuthFlows client_credentials).",
					400);
		}
		UserPool pool = this.flow.pools().pool(client.poolId());
		String requested = form.get("scope");
		List<String> scopes;
		if (requested == null || requested.isBlank()) {
			scopes = client.allowedOAuthScopes().stream().filter(pool::hasCustomScope).toList();
		}
		else {
			scopes = Arrays.stream(requested.trim().split(" +")).distinct().toList();
			for (String scope : scopes) {
				if (!client.allowedOAuthScopes().contains(scope) || !pool.hasCustomScope(scope)) {
					throw new OAuthError("invalid_scope",
							"The scope " + scope
									+ " is not a custom scope of the pool's resource servers allowed to the client.",
							400);
				}
			}
		}
		if (scopes.isEmpty()) {
			throw new OAuthError("invalid_scope", "The client has no custom scope to grant.", 400);
		}
		return this.tokens.clientCredentials(pool, client, String.join(" ", scopes));
	}

	private IssuedTokens authorizationCode(AppClient client, Map<String, String> form) {
		String presented = required(form, "code");
		AuthorizationCode code = this.flow.redeem(presented);
		if (code == null || !code.clientId().equals(client.clientId())) {
			throw OAuthError.invalidGrant("The authorization code is invalid, expired or already used.");
		}
		if (!code.redirectUri().equals(form.get("redirect_uri"))) {
			throw OAuthError.invalidGrant("redirect_uri does not match the authorization request.");
		}
		if (code.codeChallenge() != null && !Pkce.matches(form.get("code_verifier"), code.codeChallenge())) {
			throw OAuthError.invalidGrant("code_verifier does not match the code_challenge.");
		}
		UserPool pool = this.flow.pools().pool(code.poolId());
		PoolUser user = pool.findUser(code.username());
		if (!PasswordCheck.canContinue(user)) {
			throw OAuthError.invalidGrant("The user can no longer sign in.");
		}
		return withoutIdTokenUnlessOpenId(
				this.tokens.signIn(pool, client, user, code.authTime(), code.scope(), code.nonce()), code.scope());
	}

	private IssuedTokens refreshToken(AppClient client, Map<String, String> form) {
		String presented = required(form, "refresh_token");
		try {
			if (!client.refreshTokenRotation()) {
				RefreshTokens.Grant grant = this.refreshTokens.redeem(presented, client);
				return withoutIdTokenUnlessOpenId(this.tokens.refresh(grant, null), grant.scope());
			}
			RefreshTokens.Rotation rotation = this.refreshTokens.rotate(presented, client);
			return withoutIdTokenUnlessOpenId(this.tokens.refresh(rotation.grant(), rotation.newToken()),
					rotation.grant().scope());
		}
		catch (CognitoError ex) {
			throw OAuthError.invalidGrant(ex.getMessage());
		}
	}

	/**
	 * Like Cognito, no ID token without the {@code openid} scope; refresh tokens from the
	 * user-pool API (whose access tokens carry the API scope) always had one.
	 */
	private static IssuedTokens withoutIdTokenUnlessOpenId(IssuedTokens issued, String scope) {
		if (scope == null || TokenIssuer.ADMIN_SCOPE.equals(scope)
				|| Arrays.asList(scope.split(" ")).contains("openid")) {
			return issued;
		}
		return new IssuedTokens(null, issued.accessToken(), issued.refreshToken(), issued.expiresIn());
	}

	private static ObjectNode response(IssuedTokens issued) {
		ObjectNode body = Json.object();
		if (issued.idToken() != null) {
			body.put("id_token", issued.idToken());
		}
		body.put("access_token", issued.accessToken());
		if (issued.refreshToken() != null) {
			body.put("refresh_token", issued.refreshToken());
		}
		return body.put("expires_in", issued.expiresIn().toSeconds()).put("token_type", "Bearer");
	}

	static Map<String, String> body(HttpExchange exchange) throws IOException {
		try {
			return FormParameters.body(exchange);
		}
		catch (IllegalArgumentException ex) {
			throw OAuthError.invalidRequest(ex.getMessage());
		}
	}

	static String required(Map<String, String> form, String name) {
		String value = form.get(name);
		if (value == null || value.isEmpty()) {
			throw OAuthError.invalidRequest("The request has no " + name + ".");
		}
		return value;
	}

}
