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
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.SecureRandom;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Objects;
import java.util.regex.Pattern;

import com.sun.net.httpserver.HttpExchange;
import io.github.cognitosession.local.userpool.PoolUser;
import io.github.cognitosession.local.userpool.UserPool;
import io.github.cognitosession.local.userpool.UserPools;

/**
 * The state of browser sign-ins: pending forms, hosted-UI sessions and authorization
 * codes, and the steps that move a browser from one to the next. Thread-safe.
 *
 * @author Cognito Session contributors
 */
final class SignInFlow {

	/** Cognito's authorization code lifetime. */
	static final Duration CODE_LIFETIME = Duration.ofMinutes(5);

	/** How long a shown sign-in form can be submitted. */
	static final Duration FORM_LIFETIME = Duration.ofMinutes(30);

	/** Cognito's hosted-UI session lifetime. */
	static final Duration SESSION_LIFETIME = Duration.ofHours(1);

	private static final Pattern TOKEN = Pattern.compile("[A-Za-z0-9_-]{43}");

	private final UserPools pools;

	private final Clock clock;

	private final SecureRandom random;

	private final RandomTokens tokens;

	private final ExpiringStore<PendingLogin> pendingLogins;

	private final ExpiringStore<HostedUiSession> sessions;

	private final ExpiringStore<AuthorizationCode> codes;

	SignInFlow(UserPools pools, Clock clock, SecureRandom random) {
		this.pools = Objects.requireNonNull(pools, "pools cannot be null");
		this.clock = Objects.requireNonNull(clock, "clock cannot be null");
		this.random = Objects.requireNonNull(random, "random cannot be null");
		this.tokens = new RandomTokens(random);
		this.pendingLogins = new ExpiringStore<>(clock, FORM_LIFETIME, this.tokens);
		this.sessions = new ExpiringStore<>(clock, SESSION_LIFETIME, this.tokens);
		this.codes = new ExpiringStore<>(clock, CODE_LIFETIME, this.tokens);
	}

	UserPools pools() {
		return this.pools;
	}

	Clock clock() {
		return this.clock;
	}

	SecureRandom random() {
		return this.random;
	}

	/**
	 * The browser's hosted-UI session for a pool, if it has one and its user can still
	 * sign in.
	 * @param exchange the exchange
	 * @param poolId the pool
	 * @return the session or {@code null}
	 */
	HostedUiSession activeSession(HttpExchange exchange, String poolId) {
		HostedUiSession session = this.sessions.get(Cookies.get(exchange, Cookies.SESSION));
		if (session == null || !session.poolId().equals(poolId)) {
			return null;
		}
		UserPool pool = this.pools.findPool(poolId);
		return (pool != null && PasswordCheck.canContinue(pool.findUser(session.username()))) ? session : null;
	}

	/**
	 * Forget the browser's hosted-UI session and tell it to drop the cookie.
	 * @param exchange the exchange
	 */
	void endSession(HttpExchange exchange) {
		this.sessions.remove(Cookies.get(exchange, Cookies.SESSION));
		Cookies.clear(exchange, Cookies.SESSION);
	}

	void showSignInForm(HttpExchange exchange, AuthorizationRequest request) throws IOException {
		String browserToken = browserToken(exchange);
		PendingLogin pending = new PendingLogin(request, this.tokens.next(), browserToken, null);
		String requestId = this.pendingLogins.put(pending);
		Responses.page(exchange, 200,
				Pages.signIn(request.client().clientName(), requestId, pending.formToken(), null, null));
	}

	void showSignInFormAgain(HttpExchange exchange, String requestId, PendingLogin pending, String username,
			String error) throws IOException {
		Responses.page(exchange, 200,
				Pages.signIn(pending.request().client().clientName(), requestId, pending.formToken(), username, error));
	}

	void showNewPasswordForm(HttpExchange exchange, String requestId, PendingLogin pending, String username)
			throws IOException {
		this.pendingLogins.remove(requestId);
		PendingLogin next = new PendingLogin(pending.request(), this.tokens.next(), pending.browserToken(), username);
		Responses.page(exchange, 200, Pages.newPassword(this.pendingLogins.put(next), next.formToken(), null));
	}

	/**
	 * The pending login a submitted form belongs to, if the form token and the browser's
	 * cookie both match.
	 * @param exchange the exchange
	 * @param requestId the submitted request id
	 * @param formToken the submitted form token
	 * @return the pending login
	 * @throws PageError when expired, unknown or not from this browser
	 */
	PendingLogin submittedForm(HttpExchange exchange, String requestId, String formToken) {
		PendingLogin pending = this.pendingLogins.get(requestId);
		if (pending == null) {
			throw new PageError("This sign-in form has expired or was already used. "
					+ "Return to the application and sign in again.");
		}
		if (!same(formToken, pending.formToken())
				|| !same(Cookies.get(exchange, Cookies.XSRF), pending.browserToken())) {
			throw new PageError("This sign-in form could not be verified (its form token or the browser's "
					+ Cookies.XSRF + " cookie does not match). Return to the application and sign in again.", 403);
		}
		return pending;
	}

	/**
	 * Sign the browser in (a new hosted-UI session) and send it back to the application
	 * with an authorization code.
	 * @param exchange the exchange
	 * @param requestId the pending login to finish
	 * @param pending the pending login
	 * @param user the user who entered the password
	 */
	void signedIn(HttpExchange exchange, String requestId, PendingLogin pending, PoolUser user) throws IOException {
		this.pendingLogins.remove(requestId);
		// A new session id on every sign-in, so that an id planted earlier is worthless.
		this.sessions.remove(Cookies.get(exchange, Cookies.SESSION));
		Instant now = this.clock.instant();
		String sessionId = this.sessions
			.put(new HostedUiSession(pending.request().client().poolId(), user.username(), now));
		Cookies.set(exchange, Cookies.SESSION, sessionId);
		redirectWithCode(exchange, pending.request(), user.username(), now);
	}

	/**
	 * Send the browser back to the application with a new authorization code.
	 * @param exchange the exchange
	 * @param request the authorization request
	 * @param username the signed-in user
	 * @param authTime when the user entered the password
	 */
	void redirectWithCode(HttpExchange exchange, AuthorizationRequest request, String username, Instant authTime)
			throws IOException {
		String code = this.codes.put(new AuthorizationCode(request.client().poolId(), request.client().clientId(),
				username, request.redirectUri(), request.scope(), request.nonce(), request.codeChallenge(), authTime));
		Map<String, String> parameters = new LinkedHashMap<>();
		parameters.put("code", code);
		parameters.put("state", request.state());
		Responses.redirect(exchange, FormParameters.appendQuery(request.redirectUri(), parameters));
	}

	/**
	 * Redeem an authorization code; a code works once, whatever the outcome.
	 * @param code the code
	 * @return what it stands for, or {@code null} when unknown, used or expired
	 */
	AuthorizationCode redeem(String code) {
		return this.codes.take(code);
	}

	private String browserToken(HttpExchange exchange) {
		String existing = Cookies.get(exchange, Cookies.XSRF);
		if (existing != null && TOKEN.matcher(existing).matches()) {
			return existing;
		}
		String token = this.tokens.next();
		Cookies.set(exchange, Cookies.XSRF, token);
		return token;
	}

	private static boolean same(String presented, String expected) {
		return presented != null && MessageDigest.isEqual(presented.getBytes(StandardCharsets.UTF_8),
				expected.getBytes(StandardCharsets.UTF_8));
	}

}
