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

import io.github.cognitosession.spi.SessionAdoption;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import org.springframework.security.core.Authentication;
import org.springframework.security.oauth2.client.OAuth2AuthorizedClient;
import org.springframework.security.oauth2.client.authentication.OAuth2AuthenticationToken;
import org.springframework.security.oauth2.client.web.OAuth2AuthorizedClientRepository;
import org.springframework.security.oauth2.core.OAuth2RefreshToken;
import org.springframework.security.oauth2.core.oidc.user.OidcUser;
import org.springframework.security.web.authentication.AuthenticationSuccessHandler;
import org.springframework.security.web.authentication.SavedRequestAwareAuthenticationSuccessHandler;
import org.springframework.util.Assert;

/**
 * Starts the user's Cognito session when the hosted-UI login succeeds: hands the ID,
 * access and refresh tokens of the login to
 * {@link SessionAdoption#adoptSession(String, String, String)}, which verifies them,
 * stores the session in its store (the HTTP session in a hosted-UI application) and
 * publishes the {@code SIGNED_IN} event with the {@code cognito:username}; then hands
 * over to a delegate (by default, back to the page the user first asked for).
 * <p>
 * Runs after session-fixation protection, so the record lands in the user's new HTTP
 * session. Logins through other client registrations are passed to the delegate
 * untouched.
 *
 * @author Cognito Session contributors
 */
public final class CognitoLoginSuccessHandler implements AuthenticationSuccessHandler {

	/**
	 * The claim holding the user-pool username.
	 */
	public static final String USERNAME_CLAIM = "cognito:username";

	private final String registrationId;

	private final OAuth2AuthorizedClientRepository authorizedClientRepository;

	private final SessionAdoption sessionManager;

	private AuthenticationSuccessHandler delegate = new SavedRequestAwareAuthenticationSuccessHandler();

	private boolean removeAuthorizedClient = true;

	/**
	 * Create a handler.
	 * @param registrationId the Cognito client registration, e.g. {@code cognito}
	 * @param authorizedClientRepository where the login's access and refresh tokens were
	 * saved
	 * @param sessionManager the session manager, which keeps the user's Cognito session
	 * in the HTTP session
	 */
	public CognitoLoginSuccessHandler(String registrationId,
			OAuth2AuthorizedClientRepository authorizedClientRepository, SessionAdoption sessionManager) {
		Assert.hasText(registrationId, "registrationId cannot be empty");
		Assert.notNull(authorizedClientRepository, "authorizedClientRepository cannot be null");
		Assert.notNull(sessionManager, "sessionManager cannot be null");
		this.registrationId = registrationId;
		this.authorizedClientRepository = authorizedClientRepository;
		this.sessionManager = sessionManager;
	}

	/**
	 * Set what happens after the session is stored.
	 * @param delegate the handler to call next
	 */
	public void setDelegate(AuthenticationSuccessHandler delegate) {
		Assert.notNull(delegate, "delegate cannot be null");
		this.delegate = delegate;
	}

	/**
	 * Set whether to remove the login's {@code OAuth2AuthorizedClient} once its tokens
	 * are in the Cognito session (the default). The Cognito session is then the only
	 * holder of the refresh token, so Spring Security never refreshes it behind the
	 * session manager's back (with refresh-token rotation, two refreshers would
	 * invalidate each other's tokens) and the tokens are not kept twice. Use
	 * {@code CognitoSessionManager.getTokens()} for the user's current tokens.
	 * @param removeAuthorizedClient whether to remove the authorized client
	 */
	public void setRemoveAuthorizedClient(boolean removeAuthorizedClient) {
		this.removeAuthorizedClient = removeAuthorizedClient;
	}

	@Override
	public void onAuthenticationSuccess(HttpServletRequest request, HttpServletResponse response,
			Authentication authentication) throws IOException, ServletException {
		if (authentication instanceof OAuth2AuthenticationToken token
				&& this.registrationId.equals(token.getAuthorizedClientRegistrationId())
				&& token.getPrincipal() instanceof OidcUser user) {
			OAuth2AuthorizedClient client = this.authorizedClientRepository.loadAuthorizedClient(this.registrationId,
					authentication, request);
			// through the manager, so that the sign-in is verified, published as an event
			// and the user's session state is SIGNED_IN for the rest of this request
			this.sessionManager.adoptSession(user.getIdToken().getTokenValue(),
					(client != null) ? client.getAccessToken().getTokenValue() : null, refreshToken(client));
			if (client != null && this.removeAuthorizedClient) {
				this.authorizedClientRepository.removeAuthorizedClient(this.registrationId, authentication, request,
						response);
			}
		}
		this.delegate.onAuthenticationSuccess(request, response, authentication);
	}

	private static String refreshToken(OAuth2AuthorizedClient client) {
		OAuth2RefreshToken refreshToken = (client != null) ? client.getRefreshToken() : null;
		return (refreshToken != null) ? refreshToken.getTokenValue() : null;
	}

}
