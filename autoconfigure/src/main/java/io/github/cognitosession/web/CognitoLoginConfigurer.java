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

import java.util.List;

import io.github.cognitosession.session.SessionKeyResolver;
import io.github.cognitosession.store.SessionRepository;

import org.springframework.beans.factory.ObjectProvider;
import org.springframework.context.ApplicationContext;
import org.springframework.security.config.ObjectPostProcessor;
import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.config.annotation.web.configurers.AbstractHttpConfigurer;
import org.springframework.security.oauth2.client.registration.ClientRegistrationRepository;
import org.springframework.security.oauth2.client.web.DefaultOAuth2AuthorizationRequestResolver;
import org.springframework.security.oauth2.client.web.OAuth2AuthorizationRequestResolver;
import org.springframework.security.oauth2.client.web.OAuth2LoginAuthenticationFilter;
import org.springframework.security.web.authentication.session.CompositeSessionAuthenticationStrategy;
import org.springframework.security.web.authentication.session.SessionAuthenticationStrategy;
import org.springframework.security.web.context.SecurityContextHolderFilter;
import org.springframework.util.Assert;

/**
 * Adds the Cognito hosted-UI login and logout to an application's own security filter
 * chain in one line:
 *
 * <pre class="code">
 * http.authorizeHttpRequests((requests) -&gt; requests.anyRequest().authenticated())
 *     .with(CognitoLoginConfigurer.cognitoLogin(), Customizer.withDefaults());
 * </pre>
 *
 * It configures {@code oauth2Login} (authorization requests with PKCE and the configured
 * {@code identity_provider}; the login's tokens verified and stored as the user's Cognito
 * session as part of the authentication, so that a session that cannot be started is a
 * failed login), {@code logout} (the session manager's sign-out, which revokes the
 * refresh token, then Cognito's {@code /logout}) and the filter that ends a login whose
 * refresh token became invalid. Collaborators not set on the configurer are taken from
 * the application context, where the auto-configuration defines them.
 *
 * @author Cognito Session contributors
 */
public final class CognitoLoginConfigurer extends AbstractHttpConfigurer<CognitoLoginConfigurer, HttpSecurity> {

	private CognitoLogoutSuccessHandler logoutSuccessHandler;

	private CognitoSessionAuthenticationStrategy sessionAuthenticationStrategy;

	private CognitoAuthorizationRequestCustomizer authorizationRequestCustomizer;

	private CognitoSessionSignOutLogoutHandler signOutLogoutHandler;

	private SessionRepository sessionRepository;

	private SessionKeyResolver sessionKeyResolver;

	/**
	 * Create the configurer, for {@code http.with(cognitoLogin(), ...)}.
	 * @return a new configurer
	 */
	public static CognitoLoginConfigurer cognitoLogin() {
		return new CognitoLoginConfigurer();
	}

	public CognitoLoginConfigurer logoutSuccessHandler(CognitoLogoutSuccessHandler logoutSuccessHandler) {
		Assert.notNull(logoutSuccessHandler, "logoutSuccessHandler cannot be null");
		this.logoutSuccessHandler = logoutSuccessHandler;
		return this;
	}

	/**
	 * Set the strategy that starts the user's Cognito session as part of the login
	 * (default: the {@link CognitoSessionAuthenticationStrategy} bean, if any). It runs
	 * after Spring Security's own session strategies (session-fixation protection), and a
	 * session it cannot start fails the login.
	 * @param sessionAuthenticationStrategy the strategy
	 * @return this configurer
	 */
	public CognitoLoginConfigurer sessionAuthenticationStrategy(
			CognitoSessionAuthenticationStrategy sessionAuthenticationStrategy) {
		Assert.notNull(sessionAuthenticationStrategy, "sessionAuthenticationStrategy cannot be null");
		this.sessionAuthenticationStrategy = sessionAuthenticationStrategy;
		return this;
	}

	public CognitoLoginConfigurer authorizationRequestCustomizer(
			CognitoAuthorizationRequestCustomizer authorizationRequestCustomizer) {
		Assert.notNull(authorizationRequestCustomizer, "authorizationRequestCustomizer cannot be null");
		this.authorizationRequestCustomizer = authorizationRequestCustomizer;
		return this;
	}

	/**
	 * Set the handler that signs the user's Cognito session out on logout, revoking its
	 * refresh token (default: the {@link CognitoSessionSignOutLogoutHandler} bean, if
	 * any).
	 * @param signOutLogoutHandler the handler
	 * @return this configurer
	 */
	public CognitoLoginConfigurer signOutLogoutHandler(CognitoSessionSignOutLogoutHandler signOutLogoutHandler) {
		Assert.notNull(signOutLogoutHandler, "signOutLogoutHandler cannot be null");
		this.signOutLogoutHandler = signOutLogoutHandler;
		return this;
	}

