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

import java.time.Clock;

import io.github.cognitosession.autoconfigure.CognitoIds;
import io.github.cognitosession.autoconfigure.CognitoProperties;
import io.github.cognitosession.autoconfigure.CognitoSessionAutoConfiguration;
import io.github.cognitosession.session.CognitoSessionManager;
import io.github.cognitosession.session.DefaultCognitoSessionManager;
import io.github.cognitosession.session.PerIdentityCredentialsProvider;
import io.github.cognitosession.store.SessionStore;
import io.github.cognitosession.web.CognitoLoginSuccessHandler;
import io.github.cognitosession.web.CognitoSessionEvictionListener;
import io.github.cognitosession.web.CognitoSessionSignOutLogoutHandler;
import io.github.cognitosession.web.HttpSessionSessionStore;
import jakarta.servlet.DispatcherType;
import software.amazon.awssdk.services.cognitoidentity.CognitoIdentityClient;

import org.springframework.beans.factory.annotation.Qualifier;
import org.springframework.boot.autoconfigure.AutoConfiguration;
import org.springframework.boot.autoconfigure.condition.ConditionalOnBean;
import org.springframework.boot.autoconfigure.condition.ConditionalOnClass;
import org.springframework.boot.autoconfigure.condition.ConditionalOnMissingBean;
import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.boot.autoconfigure.condition.ConditionalOnWebApplication;
import org.springframework.boot.autoconfigure.condition.ConditionalOnWebApplication.Type;
import org.springframework.context.annotation.Bean;
import org.springframework.security.config.annotation.web.configuration.EnableWebSecurity;
import org.springframework.security.oauth2.client.registration.ClientRegistration;
import org.springframework.security.oauth2.client.web.OAuth2AuthorizedClientRepository;

/**
 * Connects the hosted-UI web login to the {@link CognitoSessionManager}: the login adopts
 * the login's tokens as the user's session and the logout signs it out (both publish
 * state-change events), and with an identity pool the application's
 * {@code AwsCredentialsProvider} resolves the credentials of the user whose request is
 * being handled ({@link PerIdentityCredentialsProvider}). Runs after the session
 * auto-configuration, whose manager it needs; the security filter chain finds these beans
 * when it is built.
 *
 * @author Cognito Session contributors
 */
@AutoConfiguration(after = { CognitoHostedUiAutoConfiguration.class, CognitoSessionAutoConfiguration.class })
@ConditionalOnClass({ EnableWebSecurity.class, ClientRegistration.class, DispatcherType.class })
@ConditionalOnWebApplication(type = Type.SERVLET)
@ConditionalOnProperty(prefix = "cognito.hosted-ui", name = "domain")
@ConditionalOnBean(CognitoSessionManager.class)
public final class CognitoWebSessionAutoConfiguration {

	@Bean
	@ConditionalOnMissingBean
	CognitoLoginSuccessHandler cognitoLoginSuccessHandler(OAuth2AuthorizedClientRepository authorizedClientRepository,
			CognitoSessionManager sessionManager) {
		return new CognitoLoginSuccessHandler(CognitoHostedUiProperties.REGISTRATION_ID, authorizedClientRepository,
				sessionManager);
	}

	@Bean
	@ConditionalOnMissingBean
	CognitoSessionSignOutLogoutHandler cognitoSessionSignOutLogoutHandler(CognitoSessionManager sessionManager) {
		return new CognitoSessionSignOutLogoutHandler(sessionManager);
	}

	// Only with the per-user HTTP-session store: with an application-wide store there is
	// one identity, which the session manager's own provider already caches.
	@Bean
	@ConditionalOnMissingBean
	CognitoSessionEvictionListener cognitoSessionEvictionListener(CognitoSessionManager sessionManager) {
		return new CognitoSessionEvictionListener(sessionManager);
	}

	@Bean(destroyMethod = "close")
	@ConditionalOnMissingBean
	@ConditionalOnProperty(prefix = "cognito.identity-pool", name = "id")
	@ConditionalOnBean({ DefaultCognitoSessionManager.class, HttpSessionSessionStore.class })
	PerIdentityCredentialsProvider cognitoPerIdentityCredentialsProvider(CognitoProperties properties,
			CognitoSessionManager sessionManager, SessionStore sessionStore, CognitoIdentityClient client,
			@Qualifier(CognitoSessionAutoConfiguration.CLOCK_BEAN_NAME) Clock clock) {
		CognitoProperties.IdentityPool identityPool = properties.getIdentityPool();
		String userPoolId = properties.getUserPool().getId().trim();
		String region = CognitoIds.regionOfUserPoolId(userPoolId);
		String customRoleArn = identityPool.getCustomRoleArn();
		return PerIdentityCredentialsProvider.builder()
			.sessionManager(sessionManager)
			.sessionStore(sessionStore)
			.cognitoIdentityClient(client)
			.identityPoolId(identityPool.getId().trim())
			.userPool((region != null) ? region : properties.determineRegion(), userPoolId)
			.customRoleArn((customRoleArn != null && !customRoleArn.isBlank()) ? customRoleArn.trim() : null)
			.guestAccess(identityPool.isGuestAccess())
			.maxCachedIdentities(identityPool.getMaxCachedIdentities())
			.clock(clock)
			.build();
	}

}
