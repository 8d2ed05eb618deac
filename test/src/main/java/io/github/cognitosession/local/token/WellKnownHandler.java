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

package io.github.cognitosession.local.token;

import java.io.IOException;
import java.util.List;
import java.util.Objects;
import java.util.function.Supplier;

import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpHandler;
import io.github.cognitosession.local.server.HttpResponses;
import io.github.cognitosession.local.server.Json;
import io.github.cognitosession.local.userpool.UserPool;
import io.github.cognitosession.local.userpool.UserPools;
import tools.jackson.databind.node.ObjectNode;

/**
 * Serves {@code GET /<poolId>/.well-known/jwks.json} and
 * {@code GET /<poolId>/.well-known/openid-configuration}. The discovery document points
 * at the emulator's own URLs (the hosted UI is served there), whatever issuer the tokens
 * carry.
 *
 * @author Cognito Session contributors
 */
public final class WellKnownHandler implements HttpHandler {

	private static final String JWKS = "/.well-known/jwks.json";

	private static final String DISCOVERY = "/.well-known/openid-configuration";

	private final UserPools pools;

	private final TokenIssuer tokens;

	private final Supplier<String> endpoint;

	public WellKnownHandler(UserPools pools, TokenIssuer tokens, Supplier<String> endpoint) {
		this.pools = Objects.requireNonNull(pools, "pools cannot be null");
		this.tokens = Objects.requireNonNull(tokens, "tokens cannot be null");
		this.endpoint = Objects.requireNonNull(endpoint, "endpoint cannot be null");
	}

	@Override
	public void handle(HttpExchange exchange) throws IOException {
		String path = exchange.getRequestURI().getPath();
		String method = exchange.getRequestMethod();
		if (!"GET".equals(method) && !"HEAD".equals(method)) {
			HttpResponses.send(exchange, 405, "application/json", "{\"message\":\"Method not allowed\"}");
			return;
		}
		if (path.endsWith(JWKS)) {
			UserPool pool = pool(path, JWKS);
			if (pool != null) {
				HttpResponses.send(exchange, 200, "application/json", pool.signingKey().jwksJson());
				return;
			}
		}
		else if (path.endsWith(DISCOVERY)) {
			UserPool pool = pool(path, DISCOVERY);
			if (pool != null) {
				HttpResponses.send(exchange, 200, "application/json", Json.MAPPER.writeValueAsString(discovery(pool)));
				return;
			}
		}
		HttpResponses.send(exchange, 404, "application/json", "{\"message\":\"Not found\"}");
	}

	private UserPool pool(String path, String suffix) {
		String poolId = path.substring(1, path.length() - suffix.length());
		return (poolId.isEmpty() || poolId.contains("/")) ? null : this.pools.findPool(poolId);
	}

	private ObjectNode discovery(UserPool pool) {
		String base = this.endpoint.get();
		ObjectNode node = Json.object()
			.put("issuer", this.tokens.issuer(pool.id()))
			.put("jwks_uri", base + "/" + pool.id() + JWKS)
			.put("authorization_endpoint", base + "/oauth2/authorize")
			.put("token_endpoint", base + "/oauth2/token")
			.put("userinfo_endpoint", base + "/oauth2/userInfo")
			.put("revocation_endpoint", base + "/oauth2/revoke");
		// No end_session_endpoint: Cognito's /logout takes client_id and logout_uri, not
		// OpenID RP-initiated logout's parameters, and Cognito does not advertise it.
		node.set("response_types_supported", Json.strings(List.of("code")));
		node.set("scopes_supported", Json.strings(List.of("openid", "email", "phone", "profile")));
		node.set("subject_types_supported", Json.strings(List.of("public")));
		node.set("id_token_signing_alg_values_supported", Json.strings(List.of("RS256")));
		node.set("token_endpoint_auth_methods_supported",
				Json.strings(List.of("client_secret_basic", "client_secret_post")));
		return node;
	}

}
