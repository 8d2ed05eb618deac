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

import java.net.URI;
import java.time.Duration;
import java.util.Optional;

import io.github.cognitosession.session.SessionOperations;
import io.github.cognitosession.state.SessionState;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import org.apache.commons.logging.Log;
import org.apache.commons.logging.LogFactory;

import org.springframework.http.MediaType;
import org.springframework.http.client.SimpleClientHttpRequestFactory;
import org.springframework.security.core.Authentication;
import org.springframework.security.oauth2.client.registration.ClientRegistration;
import org.springframework.security.oauth2.core.ClientAuthenticationMethod;
import org.springframework.security.web.authentication.logout.LogoutHandler;
import org.springframework.util.Assert;
import org.springframework.util.LinkedMultiValueMap;
import org.springframework.util.MultiValueMap;
import org.springframework.util.StringUtils;
import org.springframework.web.client.RestClient;
import org.springframework.web.client.RestClientResponseException;

/**
 * Revokes the user's refresh token at Cognito's {@code /oauth2/revoke} endpoint during
 * logout, which also invalidates the access tokens issued with it.
 * <p>
 * Best effort: a failure is logged (never with a token or secret) and the logout goes on.
 * It is a {@link LogoutHandler} rather than part of the logout success handler because it
 * must read the refresh token before the HTTP session is invalidated, so register it
 * before Spring Security's {@code SecurityContextLogoutHandler} (which
 * {@code LogoutConfigurer.addLogoutHandler} does).
 *
 * @author Cognito Session contributors
 */
public final class CognitoTokenRevocationLogoutHandler implements LogoutHandler {

	/**
	 * How long to wait for a connection to the revocation endpoint.
	 */
	public static final Duration DEFAULT_CONNECT_TIMEOUT = Duration.ofSeconds(2);

	/**
	 * How long to wait for the revocation endpoint's answer.
	 */
	public static final Duration DEFAULT_READ_TIMEOUT = Duration.ofSeconds(3);

	private static final Log logger = LogFactory.getLog(CognitoTokenRevocationLogoutHandler.class);

	private final ClientRegistration clientRegistration;

	private final URI revocationUri;

	private final SessionOperations sessions;

	private RestClient restClient;

	/**
	 * Create a handler.
	 * @param clientRegistration the app client (id, secret and authentication method)
	 * @param revocationUri the domain's {@code /oauth2/revoke} endpoint
	 * @param sessions the user's session, which holds the refresh token
	 */
	public CognitoTokenRevocationLogoutHandler(ClientRegistration clientRegistration, URI revocationUri,
			SessionOperations sessions) {
		Assert.notNull(clientRegistration, "clientRegistration cannot be null");
		Assert.notNull(revocationUri, "revocationUri cannot be null");
		Assert.notNull(sessions, "sessions cannot be null");
		this.clientRegistration = clientRegistration;
		this.revocationUri = revocationUri;
		this.sessions = sessions;
		SimpleClientHttpRequestFactory requestFactory = new SimpleClientHttpRequestFactory();
		requestFactory.setConnectTimeout(DEFAULT_CONNECT_TIMEOUT);
		requestFactory.setReadTimeout(DEFAULT_READ_TIMEOUT);
		this.restClient = RestClient.builder().requestFactory(requestFactory).build();
	}

	/**
	 * Set the client used to call the endpoint (e.g. with other timeouts or a proxy).
	 * @param restClient the client
	 */
	public void setRestClient(RestClient restClient) {
		Assert.notNull(restClient, "restClient cannot be null");
		this.restClient = restClient;
	}

	@Override
	public void logout(HttpServletRequest request, HttpServletResponse response, Authentication authentication) {
		Optional<String> refreshToken = Optional.of(this.sessions.currentSession().state())
			.filter(SessionState.UserPoolSignedIn.class::isInstance)
			.map((state) -> ((SessionState.UserPoolSignedIn) state).tokens().getRefreshToken())
			.filter(StringUtils::hasText);
		if (refreshToken.isEmpty()) {
			return;
		}
		try {
			revoke(refreshToken.get());
			logger.debug("Revoked the refresh token of the session being logged out");
		}
		catch (RestClientResponseException ex) {
			logger.warn("Revoking the refresh token at " + this.revocationUri + " failed with HTTP "
					+ ex.getStatusCode().value() + "; the local logout goes on");
		}
		catch (RuntimeException ex) {
			logger.warn("Revoking the refresh token at " + this.revocationUri + " failed ("
					+ ex.getClass().getSimpleName() + "); the local logout goes on");
		}
	}

	private void revoke(String refreshToken) {
		MultiValueMap<String, String> form = new LinkedMultiValueMap<>();
		form.add("token", refreshToken);
		form.add("client_id", this.clientRegistration.getClientId());
		RestClient.RequestBodySpec request = this.restClient.post()
			.uri(this.revocationUri)
			.contentType(MediaType.APPLICATION_FORM_URLENCODED);
		if (ClientAuthenticationMethod.CLIENT_SECRET_BASIC
			.equals(this.clientRegistration.getClientAuthenticationMethod())) {
			request.headers((headers) -> headers.setBasicAuth(this.clientRegistration.getClientId(),
					this.clientRegistration.getClientSecret()));
		}
		request.body(form).retrieve().toBodilessEntity();
	}

}
