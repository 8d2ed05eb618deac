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

import java.time.Clock;

import io.github.cognitosession.autoconfigure.CognitoProperties;
import io.github.cognitosession.autoconfigure.CognitoSessionAutoConfiguration;
import io.github.cognitosession.autoconfigure.ConditionalOnUserPool;
import io.github.cognitosession.resource.CognitoGrantedAuthoritiesConverter;
import io.github.cognitosession.resource.CognitoJwtAuthenticationConverter;
import io.github.cognitosession.resource.CognitoJwtDecoders;
import io.github.cognitosession.resource.CognitoResourceServerConfigurer;
import io.github.cognitosession.userpool.UserPoolClient;

import org.springframework.beans.factory.ObjectProvider;
import org.springframework.beans.factory.annotation.Qualifier;
import org.springframework.boot.autoconfigure.AutoConfiguration;
import org.springframework.boot.autoconfigure.condition.ConditionalOnBooleanProperty;
import org.springframework.boot.autoconfigure.condition.ConditionalOnClass;
import org.springframework.boot.autoconfigure.condition.ConditionalOnMissingBean;
import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.boot.autoconfigure.condition.ConditionalOnWebApplication;
import org.springframework.boot.autoconfigure.condition.ConditionalOnWebApplication.Type;
import org.springframework.boot.autoconfigure.condition.NoneNestedConditions;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.boot.security.autoconfigure.web.servlet.ConditionalOnDefaultWebSecurity;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Conditional;
import org.springframework.context.annotation.Configuration;
import org.springframework.security.config.Customizer;
import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.config.annotation.web.configuration.EnableWebSecurity;
import org.springframework.security.config.http.SessionCreationPolicy;
import org.springframework.security.oauth2.core.OAuth2TokenValidator;
import org.springframework.security.oauth2.jwt.Jwt;
import org.springframework.security.oauth2.jwt.JwtDecoder;
import org.springframework.security.oauth2.jwt.NimbusJwtDecoder;
import org.springframework.security.oauth2.server.resource.authentication.BearerTokenAuthenticationToken;
import org.springframework.security.web.SecurityFilterChain;

/**
 * Auto-configuration of an API that accepts the user pool's access tokens: with Spring
 * Security's resource server on the classpath ({@code
 * spring-boot-starter-security-oauth2-resource-server}) and {@code cognito.user-pool.id}
 * set, a {@link JwtDecoder} for the pool ({@link CognitoJwtDecoders}: its issuer and keys
 * as {@link UserPoolClient} names them, RS256, {@code token_use}, {@code client_id} among
 * {@code cognito.resource-server.client-ids}, times with
 * {@code cognito.session.clock-skew}, plus the application's
 * {@code OAuth2TokenValidator<Jwt>} beans), the {@link CognitoJwtAuthenticationConverter}
 * (groups and scopes as authorities, the username as the name), and, when the application
 * defines no security filter chain and no hosted UI is configured, a stateless one where
 * every request needs a valid token. An application's own chain adds the same with
 * {@link CognitoResourceServerConfigurer#cognitoResourceServer()}.
 * <p>
 * Each bean backs off when the application defines its own; Spring Boot's issuer-uri
 * decoder, default chain and generated user back off as this runs before them.
 * {@code cognito.resource-server.enabled=false} turns it off.
 *
 * @author Cognito Session contributors
 */
@AutoConfiguration(beforeName = {
		"org.springframework.boot.security.oauth2.server.resource.autoconfigure.servlet.OAuth2ResourceServerAutoConfiguration",
		"org.springframework.boot.security.autoconfigure.web.servlet.ServletWebSecurityAutoConfiguration",
		"org.springframework.boot.security.autoconfigure.SecurityAutoConfiguration",
		"org.springframework.boot.security.autoconfigure.UserDetailsServiceAutoConfiguration",
		"org.springframework.boot.security.autoconfigure.actuate.web.servlet.ManagementWebSecurityAutoConfiguration" })
@ConditionalOnClass({ BearerTokenAuthenticationToken.class, NimbusJwtDecoder.class, EnableWebSecurity.class })
@ConditionalOnWebApplication(type = Type.SERVLET)
@ConditionalOnUserPool
@ConditionalOnBooleanProperty(name = "cognito.resource-server.enabled", matchIfMissing = true)
@EnableConfigurationProperties({ CognitoProperties.class, CognitoResourceServerProperties.class })
public final class CognitoResourceServerAutoConfiguration {

	@Bean
	@ConditionalOnMissingBean(JwtDecoder.class)
	NimbusJwtDecoder cognitoJwtDecoder(UserPoolClient userPool, CognitoProperties properties,
			CognitoResourceServerProperties resourceServer,
			@Qualifier(CognitoSessionAutoConfiguration.CLOCK_BEAN_NAME) Clock clock,
			ObjectProvider<OAuth2TokenValidator<Jwt>> validators) {
		CognitoJwtDecoders.Builder builder = CognitoJwtDecoders.accessTokens(userPool)
			.clientIds(resourceServer.determineClientIds(userPool.getClientId()))
			.clockSkew(properties.getSession().getClockSkew())
			.clock(clock);
		validators.orderedStream().forEach(builder::validator);
		return builder.build();
	}

	@Bean
	@ConditionalOnMissingBean
	CognitoJwtAuthenticationConverter cognitoJwtAuthenticationConverter(
			CognitoResourceServerProperties resourceServer) {
		CognitoGrantedAuthoritiesConverter authorities = new CognitoGrantedAuthoritiesConverter();
		authorities.setGroupAuthorityPrefix(resourceServer.getGroupAuthorityPrefix());
		authorities.setScopeAuthorityPrefix(resourceServer.getScopeAuthorityPrefix());
		CognitoJwtAuthenticationConverter converter = new CognitoJwtAuthenticationConverter();
		converter.setAuthoritiesConverter(authorities);
		return converter;
	}

	@Configuration(proxyBeanMethods = false)
	@ConditionalOnDefaultWebSecurity
	@Conditional(NoHostedUiCondition.class)
	static class CognitoResourceServerSecurityFilterChainConfiguration {

		@Bean
		SecurityFilterChain cognitoResourceServerSecurityFilterChain(HttpSecurity http) {
			http.authorizeHttpRequests((requests) -> requests.anyRequest().authenticated());
			http.sessionManagement((sessions) -> sessions.sessionCreationPolicy(SessionCreationPolicy.STATELESS));
			http.with(CognitoResourceServerConfigurer.cognitoResourceServer(), Customizer.withDefaults());
			return http.build();
		}

	}

	/**
	 * A hosted UI makes the application a web login with its own default chain.
	 */
	static final class NoHostedUiCondition extends NoneNestedConditions {

		NoHostedUiCondition() {
			super(ConfigurationPhase.REGISTER_BEAN);
		}

		@ConditionalOnProperty(prefix = "cognito.hosted-ui", name = "domain")
		static class HostedUi {

		}

	}

}
