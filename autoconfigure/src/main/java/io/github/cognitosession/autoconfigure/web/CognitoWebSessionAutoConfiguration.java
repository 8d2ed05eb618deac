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

import io.github.cognitosession.autoconfigure.CognitoSessionAutoConfiguration;
import io.github.cognitosession.session.CognitoSessionManager;
import io.github.cognitosession.session.SessionOperations;
import io.github.cognitosession.spi.SessionAdoption;
import io.github.cognitosession.web.CognitoAuthenticationProvider;
import io.github.cognitosession.web.CognitoSessionAuthenticationStrategy;
import io.github.cognitosession.web.CognitoSessionSignOutLogoutHandler;
import jakarta.servlet.DispatcherType;

import org.springframework.beans.factory.ObjectProvider;
import org.springframework.boot.autoconfigure.AutoConfiguration;
import org.springframework.boot.autoconfigure.condition.ConditionalOnBean;
import org.springframework.boot.autoconfigure.condition.ConditionalOnClass;
import org.springframework.boot.autoconfigure.condition.ConditionalOnMissingBean;
import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.boot.autoconfigure.condition.ConditionalOnWebApplication;
import org.springframework.boot.autoconfigure.condition.ConditionalOnWebApplication.Type;
import org.springframework.boot.autoconfigure.condition.NoneNestedConditions;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Conditional;
import org.springframework.context.annotation.Configuration;
import org.springframework.security.authentication.AuthenticationManager;
import org.springframework.security.authentication.AuthenticationProvider;
import org.springframework.security.config.annotation.web.configuration.EnableWebSecurity;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.security.oauth2.client.registration.ClientRegistration;
import org.springframework.security.oauth2.client.web.OAuth2AuthorizedClientRepository;

/**
 * Connects Spring Security's logins to the {@link CognitoSessionManager}: the hosted-UI
 * login adopts the login's tokens as the user's session and the logout signs it out (both
 * publish state-change events); an application's own login form (or HTTP basic) signs
 * users in to the user pool with {@link CognitoAuthenticationProvider} when the
 * application defines no authentication of its own. Runs after the session
 * auto-configuration, whose manager it needs, and before Spring Boot's
 * {@code UserDetailsServiceAutoConfiguration}, whose generated user then backs off.
 *
 * @author Cognito Session contributors
 */
@AutoConfiguration(after = { CognitoHostedUiAutoConfiguration.class, CognitoSessionAutoConfiguration.class },
		beforeName = "org.springframework.boot.security.autoconfigure.UserDetailsServiceAutoConfiguration")
@ConditionalOnClass({ EnableWebSecurity.class, DispatcherType.class })
@ConditionalOnWebApplication(type = Type.SERVLET)
@ConditionalOnBean(CognitoSessionManager.class)
public final class CognitoWebSessionAutoConfiguration {

	@Configuration(proxyBeanMethods = false)
	@ConditionalOnClass(ClientRegistration.class)
	@ConditionalOnProperty(prefix = "cognito.hosted-ui", name = "domain")
	static class HostedUiLoginConfiguration {

		@Bean
		@ConditionalOnMissingBean
		CognitoSessionAuthenticationStrategy cognitoSessionAuthenticationStrategy(
				OAuth2AuthorizedClientRepository authorizedClientRepository, SessionAdoption sessionManager) {
			return new CognitoSessionAuthenticationStrategy(CognitoHostedUiProperties.REGISTRATION_ID,
					authorizedClientRepository, sessionManager);
		}

		@Bean
		@ConditionalOnMissingBean
		CognitoSessionSignOutLogoutHandler cognitoSessionSignOutLogoutHandler(SessionOperations sessionManager,
				ObjectProvider<CognitoHostedUiProperties> properties) {
			CognitoSessionSignOutLogoutHandler handler = new CognitoSessionSignOutLogoutHandler(sessionManager);
			handler.setRevokeToken(properties.getIfAvailable(CognitoHostedUiProperties::new).isRevokeOnLogout());
			return handler;
		}

	}

	/**
	 * The user pool as the authentication of an application's own login form, where
	 * Spring Boot would otherwise generate a user with a random password.
	 */
	@Configuration(proxyBeanMethods = false)
	@Conditional({ OnUserScopeCondition.class, NoHostedUiCondition.class })
	@ConditionalOnMissingBean({ AuthenticationProvider.class, AuthenticationManager.class, UserDetailsService.class })
	static class OwnLoginConfiguration {

		@Bean
		CognitoAuthenticationProvider cognitoAuthenticationProvider(CognitoSessionManager sessionManager) {
			return new CognitoAuthenticationProvider(sessionManager);
		}

	}

	static final class NoHostedUiCondition extends NoneNestedConditions {

		NoHostedUiCondition() {
			super(ConfigurationPhase.REGISTER_BEAN);
		}

		@ConditionalOnProperty(prefix = "cognito.hosted-ui", name = "domain")
		static class HostedUi {

		}

	}

}
