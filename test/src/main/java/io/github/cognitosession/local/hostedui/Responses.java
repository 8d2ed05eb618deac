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

import com.sun.net.httpserver.HttpExchange;
import io.github.cognitosession.local.server.HttpResponses;
import io.github.cognitosession.local.server.Json;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.node.ObjectNode;

/**
 * Writes the hosted UI's responses: pages that cannot be framed or cached, JSON that is
 * never cached, and redirects.
 *
 * @author Cognito Session contributors
 */
final class Responses {

	private static final String JSON = "application/json;charset=UTF-8";

	private Responses() {
	}

	static void page(HttpExchange exchange, int status, String html) throws IOException {
		exchange.getResponseHeaders().set("Cache-Control", "no-store");
		exchange.getResponseHeaders().set("X-Frame-Options", "DENY");
		exchange.getResponseHeaders()
			.set("Content-Security-Policy", "default-src 'none'; style-src 'unsafe-inline'; frame-ancestors 'none'");
		exchange.getResponseHeaders().set("X-Content-Type-Options", "nosniff");
		HttpResponses.send(exchange, status, "text/html;charset=UTF-8", html);
	}

	static void json(HttpExchange exchange, int status, JsonNode body) throws IOException {
		exchange.getResponseHeaders().set("Cache-Control", "no-store");
		exchange.getResponseHeaders().set("Pragma", "no-cache");
		HttpResponses.send(exchange, status, JSON, Json.MAPPER.writeValueAsBytes(body));
	}

	static void error(HttpExchange exchange, OAuthError error) throws IOException {
		if (error.wwwAuthenticate() != null) {
			exchange.getResponseHeaders().set("WWW-Authenticate", error.wwwAuthenticate());
		}
		ObjectNode body = Json.object().put("error", error.error());
		if (error.getMessage() != null) {
			body.put("error_description", error.getMessage());
		}
		json(exchange, error.status(), body);
	}

	static void redirect(HttpExchange exchange, String location) throws IOException {
		exchange.getResponseHeaders().set("Location", location);
		exchange.getResponseHeaders().set("Cache-Control", "no-store");
		HttpResponses.send(exchange, 302, null, new byte[0]);
	}

	static void methodNotAllowed(HttpExchange exchange, String allowed) throws IOException {
		exchange.getResponseHeaders().set("Allow", allowed);
		error(exchange, new OAuthError("invalid_request", "Method not allowed", 405));
	}

	/**
	 * Answers an OAuth endpoint that takes a form POST: other methods get 405, an
	 * {@link OAuthError} (also one about the form itself) its JSON error, anything else
	 * the handler's JSON with status 200.
	 */
	static void formPost(HttpExchange exchange, FormHandler handler) throws IOException {
		if (!"POST".equals(exchange.getRequestMethod())) {
			methodNotAllowed(exchange, "POST");
			return;
		}
		try {
			json(exchange, 200, handler.handle(TokenEndpoint.body(exchange)));
		}
		catch (OAuthError error) {
			error(exchange, error);
		}
	}

	/**
	 * Turns the form of a POST into the JSON answer.
	 */
	@FunctionalInterface
	interface FormHandler {

		JsonNode handle(Map<String, String> form) throws IOException;

	}

}
