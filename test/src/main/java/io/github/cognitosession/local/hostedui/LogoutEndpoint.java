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
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Objects;

import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpHandler;
import io.github.cognitosession.local.server.CognitoError;
import io.github.cognitosession.local.userpool.AppClient;

/**
 * {@code GET /logout}: ends the hosted-UI session (the {@code cognito} cookie) and sends
 * the browser to a registered URL only: {@code logout_uri} must be one of the client's
 * sign-out URLs, or, to sign in again, {@code redirect_uri} one of its callback URLs
 * (then the browser goes to {@code /oauth2/authorize} with the same parameters). Anything
 * else is an HTML error page, never a redirect.
 *
 * @author Cognito Session contributors
 */
final class LogoutEndpoint implements HttpHandler {

	private final SignInFlow flow;

	LogoutEndpoint(SignInFlow flow) {
		this.flow = Objects.requireNonNull(flow, "flow cannot be null");
	}

	@Override
	public void handle(HttpExchange exchange) throws IOException {
		if (!"GET".equals(exchange.getRequestMethod())) {
			exchange.getResponseHeaders().set("Allow", "GET");
			Responses.page(exchange, 405, Pages.error("/logout accepts GET only."));
			return;
		}
		try {
			Map<String, String> parameters = FormParameters.query(exchange);
			String location = location(parameters, client(parameters.get("client_id")));
			this.flow.endSession(exchange);
			Responses.redirect(exchange, location);
		}
		catch (IllegalArgumentException ex) {
			Responses.page(exchange, 400, Pages.error(ex.getMessage()));
		}
		catch (PageError ex) {
			Responses.page(exchange, ex.status(), Pages.error(ex.getMessage()));
		}
	}

	private AppClient client(String clientId) {
		if (clientId == null || clientId.isEmpty()) {
			throw new PageError("The request has no client_id.");
		}
		try {
			return this.flow.pools().client(clientId);
		}
		catch (CognitoError ex) {
			throw new PageError("client_id '" + clientId + "' is not an app client of this emulator.");
		}
	}

	private static String location(Map<String, String> parameters, AppClient client) {
		String logoutUri = parameters.get("logout_uri");
		if (logoutUri != null) {
			if (!client.logoutUrls().contains(logoutUri)) {
				throw new PageError("logout_uri '" + logoutUri + "' is not a sign-out URL of this app client.");
			}
			return logoutUri;
		}
		String redirectUri = parameters.get("redirect_uri");
		if (redirectUri == null) {
			throw new PageError("The request needs logout_uri, or redirect_uri and response_type to sign in again.");
		}
		if (!client.callbackUrls().contains(redirectUri)) {
			throw new PageError("redirect_uri '" + redirectUri + "' is not a callback URL of this app client.");
		}
		Map<String, String> authorize = new LinkedHashMap<>(parameters);
		return FormParameters.appendQuery("/oauth2/authorize", authorize);
	}

}
