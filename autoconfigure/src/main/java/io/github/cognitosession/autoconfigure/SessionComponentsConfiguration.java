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

import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;

import org.apache.commons.logging.Log;
import org.apache.commons.logging.LogFactory;

import org.springframework.beans.factory.ObjectProvider;
import org.springframework.beans.factory.annotation.Qualifier;
import org.springframework.boot.autoconfigure.condition.ConditionalOnBean;
import org.springframework.boot.autoconfigure.condition.ConditionalOnMissingBean;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import software.amazon.awssdk.services.cognitoidentityprovider.CognitoIdentityProviderClient;

import io.github.cognitosession.account.AccountOperations;
import io.github.cognitosession.account.CognitoAccountClient;
import io.github.cognitosession.autoconfigure.CognitoProperties.SessionScope;
import io.github.cognitosession.device.CognitoDeviceClient;
import io.github.cognitosession.device.DeviceOperations;
import io.github.cognitosession.device.DeviceSecretsStore;
import io.github.cognitosession.device.InMemoryDeviceSecretsStore;
import io.github.cognitosession.mfa.MfaOperations;
import io.github.cognitosession.mfa.TotpMfaClient;
import io.github.cognitosession.passkey.CognitoPasskeyClient;
import io.github.cognitosession.passkey.PasskeyOperations;
import io.github.cognitosession.refresh.RefreshInterceptor;
import io.github.cognitosession.session.CognitoSessionManager;
import io.github.cognitosession.session.DefaultCognitoSessionManager;
import io.github.cognitosession.session.RemoteSignOut;
import io.github.cognitosession.session.SessionKeyResolver;
import io.github.cognitosession.signin.CognitoUserPoolAuthenticator;
import io.github.cognitosession.signin.UserPoolAuthenticator;
import io.github.cognitosession.signin.UserPoolAuthenticatorSettings;
import io.github.cognitosession.store.EncryptedFileSessionStore;
import io.github.cognitosession.store.InMemorySessionRepository;
import io.github.cognitosession.store.SessionRepository;
import io.github.cognitosession.token.CognitoTokenVerifier;
import io.github.cognitosession.token.CognitoTokens;
import io.github.cognitosession.token.TokenRefresher;
import io.github.cognitosession.token.TokenVerifier;
import io.github.cognitosession.userpool.UserPoolClient;

/**
 * The session components: the user pool's client value, whose session a call acts on (the
 * application scope's key resolver, unless the web auto-configuration provides the user
 * scope's), where sessions are kept, the sign-in protocol, and the
 * {@code CognitoSessionManager} with its roles as beans. Each backs off when the
 * application defines its own bean of the type.
 *
 * @author Cognito Session contributors
 */
@Configuration(proxyBeanMethods = false)
class SessionComponentsConfiguration {

	private static final Log logger = LogFactory.getLog(SessionComponentsConfiguration.class);

	@Bean
	@ConditionalOnMissingBean
	UserPoolClient cognitoUserPoolClient(CognitoProperties properties) {
		CognitoProperties.UserPool userPool = properties.getUserPool();
		UserPoolClient client = UserPoolClient.builder()
			.userPoolId(userPool.getId())
			.region(properties.determineRegion())
			.clientId(userPool.getClientId())
			.clientSecret(userPool.getClientSecret())
			.endpoint(userPool.getEndpoint())
			.issuer(userPool.getIssuer())
			.build();
		if (client.getEndpoint() != null && userPool.getIssuer() == null) {
			// The keys then come from the endpoint while the issuer stays AWS's: whoever
			// runs the endpoint can mint tokens the session accepts as the real pool's.
			logger.warn("cognito.user-pool.endpoint is " + client.getEndpoint()
					+ " and cognito.user-pool.issuer is not set: tokens are verified with the keys of that endpoint "
					+ "but must carry the AWS issuer " + client.getIssuer()
					+ ", so the endpoint is trusted to sign tokens for the AWS user pool. Set cognito.user-pool.issuer "
					+ "to the issuer of the endpoint's tokens (an emulator's own), or remove the endpoint override.");
		}
		return client;
	}

	/**
	 * The application scope: one session for the process. The user scope's resolver comes
	 * from the web auto-configuration; asking for it elsewhere is a mistake.
	 */
	@Bean
	@ConditionalOnMissingBean
	SessionKeyResolver cognitoSessionKeyResolver(CognitoProperties properties) {
		if (properties.getSession().getScope() == SessionScope.USER) {
			throw new InvalidCognitoConfigurationException("cognito.session.scope",
					"is 'user', but this is not a servlet web application: there is no HTTP session to keep each "
							+ "user's Cognito session in",
					"Remove cognito.session.scope (one session for the application), or run the application as a "
							+ "servlet web application (spring-boot-starter-webmvc).");
		}
		return SessionKeyResolver.application();
	}

