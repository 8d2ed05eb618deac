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
import java.time.Instant;
import java.util.Map;
import java.util.Objects;

import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpHandler;
import io.github.cognitosession.local.srp.PasswordVerifier;
import io.github.cognitosession.local.userpool.PoolUser;
import io.github.cognitosession.local.userpool.UserPool;

/**
 * {@code POST /login}: the submitted sign-in form (or the new-password form after a
 * temporary password). A wrong password shows the form again with status 200.
 *
 * @author Cognito Session contributors
 */
final class LoginEndpoint implements HttpHandler {

	/** The emulator's password policy, as for the user-pool API. */
	static final int MIN_PASSWORD_LENGTH = 8;

	private final SignInFlow flow;

	LoginEndpoint(SignInFlow flow) {
		this.flow = Objects.requireNonNull(flow, "flow cannot be null");
	}

	@Override
	public void handle(HttpExchange exchange) throws IOException {
		if (!"POST".equals(exchange.getRequestMethod())) {
			exchange.getResponseHeaders().set("Allow", "POST");
			Responses.page(exchange, 405,
					Pages.error("/login accepts the sign-in form only; start at /oauth2/authorize."));
			return;
		}
		try {
			Map<String, String> form = FormParameters.body(exchange);
			String requestId = form.get("request_id");
			PendingLogin pending = this.flow.submittedForm(exchange, requestId, form.get("_csrf"));
			UserPool pool = this.flow.pools().pool(pending.request().client().poolId());
			if (pending.newPasswordFor() != null) {
				newPassword(exchange, requestId, pending, pool, form);
			}
			else {
				password(exchange, requestId, pending, pool, form);
			}
		}
		catch (IllegalArgumentException ex) {
			Responses.page(exchange, 400, Pages.error(ex.getMessage()));
		}
		catch (PageError ex) {
			Responses.page(exchange, ex.status(), Pages.error(ex.getMessage()));
		}
	}

	private void password(HttpExchange exchange, String requestId, PendingLogin pending, UserPool pool,
			Map<String, String> form) throws IOException {
		String username = form.get("username");
		String password = form.get("password");
		if (username == null || username.isEmpty() || password == null || password.isEmpty()) {
			this.flow.showSignInFormAgain(exchange, requestId, pending, username, "Enter your username and password.");
			return;
		}
		PasswordCheck.Outcome outcome = PasswordCheck.check(pool, username, password);
		switch (outcome) {
			case SIGNED_IN -> this.flow.signedIn(exchange, requestId, pending, pool.user(username));
			case NEW_PASSWORD_REQUIRED -> this.flow.showNewPasswordForm(exchange, requestId, pending, username);
			default -> this.flow.showSignInFormAgain(exchange, requestId, pending, username, outcome.message());
		}
	}

	private void newPassword(HttpExchange exchange, String requestId, PendingLogin pending, UserPool pool,
			Map<String, String> form) throws IOException {
		String password = form.get("new_password");
		String error = null;
		if (password == null || password.length() < MIN_PASSWORD_LENGTH) {
			error = "Password did not conform with policy: Password not long enough";
		}
		else if (!password.equals(form.get("confirm_password"))) {
			error = "Passwords do not match.";
		}
		if (error != null) {
			Responses.page(exchange, 200, Pages.newPassword(requestId, pending.formToken(), error));
			return;
		}
		PoolUser user = pool.findUser(pending.newPasswordFor());
		if (user == null || user.status() != PoolUser.Status.FORCE_CHANGE_PASSWORD) {
			throw new PageError("The user can no longer change the temporary password here. "
					+ "Return to the application and sign in again.");
		}
		Instant now = this.flow.clock().instant();
		user.setPassword(PasswordVerifier.create(this.flow.random(), pool.srpPoolName(), user.username(), password),
				PoolUser.Status.CONFIRMED, now);
		if (!PasswordCheck.canContinue(user)) {
			Responses.page(exchange, 200,
					Pages.message("Your password was changed. " + PasswordCheck.Outcome.MFA_NOT_SUPPORTED.message()));
			return;
		}
		this.flow.signedIn(exchange, requestId, pending, user);
	}

}
