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

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;

import com.github.tomakehurst.wiremock.junit5.WireMockExtension;
import com.github.tomakehurst.wiremock.verification.LoggedRequest;
import io.github.cognitosession.autoconfigure.CognitoSessionAutoConfiguration;
import io.github.cognitosession.exception.NotSignedInException;
import io.github.cognitosession.local.MutableClock;
import io.github.cognitosession.local.Provisioned;
import io.github.cognitosession.local.junit.LocalCognitoExtension;
import io.github.cognitosession.relay.CognitoTokenRelayExchangeFilter;
import io.github.cognitosession.relay.CognitoTokenRelayInterceptor;
import io.github.cognitosession.session.CognitoSessionManager;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

import org.springframework.boot.autoconfigure.AutoConfigurations;
import org.springframework.boot.test.context.FilteredClassLoader;
import org.springframework.boot.test.context.runner.ApplicationContextRunner;
import org.springframework.web.client.RestClient;
import org.springframework.web.client.RestTemplate;
import org.springframework.web.reactive.function.client.WebClient;

import static com.github.tomakehurst.wiremock.client.WireMock.aResponse;
import static com.github.tomakehurst.wiremock.client.WireMock.get;
import static com.github.tomakehurst.wiremock.client.WireMock.getRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.urlPathEqualTo;
import static com.github.tomakehurst.wiremock.core.WireMockConfiguration.wireMockConfig;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatExceptionOfType;

/**
 * Token relay in the application scope, against Local Cognito and a WireMock downstream
 * service: the session's access token in the {@code Authorization} header of the clients
 * that opted in, a refreshed one after the refresh-ahead time, and no request at all when
 * nobody is signed in or after a sign-out.
 *
 * @author Cognito Session contributors
 */
class TokenRelayTests {

	private static final String PASSWORD = "Passw0rd-relay";

	private final MutableClock clock = new MutableClock(Instant.parse("2026-05-04T10:00:00Z"));

	@RegisterExtension
	final LocalCognitoExtension cognito = LocalCognitoExtension.configure((builder) -> builder.clock(this.clock));

	@RegisterExtension
	static WireMockExtension downstream = WireMockExtension.newInstance()
		.options(wireMockConfig().dynamicPort().bindAddress("127.0.0.1"))
		.build();

	private Provisioned setup;

	@BeforeEach
	void provision() {
		this.setup = this.cognito.provision().user("alice", PASSWORD).create();
		downstream.stubFor(get(urlPathEqualTo("/orders")).willReturn(aResponse().withStatus(200).withBody("[]")));
	}

	private ApplicationContextRunner contextRunner() {
		List<String> values = new ArrayList<>();
		this.setup.springProperties().forEach((key, value) -> values.add(key + "=" + value));
		values.add("cognito.session.store=memory");
		return new ApplicationContextRunner()
			.withConfiguration(AutoConfigurations.of(CognitoSessionAutoConfiguration.class,
					CognitoTokenRelayAutoConfiguration.class))
			.withBean(CognitoSessionAutoConfiguration.CLOCK_BEAN_NAME, Clock.class, () -> this.clock)
			.withPropertyValues(values.toArray(String[]::new));
	}

	@Test
	void callsWhenSignedInThenEachClientThatOptedInSendsTheSessionsAccessToken() {
		contextRunner().run((context) -> {
			CognitoSessionManager sessions = context.getBean(CognitoSessionManager.class);
			sessions.signIn("alice", PASSWORD);
			String accessToken = sessions.getTokens().getAccessToken().getTokenValue();
			RestClient restClient = RestClient.builder()
				.baseUrl(downstream.baseUrl())
				.apply(context.getBean(CognitoTokenRelayRestClientCustomizer.class))
				.build();
			RestTemplate restTemplate = new RestTemplate();
			restTemplate.getInterceptors().add(context.getBean(CognitoTokenRelayInterceptor.class));
			WebClient webClient = WebClient.builder()
				.baseUrl(downstream.baseUrl())
				.apply(context.getBean(CognitoTokenRelayWebClientCustomizer.class))
				.build();
			RestClient other = RestClient.builder().baseUrl(downstream.baseUrl()).build();

			restClient.get().uri("/orders?client=rest-client").retrieve().toBodilessEntity();
			restTemplate.getForObject(downstream.baseUrl() + "/orders?client=rest-template", String.class);
			webClient.get().uri("/orders?client=web-client").retrieve().toBodilessEntity().block();
			other.get().uri("/orders?client=other").retrieve().toBodilessEntity();

			assertThat(authorization("rest-client")).isEqualTo("Bearer " + accessToken);
			assertThat(authorization("rest-template")).isEqualTo("Bearer " + accessToken);
			assertThat(authorization("web-client")).isEqualTo("Bearer " + accessToken);
			assertThat(authorization("other")).as("a client that did not opt in").isNull();
		});
	}

