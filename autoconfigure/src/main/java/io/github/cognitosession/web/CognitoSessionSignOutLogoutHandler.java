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
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import org.apache.commons.logging.Log;
import org.apache.commons.logging.LogFactory;

import org.springframework.security.core.Authentication;
import org.springframework.security.web.authentication.logout.LogoutHandler;
import org.springframework.util.Assert;

/**
 * Ends the user's Cognito session on logout with the session manager's local
 * {@link SessionOperations#signOut() signOut()}, so that a {@code SIGNED_OUT} event with
 * the username is published. It must run before the HTTP session is invalidated (Spring
 * Security's {@code SecurityContextLogoutHandler} runs last) and after a
 * {@link CognitoTokenRevocationLogoutHandler}, which needs the refresh token still in the
 * session. A failure is logged and never stops the logout.
 *
 * @author Cognito Session contributors
 */
public final class CognitoSessionSignOutLogoutHandler implements LogoutHandler {

	private static final Log logger = LogFactory.getLog(CognitoSessionSignOutLogoutHandler.class);

	private final SessionOperations sessionManager;

	/**
	 * Create a handler.
	 * @param sessionManager the session manager (its session role)
	 */
	public CognitoSessionSignOutLogoutHandler(SessionOperations sessionManager) {
		Assert.notNull(sessionManager, "sessionManager cannot be null");
		this.sessionManager = sessionManager;
	}

	@Override
	public void logout(HttpServletRequest request, HttpServletResponse response, Authentication authentication) {
		if (request.getSession(false) == null) {
			return;
		}
		try {
			this.sessionManager.signOut();
		}
		catch (RuntimeException ex) {
			logger.warn("Could not end the Cognito session on logout: " + ex.getMessage());
		}
	}

}
