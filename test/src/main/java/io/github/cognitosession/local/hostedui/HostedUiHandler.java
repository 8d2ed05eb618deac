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
import java.security.SecureRandom;
import java.time.Clock;
import java.util.List;
import java.util.Map;

import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpHandler;
import io.github.cognitosession.local.fault.Fault;
import io.github.cognitosession.local.fault.FaultInjector;
import io.github.cognitosession.local.server.HttpResponses;
import io.github.cognitosession.local.token.RefreshTokens;
import io.github.cognitosession.local.token.TokenIssuer;
import io.github.cognitosession.local.userpool.UserPools;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The hosted UI (managed login) on the emulator's port: {@code /oauth2/authorize},
 * {@code /login} (the form), {@code /oauth2/token}, {@code /oauth2/userInfo},
 * {@code /oauth2/revoke} and {@code /logout}. The user-pool domain of every pool is the
 * emulator's endpoint.
 *
 * @author Cognito Session contributors
 */
public final class HostedUiHandler implements HttpHandler {

	/** The path prefixes to mount this handler under. */
	public static final List<String> CONTEXT_PATHS = List.of("/oauth2/", "/login", "/logout");

	/**
	 * The name under which {@link FaultInjector#failNext(String, Fault)} queues faults
	 * for {@code /oauth2/token} requests (e.g. {@link Fault#holdUntil} to hold one).
	 */
	public static final String TOKEN_ENDPOINT_FAULTS = "/oauth2/token";

	private static final Logger logger = LoggerFactory.getLogger(HostedUiHandler.class);

	private final Map<String, HttpHandler> endpoints;

	private final TokenEndpoint tokenEndpoint;

	/**
	 * Create the hosted UI.
	 * @param pools the user pools
	 * @param tokens the token issuer shared with the user-pool API
	 * @param refreshTokens the refresh tokens shared with the user-pool API
	 * @param clock the clock for code, form and session lifetimes
	 * @param random the randomness source
	 * @param faults the faults, of which the token endpoint takes those queued for
	 * {@value #TOKEN_ENDPOINT_FAULTS}
	 */
	public HostedUiHandler(UserPools pools, TokenIssuer tokens, RefreshTokens refreshTokens, Clock clock,
			SecureRandom random, FaultInjector faults) {
		SignInFlow flow = new SignInFlow(pools, clock, random);
		this.tokenEndpoint = new TokenEndpoint(flow, tokens, refreshTokens, faults);
		this.endpoints = Map.of("/oauth2/authorize", new AuthorizeEndpoint(flow), "/login", new LoginEndpoint(flow),
				"/oauth2/token", this.tokenEndpoint, "/oauth2/userInfo", new UserInfoEndpoint(tokens), "/oauth2/revoke",
				new RevocationEndpoint(pools, refreshTokens), "/logout", new LogoutEndpoint(flow));
	}

	/**
	 * How many requests with a grant type {@code /oauth2/token} received.
	 * @param grantType the grant type, e.g. {@code client_credentials}
	 * @return the count
	 */
	public long tokenRequests(String grantType) {
		return this.tokenEndpoint.requests(grantType);
	}

	@Override
	public void handle(HttpExchange exchange) throws IOException {
		HttpHandler endpoint = this.endpoints.get(exchange.getRequestURI().getPath());
		try {
			if (endpoint == null) {
				HttpResponses.send(exchange, 404, "application/json", "{\"message\":\"Not found\"}");
				return;
			}
			endpoint.handle(exchange);
		}
		catch (RuntimeException ex) {
			// Never a stack trace to the browser; the log names the path only.
			logger.warn("Hosted UI request to {} failed inside the emulator: {}", exchange.getRequestURI().getPath(),
					ex.getClass().getName());
			logger.debug("Emulator failure", ex);
			Responses.page(exchange, 500, Pages.error("An internal error occurred."));
		}
	}

}
