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
import java.util.Map;
import java.util.Objects;

import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpHandler;
import io.github.cognitosession.local.server.CognitoError;
import io.github.cognitosession.local.server.Json;
import io.github.cognitosession.local.token.TokenIssuer;
import tools.jackson.databind.node.ObjectNode;

/**
 * {@code GET} or {@code POST /oauth2/userInfo} with a Bearer access token that has the
 * {@code openid} scope: the user's {@code sub}, {@code username} and attributes, values
 * as strings like Cognito's.
 *
 * @author Cognito Session contributors
 */
final class UserInfoEndpoint implements HttpHandler {

	private static final String BEARER = "Bearer ";

	private final TokenIssuer tokens;

	UserInfoEndpoint(TokenIssuer tokens) {
		this.tokens = Objects.requireNonNull(tokens, "tokens cannot be null");
	}

	@Override
	public void handle(HttpExchange exchange) throws IOException {
		String method = exchange.getRequestMethod();
		if (!"GET".equals(method) && !"POST".equals(method)) {
			Responses.methodNotAllowed(exchange, "GET, POST");
			return;
		}
		try {
			TokenIssuer.Subject subject = subject(exchange.getRequestHeaders().getFirst("Authorization"));
			ObjectNode body = Json.object().put("sub", subject.user().sub());
			for (Map.Entry<String, String> attribute : subject.user().orderedAttributes().entrySet()) {
				if (!"sub".equals(attribute.getKey())) {
					body.put(attribute.getKey(), attribute.getValue());
				}
			}
			body.put("username", subject.user().username());
			Responses.json(exchange, 200, body);
		}
		catch (OAuthError error) {
			Responses.error(exchange, error);
		}
	}

	private TokenIssuer.Subject subject(String authorization) {
		if (authorization == null || !authorization.regionMatches(true, 0, BEARER, 0, BEARER.length())) {
			throw new OAuthError("invalid_request", "The request has no Bearer access token.", 401, "Bearer");
		}
		TokenIssuer.Subject subject;
		try {
			subject = this.tokens.verifyAccessToken(authorization.substring(BEARER.length()).strip());
		}
		catch (CognitoError ex) {
			throw new OAuthError("invalid_token", ex.getMessage(), 401,
					"Bearer error=\"invalid_token\", error_description=\"" + ex.getMessage() + "\"");
		}
		if (!subject.hasScope("openid")) {
			throw new OAuthError("insufficient_scope", "The access token does not have the openid scope.", 403,
					"Bearer error=\"insufficient_scope\", scope=\"openid\"");
		}
		return subject;
	}

}
