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
package io.github.cognitosession.autoconfigure.resource;

import io.github.cognitosession.autoconfigure.CognitoSessionAutoConfiguration;
import io.github.cognitosession.autoconfigure.InvalidCognitoConfigurationException;
import io.github.cognitosession.autoconfigure.web.CognitoUserScopeAutoConfiguration;
import io.github.cognitosession.resource.CognitoJwtAuthenticationConverter;
import org.junit.jupiter.api.Test;

import org.springframework.boot.autoconfigure.AutoConfigurations;
import org.springframework.boot.security.autoconfigure.SecurityAutoConfiguration;
import org.springframework.boot.security.autoconfigure.UserDetailsServiceAutoConfiguration;
import org.springframework.boot.security.autoconfigure.web.servlet.ServletWebSecurityAutoConfiguration;
import org.springframework.boot.security.oauth2.server.resource.autoconfigure.servlet.OAuth2ResourceServerAutoConfiguration;
import org.springframework.boot.test.context.FilteredClassLoader;
import org.springframework.boot.test.context.runner.ApplicationContextRunner;
import org.springframework.boot.test.context.runner.WebApplicationContextRunner;
import org.springframework.context.annotation.Bean;
import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.config.annotation.web.configuration.EnableWebSecurity;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.security.oauth2.jwt.JwtDecoder;
import org.springframework.security.oauth2.jwt.NimbusJwtDecoder;
import org.springframework.security.oauth2.server.resource.authentication.BearerTokenAuthenticationToken;
import org.springframework.security.web.SecurityFilterChain;

import static org.assertj.core.api.Assertions.assertThat;
import static org.mockito.Mockito.mock;

/**
 * When the resource server is configured, and when it backs off.
 *
 * @author Cognito Session contributors
 */
class CognitoResourceServerAutoConfigurationTests {

	private final WebApplicationContextRunner contextRunner = new WebApplicationContextRunner()
		.withConfiguration(AutoConfigurations.of(CognitoUserScopeAutoConfiguration.class,
				CognitoSessionAutoConfiguration.class, CognitoResourceServerAutoConfiguration.class,
				OAuth2ResourceServerAutoConfiguration.class, SecurityAutoConfiguration.class,
				ServletWebSecurityAutoConfiguration.class, UserDetailsServiceAutoConfiguration.class))
		.withPropertyValues("cognito.user-pool.id=eu-west-1_AbCdEf123", "cognito.user-pool.client-id=api-client");

	@Test
	void contextWhenUserPoolSetThenCognitoDecoderConverterAndStatelessChainWithoutGeneratedUser() {
		this.contextRunner.run((context) -> {
			assertThat(context).hasSingleBean(JwtDecoder.class)
				.hasSingleBean(CognitoJwtAuthenticationConverter.class)
				.hasSingleBean(SecurityFilterChain.class)
				.hasBean("cognitoResourceServerSecurityFilterChain")
				.doesNotHaveBean(UserDetailsService.class);
			assertThat(context.getBean(JwtDecoder.class)).isInstanceOf(NimbusJwtDecoder.class);
		});
	}

	@Test
	void contextWhenSpringBootIssuerUriAlsoSetThenOnlyTheCognitoDecoder() {
		this.contextRunner
			.withPropertyValues("spring.security.oauth2.resourceserver.jwt.issuer-uri=https://issuer.example.com")
			.run((context) -> assertThat(context).hasSingleBean(JwtDecoder.class).hasBean("cognitoJwtDecoder"));
	}

	@Test
	void contextWhenApplicationDefinesJwtDecoderThenCognitoDecoderBacksOff() {
		JwtDecoder own = mock(JwtDecoder.class);
		this.contextRunner.withBean(JwtDecoder.class, () -> own)
			.run((context) -> assertThat(context.getBean(JwtDecoder.class)).isSameAs(own));
	}

	@Test
	void contextWhenApplicationDefinesChainThenDefaultChainBacksOff() {
		this.contextRunner.withUserConfiguration(OwnChain.class)
			.run((context) -> assertThat(context).hasSingleBean(SecurityFilterChain.class)
				.hasBean("ownChain")
				.hasSingleBean(JwtDecoder.class));
	}

	@Test
	void contextWhenHostedUiConfiguredThenNoResourceServerChain() {
		this.contextRunner.withPropertyValues("cognito.hosted-ui.domain=myapp.auth.eu-west-1.amazoncognito.com")
			.run((context) -> assertThat(context).doesNotHaveBean("cognitoResourceServerSecurityFilterChain")
				.hasSingleBean(JwtDecoder.class));
	}

	@Test
	void contextWhenDisabledThenNothingOfTheResourceServer() {
		this.contextRunner.withPropertyValues("cognito.resource-server.enabled=false")
			.run((context) -> assertThat(context).doesNotHaveBean(JwtDecoder.class)
				.doesNotHaveBean(CognitoJwtAuthenticationConverter.class)
				.doesNotHaveBean("cognitoResourceServerSecurityFilterChain"));
	}

	@Test
	void contextWhenNoUserPoolThenNothingOfTheResourceServer() {
		new WebApplicationContextRunner()
			.withConfiguration(AutoConfigurations.of(CognitoResourceServerAutoConfiguration.class))
			.run((context) -> assertThat(context).doesNotHaveBean(JwtDecoder.class));
	}

	@Test
	void contextWhenResourceServerNotOnClasspathThenNothingOfTheResourceServer() {
		this.contextRunner.withClassLoader(new FilteredClassLoader(BearerTokenAuthenticationToken.class))
			.run((context) -> assertThat(context).doesNotHaveBean(CognitoJwtAuthenticationConverter.class));
	}

	@Test
	void contextWhenNotAWebApplicationThenNothingOfTheResourceServer() {
		new ApplicationContextRunner()
			.withConfiguration(AutoConfigurations.of(CognitoSessionAutoConfiguration.class,
					CognitoResourceServerAutoConfiguration.class))
			.withPropertyValues("cognito.user-pool.id=eu-west-1_AbCdEf123", "cognito.user-pool.client-id=api-client",
					"cognito.session.store=memory")
			.run((context) -> assertThat(context).doesNotHaveBean(JwtDecoder.class));
	}

	@Test
	void contextWhenClientIdsHasBlankEntryThenFailsNamingTheProperty() {
		this.contextRunner.withPropertyValues("cognito.resource-server.client-ids=web, ,mobile")
			.run((context) -> assertThat(context).hasFailed()
				.getFailure()
				.rootCause()
				.isInstanceOf(InvalidCognitoConfigurationException.class)
				.hasMessageContaining("cognito.resource-server.client-ids"));
	}

	@EnableWebSecurity
	static class OwnChain {

		@Bean
		SecurityFilterChain ownChain(HttpSecurity http) {
			return http.authorizeHttpRequests((requests) -> requests.anyRequest().permitAll()).build();
		}

	}

}
