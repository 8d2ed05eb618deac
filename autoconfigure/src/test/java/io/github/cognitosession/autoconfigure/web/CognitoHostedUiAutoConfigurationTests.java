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

import io.github.cognitosession.store.SessionRepository;
import io.github.cognitosession.web.CognitoAuthorizationRequestCustomizer;
import io.github.cognitosession.autoconfigure.CognitoSessionAutoConfiguration;
import io.github.cognitosession.session.CognitoSessionManager;
import io.github.cognitosession.credentials.SessionCredentialsProvider;
import io.github.cognitosession.web.CognitoSessionAuthenticationStrategy;
import io.github.cognitosession.web.CognitoSessionSignOutLogoutHandler;
import io.github.cognitosession.web.CognitoLogoutSuccessHandler;
import io.github.cognitosession.web.HttpSessionSessionRepository;
import org.junit.jupiter.api.Test;

import org.springframework.boot.autoconfigure.AutoConfigurations;
import org.springframework.boot.security.autoconfigure.SecurityAutoConfiguration;
import org.springframework.boot.security.autoconfigure.web.servlet.ServletWebSecurityAutoConfiguration;
import org.springframework.boot.security.oauth2.client.autoconfigure.OAuth2ClientAutoConfiguration;
import org.springframework.boot.security.oauth2.client.autoconfigure.servlet.OAuth2ClientWebSecurityAutoConfiguration;
import org.springframework.boot.test.context.FilteredClassLoader;
import org.springframework.boot.test.context.runner.ApplicationContextRunner;
import org.springframework.boot.test.context.runner.WebApplicationContextRunner;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.mock.web.MockHttpServletRequest;
import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.config.annotation.web.configuration.EnableWebSecurity;
import org.springframework.security.oauth2.client.registration.ClientRegistration;
import org.springframework.security.oauth2.client.registration.ClientRegistrationRepository;
import org.springframework.security.oauth2.client.registration.InMemoryClientRegistrationRepository;
import org.springframework.security.oauth2.core.AuthorizationGrantType;
import org.springframework.security.oauth2.core.ClientAuthenticationMethod;
import org.springframework.security.web.SecurityFilterChain;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Tests for {@link CognitoHostedUiAutoConfiguration}.
 *
 * @author Cognito Session contributors
 */
class CognitoHostedUiAutoConfigurationTests {

	private static final String[] POOL = { "cognito.region=eu-west-1", "cognito.user-pool.id=eu-west-1_AbC123",
			"cognito.user-pool.client-id=client-1" };

	private final WebApplicationContextRunner webRunner = new WebApplicationContextRunner().withConfiguration(
			AutoConfigurations.of(CognitoHostedUiAutoConfiguration.class, CognitoUserScopeAutoConfiguration.class,
					OAuth2ClientAutoConfiguration.class, OAuth2ClientWebSecurityAutoConfiguration.class,
					SecurityAutoConfiguration.class, ServletWebSecurityAutoConfiguration.class));

	private final WebApplicationContextRunner contextRunner = this.webRunner.withPropertyValues(POOL);

	@Test
	void clientRegistrationWhenConfidentialClientThenUsesClientSecretBasicAndPkce() {
		this.contextRunner
			.withPropertyValues("cognito.hosted-ui.domain=myapp.auth.eu-west-1.amazoncognito.com",
					"cognito.user-pool.client-secret=s3cr3t")
			.run((context) -> {
				ClientRegistration registration = cognitoRegistration(
						context.getBean(ClientRegistrationRepository.class));
				assertThat(registration.getClientId()).isEqualTo("client-1");
				assertThat(registration.getClientSecret()).isEqualTo("s3cr3t");
				assertThat(registration.getClientAuthenticationMethod())
					.isEqualTo(ClientAuthenticationMethod.CLIENT_SECRET_BASIC);
				assertThat(registration.getAuthorizationGrantType())
					.isEqualTo(AuthorizationGrantType.AUTHORIZATION_CODE);
				assertThat(registration.getClientSettings().isRequireProofKey()).isTrue();
				assertThat(registration.getScopes()).containsExactly("openid", "email", "profile");
				assertThat(registration.getRedirectUri()).isEqualTo("{baseUrl}/login/oauth2/code/{registrationId}");
				ClientRegistration.ProviderDetails provider = registration.getProviderDetails();
				assertThat(provider.getAuthorizationUri())
					.isEqualTo("https://myapp.auth.eu-west-1.amazoncognito.com/oauth2/authorize");
				assertThat(provider.getTokenUri())
					.isEqualTo("https://myapp.auth.eu-west-1.amazoncognito.com/oauth2/token");
				assertThat(provider.getUserInfoEndpoint().getUri())
					.isEqualTo("https://myapp.auth.eu-west-1.amazoncognito.com/oauth2/userInfo");
				assertThat(provider.getUserInfoEndpoint().getUserNameAttributeName()).isEqualTo("cognito:username");
				assertThat(provider.getIssuerUri())
					.isEqualTo("https://cognito-idp.eu-west-1.amazonaws.com/eu-west-1_AbC123");
				assertThat(provider.getJwkSetUri())
					.isEqualTo("https://cognito-idp.eu-west-1.amazonaws.com/eu-west-1_AbC123/.well-known/jwks.json");
			});
	}