	/**
	 * Set where the users' sessions are kept and how a request's is found, so that a
	 * session whose refresh token became invalid ends the web login (default: the
	 * {@link SessionRepository} and {@link SessionKeyResolver} beans).
	 * @param sessionRepository the repository
	 * @param sessionKeyResolver the key resolver
	 * @return this configurer
	 */
	public CognitoLoginConfigurer sessionRepository(SessionRepository sessionRepository,
			SessionKeyResolver sessionKeyResolver) {
		Assert.notNull(sessionRepository, "sessionRepository cannot be null");
		Assert.notNull(sessionKeyResolver, "sessionKeyResolver cannot be null");
		this.sessionRepository = sessionRepository;
		this.sessionKeyResolver = sessionKeyResolver;
		return this;
	}

	@Override
	public void init(HttpSecurity http) {
		ApplicationContext context = http.getSharedObject(ApplicationContext.class);
		CognitoLogoutSuccessHandler logoutSuccess = orBean(this.logoutSuccessHandler, context,
				CognitoLogoutSuccessHandler.class);
		Assert.state(logoutSuccess != null,
				"No CognitoLogoutSuccessHandler: set cognito.hosted-ui.domain or pass one to cognitoLogin()");
		CognitoSessionAuthenticationStrategy adoption = orBean(this.sessionAuthenticationStrategy, context,
				CognitoSessionAuthenticationStrategy.class);
		CognitoSessionSignOutLogoutHandler signOut = orBean(this.signOutLogoutHandler, context,
				CognitoSessionSignOutLogoutHandler.class);
		OAuth2AuthorizationRequestResolver resolver = authorizationRequestResolver(http, context);
		http.oauth2Login((login) -> {
			if (resolver != null) {
				login.authorizationEndpoint((endpoint) -> endpoint.authorizationRequestResolver(resolver));
			}
			if (adoption != null) {
				login.addObjectPostProcessor(new AdoptionAfterSessionStrategies(http, adoption));
			}
		});
		http.logout((logout) -> {
			// before the HTTP session, which holds the refresh token to revoke, is
			// invalidated by the SecurityContextLogoutHandler, which Spring Security
			// always
			// runs after the added handlers
			if (signOut != null) {
				logout.addLogoutHandler(signOut);
			}
			logout.logoutSuccessHandler(logoutSuccess);
		});
	}

	@Override
	public void configure(HttpSecurity http) {
		ApplicationContext context = http.getSharedObject(ApplicationContext.class);
		SessionRepository repository = orBean(this.sessionRepository, context, SessionRepository.class);
		SessionKeyResolver keys = orBean(this.sessionKeyResolver, context, SessionKeyResolver.class);
		if (repository != null && keys != null) {
			CognitoSessionInvalidationFilter filter = new CognitoSessionInvalidationFilter(repository, keys);
			filter.setSecurityContextHolderStrategy(getSecurityContextHolderStrategy());
			http.addFilterAfter(postProcess(filter), SecurityContextHolderFilter.class);
		}
	}

	private OAuth2AuthorizationRequestResolver authorizationRequestResolver(HttpSecurity http,
			ApplicationContext context) {
		CognitoAuthorizationRequestCustomizer customizer = orBean(this.authorizationRequestCustomizer, context,
				CognitoAuthorizationRequestCustomizer.class);
		if (customizer == null) {
			return null;
		}
		ClientRegistrationRepository repository = http.getSharedObject(ClientRegistrationRepository.class);
		if (repository == null) {
			repository = orBean(null, context, ClientRegistrationRepository.class);
		}
		Assert.state(repository != null, "No ClientRegistrationRepository to resolve authorization requests");
		DefaultOAuth2AuthorizationRequestResolver resolver = new DefaultOAuth2AuthorizationRequestResolver(repository,
				DefaultOAuth2AuthorizationRequestResolver.DEFAULT_AUTHORIZATION_REQUEST_BASE_URI);
		resolver.setAuthorizationRequestCustomizer(customizer);
		return resolver;
	}

	/**
	 * Adds the session adoption to the login filter's session strategies, after those of
	 * Spring Security's session management (session-fixation protection, CSRF), which the
	 * filter configurer has set by the time it post-processes the filter. Only the OAuth2
	 * login filter gets it: another login of the same chain (a form login) has no
	 * hosted-UI tokens to adopt.
	 */
	private static final class AdoptionAfterSessionStrategies
			implements ObjectPostProcessor<OAuth2LoginAuthenticationFilter> {

		private final HttpSecurity http;

		private final SessionAuthenticationStrategy adoption;

		AdoptionAfterSessionStrategies(HttpSecurity http, SessionAuthenticationStrategy adoption) {
			this.http = http;
			this.adoption = adoption;
		}

		@Override
		public <O extends OAuth2LoginAuthenticationFilter> O postProcess(O filter) {
			SessionAuthenticationStrategy sessionManagement = this.http
				.getSharedObject(SessionAuthenticationStrategy.class);
			filter.setSessionAuthenticationStrategy((sessionManagement != null)
					? new CompositeSessionAuthenticationStrategy(List.of(sessionManagement, this.adoption))
					: this.adoption);
			return filter;
		}

	}

	private static <T> T orBean(T configured, ApplicationContext context, Class<T> type) {
		if (configured != null || context == null) {
			return configured;
		}
		ObjectProvider<T> provider = context.getBeanProvider(type);
		return provider.getIfUnique();
	}

}
