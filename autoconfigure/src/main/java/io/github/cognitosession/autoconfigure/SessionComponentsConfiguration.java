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
package io.github.cognitosession.autoconfigure;

import java.net.URI;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;

import org.springframework.beans.factory.annotation.Qualifier;
import org.springframework.boot.autoconfigure.condition.ConditionalOnMissingBean;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.env.Environment;
import software.amazon.awssdk.services.cognitoidentityprovider.CognitoIdentityProviderClient;

import io.github.cognitosession.device.CognitoDeviceClient;
import io.github.cognitosession.device.DeviceSecretsStore;
import io.github.cognitosession.device.InMemoryDeviceSecretsStore;
import io.github.cognitosession.session.CognitoSessionManager;
import io.github.cognitosession.session.DefaultCognitoSessionManager;
import io.github.cognitosession.mfa.TotpMfaClient;
import io.github.cognitosession.session.RemoteSignOut;
import io.github.cognitosession.token.CognitoTokenVerifier;
import io.github.cognitosession.token.TokenRefresher;
import io.github.cognitosession.token.TokenVerifier;
import io.github.cognitosession.signin.CognitoUserPoolAuthenticator;
import io.github.cognitosession.signin.UserPoolAuthenticator;
import io.github.cognitosession.signin.UserPoolAuthenticatorSettings;
import io.github.cognitosession.store.EncryptedFileSessionStore;
import io.github.cognitosession.store.InMemorySessionStore;
import io.github.cognitosession.store.SessionStore;

/**
 * The session components: store, sign-in protocol and session manager. Each backs off
 * when the application defines its own bean of the type.
 *
 * @author Cognito Session contributors
 */
@Configuration(proxyBeanMethods = false)
class SessionComponentsConfiguration {

	@Bean
	@ConditionalOnMissingBean
	SessionStore cognitoSessionStore(CognitoProperties properties) {
		return switch (properties.getSession().getStore()) {
			case MEMORY -> inMemorySessionStore();
			case FILE -> encryptedFileSessionStore(storePath(properties), properties.getSession().getEncryptionKey());
		};
	}

	private static SessionStore inMemorySessionStore() {
		return new InMemorySessionStore();
	}

	/**
	 * The encryption key is base64 and already validated; {@code null} means "use the
	 * generated key file".
	 */
	private static SessionStore encryptedFileSessionStore(Path storePath, String encryptionKey) {
		EncryptedFileSessionStore.Builder builder = EncryptedFileSessionStore.builder(storePath);
		if (encryptionKey != null) {
			builder.base64Key(encryptionKey);
		}
		return builder.build();
	}

	/**
	 * Device secrets go with the session: encrypted next to the session file (they
	 * survive its sign-out), else in memory.
	 */
	@Bean
	@ConditionalOnMissingBean
	DeviceSecretsStore cognitoDeviceSecretsStore(SessionStore sessionStore) {
		return (sessionStore instanceof EncryptedFileSessionStore file) ? file.deviceSecretsStore()
				: new InMemoryDeviceSecretsStore();
	}

	@Bean
	@ConditionalOnMissingBean
	CognitoDeviceClient cognitoDeviceClient(CognitoIdentityProviderClient client) {
		return new CognitoDeviceClient(client);
	}

	@Bean
	@ConditionalOnMissingBean(UserPoolAuthenticator.class)
	CognitoUserPoolAuthenticator cognitoUserPoolAuthenticator(CognitoProperties properties,
			CognitoIdentityProviderClient client, DeviceSecretsStore deviceSecretsStore,
			CognitoDeviceClient deviceClient, @Qualifier(CognitoSessionAutoConfiguration.CLOCK_BEAN_NAME) Clock clock) {
		CognitoProperties.UserPool userPool = properties.getUserPool();
		UserPoolAuthenticatorSettings settings = UserPoolAuthenticatorSettings.builder()
			.userPoolId(userPool.getId().trim())
			.clientId(userPool.getClientId())
			.clientSecret(userPool.getClientSecret())
			.authFlow(userPool.getAuthFlow())
			.clock(clock)
			.build();
		CognitoUserPoolAuthenticator authenticator = new CognitoUserPoolAuthenticator(client, settings);
		authenticator.setDeviceSecretsStore(deviceSecretsStore);
		return authenticator;
	}

	@Bean
	@ConditionalOnMissingBean(TokenVerifier.class)
	CognitoTokenVerifier cognitoTokenVerifier(CognitoProperties properties,
			@Qualifier(CognitoSessionAutoConfiguration.CLOCK_BEAN_NAME) Clock clock) {
		// Nothing is fetched here: the JWKS is loaded on the first verification.
		return CognitoTokenVerifier.builder()
			.userPoolId(properties.getUserPool().getId().trim())
			.clientId(properties.getUserPool().getClientId())
			.region(properties.determineRegion())
			.jwkSetUri(jwksUri(properties))
			.issuer(issuer(properties).toString())
			.clock(clock)
			.clockSkew(properties.getSession().getClockSkew())
			.build();
	}

