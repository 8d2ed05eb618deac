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
package io.github.cognitosession.autoconfigure.m2m;

import java.net.http.HttpClient;
import java.time.Clock;
import java.time.Duration;

import io.github.cognitosession.autoconfigure.CognitoSessionAutoConfiguration;
import io.github.cognitosession.m2m.CognitoClientCredentialsManager;
import io.github.cognitosession.token.CognitoTokenVerifier;

import org.springframework.beans.factory.ObjectProvider;
import org.springframework.beans.factory.annotation.Qualifier;
import org.springframework.boot.autoconfigure.AutoConfiguration;
import org.springframework.boot.autoconfigure.condition.ConditionMessage;
import org.springframework.boot.autoconfigure.condition.ConditionOutcome;
import org.springframework.boot.autoconfigure.condition.ConditionalOnClass;
import org.springframework.boot.autoconfigure.condition.ConditionalOnMissingBean;
import org.springframework.boot.autoconfigure.condition.SpringBootCondition;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.boot.context.properties.bind.Bindable;
import org.springframework.boot.context.properties.bind.Binder;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.ConditionContext;
import org.springframework.context.annotation.Conditional;
import org.springframework.core.env.Environment;
import org.springframework.core.type.AnnotatedTypeMetadata;
import org.springframework.http.client.JdkClientHttpRequestFactory;
import org.springframework.http.converter.FormHttpMessageConverter;
import org.springframework.security.oauth2.client.OAuth2AuthorizedClientManager;
import org.springframework.security.oauth2.client.endpoint.RestClientClientCredentialsTokenResponseClient;
import org.springframework.security.oauth2.client.http.OAuth2ErrorResponseErrorHandler;
import org.springframework.security.oauth2.client.registration.InMemoryClientRegistrationRepository;
import org.springframework.security.oauth2.core.http.converter.OAuth2AccessTokenResponseHttpMessageConverter;
import org.springframework.web.client.RestClient;

/**
 * Machine-to-machine clients: for each {@code cognito.m2m.<name>.*} a client-credentials
 * registration at the user pool domain's {@code /oauth2/token}, whose tokens the
 * {@link CognitoClientCredentialsManager} (Spring Security's
 * {@link OAuth2AuthorizedClientManager}, on the library's refresh engine) requests,
 * caches and renews before they expire, one token request at a time per client. A
 * {@code RestClient} opts in by name:
 * {@code builder.requestInterceptor(manager.requestInterceptor("orders"))}. The
 * registrations are not a {@code ClientRegistrationRepository} bean, so they never appear
 * as logins and never clash with the hosted UI's.
 *
 * @author Cognito Session contributors
 */
@AutoConfiguration(after = CognitoSessionAutoConfiguration.class)
@ConditionalOnClass({ OAuth2AuthorizedClientManager.class, RestClient.class })
@Conditional(CognitoM2mAutoConfiguration.M2mClientsCondition.class)
@EnableConfigurationProperties(CognitoM2mProperties.class)
public final class CognitoM2mAutoConfiguration {

	private static final Duration CONNECT_TIMEOUT = Duration.ofSeconds(5);

	private static final Duration READ_TIMEOUT = Duration.ofSeconds(10);

	@Bean
	@ConditionalOnMissingBean
	CognitoClientCredentialsManager cognitoM2mAuthorizedClientManager(CognitoM2mProperties properties,
			Environment environment,
			@Qualifier(CognitoSessionAutoConfiguration.CLOCK_BEAN_NAME) ObjectProvider<Clock> clock) {
		Binder binder = Binder.get(environment);
		InMemoryClientRegistrationRepository registrations = new InMemoryClientRegistrationRepository(
				CognitoM2mClientRegistrations.of(properties,
						binder.bind("cognito.hosted-ui.domain", String.class).orElse(null)));
		Duration clockSkew = binder.bind("cognito.session.clock-skew", Duration.class)
			.orElse(CognitoTokenVerifier.DEFAULT_CLOCK_SKEW);
		return new CognitoClientCredentialsManager(registrations, tokenResponseClient(),
				clock.getIfAvailable(Clock::systemUTC), clockSkew);
	}

	/**
	 * Spring Security's client of the token endpoint, with timeouts: a token request that
	 * hangs must not hold the callers that wait for it.
	 */
	private static RestClientClientCredentialsTokenResponseClient tokenResponseClient() {
		JdkClientHttpRequestFactory requestFactory = new JdkClientHttpRequestFactory(
				HttpClient.newBuilder().connectTimeout(CONNECT_TIMEOUT).build());
		requestFactory.setReadTimeout(READ_TIMEOUT);
		RestClientClientCredentialsTokenResponseClient client = new RestClientClientCredentialsTokenResponseClient();
		client.setRestClient(
				RestClient.builder().requestFactory(requestFactory).configureMessageConverters((converters) -> {
					converters.addCustomConverter(new FormHttpMessageConverter());
					converters.addCustomConverter(new OAuth2AccessTokenResponseHttpMessageConverter());
				}).defaultStatusHandler(new OAuth2ErrorResponseErrorHandler()).build());
		return client;
	}

	/**
	 * Matches when at least one {@code cognito.m2m.<name>} is configured.
	 */
	static final class M2mClientsCondition extends SpringBootCondition {

		@Override
		public ConditionOutcome getMatchOutcome(ConditionContext context, AnnotatedTypeMetadata metadata) {
			ConditionMessage.Builder message = ConditionMessage.forCondition("Cognito machine-to-machine clients");
			boolean configured = Binder.get(context.getEnvironment())
				.bind("cognito.m2m", Bindable.mapOf(String.class, CognitoM2mProperties.Client.class))
				.map((clients) -> !clients.isEmpty())
				.orElse(false);
			return configured ? ConditionOutcome.match(message.found("property").items("cognito.m2m"))
					: ConditionOutcome.noMatch(message.didNotFind("property").items("cognito.m2m"));
		}

	}

}
