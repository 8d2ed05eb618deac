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

import java.net.http.HttpClient;
import java.time.Duration;

import io.github.cognitosession.web.CognitoAuthorizationRequestCustomizer;
import io.github.cognitosession.web.CognitoDomain;
import io.github.cognitosession.web.CognitoIdTokenValidator;
import io.github.cognitosession.web.CognitoLoginConfigurer;
import io.github.cognitosession.web.CognitoLogoutSuccessHandler;
import io.github.cognitosession.web.CognitoOidcUserService;
import jakarta.servlet.DispatcherType;
import org.apache.commons.logging.Log;
import org.apache.commons.logging.LogFactory;

import org.springframework.boot.autoconfigure.AutoConfiguration;
import org.springframework.boot.autoconfigure.condition.ConditionalOnClass;
import org.springframework.boot.autoconfigure.condition.ConditionalOnMissingBean;
import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.boot.autoconfigure.condition.ConditionalOnWebApplication;
import org.springframework.boot.autoconfigure.condition.ConditionalOnWebApplication.Type;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.boot.context.properties.source.InvalidConfigurationPropertyValueException;
import org.springframework.boot.security.autoconfigure.web.servlet.ConditionalOnDefaultWebSecurity;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.env.Environment;
import org.springframework.http.client.ClientHttpRequestFactory;
import org.springframework.http.client.JdkClientHttpRequestFactory;
import org.springframework.http.converter.FormHttpMessageConverter;
import org.springframework.security.config.Customizer;
import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.config.annotation.web.configuration.EnableWebSecurity;
import org.springframework.security.oauth2.client.oidc.authentication.OidcIdTokenDecoderFactory;
import org.springframework.security.oauth2.client.endpoint.OAuth2AccessTokenResponseClient;
import org.springframework.security.oauth2.client.endpoint.OAuth2AuthorizationCodeGrantRequest;
import org.springframework.security.oauth2.client.endpoint.RestClientAuthorizationCodeTokenResponseClient;
import org.springframework.security.oauth2.client.http.OAuth2ErrorResponseErrorHandler;
import org.springframework.security.oauth2.client.oidc.authentication.OidcIdTokenValidator;
import org.springframework.security.oauth2.client.registration.ClientRegistration;
import org.springframework.security.oauth2.client.registration.ClientRegistrationRepository;
import org.springframework.security.oauth2.client.registration.InMemoryClientRegistrationRepository;
import org.springframework.security.oauth2.client.userinfo.DefaultOAuth2UserService;
import org.springframework.security.oauth2.client.userinfo.OAuth2UserService;
import org.springframework.security.oauth2.client.web.HttpSessionOAuth2AuthorizedClientRepository;
import org.springframework.security.oauth2.core.DelegatingOAuth2TokenValidator;
import org.springframework.security.oauth2.core.http.converter.OAuth2AccessTokenResponseHttpMessageConverter;
import org.springframework.security.oauth2.jwt.JwtDecoderFactory;
import org.springframework.security.oauth2.jwt.JwtTimestampValidator;
import org.springframework.security.web.SecurityFilterChain;
import org.springframework.util.StringUtils;
import org.springframework.web.client.RestClient;
import org.springframework.web.client.RestTemplate;

/**
 * Auto-configuration of the hosted-UI (managed login) web sign-in: a {@code cognito}
 * client registration for Spring Security's {@code oauth2Login}, the user's Cognito
 * session kept in the HTTP session, Cognito logout, and a default security filter chain
 * that backs off when the application defines its own (which can add all of this with
 * {@link CognitoLoginConfigurer#cognitoLogin()}).
 * <p>
 * Runs before Spring Boot's OAuth2 client and web security auto-configurations so that
 * their defaults back off. Each user's Cognito session is kept in their HTTP session by
 * the user scope ({@link CognitoUserScopeAutoConfiguration}).
 *
 * @author Cognito Session contributors
 */
