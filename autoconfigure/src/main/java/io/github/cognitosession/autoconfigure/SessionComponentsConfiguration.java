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

import org.springframework.beans.factory.annotation.Qualifier;
import org.springframework.boot.autoconfigure.condition.ConditionalOnMissingBean;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import software.amazon.awssdk.services.cognitoidentityprovider.CognitoIdentityProviderClient;

import io.github.cognitosession.session.CognitoSessionManager;
import io.github.cognitosession.signin.UserPoolAuthenticator;
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
		// LEAD: return new InMemorySessionStore();
		throw notWiredYet("store.InMemorySessionStore");
	}

	/**
	 * The encryption key is base64 and already validated; {@code null} means "use the
	 * generated key file".
	 */
	private static SessionStore encryptedFileSessionStore(Path storePath, String encryptionKey) {
		// LEAD: return new EncryptedFileSessionStore(storePath, encryptionKey, ...);
		throw notWiredYet("store.EncryptedFileSessionStore");
	}

	@Bean
	@ConditionalOnMissingBean
	UserPoolAuthenticator cognitoUserPoolAuthenticator(CognitoProperties properties,
			CognitoIdentityProviderClient client,
			@Qualifier(CognitoSessionAutoConfiguration.CLOCK_BEAN_NAME) Clock clock) {
		// LEAD: return new CognitoUserPoolAuthenticator(client, poolId, clientId,
		// clientSecret, authFlow, clock); properties.getUserPool() has them all.
		throw notWiredYet("signin.CognitoUserPoolAuthenticator");
	}

	@Bean
	@ConditionalOnMissingBean
	CognitoSessionManager cognitoSessionManager(CognitoProperties properties, UserPoolAuthenticator authenticator,
			SessionStore sessionStore, CognitoIdentityProviderClient client, ApplicationEventPublisher eventPublisher,
			@Qualifier(CognitoSessionAutoConfiguration.CLOCK_BEAN_NAME) Clock clock) {
		// LEAD: return new DefaultCognitoSessionManager(...) with the token verifier
		// (issuer(properties), jwksUri(properties), clientId, clock-skew), refresh-ahead,
		// reauthentication-timeout and refresh-token-rotation from properties.
		throw notWiredYet("session.DefaultCognitoSessionManager");
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

	private static IllegalStateException notWiredYet(String type) {
		return new IllegalStateException(type + " is not wired into the auto-configuration yet");
	}

}