	@Test
	void clientRegistrationWhenPublicClientThenUsesNoClientAuthenticationAndPkce() {
		this.contextRunner.withPropertyValues("cognito.hosted-ui.domain=auth.example.com").run((context) -> {
			ClientRegistration registration = cognitoRegistration(context.getBean(ClientRegistrationRepository.class));
			assertThat(registration.getClientSecret()).isEmpty();
			assertThat(registration.getClientAuthenticationMethod()).isEqualTo(ClientAuthenticationMethod.NONE);
			assertThat(registration.getClientSettings().isRequireProofKey()).isTrue();
			assertThat(registration.getProviderDetails().getAuthorizationUri())
				.isEqualTo("https://auth.example.com/oauth2/authorize");
		});
	}

	@Test
	void clientRegistrationWhenLocalDomainThenIssuerAndJwksAreOnTheLocalDomain() {
		this.contextRunner.withPropertyValues("cognito.hosted-ui.domain=http://127.0.0.1:9229/").run((context) -> {
			ClientRegistration registration = cognitoRegistration(context.getBean(ClientRegistrationRepository.class));
			assertThat(registration.getProviderDetails().getTokenUri()).isEqualTo("http://127.0.0.1:9229/oauth2/token");
			assertThat(registration.getProviderDetails().getIssuerUri())
				.isEqualTo("http://127.0.0.1:9229/eu-west-1_AbC123");
			assertThat(registration.getProviderDetails().getJwkSetUri())
				.isEqualTo("http://127.0.0.1:9229/eu-west-1_AbC123/.well-known/jwks.json");
		});
	}

	@Test
	void clientRegistrationWhenIssuerAndJwkSetOverriddenThenUsesThem() {
		this.contextRunner
			.withPropertyValues("cognito.hosted-ui.domain=auth.example.com",
					"cognito.hosted-ui.issuer-uri=https://issuer.example.com/pool",
					"cognito.hosted-ui.jwk-set-uri=https://keys.example.com/jwks.json",
					"cognito.hosted-ui.scopes=openid,aws.cognito.signin.user.admin")
			.run((context) -> {
				ClientRegistration registration = cognitoRegistration(
						context.getBean(ClientRegistrationRepository.class));
				assertThat(registration.getProviderDetails().getIssuerUri())
					.isEqualTo("https://issuer.example.com/pool");
				assertThat(registration.getProviderDetails().getJwkSetUri())
					.isEqualTo("https://keys.example.com/jwks.json");
				assertThat(registration.getScopes()).containsExactly("openid", "aws.cognito.signin.user.admin");
			});
	}

	@Test
	void clientRegistrationWhenUserPoolIssuerSetThenIssuerFollowsIt() {
		this.contextRunner
			.withPropertyValues("cognito.hosted-ui.domain=auth.example.com",
					"cognito.user-pool.issuer=http://127.0.0.1:9229/eu-west-1_AbC123")
			.run((context) -> assertThat(
					cognitoRegistration(context.getBean(ClientRegistrationRepository.class)).getProviderDetails()
						.getIssuerUri())
				.isEqualTo("http://127.0.0.1:9229/eu-west-1_AbC123"));
	}

