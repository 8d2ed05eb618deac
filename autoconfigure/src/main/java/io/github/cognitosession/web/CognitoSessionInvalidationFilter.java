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

import java.io.IOException;

import io.github.cognitosession.exception.UntrustedValue;
import io.github.cognitosession.session.SessionKeyResolver;
import io.github.cognitosession.state.UserState;
import io.github.cognitosession.store.SessionRecord;
import io.github.cognitosession.store.SessionRepository;
import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.servlet.http.HttpSession;
import org.apache.commons.logging.Log;
import org.apache.commons.logging.LogFactory;

import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.security.core.context.SecurityContextHolderStrategy;
import org.springframework.util.Assert;
import org.springframework.web.filter.OncePerRequestFilter;

/**
 * Ends the web login of a user whose Cognito session can no longer be refreshed
 * ({@link UserState#SIGNED_OUT_USER_POOLS_TOKEN_INVALID}, e.g. the refresh token expired
 * or was revoked): invalidates the HTTP session and clears the security context, so that
 * the rest of the chain treats the request as anonymous and a protected page sends the
 * browser to the login again (through the usual entry point, which also saves the
 * request).
 * <p>
 * Must run after the security context is loaded and before authorization, e.g.
 * {@code http.addFilterAfter(filter, SecurityContextHolderFilter.class)}. A network error
 * never leads here: the session manager keeps the session in that case.
 *
 * @author Cognito Session contributors
 */
public final class CognitoSessionInvalidationFilter extends OncePerRequestFilter {

	private static final Log logger = LogFactory.getLog(CognitoSessionInvalidationFilter.class);

	private final SessionRepository repository;

	private final SessionKeyResolver keys;

	private SecurityContextHolderStrategy securityContextHolderStrategy = SecurityContextHolder
		.getContextHolderStrategy();

	/**
	 * Create a filter.
	 * @param repository where the users' sessions are kept
	 * @param keys which session is the request's
	 */
	public CognitoSessionInvalidationFilter(SessionRepository repository, SessionKeyResolver keys) {
		Assert.notNull(repository, "repository cannot be null");
		Assert.notNull(keys, "keys cannot be null");
		this.repository = repository;
		this.keys = keys;
	}

	public void setSecurityContextHolderStrategy(SecurityContextHolderStrategy securityContextHolderStrategy) {
		Assert.notNull(securityContextHolderStrategy, "securityContextHolderStrategy cannot be null");
		this.securityContextHolderStrategy = securityContextHolderStrategy;
	}

	@Override
	protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
			throws ServletException, IOException {
		HttpSession session = request.getSession(false);
		if (session != null) {
			// the stored record, which another instance sharing the HTTP session may have
			// written
			this.repository.load(this.keys.resolveKey())
				.filter((record) -> record.getState() == UserState.SIGNED_OUT_USER_POOLS_TOKEN_INVALID)
				.ifPresent((record) -> endLogin(session, record));
		}
		chain.doFilter(request, response);
	}

	private void endLogin(HttpSession session, SessionRecord record) {
		try {
			session.invalidate();
		}
		catch (IllegalStateException ex) {
			// invalidated concurrently by another request of the same user
		}
		this.securityContextHolderStrategy.clearContext();
		logger.debug("Ended the web login of user '" + UntrustedValue.sanitize(record.getUsername())
				+ "': the Cognito refresh token is no longer valid");
	}

}
