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
package io.github.cognitosession.autoconfigure.relay;

import io.github.cognitosession.autoconfigure.CognitoSessionAutoConfiguration;
import io.github.cognitosession.relay.CognitoTokenRelay;
import io.github.cognitosession.relay.CognitoTokenRelayExchangeFilter;
import io.github.cognitosession.relay.CognitoTokenRelayInterceptor;
import io.github.cognitosession.session.SessionOperations;

import org.springframework.boot.autoconfigure.AutoConfiguration;
import org.springframework.boot.autoconfigure.condition.ConditionalOnBean;
import org.springframework.boot.autoconfigure.condition.ConditionalOnClass;
import org.springframework.boot.autoconfigure.condition.ConditionalOnMissingBean;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.web.client.RestClient;
import org.springframework.web.reactive.function.client.WebClient;

/**
 * Token relay: beans that add the current Cognito session's access token to the calls of
 * the HTTP clients an application applies them to, one client at a time (never to all of
 * them): {@link CognitoTokenRelayInterceptor} for a {@code RestClient} or
 * {@code RestTemplate} (with {@link CognitoTokenRelayRestClientCustomizer}), and
 * {@link CognitoTokenRelayExchangeFilter} for a {@code WebClient} (with
 * {@link CognitoTokenRelayWebClientCustomizer}). Active with a Cognito session manager;
 * each bean backs off when the application defines its own.
 *
 * @author Cognito Session contributors
 */
@AutoConfiguration(after = CognitoSessionAutoConfiguration.class)
@ConditionalOnBean(SessionOperations.class)
public final class CognitoTokenRelayAutoConfiguration {

	@Bean
	@ConditionalOnMissingBean
	CognitoTokenRelay cognitoTokenRelay(SessionOperations sessions) {
		return new CognitoTokenRelay(sessions);
	}

	@Configuration(proxyBeanMethods = false)
	@ConditionalOnClass(RestClient.class)
	static class RestClientRelayConfiguration {

		@Bean
		@ConditionalOnMissingBean
		CognitoTokenRelayInterceptor cognitoTokenRelayInterceptor(CognitoTokenRelay relay) {
			return new CognitoTokenRelayInterceptor(relay);
		}

		@Bean
		@ConditionalOnMissingBean
		CognitoTokenRelayRestClientCustomizer cognitoTokenRelayRestClientCustomizer(
				CognitoTokenRelayInterceptor interceptor) {
			return new CognitoTokenRelayRestClientCustomizer(interceptor);
		}

	}

	@Configuration(proxyBeanMethods = false)
	@ConditionalOnClass(WebClient.class)
	static class WebClientRelayConfiguration {

		@Bean
		@ConditionalOnMissingBean
		CognitoTokenRelayExchangeFilter cognitoTokenRelayExchangeFilter(CognitoTokenRelay relay) {
			return new CognitoTokenRelayExchangeFilter(relay);
		}

		@Bean
		@ConditionalOnMissingBean
		CognitoTokenRelayWebClientCustomizer cognitoTokenRelayWebClientCustomizer(
				CognitoTokenRelayExchangeFilter filter) {
			return new CognitoTokenRelayWebClientCustomizer(filter);
		}

	}

}
