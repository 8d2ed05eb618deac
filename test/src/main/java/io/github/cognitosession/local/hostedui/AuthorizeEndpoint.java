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

/**
 * {@code GET /oauth2/authorize}: validates the request, then either sends a browser with
 * a hosted-UI session straight back with a code, or shows the sign-in form.
 *
 * @author Cognito Session contributors
 */
final class AuthorizeEndpoint implements HttpHandler {

	private final SignInFlow flow;

	AuthorizeEndpoint(SignInFlow flow) {
		this.flow = Objects.requireNonNull(flow, "flow cannot be null");
	}

	@Override
	public void handle(HttpExchange exchange) throws IOException {
		if (!"GET".equals(exchange.getRequestMethod())) {
			exchange.getResponseHeaders().set("Allow", "GET");
			Responses.page(exchange, 405, Pages.error("/oauth2/authorize accepts GET only."));
			return;
		}
		AuthorizationRequest request;
		try {
			Map<String, String> parameters = FormParameters.query(exchange);
			// identity_provider and idp_identifier are accepted and ignored: the only
			// provider here is the user pool itself.
			request = AuthorizationRequest.parse(parameters, this.flow.pools());
		}
		catch (IllegalArgumentException ex) {
			Responses.page(exchange, 400, Pages.error(ex.getMessage()));
			return;
		}
		catch (PageError ex) {
			Responses.page(exchange, ex.status(), Pages.error(ex.getMessage()));
			return;
		}
		catch (RedirectError ex) {
			redirectError(exchange, ex);
			return;
		}
		HostedUiSession session = request.forceLogin() ? null
				: this.flow.activeSession(exchange, request.client().poolId());
		if (session != null) {
			this.flow.redirectWithCode(exchange, request, session.username(), session.authTime());
			return;
		}
		this.flow.showSignInForm(exchange, request);
	}

	private static void redirectError(HttpExchange exchange, RedirectError error) throws IOException {
		Map<String, String> parameters = new LinkedHashMap<>();
		parameters.put("error", error.error());
		parameters.put("error_description", error.getMessage());
		parameters.put("state", error.state());
		Responses.redirect(exchange, FormParameters.appendQuery(error.redirectUri(), parameters));
	}

}
