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

package io.github.cognitosession.autoconfigure.web;

import java.time.Duration;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

import org.springframework.boot.context.properties.ConfigurationProperties;

/**
 * Hosted-UI (managed login) web sign-in with Spring Security's {@code oauth2Login}. The
 * app client comes from {@code cognito.user-pool.client-id} (and
 * {@code cognito.user-pool.client-secret} for a confidential client).
 *
 * @author Cognito Session contributors
 */
@ConfigurationProperties("cognito.hosted-ui")
public class CognitoHostedUiProperties {

	/**
	 * The id of the client registration this configures in Spring Security.
	 */
	public static final String REGISTRATION_ID = "cognito";

	/**
	 * User pool domain serving the hosted UI: a prefix domain such as
	 * 'myapp.auth.eu-west-1.amazoncognito.com', a custom domain, or a full URL ('http://'
	 * only for a loopback host, e.g. a local emulator). Setting it turns the web login
	 * on.
	 */
	private String domain;

	/**
	 * Scopes to request. 'openid' is required for the ID token.
	 */
	private Set<String> scopes = new LinkedHashSet<>(List.of("openid", "email", "profile"));

	/**
	 * Where the hosted UI sends the authorization code; must be a callback URL of the app
	 * client. '{baseUrl}' and '{registrationId}' are replaced.
	 */
	private String redirectUri = "{baseUrl}/login/oauth2/code/{registrationId}";

	/**
	 * Where Cognito's logout sends the browser; must be a sign-out URL of the app client.
	 * '{baseUrl}' is replaced with 'cognito.hosted-ui.base-url'. Nothing of it is taken
	 * from the request.
	 */
	private String signOutRedirectUri = "{baseUrl}/";

	/**
	 * Public base URL of the application, e.g. 'https://app.example.com' (with the
	 * context path, if any), which '{baseUrl}' in the sign-out redirect URI stands for.
	 * When not set, 'http://localhost:<server port><context path>', which suits local
	 * development only.
	 */
	private String baseUrl;

	/**
	 * Identity provider to go to directly, skipping the hosted UI's chooser (e.g.
	 * 'Google', 'COGNITO', or a SAML provider's name).
	 */
	private String identityProvider;

	/**
	 * Identifier of the identity provider to go to directly (e.g. an e-mail domain mapped
	 * to a SAML provider).
	 */
	private String idpIdentifier;

	/**
	 * Issuer the ID token's 'iss' must match. Defaults to 'cognito.user-pool.issuer' if
	 * set, else to 'https://cognito-idp.<region>.amazonaws.com/<pool id>', or
	 * '<domain>/<pool id>' for a local (http) domain. Must use https, or http to a
	 * loopback host.
	 */
	private String issuerUri;

	/**
	 * JSON Web Key Set the ID token's signature is checked with. Defaults to
	 * '<issuer>/.well-known/jwks.json'. Must use https, or http to a loopback host.
	 */
	private String jwkSetUri;

	/**
	 * Whether logout revokes the user's refresh token (Cognito's RevokeToken, through the
	 * session manager's sign-out) before ending the hosted-UI session. A failure is
	 * logged and never blocks the logout.
	 */
	private boolean revokeOnLogout = true;

	/**
	 * Connect and read timeout of each call the login makes to the hosted UI's endpoints
	 * (token, user info, key set), so that a stalled endpoint fails the login instead of
	 * holding the request thread.
	 */
	private Duration timeout = Duration.ofSeconds(10);

	public String getDomain() {
		return this.domain;
	}

	public void setDomain(String domain) {
		this.domain = domain;
	}

	public Set<String> getScopes() {
		return this.scopes;
	}

	public void setScopes(Set<String> scopes) {
		this.scopes = scopes;
	}

	public String getRedirectUri() {
		return this.redirectUri;
	}

	public void setRedirectUri(String redirectUri) {
		this.redirectUri = redirectUri;
	}

	public String getSignOutRedirectUri() {
		return this.signOutRedirectUri;
	}

	public void setSignOutRedirectUri(String signOutRedirectUri) {
		this.signOutRedirectUri = signOutRedirectUri;
	}

	public String getBaseUrl() {
		return this.baseUrl;
	}

	public void setBaseUrl(String baseUrl) {
		this.baseUrl = baseUrl;
	}

	public String getIdentityProvider() {
		return this.identityProvider;
	}

	public void setIdentityProvider(String identityProvider) {
		this.identityProvider = identityProvider;
	}

	public String getIdpIdentifier() {
		return this.idpIdentifier;
	}

	public void setIdpIdentifier(String idpIdentifier) {
		this.idpIdentifier = idpIdentifier;
	}

	public String getIssuerUri() {
		return this.issuerUri;
	}

	public void setIssuerUri(String issuerUri) {
		this.issuerUri = issuerUri;
	}

	public String getJwkSetUri() {
		return this.jwkSetUri;
	}

	public void setJwkSetUri(String jwkSetUri) {
		this.jwkSetUri = jwkSetUri;
	}

	public boolean isRevokeOnLogout() {
		return this.revokeOnLogout;
	}

	public void setRevokeOnLogout(boolean revokeOnLogout) {
		this.revokeOnLogout = revokeOnLogout;
	}

	public Duration getTimeout() {
		return this.timeout;
	}

	public void setTimeout(Duration timeout) {
		this.timeout = timeout;
	}

}
