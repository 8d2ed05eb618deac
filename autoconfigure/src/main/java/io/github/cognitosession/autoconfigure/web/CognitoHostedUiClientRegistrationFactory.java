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

import io.github.cognitosession.userpool.CognitoIds;

import java.net.URI;
import java.net.URISyntaxException;
import java.time.Duration;

import io.github.cognitosession.token.CognitoTokenVerifier;
import io.github.cognitosession.web.CognitoDomain;
import io.github.cognitosession.web.CognitoLoginSuccessHandler;

import org.springframework.boot.context.properties.bind.Binder;
import org.springframework.boot.context.properties.source.InvalidConfigurationPropertyValueException;
import org.springframework.core.env.Environment;
import org.springframework.security.oauth2.client.registration.ClientRegistration;
import org.springframework.security.oauth2.core.AuthorizationGrantType;
import org.springframework.security.oauth2.core.ClientAuthenticationMethod;
import org.springframework.util.StringUtils;

/**
 * Builds and validates the {@code cognito} client registration from
 * {@code cognito.hosted-ui.*} and the user pool's {@code cognito.user-pool.*} and
 * {@code cognito.region} settings, which are read directly from the environment.
 *
 * @author Cognito Session contributors
 */
final class CognitoHostedUiClientRegistrationFactory {

	private final CognitoHostedUiProperties properties;

	private final Binder binder;

	CognitoHostedUiClientRegistrationFactory(CognitoHostedUiProperties properties, Environment environment) {
		this.properties = properties;
		this.binder = Binder.get(environment);
	}

	CognitoDomain domain() {
		String domain = this.properties.getDomain();
		try {
			return CognitoDomain.of(domain);
		}
		catch (IllegalArgumentException ex) {
			throw new InvalidConfigurationPropertyValueException("cognito.hosted-ui.domain", domain, ex.getMessage());
		}
	}

	ClientRegistration clientRegistration() {
		CognitoDomain domain = domain();
		String clientId = string("cognito.user-pool.client-id");
		if (clientId == null) {
			throw new InvalidConfigurationPropertyValueException("cognito.user-pool.client-id", null,
					"The app client id must be set when cognito.hosted-ui.domain is set");
		}
		String clientSecret = string("cognito.user-pool.client-secret");
		validateScopes();
		validateIdentityProvider();
		String issuer = issuer(domain);
		String jwkSetUri = (StringUtils.hasText(this.properties.getJwkSetUri()))
				? absoluteUrl("cognito.hosted-ui.jwk-set-uri", this.properties.getJwkSetUri())
				: CognitoIds.jwkSetUriOf(issuer).toString();
		ClientRegistration.Builder builder = ClientRegistration
			.withRegistrationId(CognitoHostedUiProperties.REGISTRATION_ID)
			.clientName("Amazon Cognito")
			.clientId(clientId)
			.authorizationGrantType(AuthorizationGrantType.AUTHORIZATION_CODE)
			.redirectUri(this.properties.getRedirectUri())
			.scope(this.properties.getScopes())
			.authorizationUri(domain.authorizationUri().toString())
			.tokenUri(domain.tokenUri().toString())
			.userInfoUri(domain.userInfoUri().toString())
			.userNameAttributeName(CognitoLoginSuccessHandler.USERNAME_CLAIM)
			.jwkSetUri(jwkSetUri)
			.issuerUri(issuer)
			// PKCE on every login, also for confidential clients (defence in depth
			// against intercepted authorization codes).
			.clientSettings(ClientRegistration.ClientSettings.builder().requireProofKey(true).build());
		if (clientSecret != null) {
			builder.clientSecret(clientSecret)
				.clientAuthenticationMethod(ClientAuthenticationMethod.CLIENT_SECRET_BASIC);
		}
		else {
			builder.clientAuthenticationMethod(ClientAuthenticationMethod.NONE);
		}
		return builder.build();
	}

	/**
	 * The clock skew of the ID token checks, {@code cognito.session.clock-skew} as for
	 * every other token check.
	 */
	Duration clockSkew() {
		Duration skew = this.binder.bind("cognito.session.clock-skew", Duration.class)
			.orElse(CognitoTokenVerifier.DEFAULT_CLOCK_SKEW);
		if (skew.isNegative() || skew.compareTo(CognitoTokenVerifier.MAX_CLOCK_SKEW) > 0) {
			throw new InvalidConfigurationPropertyValueException("cognito.session.clock-skew", skew,
					"The clock skew must be between 0 and 5 minutes");
		}
		return skew;
	}

	private void validateScopes() {
		if (this.properties.getScopes() == null || !this.properties.getScopes().contains("openid")) {
			throw new InvalidConfigurationPropertyValueException("cognito.hosted-ui.scopes",
					this.properties.getScopes(), "The scopes must contain 'openid': without it there is no ID token");
		}
	}

	private void validateIdentityProvider() {
		if (StringUtils.hasText(this.properties.getIdentityProvider())
				&& StringUtils.hasText(this.properties.getIdpIdentifier())) {
			throw new InvalidConfigurationPropertyValueException("cognito.hosted-ui.idp-identifier",
					this.properties.getIdpIdentifier(),
					"Set either cognito.hosted-ui.identity-provider or cognito.hosted-ui.idp-identifier, not both");
		}
	}

	private String issuer(CognitoDomain domain) {
		if (StringUtils.hasText(this.properties.getIssuerUri())) {
			return absoluteUrl("cognito.hosted-ui.issuer-uri", this.properties.getIssuerUri());
		}
		String userPoolIssuer = string("cognito.user-pool.issuer");
		if (userPoolIssuer != null) {
			return absoluteUrl("cognito.user-pool.issuer", userPoolIssuer);
		}
		String poolId = string("cognito.user-pool.id");
		if (poolId == null || !CognitoIds.USER_POOL_ID.matcher(poolId).matches()) {
			throw new InvalidConfigurationPropertyValueException("cognito.user-pool.id", poolId,
					"A user pool id such as 'eu-west-1_AbC123' is needed to derive the ID token issuer "
							+ "(or set cognito.hosted-ui.issuer-uri)");
		}
		if (domain.isLocal()) {
			// A local emulator issues tokens for its own address, like Cognito does for
			// cognito-idp.<region>.amazonaws.com.
			return domain.getBaseUri() + "/" + poolId;
		}
		String region = string("cognito.region");
		return CognitoIds.userPoolIssuer((region != null) ? region : CognitoIds.regionOfUserPoolId(poolId), poolId)
			.toString();
	}

	private static String absoluteUrl(String property, String value) {
		try {
			URI uri = new URI(value.strip());
			if (!uri.isAbsolute() || uri.getHost() == null
					|| !("https".equals(uri.getScheme()) || "http".equals(uri.getScheme()))) {
				throw new InvalidConfigurationPropertyValueException(property, value,
						"Must be an absolute http(s) URL");
			}
			return uri.toString();
		}
		catch (URISyntaxException ex) {
			throw new InvalidConfigurationPropertyValueException(property, value, "Must be an absolute http(s) URL");
		}
	}

	private String string(String name) {
		String value = this.binder.bind(name, String.class).map(String::strip).orElse(null);
		return StringUtils.hasText(value) ? value : null;
	}

}