	@Test
	void clientRegistrationWhenRegionAbsentThenRegionComesFromThePoolId() {
		this.webRunner
			.withPropertyValues("cognito.user-pool.id=us-east-2_KO6fcefgd", "cognito.user-pool.client-id=c",
					"cognito.hosted-ui.domain=auth.example.com")
			.run((context) -> assertThat(
					cognitoRegistration(context.getBean(ClientRegistrationRepository.class)).getProviderDetails()
						.getIssuerUri())
				.isEqualTo("https://cognito-idp.us-east-2.amazonaws.com/us-east-2_KO6fcefgd"));
	}

	@Test
	void autoConfigurationWhenSessionManagerThenLoginAndLogoutGoThroughIt() {
		this.webRunner
			.withConfiguration(AutoConfigurations.of(CognitoSessionAutoConfiguration.class,
					CognitoWebSessionAutoConfiguration.class))
			.withPropertyValues(POOL)
			.withPropertyValues("cognito.hosted-ui.domain=auth.example.com",
					"cognito.identity-pool.id=eu-west-1:11111111-2222-3333-4444-555555555555",
					"cognito.identity-pool.max-cached-identities=7")
			.run((context) -> {
				assertThat(context).hasNotFailed();
				assertThat(context).hasSingleBean(CognitoSessionAuthenticationStrategy.class);
				assertThat(context).hasSingleBean(CognitoSessionSignOutLogoutHandler.class);
				assertThat(context).hasSingleBean(SessionCredentialsProvider.class);
				assertThat(context.getBean(SessionCredentialsProvider.class))
					.hasToString("SessionCredentialsProvider[scope=user, cachedIdentities=0, maxCachedIdentities=7, "
							+ "guestAccess=false]");
				assertThat(context.getBean(CognitoSessionManager.class))
					.hasToString("DefaultCognitoSessionManager[keys=HttpSessionKeyResolver, "
							+ "repository=HttpSessionSessionRepository, refreshAhead=PT5M, reauthenticationTimeout=PT0S]");
			});
	}

	@Test
	void autoConfigurationWhenHostedUiAndTimeoutSetThenTheSetTimeoutWins() {
		this.webRunner
			.withConfiguration(AutoConfigurations.of(CognitoSessionAutoConfiguration.class,
					CognitoWebSessionAutoConfiguration.class))
			.withPropertyValues(POOL)
			.withPropertyValues("cognito.hosted-ui.domain=auth.example.com",
					"cognito.session.reauthentication-timeout=2s")
			.run((context) -> {
				assertThat(context).doesNotHaveBean(SessionCredentialsProvider.class);
				assertThat(context.getBean(CognitoSessionManager.class).toString())
					.contains("reauthenticationTimeout=PT2S");
			});
	}

	@Test
	void autoConfigurationWhenNoSessionManagerThenNoSessionHandlers() {
		this.contextRunner.withPropertyValues("cognito.hosted-ui.domain=auth.example.com")
			.withConfiguration(AutoConfigurations.of(CognitoWebSessionAutoConfiguration.class))
			.run((context) -> {
				assertThat(context).hasNotFailed();
				assertThat(context).doesNotHaveBean(CognitoSessionAuthenticationStrategy.class);
				assertThat(context).doesNotHaveBean(CognitoSessionSignOutLogoutHandler.class);
			});
	}

	@Test
	void autoConfigurationWhenDomainSetThenDefinesWebBeansAndDefaultChain() {
		this.contextRunner.withPropertyValues("cognito.hosted-ui.domain=auth.example.com").run((context) -> {
			assertThat(context).hasNotFailed();
			assertThat(context).hasSingleBean(HttpSessionSessionRepository.class);
			assertThat(context).hasSingleBean(SessionRepository.class);
			assertThat(context).hasSingleBean(CognitoLogoutSuccessHandler.class);
			assertThat(context).hasSingleBean(CognitoAuthorizationRequestCustomizer.class);
			assertThat(context).hasSingleBean(SecurityFilterChain.class);
			assertThat(context).hasBean("cognitoSecurityFilterChain");
		});
	}