	@Bean
	@ConditionalOnMissingBean
	TokenRefresher cognitoTokenRefresher(CognitoProperties properties, CognitoIdentityProviderClient client,
			DeviceSecretsStore deviceSecretsStore) {
		CognitoProperties.UserPool userPool = properties.getUserPool();
		return TokenRefresher.create(client, userPool.getClientId(), userPool.getClientSecret(),
				userPool.getRefreshTokenRotation(), deviceSecretsStore);
	}

	@Bean
	@ConditionalOnMissingBean(CognitoSessionManager.class)
	DefaultCognitoSessionManager cognitoSessionManager(CognitoProperties properties,
			UserPoolAuthenticator authenticator, TokenVerifier tokenVerifier, TokenRefresher tokenRefresher,
			SessionStore sessionStore, CognitoIdentityProviderClient client, DeviceSecretsStore deviceSecretsStore,
			CognitoDeviceClient deviceClient, ApplicationEventPublisher eventPublisher,
			@Qualifier(CognitoSessionAutoConfiguration.CLOCK_BEAN_NAME) Clock clock, Environment environment) {
		CognitoProperties.UserPool userPool = properties.getUserPool();
		CognitoProperties.Session session = properties.getSession();
		return DefaultCognitoSessionManager.builder()
			.authenticator(authenticator)
			.tokenVerifier(tokenVerifier)
			.tokenRefresher(tokenRefresher)
			.sessionStore(sessionStore)
			.eventPublisher(eventPublisher)
			.remoteSignOut(new RemoteSignOut(client, userPool.getClientId(), userPool.getClientSecret()))
			.totpMfaClient(new TotpMfaClient(client))
			.deviceTracking(deviceSecretsStore, deviceClient)
			.clock(clock)
			.refreshAhead(session.getRefreshAhead())
			.reauthenticationTimeout(reauthenticationTimeout(properties, environment))
			.clockSkew(session.getClockSkew())
			.userPool(userPoolRegion(properties), userPool.getId().trim())
			.guestAccess(hasIdentityPool(properties) && properties.getIdentityPool().isGuestAccess())
			.build();
	}

	/**
	 * The configured timeout, else none in a hosted-UI web application (a request thread
	 * must not wait for a sign-in that can only happen in another request of the same
	 * user: the request fails at once and the next one is sent to the login), else
	 * {@link DefaultCognitoSessionManager#DEFAULT_REAUTHENTICATION_TIMEOUT}.
	 */
	static Duration reauthenticationTimeout(CognitoProperties properties, Environment environment) {
		Duration configured = properties.getSession().getReauthenticationTimeout();
		if (configured != null) {
			return configured;
		}
		return environment.containsProperty("cognito.hosted-ui.domain") ? Duration.ZERO
				: DefaultCognitoSessionManager.DEFAULT_REAUTHENTICATION_TIMEOUT;
	}

	/**
	 * The region in the identity-pool logins key of the user pool: the pool id's own,
	 * which may differ from {@code cognito.region} when the pools live in different
	 * regions.
	 */
	private static String userPoolRegion(CognitoProperties properties) {
		String region = CognitoIds.regionOfUserPoolId(properties.getUserPool().getId());
		return (region != null) ? region : properties.determineRegion();
	}

	private static boolean hasIdentityPool(CognitoProperties properties) {
		String id = properties.getIdentityPool().getId();
		return id != null && !id.isBlank();
	}

	/**
	 * The file store's location: {@code cognito.session.store-path}, else a file named
	 * after the user pool in {@code ~/.cognito-session}, so that two pools never share
	 * one session.
	 * @param properties the properties
	 * @return the path of the store file
	 */
	static Path storePath(CognitoProperties properties) {
		Path configured = properties.getSession().getStorePath();
		if (configured != null) {
			return configured;
		}
		return Path.of(System.getProperty("user.home"), ".cognito-session",
				properties.getUserPool().getId().trim() + ".session");
	}

	/**
	 * The issuer the pool's tokens must carry: {@code cognito.user-pool.issuer}, else
	 * Cognito's own, even with an endpoint override.
	 * @param properties the properties
	 * @return the expected issuer
	 */
	static URI issuer(CognitoProperties properties) {
		URI configured = properties.getUserPool().getIssuer();
		if (configured != null) {
			return configured;
		}
		return URI.create("https://cognito-idp." + properties.determineRegion() + ".amazonaws.com/"
				+ properties.getUserPool().getId().trim());
	}

	/**
	 * Where the pool's signing keys are: under the endpoint override when there is one
	 * (as emulators serve them), else under Cognito's own endpoint.
	 * @param properties the properties
	 * @return the JWKS URI
	 */
	static URI jwksUri(CognitoProperties properties) {
		URI endpoint = properties.getUserPool().getEndpoint();
		String base = (endpoint != null) ? endpoint.toString().replaceAll("/+$", "")
				: "https://cognito-idp." + properties.determineRegion() + ".amazonaws.com";
		return URI.create(base + "/" + properties.getUserPool().getId().trim() + "/.well-known/jwks.json");
	}

}