@AutoConfiguration(beforeName = { "io.github.cognitosession.autoconfigure.CognitoSessionAutoConfiguration",
		"org.springframework.boot.security.oauth2.client.autoconfigure.OAuth2ClientAutoConfiguration",
		"org.springframework.boot.security.oauth2.client.autoconfigure.servlet.OAuth2ClientWebSecurityAutoConfiguration",
		"org.springframework.boot.security.autoconfigure.web.servlet.ServletWebSecurityAutoConfiguration",
		"org.springframework.boot.security.autoconfigure.SecurityAutoConfiguration",
		"org.springframework.boot.security.autoconfigure.actuate.web.servlet.ManagementWebSecurityAutoConfiguration" })
@ConditionalOnClass({ EnableWebSecurity.class, ClientRegistration.class, OidcIdTokenDecoderFactory.class,
		DispatcherType.class })
@ConditionalOnWebApplication(type = Type.SERVLET)
@ConditionalOnProperty(prefix = "cognito.hosted-ui", name = "domain")
@EnableConfigurationProperties(CognitoHostedUiProperties.class)
public final class CognitoHostedUiAutoConfiguration {

	private static final Log logger = LogFactory.getLog(CognitoHostedUiAutoConfiguration.class);

	private final CognitoHostedUiProperties properties;

	private final CognitoHostedUiClientRegistrationFactory registrations;

	private HttpClient httpClient;

	CognitoHostedUiAutoConfiguration(CognitoHostedUiProperties properties, Environment environment) {
		this.properties = properties;
		this.registrations = new CognitoHostedUiClientRegistrationFactory(properties, environment);
	}

	@Bean
	@ConditionalOnMissingBean(ClientRegistrationRepository.class)
	InMemoryClientRegistrationRepository cognitoClientRegistrationRepository() {
		return new InMemoryClientRegistrationRepository(this.registrations.clientRegistration());
	}

	// Keeps the login's authorized client per user in the HTTP session (not in a
	// process-wide map that grows with every user); the login success handler moves its
	// tokens into the Cognito session right away.
	@Bean
	@ConditionalOnMissingBean
	HttpSessionOAuth2AuthorizedClientRepository cognitoAuthorizedClientRepository() {
		return new HttpSessionOAuth2AuthorizedClientRepository();
	}

	@Bean
	@ConditionalOnMissingBean
	CognitoAuthorizationRequestCustomizer cognitoAuthorizationRequestCustomizer() {
		CognitoAuthorizationRequestCustomizer customizer = new CognitoAuthorizationRequestCustomizer(
				CognitoHostedUiProperties.REGISTRATION_ID);
		customizer.setIdentityProvider(this.properties.getIdentityProvider());
		customizer.setIdpIdentifier(this.properties.getIdpIdentifier());
		return customizer;
	}

	@Bean
	@ConditionalOnMissingBean
	CognitoLogoutSuccessHandler cognitoLogoutSuccessHandler(ClientRegistrationRepository clientRegistrations) {
		CognitoDomain domain = this.registrations.domain();
		CognitoLogoutSuccessHandler handler = new CognitoLogoutSuccessHandler(domain,
				cognitoRegistration(clientRegistrations).getClientId());
		handler.setLogoutRedirectUri(this.properties.getSignOutRedirectUri());
		String baseUrl = this.properties.getBaseUrl();
		if (StringUtils.hasText(baseUrl)) {
			try {
				handler.setBaseUrl(baseUrl);
			}
			catch (IllegalArgumentException ex) {
				throw new InvalidConfigurationPropertyValueException("cognito.hosted-ui.base-url", baseUrl,
						ex.getMessage());
			}
		}
		else if (!domain.isLocal() && this.properties.getSignOutRedirectUri().contains("{baseUrl}")) {
			logger.info("cognito.hosted-ui.base-url is not set: after logout Cognito returns the browser to "
					+ "http://localhost:<server port>/; set it to the application's public URL");
		}
		return handler;
	}