	@Test
	void autoConfigurationWhenCoreSessionAutoConfigurationPresentThenSessionStoreIsPerHttpSession() {
		this.contextRunner
			.withConfiguration(
					AutoConfigurations.of(io.github.cognitosession.autoconfigure.CognitoSessionAutoConfiguration.class))
			.withPropertyValues("cognito.hosted-ui.domain=auth.example.com")
			.withBean(io.github.cognitosession.signin.UserPoolAuthenticator.class,
					() -> org.mockito.Mockito.mock(io.github.cognitosession.signin.UserPoolAuthenticator.class))
			.withBean(io.github.cognitosession.session.CognitoSessionManager.class,
					() -> org.mockito.Mockito.mock(io.github.cognitosession.session.CognitoSessionManager.class))
			.run((context) -> assertThat(context).getBean(SessionRepository.class)
				.isInstanceOf(HttpSessionSessionRepository.class));
	}

	@Test
	void autoConfigurationWhenUserDefinesSecurityFilterChainThenDefaultChainBacksOff() {
		this.contextRunner.withPropertyValues("cognito.hosted-ui.domain=auth.example.com")
			.withUserConfiguration(UserChainConfiguration.class)
			.run((context) -> {
				assertThat(context).hasSingleBean(SecurityFilterChain.class);
				assertThat(context).hasBean("userChain");
				assertThat(context).doesNotHaveBean("cognitoSecurityFilterChain");
				assertThat(context).hasSingleBean(CognitoLogoutSuccessHandler.class);
			});
	}

	@Test
	void autoConfigurationWhenUserDefinesClientRegistrationRepositoryThenItIsUsed() {
		this.contextRunner.withPropertyValues("cognito.hosted-ui.domain=auth.example.com")
			.withUserConfiguration(UserRegistrationsConfiguration.class)
			.run((context) -> {
				assertThat(context).hasSingleBean(ClientRegistrationRepository.class);
				assertThat(context).doesNotHaveBean("cognitoClientRegistrationRepository");
				ClientRegistration registration = cognitoRegistration(
						context.getBean(ClientRegistrationRepository.class));
				assertThat(registration.getClientId()).isEqualTo("user-client");
				assertThat(context.getBean(CognitoLogoutSuccessHandler.class)
					.determineTargetUrl(new org.springframework.mock.web.MockHttpServletRequest()))
					.contains("client_id=user-client");
			});
	}

	@Test
	void autoConfigurationWhenSpringSecurityAbsentThenNoWebBeans() {
		this.contextRunner.withPropertyValues("cognito.hosted-ui.domain=auth.example.com")
			.withClassLoader(new FilteredClassLoader(EnableWebSecurity.class))
			.run((context) -> {
				assertThat(context).doesNotHaveBean(CognitoLogoutSuccessHandler.class);
				assertThat(context).doesNotHaveBean(HttpSessionSessionRepository.class);
			});
	}

	@Test
	void autoConfigurationWhenOAuth2ClientAbsentThenNoHostedUiBeansButStillOneSessionPerUser() {
		this.contextRunner.withPropertyValues("cognito.hosted-ui.domain=auth.example.com")
			.withClassLoader(new FilteredClassLoader(ClientRegistration.class))
			.run((context) -> {
				assertThat(context).doesNotHaveBean(CognitoLogoutSuccessHandler.class);
				// the scope is not a side effect of the hosted UI: Spring Security
				// decides it
				assertThat(context).hasSingleBean(HttpSessionSessionRepository.class);
			});
	}

	@Test
	void autoConfigurationWhenNoDomainThenNoHostedUiBeansButStillOneSessionPerUser() {
		this.contextRunner.run((context) -> {
			assertThat(context).doesNotHaveBean(CognitoLogoutSuccessHandler.class);
			assertThat(context).doesNotHaveBean("cognitoSecurityFilterChain");
			assertThat(context).hasSingleBean(HttpSessionSessionRepository.class);
		});
	}

	@Test
	void autoConfigurationWhenNotAWebApplicationThenNoWebBeans() {
		new ApplicationContextRunner().withConfiguration(AutoConfigurations.of(CognitoHostedUiAutoConfiguration.class))
			.withPropertyValues(POOL)
			.withPropertyValues("cognito.hosted-ui.domain=auth.example.com")
			.run((context) -> assertThat(context).doesNotHaveBean(CognitoLogoutSuccessHandler.class));
	}