	@Test
	void callsWhenTokensDueForRefreshBetweenTwoCallsThenSecondCallCarriesTheRefreshedToken() {
		contextRunner().run((context) -> {
			CognitoSessionManager sessions = context.getBean(CognitoSessionManager.class);
			sessions.signIn("alice", PASSWORD);
			String first = sessions.getTokens().getAccessToken().getTokenValue();
			RestClient restClient = RestClient.builder()
				.baseUrl(downstream.baseUrl())
				.requestInterceptor(context.getBean(CognitoTokenRelayInterceptor.class))
				.build();
			restClient.get().uri("/orders?call=1").retrieve().toBodilessEntity();
			// into the refresh-ahead time (5 minutes before the hour's expiry)
			this.clock.advance(Duration.ofMinutes(57));
			restClient.get().uri("/orders?call=2").retrieve().toBodilessEntity();

			String second = sessions.getTokens().getAccessToken().getTokenValue();
			assertThat(second).isNotEqualTo(first);
			assertThat(requestsWith("call", "1")).singleElement()
				.extracting((request) -> request.getHeader("Authorization"))
				.isEqualTo("Bearer " + first);
			assertThat(requestsWith("call", "2")).singleElement()
				.extracting((request) -> request.getHeader("Authorization"))
				.isEqualTo("Bearer " + second);
		});
	}

	@Test
	void callsWhenSignedOutThenNoRequestIsSentAndTheCallSaysWhy() {
		contextRunner().run((context) -> {
			CognitoSessionManager sessions = context.getBean(CognitoSessionManager.class);
			sessions.signIn("alice", PASSWORD);
			RestClient restClient = RestClient.builder()
				.baseUrl(downstream.baseUrl())
				.requestInterceptor(context.getBean(CognitoTokenRelayInterceptor.class))
				.build();
			WebClient webClient = WebClient.builder()
				.baseUrl(downstream.baseUrl())
				.filter(context.getBean(CognitoTokenRelayExchangeFilter.class))
				.build();
			restClient.get().uri("/orders?when=before").retrieve().toBodilessEntity();
			sessions.signOut();

			assertThatExceptionOfType(NotSignedInException.class)
				.isThrownBy(() -> restClient.get().uri("/orders?when=after&secret=x").retrieve().toBodilessEntity())
				.withMessageStartingWith("No access token to relay to GET " + downstream.baseUrl() + "/orders: ")
				.withMessageContaining("No user is signed in (state SIGNED_OUT)")
				.withMessageNotContaining("secret");
			assertThatExceptionOfType(NotSignedInException.class)
				.isThrownBy(() -> webClient.get().uri("/orders?when=after").retrieve().toBodilessEntity().block());
			assertThat(requestsWith("when", "before")).hasSize(1);
			assertThat(requestsWith("when", "after")).as("nothing sent after the sign-out").isEmpty();
		});
	}

	@Test
	void contextWhenNoWebClientThenRestClientRelayOnly() {
		contextRunner().withClassLoader(new FilteredClassLoader(WebClient.class))
			.run((context) -> assertThat(context).hasSingleBean(CognitoTokenRelayInterceptor.class)
				.doesNotHaveBean(CognitoTokenRelayExchangeFilter.class));
	}

	@Test
	void contextWhenNoUserPoolThenNoRelay() {
		new ApplicationContextRunner()
			.withConfiguration(AutoConfigurations.of(CognitoSessionAutoConfiguration.class,
					CognitoTokenRelayAutoConfiguration.class))
			.run((context) -> assertThat(context).doesNotHaveBean(CognitoTokenRelayInterceptor.class));
	}

	private static String authorization(String client) {
		List<LoggedRequest> requests = requestsWith("client", client);
		assertThat(requests).hasSize(1);
		return requests.get(0).getHeader("Authorization");
	}

	private static List<LoggedRequest> requestsWith(String parameter, String value) {
		return downstream.findAll(getRequestedFor(urlPathEqualTo("/orders")))
			.stream()
			.filter((request) -> request.queryParameter(parameter).isPresent()
					&& value.equals(request.queryParameter(parameter).firstValue()))
			.toList();
	}

}