	// Found by oauth2Login as the token endpoint's client: Spring Security's own, with
	// the hosted UI's timeouts (its default client has none).
	@Bean
	@ConditionalOnMissingBean
	OAuth2AccessTokenResponseClient<OAuth2AuthorizationCodeGrantRequest> cognitoAccessTokenResponseClient() {
		RestClientAuthorizationCodeTokenResponseClient client = new RestClientAuthorizationCodeTokenResponseClient();
		client.setRestClient(
				RestClient.builder().requestFactory(requestFactory()).configureMessageConverters((converters) -> {
					converters.addCustomConverter(new FormHttpMessageConverter());
					converters.addCustomConverter(new OAuth2AccessTokenResponseHttpMessageConverter());
				}).defaultStatusHandler(new OAuth2ErrorResponseErrorHandler()).build());
		return client;
	}

	// Found by oauth2Login as the OAuth2UserService<OidcUserRequest, OidcUser> bean.
	@Bean
	@ConditionalOnMissingBean(OAuth2UserService.class)
	CognitoOidcUserService cognitoOidcUserService() {
		RestTemplate restTemplate = new RestTemplate(requestFactory());
		restTemplate.setErrorHandler(new OAuth2ErrorResponseErrorHandler());
		DefaultOAuth2UserService userInfo = new DefaultOAuth2UserService();
		userInfo.setRestOperations(restTemplate);
		return new CognitoOidcUserService(userInfo);
	}

	// The decoder checks the signature (JWKS, fetched with the hosted UI's timeouts)
	// and, in the authentication provider, the nonce; CognitoIdTokenValidator checks the
	// claims as the session's own token verifier does (iss, aud/azp, exp, nbf, iat,
	// token_use) with the same clock skew.
	@Bean
	@ConditionalOnMissingBean(JwtDecoderFactory.class)
	JwtDecoderFactory<ClientRegistration> cognitoIdTokenDecoderFactory() {
		Duration clockSkew = this.registrations.clockSkew();
		return new CognitoIdTokenDecoderFactory(CognitoHostedUiProperties.REGISTRATION_ID,
				(registration) -> CognitoHostedUiProperties.REGISTRATION_ID.equals(registration.getRegistrationId())
						? new CognitoIdTokenValidator(registration, clockSkew) : new DelegatingOAuth2TokenValidator<>(
								new JwtTimestampValidator(), new OidcIdTokenValidator(registration)),
				new RestTemplate(requestFactory()));
	}

	// One JDK HttpClient (a connection pool) for the login's calls, with the connect
	// timeout, and the read timeout on each request.
	private ClientHttpRequestFactory requestFactory() {
		Duration timeout = this.properties.getTimeout();
		if (timeout == null || timeout.isNegative() || timeout.isZero()) {
			throw new InvalidConfigurationPropertyValueException("cognito.hosted-ui.timeout", timeout,
					"The timeout of the calls to the hosted UI's endpoints must be positive");
		}
		if (this.httpClient == null) {
			this.httpClient = HttpClient.newBuilder()
				.version(HttpClient.Version.HTTP_1_1)
				.connectTimeout(timeout)
				.build();
		}
		JdkClientHttpRequestFactory factory = new JdkClientHttpRequestFactory(this.httpClient);
		factory.setReadTimeout(timeout);
		return factory;
	}

	private static ClientRegistration cognitoRegistration(ClientRegistrationRepository clientRegistrations) {
		ClientRegistration registration = clientRegistrations
			.findByRegistrationId(CognitoHostedUiProperties.REGISTRATION_ID);
		if (registration == null) {
			throw new IllegalStateException("The ClientRegistrationRepository has no '"
					+ CognitoHostedUiProperties.REGISTRATION_ID + "' registration for the Cognito hosted UI");
		}
		return registration;
	}

	@Configuration(proxyBeanMethods = false)
	@ConditionalOnDefaultWebSecurity
	static class CognitoSecurityFilterChainConfiguration {

		@Bean
		SecurityFilterChain cognitoSecurityFilterChain(HttpSecurity http) {
			http.authorizeHttpRequests((requests) -> requests.dispatcherTypeMatchers(DispatcherType.ERROR)
				.permitAll()
				.requestMatchers("/error", "/favicon.ico", "/css/**", "/js/**", "/images/**", "/webjars/**")
				.permitAll()
				.anyRequest()
				.authenticated());
			http.with(CognitoLoginConfigurer.cognitoLogin(), Customizer.withDefaults());
			return http.build();
		}

	}

}
