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

import io.github.cognitosession.exception.CognitoSessionException;
import io.github.cognitosession.spi.SessionAdoption;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import org.apache.commons.logging.Log;
import org.apache.commons.logging.LogFactory;

import org.springframework.security.core.Authentication;
import org.springframework.security.oauth2.client.OAuth2AuthorizedClient;
import org.springframework.security.oauth2.client.authentication.OAuth2AuthenticationToken;
import org.springframework.security.oauth2.client.web.OAuth2AuthorizedClientRepository;
import org.springframework.security.oauth2.core.OAuth2RefreshToken;
import org.springframework.security.oauth2.core.oidc.user.OidcUser;
import org.springframework.security.web.authentication.session.SessionAuthenticationException;
import org.springframework.security.web.authentication.session.SessionAuthenticationStrategy;
import org.springframework.util.Assert;

/**
 * Starts the user's Cognito session as part of a hosted-UI login: hands the ID, access
 * and refresh tokens of the login to
 * {@link SessionAdoption#adoptSession(String, String, String)}, which verifies them,
 * stores the session (in the HTTP session in a web application) and publishes the
 * {@code SIGNED_IN} event with the {@code cognito:username}.
 * <p>
 * A session that cannot be started (a token the session's verifier refuses, e.g. an
 * access token issued to another client or by another issuer, or a key set that cannot be
 * fetched) fails the login with a {@link SessionAuthenticationException}: Spring Security
 * then saves no security context and calls the login's failure handler, so the user is
 * never signed in to the application without a Cognito session.
 * <p>
 * {@link CognitoLoginConfigurer} runs it after session-fixation protection, so that the
 * record lands in the user's new HTTP session. The login's {@code OAuth2AuthorizedClient}
 * is removed afterwards, whether the session started or not (see
 * {@link #setRemoveAuthorizedClient(boolean)}). Logins through other client registrations
 * are left untouched.
 *
 * @author Cognito Session contributors
 */
public final class CognitoSessionAuthenticationStrategy implements SessionAuthenticationStrategy {

	/**
	 * The claim holding the user-pool username.
	 */
	public static final String USERNAME_CLAIM = "cognito:username";

	private static final Log logger = LogFactory.getLog(CognitoSessionAuthenticationStrategy.class);

	private final String registrationId;

	private final OAuth2AuthorizedClientRepository authorizedClientRepository;

	private final SessionAdoption sessionAdoption;

	private boolean removeAuthorizedClient = true;

	/**
	 * Create a strategy.
	 * @param registrationId the Cognito client registration, e.g. {@code cognito}
	 * @param authorizedClientRepository where the login's access and refresh tokens were
	 * saved
	 * @param sessionAdoption the session manager, which keeps the user's Cognito session
	 */
	public CognitoSessionAuthenticationStrategy(String registrationId,
			OAuth2AuthorizedClientRepository authorizedClientRepository, SessionAdoption sessionAdoption) {
		Assert.hasText(registrationId, "registrationId cannot be empty");
		Assert.notNull(authorizedClientRepository, "authorizedClientRepository cannot be null");
		Assert.notNull(sessionAdoption, "sessionAdoption cannot be null");
		this.registrationId = registrationId;
		this.authorizedClientRepository = authorizedClientRepository;
		this.sessionAdoption = sessionAdoption;
	}

	/**
	 * Set whether to remove the login's {@code OAuth2AuthorizedClient} once its tokens
	 * are in the Cognito session (the default). The Cognito session is then the only
	 * holder of the refresh token, so Spring Security never refreshes it behind the
	 * session manager's back (with refresh-token rotation, two refreshers would
	 * invalidate each other's tokens) and the tokens are not kept twice. Use
	 * {@code CognitoSessionManager.getTokens()} for the user's current tokens. A login
	 * that fails always removes it, so that no tokens of a failed login stay in the HTTP
	 * session.
	 * @param removeAuthorizedClient whether to remove the authorized client
	 */
	public void setRemoveAuthorizedClient(boolean removeAuthorizedClient) {
		this.removeAuthorizedClient = removeAuthorizedClient;
	}

	@Override
	public void onAuthentication(Authentication authentication, HttpServletRequest request,
			HttpServletResponse response) {
		if (!(authentication instanceof OAuth2AuthenticationToken token)
				|| !this.registrationId.equals(token.getAuthorizedClientRegistrationId())
				|| !(token.getPrincipal() instanceof OidcUser user)) {
			return;
		}
		OAuth2AuthorizedClient client = this.authorizedClientRepository.loadAuthorizedClient(this.registrationId,
				authentication, request);
		if (client == null) {
			throw new SessionAuthenticationException(
					"The hosted-UI login left no authorized client with an access token to start the Cognito session");
		}
		try {
			// through the manager, so that the sign-in is verified, published as an event
			// and the user's session state is SIGNED_IN for the rest of this request
			this.sessionAdoption.adoptSession(user.getIdToken().getTokenValue(),
					client.getAccessToken().getTokenValue(), refreshToken(client));
		}
		catch (CognitoSessionException ex) {
			removeAuthorizedClient(authentication, request, response);
			// the messages of the library's exceptions never carry a token, and values
			// taken from a token are sanitised
			logger.warn("Hosted-UI login failed: the Cognito session could not be started: " + ex.getMessage());
			SessionAuthenticationException failure = new SessionAuthenticationException(
					"The Cognito session could not be started: " + ex.getMessage());
			failure.initCause(ex);
			throw failure;
		}
		if (this.removeAuthorizedClient) {
			removeAuthorizedClient(authentication, request, response);
		}
	}

	private void removeAuthorizedClient(Authentication authentication, HttpServletRequest request,
			HttpServletResponse response) {
		this.authorizedClientRepository.removeAuthorizedClient(this.registrationId, authentication, request, response);
	}

	private static String refreshToken(OAuth2AuthorizedClient client) {
		OAuth2RefreshToken refreshToken = client.getRefreshToken();
		return (refreshToken != null) ? refreshToken.getTokenValue() : null;
	}

}