	@Test
	void logoutWhenBaseUrlSetThenSignOutAddressComesFromItNotFromTheHostHeader() {
		this.contextRunner
			.withPropertyValues("cognito.hosted-ui.domain=auth.example.com",
					"cognito.hosted-ui.base-url=https://app.example.com")
			.run((context) -> {
				MockHttpServletRequest request = new MockHttpServletRequest("POST", "/logout");
				request.addHeader("Host", "evil.example.com");
				request.setServerName("evil.example.com");
				assertThat(context.getBean(CognitoLogoutSuccessHandler.class).determineTargetUrl(request))
					.isEqualTo("https://auth.example.com/logout?client_id=client-1"
							+ "&logout_uri=https%3A%2F%2Fapp.example.com%2F");
			});
	}

	@Test
	void logoutWhenNoBaseUrlThenSignOutAddressIsLocalhostWithTheServerPort() {
		this.contextRunner.withPropertyValues("cognito.hosted-ui.domain=auth.example.com").run((context) -> {
			MockHttpServletRequest request = new MockHttpServletRequest("POST", "/logout");
			request.setServerName("evil.example.com");
			request.setLocalPort(8080);
			assertThat(context.getBean(CognitoLogoutSuccessHandler.class).determineTargetUrl(request))
				.endsWith("&logout_uri=http%3A%2F%2Flocalhost%3A8080%2F");
		});
	}

	@Test
	void autoConfigurationWhenBaseUrlIsNotAnAbsoluteUrlThenFailsNamingTheProperty() {
		this.contextRunner
			.withPropertyValues("cognito.hosted-ui.domain=auth.example.com",
					"cognito.hosted-ui.base-url=app.example.com")
			.run((context) -> assertThat(context).getFailure()
				.rootCause()
				.hasMessageContaining("cognito.hosted-ui.base-url"));
	}

	@Test
	void autoConfigurationWhenTimeoutNotPositiveThenFailsNamingTheProperty() {
		this.contextRunner
			.withPropertyValues("cognito.hosted-ui.domain=auth.example.com", "cognito.hosted-ui.timeout=0s")
			.run((context) -> assertThat(context).getFailure()
				.rootCause()
				.hasMessageContaining("cognito.hosted-ui.timeout")
				.hasMessageContaining("must be positive"));
	}

	@Test
	void autoConfigurationWhenPlainHttpToRemoteHostThenFailsNamingTheProperty() {
		this.contextRunner.withPropertyValues("cognito.hosted-ui.domain=http://auth.example.com")
			.run((context) -> assertThat(context).getFailure()
				.rootCause()
				.hasMessageContaining("cognito.hosted-ui.domain")
				.hasMessageContaining("plain http"));
	}

	@org.junit.jupiter.params.ParameterizedTest
	@org.junit.jupiter.params.provider.ValueSource(
			strings = { "cognito.hosted-ui.jwk-set-uri=http://keys.example.com/jwks.json",
					"cognito.hosted-ui.issuer-uri=http://issuer.example.com/eu-west-1_AbC123",
					"cognito.user-pool.issuer=http://issuer.example.com/eu-west-1_AbC123" })
	void autoConfigurationWhenKeysOrIssuerOverPlainHttpToRemoteHostThenFailsNamingTheProperty(String property) {
		this.contextRunner.withPropertyValues("cognito.hosted-ui.domain=auth.example.com", property)
			.run((context) -> assertThat(context).getFailure()
				.rootCause()
				.hasMessageContaining(property.substring(0, property.indexOf('=')))
				.hasMessageContaining("plain http")
				.hasMessageContaining("https"));
	}

	@Test
	void clientRegistrationWhenKeysAndIssuerOnLoopbackOverHttpThenAccepted() {
		this.contextRunner
			.withPropertyValues("cognito.hosted-ui.domain=auth.example.com",
					"cognito.hosted-ui.issuer-uri=http://localhost:9229/eu-west-1_AbC123",
					"cognito.hosted-ui.jwk-set-uri=http://[::1]:9229/jwks.json")
			.run((context) -> assertThat(
					cognitoRegistration(context.getBean(ClientRegistrationRepository.class)).getProviderDetails()
						.getJwkSetUri())
				.isEqualTo("http://[::1]:9229/jwks.json"));
	}