	@Bean
	@ConditionalOnMissingBean
	SessionRepository cognitoSessionRepository(CognitoProperties properties) {
		return switch (properties.getSession().getStore()) {
			case MEMORY -> new InMemorySessionRepository();
			case FILE -> encryptedFileSessionStore(storePath(properties), properties.getSession().getEncryptionKey());
		};
	}

	/**
	 * The encryption key is base64 and already validated; {@code null} means "use the
	 * generated key file".
	 */
	private static SessionRepository encryptedFileSessionStore(Path storePath, String encryptionKey) {
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
	@ConditionalOnDeviceTracking
	DeviceSecretsStore cognitoDeviceSecretsStore(SessionRepository sessionRepository) {
		return (sessionRepository instanceof EncryptedFileSessionStore file) ? file.deviceSecretsStore()
				: new InMemoryDeviceSecretsStore();
	}

	@Bean
	@ConditionalOnMissingBean
	@ConditionalOnDeviceTracking
	CognitoDeviceClient cognitoDeviceClient(CognitoIdentityProviderClient client) {
		return new CognitoDeviceClient(client);
	}

	@Bean
	@ConditionalOnMissingBean
	TotpMfaClient cognitoTotpMfaClient(CognitoIdentityProviderClient client) {
		return new TotpMfaClient(client);
	}

	@Bean
	@ConditionalOnMissingBean
	CognitoAccountClient cognitoAccountClient(CognitoIdentityProviderClient client, UserPoolClient userPool) {
		return new CognitoAccountClient(client, userPool);
	}

	@Bean
	@ConditionalOnMissingBean
	CognitoPasskeyClient cognitoPasskeyClient(CognitoIdentityProviderClient client) {
		return new CognitoPasskeyClient(client);
	}

	@Bean
	@ConditionalOnMissingBean
	RemoteSignOut cognitoRemoteSignOut(CognitoIdentityProviderClient client, UserPoolClient userPool) {
		return new RemoteSignOut(client, userPool);
	}

	@Bean
	@ConditionalOnMissingBean(UserPoolAuthenticator.class)
	CognitoUserPoolAuthenticator cognitoUserPoolAuthenticator(CognitoProperties properties,
			CognitoIdentityProviderClient client, UserPoolClient userPool,
			ObjectProvider<DeviceSecretsStore> deviceSecretsStore,
			@Qualifier(CognitoSessionAutoConfiguration.CLOCK_BEAN_NAME) Clock clock) {
		UserPoolAuthenticatorSettings settings = UserPoolAuthenticatorSettings.builder()
			.userPool(userPool)
			.authFlow(properties.getUserPool().getAuthFlow())
			.clock(clock)
			.build();
		CognitoUserPoolAuthenticator authenticator = new CognitoUserPoolAuthenticator(client, settings);
		if (isDeviceTracking(properties)) {
			authenticator.setDeviceSecretsStore(deviceSecretsStore.getIfAvailable());
			authenticator.setDeviceName(properties.getUserPool().getDeviceName());
		}
		return authenticator;
	}

	@Bean
	@ConditionalOnMissingBean(TokenVerifier.class)
	CognitoTokenVerifier cognitoTokenVerifier(CognitoProperties properties, UserPoolClient userPool,
			@Qualifier(CognitoSessionAutoConfiguration.CLOCK_BEAN_NAME) Clock clock) {
		// Nothing is fetched here: the JWKS is loaded on the first verification.
		return CognitoTokenVerifier.builder()
			.userPoolId(userPool.getUserPoolId())
			.clientId(userPool.getClientId())
			.region(userPool.getRegion())
			.jwkSetUri(userPool.getJwkSetUri())
			.issuer(userPool.getIssuer().toString())
			.clock(clock)
			.clockSkew(properties.getSession().getClockSkew())
			.build();
	}

	@Bean
	@ConditionalOnMissingBean
	TokenRefresher cognitoTokenRefresher(CognitoProperties properties, CognitoIdentityProviderClient client,
			UserPoolClient userPool) {
		return TokenRefresher.create(client, userPool, properties.getUserPool().getRefreshTokenRotation());
	}

	@Bean
	@ConditionalOnMissingBean(CognitoSessionManager.class)
	DefaultCognitoSessionManager cognitoSessionManager(CognitoProperties properties,
			UserPoolAuthenticator authenticator, TokenVerifier tokenVerifier, TokenRefresher tokenRefresher,
			SessionRepository sessionRepository, SessionKeyResolver sessionKeyResolver, RemoteSignOut remoteSignOut,
			TotpMfaClient totpMfaClient, CognitoAccountClient accountClient, CognitoPasskeyClient passkeyClient,
			ObjectProvider<DeviceSecretsStore> deviceSecretsStore, ObjectProvider<CognitoDeviceClient> deviceClient,
			ObjectProvider<CognitoIdentityPoolFactory> identityPool, ApplicationEventPublisher eventPublisher,
			ObjectProvider<RefreshInterceptor<CognitoTokens>> refreshInterceptors,
			@Qualifier(CognitoSessionAutoConfiguration.CLOCK_BEAN_NAME) Clock clock) {
		CognitoProperties.Session session = properties.getSession();
		CognitoIdentityPoolFactory identityPoolFactory = identityPool.getIfAvailable();
		boolean deviceTracking = isDeviceTracking(properties);
		DefaultCognitoSessionManager.Builder builder = DefaultCognitoSessionManager.builder();
		// e.g. the lock of instances sharing sessions; then the lock of processes sharing
		// the file, right before the re-read of the stored record
		refreshInterceptors.orderedStream().forEach(builder::refreshInterceptor);
		if (sessionRepository instanceof EncryptedFileSessionStore file) {
			builder.refreshInterceptor(file.refreshLock());
		}
		return builder.authenticator(authenticator)
			.tokenVerifier(tokenVerifier)
			.tokenRefresher(tokenRefresher)
			.sessionRepository(sessionRepository)
			.sessionKeyResolver(sessionKeyResolver)
			.eventPublisher(eventPublisher)
			.remoteSignOut(remoteSignOut)
			.revokeOnSignOut(session.isRevokeOnSignOut())
			.totpMfaClient(totpMfaClient)
			.accountClient(accountClient)
			.passkeyClient(passkeyClient)
			.deviceTracking(deviceTracking ? deviceSecretsStore.getIfAvailable() : null,
					deviceTracking ? deviceClient.getIfAvailable() : null)
			.identityPool(identityPoolFactory)
			.guestAccess(identityPoolFactory != null && properties.getIdentityPool().isGuestAccess())
			.clock(clock)
			.refreshAhead(session.getRefreshAhead())
			.reauthenticationTimeout(reauthenticationTimeout(properties, sessionKeyResolver))
			.clockSkew(session.getClockSkew())
			.sessionsInMemory(session.getMaxSessionsInMemory(), session.getInMemoryIdleTimeout())
			.build();
	}

	@Bean
	@ConditionalOnMissingBean
	@ConditionalOnBean(DefaultCognitoSessionManager.class)
	MfaOperations cognitoMfaOperations(DefaultCognitoSessionManager sessionManager) {
		return sessionManager.mfa().orElseThrow();
	}

	@Bean
	@ConditionalOnMissingBean
	@ConditionalOnBean(DefaultCognitoSessionManager.class)
	AccountOperations cognitoAccountOperations(DefaultCognitoSessionManager sessionManager) {
		return sessionManager.account().orElseThrow();
	}

	@Bean
	@ConditionalOnMissingBean
	@ConditionalOnBean(DefaultCognitoSessionManager.class)
	PasskeyOperations cognitoPasskeyOperations(DefaultCognitoSessionManager sessionManager) {
		return sessionManager.passkeys().orElseThrow();
	}

	@Bean
	@ConditionalOnMissingBean
	@ConditionalOnBean(DefaultCognitoSessionManager.class)
	@ConditionalOnDeviceTracking
	DeviceOperations cognitoDeviceOperations(DefaultCognitoSessionManager sessionManager) {
		return sessionManager.devices().orElseThrow();
	}

	private static boolean isDeviceTracking(CognitoProperties properties) {
		return properties.getUserPool().getDeviceTracking() == CognitoProperties.DeviceTracking.ENABLED;
	}

	/**
	 * The configured timeout, else none in the user scope (a request thread must not wait
	 * for a sign-in that can only happen in another request of the same user: the request
	 * fails at once and the next one is sent to the login), else
	 * {@link DefaultCognitoSessionManager#DEFAULT_REAUTHENTICATION_TIMEOUT}.
	 */
	static Duration reauthenticationTimeout(CognitoProperties properties, SessionKeyResolver sessionKeyResolver) {
		Duration configured = properties.getSession().getReauthenticationTimeout();
		if (configured != null) {
			return configured;
		}
		return sessionKeyResolver.isApplicationWide() ? DefaultCognitoSessionManager.DEFAULT_REAUTHENTICATION_TIMEOUT
				: Duration.ZERO;
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

}
