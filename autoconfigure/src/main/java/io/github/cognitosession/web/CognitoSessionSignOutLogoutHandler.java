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
package io.github.cognitosession.web;

import io.github.cognitosession.session.SessionOperations;
import io.github.cognitosession.session.SignOutOptions;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import org.apache.commons.logging.Log;
import org.apache.commons.logging.LogFactory;

import org.springframework.security.core.Authentication;
import org.springframework.security.web.authentication.logout.LogoutHandler;
import org.springframework.util.Assert;

/**
 * Ends the user's Cognito session on logout through the session manager's
 * {@link SessionOperations#signOut(SignOutOptions) signOut}: the refresh token is revoked
 * ({@code RevokeToken}, with the app client's secret if it has one; see
 * {@link #setRevokeToken(boolean)}), then the session is forgotten and a
 * {@code SIGNED_OUT} event with the username is published. It must run before the HTTP
 * session, which holds the session and its refresh token, is invalidated (Spring
 * Security's {@code SecurityContextLogoutHandler} runs last). A failed revocation is
 * logged by the session manager and, like any other failure, never stops the logout.
 *
 * @author Cognito Session contributors
 */
public final class CognitoSessionSignOutLogoutHandler implements LogoutHandler {

	private static final Log logger = LogFactory.getLog(CognitoSessionSignOutLogoutHandler.class);

	private final SessionOperations sessionManager;

	private boolean revokeToken = true;

	/**
	 * Create a handler.
	 * @param sessionManager the session manager (its session role)
	 */
	public CognitoSessionSignOutLogoutHandler(SessionOperations sessionManager) {
		Assert.notNull(sessionManager, "sessionManager cannot be null");
		this.sessionManager = sessionManager;
	}

	/**
	 * Set whether logout revokes the user's refresh token, which also invalidates the
	 * access and ID tokens issued with it (default {@code true}).
	 * @param revokeToken whether to revoke the refresh token
	 */
	public void setRevokeToken(boolean revokeToken) {
		this.revokeToken = revokeToken;
	}

	@Override
	public void logout(HttpServletRequest request, HttpServletResponse response, Authentication authentication) {
		if (request.getSession(false) == null) {
			return;
		}
		try {
			this.sessionManager.signOut(new SignOutOptions(false, this.revokeToken));
		}
		catch (RuntimeException ex) {
			logger.warn("Could not end the Cognito session on logout: " + ex.getMessage());
		}
	}

}
