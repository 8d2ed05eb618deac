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
import java.net.URI;
import java.net.URISyntaxException;
import java.util.Map;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import org.springframework.security.core.Authentication;
import org.springframework.security.web.DefaultRedirectStrategy;
import org.springframework.security.web.RedirectStrategy;
import org.springframework.security.web.authentication.logout.LogoutSuccessHandler;
import org.springframework.util.Assert;
import org.springframework.web.util.UriComponentsBuilder;

/**
 * Ends the user's hosted-UI session after the application's own logout, by redirecting to
 * Cognito's {@code /logout?client_id=...&logout_uri=...}. Cognito's logout endpoint is
 * not OIDC RP-initiated logout, so Spring Security's
 * {@code OidcClientInitiatedLogoutSuccessHandler} cannot be used.
 * <p>
 * The return address is configuration only: {@code {baseUrl}} stands for the
 * {@link #setBaseUrl(String) configured base URL} or, when none is set, for
 * {@code http://localhost:<port><context path>}, with the local port the server accepted
 * the connection on. Nothing the client sends is used: no request parameter, no
 * {@code Host} header, no {@code X-Forwarded-*} header, so the logout cannot be turned
 * into an open redirect or poisoned through a cache. Cognito also refuses a
 * {@code logout_uri} that is not registered as a sign-out URL of the app client.
 *
 * @author Cognito Session contributors
 */
public final class CognitoLogoutSuccessHandler implements LogoutSuccessHandler {

	/**
	 * The default return address: the application's root.
	 */
	public static final String DEFAULT_LOGOUT_REDIRECT_URI = "{baseUrl}/";

	private final URI logoutEndpoint;

	private final String clientId;

	private String logoutRedirectUri = DEFAULT_LOGOUT_REDIRECT_URI;

	private String baseUrl;

	private RedirectStrategy redirectStrategy = new DefaultRedirectStrategy();

	/**
	 * Create a handler.
	 * @param domain the user pool domain
	 * @param clientId the app client id
	 */
	public CognitoLogoutSuccessHandler(CognitoDomain domain, String clientId) {
		Assert.notNull(domain, "domain cannot be null");
		Assert.hasText(clientId, "clientId cannot be empty");
		this.logoutEndpoint = domain.logoutUri();
		this.clientId = clientId;
	}

	/**
	 * Set where Cognito sends the browser after its logout. Must be one of the app
	 * client's sign-out URLs; {@code {baseUrl}} stands for the application's
	 * {@link #setBaseUrl(String) base URL}.
	 * @param logoutRedirectUri an absolute URL or template
	 */
	public void setLogoutRedirectUri(String logoutRedirectUri) {
		Assert.hasText(logoutRedirectUri, "logoutRedirectUri cannot be empty");
		this.logoutRedirectUri = logoutRedirectUri;
	}

	/**
	 * Set the application's public base URL, which {@code {baseUrl}} stands for (e.g.
	 * {@code https://app.example.com}, with the context path if there is one). Without
	 * it, {@code {baseUrl}} is {@code http://localhost:<port><context path>}, which suits
	 * local development only.
	 * @param baseUrl an absolute http or https URL without query or fragment
	 */
	public void setBaseUrl(String baseUrl) {
		Assert.hasText(baseUrl, "baseUrl cannot be empty");
		URI uri;
		try {
			uri = new URI(baseUrl.strip());
		}
		catch (URISyntaxException ex) {
			throw new IllegalArgumentException("baseUrl '" + baseUrl + "' is not an absolute http or https URL", ex);
		}
		Assert.isTrue(
				uri.isAbsolute() && uri.getHost() != null
						&& ("https".equalsIgnoreCase(uri.getScheme()) || "http".equalsIgnoreCase(uri.getScheme())),
				() -> "baseUrl '" + baseUrl + "' is not an absolute http or https URL");
		Assert.isTrue(uri.getRawQuery() == null && uri.getRawFragment() == null,
				() -> "baseUrl '" + baseUrl + "' must not have a query or fragment");
		String value = uri.toString();
		this.baseUrl = value.endsWith("/") ? value.substring(0, value.length() - 1) : value;
	}

	public void setRedirectStrategy(RedirectStrategy redirectStrategy) {
		Assert.notNull(redirectStrategy, "redirectStrategy cannot be null");
		this.redirectStrategy = redirectStrategy;
	}

	@Override
	public void onLogoutSuccess(HttpServletRequest request, HttpServletResponse response, Authentication authentication)
			throws IOException {
		if (response.isCommitted()) {
			return;
		}
		this.redirectStrategy.sendRedirect(request, response, determineTargetUrl(request));
	}

	/**
	 * The Cognito logout URL for this request.
	 * @param request the logout request (only its local port and context path are used,
	 * and only when no base URL is configured)
	 * @return the URL, with every value URL-encoded
	 */
	public String determineTargetUrl(HttpServletRequest request) {
		String returnTo = UriComponentsBuilder.fromUriString(this.logoutRedirectUri)
			.buildAndExpand(Map.of("baseUrl", baseUrl(request)))
			.toUriString();
		// URI variables are encoded strictly (reserved characters too), so neither value
		// can inject a parameter.
		return UriComponentsBuilder.fromUri(this.logoutEndpoint)
			.queryParam("client_id", "{clientId}")
			.queryParam("logout_uri", "{logoutUri}")
			.encode()
			.buildAndExpand(this.clientId, returnTo)
			.toUriString();
	}

	private String baseUrl(HttpServletRequest request) {
		if (this.baseUrl != null) {
			return this.baseUrl;
		}
		// The port of the connector the request came in on and the configured context
		// path: server-side values that no header can change.
		int port = request.getLocalPort();
		return "http://localhost" + ((port != 80) ? ":" + port : "") + request.getContextPath();
	}

}