	@Test
	void autoConfigurationWhenDomainHasQueryThenFailsNamingTheProperty() {
		this.contextRunner.withPropertyValues("cognito.hosted-ui.domain=https://auth.example.com/?x=1")
			.run((context) -> assertThat(context).getFailure()
				.rootCause()
				.hasMessageContaining("cognito.hosted-ui.domain")
				.hasMessageContaining("query"));
	}

	@Test
	void autoConfigurationWhenClientIdMissingThenFailsNamingTheProperty() {
		this.webRunner
			.withPropertyValues("cognito.user-pool.id=eu-west-1_AbC123", "cognito.hosted-ui.domain=auth.example.com")
			.run((context) -> assertThat(context).getFailure()
				.rootCause()
				.hasMessageContaining("cognito.user-pool.client-id"));
	}

	@Test
	void autoConfigurationWhenPoolIdMissingAndNoIssuerThenFailsNamingTheProperty() {
		this.webRunner.withPropertyValues("cognito.user-pool.client-id=c", "cognito.hosted-ui.domain=auth.example.com")
			.run((context) -> assertThat(context).getFailure()
				.rootCause()
				.hasMessageContaining("cognito.user-pool.id")
				.hasMessageContaining("cognito.hosted-ui.issuer-uri"));
	}

	@Test
	void autoConfigurationWhenScopesLackOpenidThenFailsNamingTheProperty() {
		this.contextRunner
			.withPropertyValues("cognito.hosted-ui.domain=auth.example.com", "cognito.hosted-ui.scopes=email")
			.run((context) -> assertThat(context).getFailure()
				.rootCause()
				.hasMessageContaining("cognito.hosted-ui.scopes")
				.hasMessageContaining("openid"));
	}

	@Test
	void autoConfigurationWhenBothProviderSelectorsSetThenFails() {
		this.contextRunner
			.withPropertyValues("cognito.hosted-ui.domain=auth.example.com",
					"cognito.hosted-ui.identity-provider=Google", "cognito.hosted-ui.idp-identifier=example.com")
			.run((context) -> assertThat(context).getFailure()
				.rootCause()
				.hasMessageContaining("cognito.hosted-ui.idp-identifier")
				.hasMessageContaining("not both"));
	}

	@Test
	void autoConfigurationWhenFailingThenSecretIsNotInTheMessage() {
		this.contextRunner
			.withPropertyValues("cognito.hosted-ui.domain=http://auth.example.com",
					"cognito.user-pool.client-secret=VerySecretValue42")
			.run((context) -> assertThat(context.getStartupFailure()).satisfies((failure) -> {
				for (Throwable cause = failure; cause != null; cause = cause.getCause()) {
					assertThat(String.valueOf(cause.getMessage())).doesNotContain("VerySecretValue42");
				}
			}));
	}

	private static ClientRegistration cognitoRegistration(ClientRegistrationRepository repository) {
		ClientRegistration registration = repository.findByRegistrationId("cognito");
		assertThat(registration).isNotNull();
		return registration;
	}

	@Configuration(proxyBeanMethods = false)
	static class UserChainConfiguration {

		@Bean
		SecurityFilterChain userChain(HttpSecurity http) {
			http.authorizeHttpRequests((requests) -> requests.anyRequest().permitAll());
			return http.build();
		}

	}

	@Configuration(proxyBeanMethods = false)
	static class UserRegistrationsConfiguration {

		@Bean
		ClientRegistrationRepository userRegistrations() {
			return new InMemoryClientRegistrationRepository(ClientRegistration.withRegistrationId("cognito")
				.clientId("user-client")
				.authorizationGrantType(AuthorizationGrantType.AUTHORIZATION_CODE)
				.redirectUri("{baseUrl}/login/oauth2/code/{registrationId}")
				.authorizationUri("https://auth.example.com/oauth2/authorize")
				.tokenUri("https://auth.example.com/oauth2/token")
				.build());
		}

	}

}
