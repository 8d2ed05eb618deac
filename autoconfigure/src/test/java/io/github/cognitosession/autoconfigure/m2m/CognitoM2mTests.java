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

import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Base64;
import java.util.concurrent.atomic.AtomicInteger;

import com.github.tomakehurst.wiremock.junit5.WireMockExtension;
import io.github.cognitosession.autoconfigure.CognitoSessionAutoConfiguration;
import io.github.cognitosession.autoconfigure.InvalidCognitoConfigurationException;
import io.github.cognitosession.credentials.LatchTransformer;
import io.github.cognitosession.local.MutableClock;
import io.github.cognitosession.m2m.CognitoClientCredentialsManager;
import io.github.cognitosession.refresh.ManualScheduler;
import io.github.cognitosession.token.CognitoTokenVerifier;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

import org.springframework.boot.autoconfigure.AutoConfigurations;
import org.springframework.boot.test.context.FilteredClassLoader;
import org.springframework.boot.test.context.runner.ApplicationContextRunner;
import org.springframework.security.oauth2.client.OAuth2AuthorizedClientManager;
import org.springframework.security.oauth2.client.endpoint.RestClientClientCredentialsTokenResponseClient;
import org.springframework.security.oauth2.client.registration.ClientRegistration;
import org.springframework.security.oauth2.client.registration.InMemoryClientRegistrationRepository;
import org.springframework.security.oauth2.core.AuthorizationGrantType;
import org.springframework.security.oauth2.core.OAuth2AuthorizationException;
import org.springframework.web.client.RestClient;

import static com.github.tomakehurst.wiremock.client.WireMock.aResponse;
import static com.github.tomakehurst.wiremock.client.WireMock.containing;
import static com.github.tomakehurst.wiremock.client.WireMock.equalTo;
import static com.github.tomakehurst.wiremock.client.WireMock.get;
import static com.github.tomakehurst.wiremock.client.WireMock.getRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.post;
import static com.github.tomakehurst.wiremock.client.WireMock.postRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.urlPathEqualTo;
import static com.github.tomakehurst.wiremock.core.WireMockConfiguration.wireMockConfig;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatExceptionOfType;

/**
 * Machine-to-machine clients against a WireMock token endpoint shaped like Cognito's
 * {@code /oauth2/token}: the client-credentials request, the token cached and renewed
 * before expiry, the {@code RestClient} that opts in by name, and configuration mistakes
 * that name the property.
 *
 * @author Cognito Session contributors
 */
class CognitoM2mTests {

	private static final String SECRET = "m2m-test-client-secret-0123456789";

	private static final LatchTransformer latch = new LatchTransformer();

	@RegisterExtension
	static WireMockExtension cognito = WireMockExtension.newInstance()
		.options(wireMockConfig().dynamicPort().bindAddress("127.0.0.1").extensions(latch))
		.build();

	private final MutableClock clock = new MutableClock(Instant.parse("2026-05-04T10:00:00Z"));

	private final AtomicInteger issued = new AtomicInteger();

	@BeforeEach
	void stubTokenEndpoint() {
		latch.close();
		latch.open();
		cognito.stubFor(get(urlPathEqualTo("/orders")).willReturn(aResponse().withStatus(200).withBody("[]")));
	}

	/** The next token response, held back by the latch until the test opens it. */
	private String nextToken(boolean held) {
		String token = "eyJ.m2m-token-" + this.issued.incrementAndGet() + ".sig";
		cognito.stubFor(post(urlPathEqualTo("/oauth2/token")).willReturn(aResponse().withStatus(200)
			.withHeader("Content-Type", "application/json")
			.withBody("{\"access_token\":\"" + token + "\",\"expires_in\":3600,\"token_type\":\"Bearer\"}")
			.withTransformers(held ? new String[] { LatchTransformer.NAME } : new String[0])));
		return token;
	}

	private ApplicationContextRunner contextRunner() {
		return new ApplicationContextRunner()
			.withConfiguration(AutoConfigurations.of(CognitoM2mAutoConfiguration.class))
			.withBean(CognitoSessionAutoConfiguration.CLOCK_BEAN_NAME, Clock.class, () -> this.clock)
			.withPropertyValues("cognito.m2m.orders.client-id=m2mclient", "cognito.m2m.orders.client-secret=" + SECRET,
					"cognito.m2m.orders.scopes=orders/read,orders/write",
					"cognito.m2m.orders.domain=" + cognito.baseUrl());
	}

	@Test
	void tokenWhenFirstNeededThenClientCredentialsGrantWithBasicAuthAndScopesThenCached() {
		String token = nextToken(false);
		contextRunner().run((context) -> {
			CognitoClientCredentialsManager m2m = context.getBean(CognitoClientCredentialsManager.class);
			assertThat(context).hasSingleBean(OAuth2AuthorizedClientManager.class);
			assertThat(m2m.getAccessToken("orders").getTokenValue()).isEqualTo(token);
			assertThat(m2m.getAccessToken("orders").getTokenValue()).isEqualTo(token);
			String basic = Base64.getEncoder().encodeToString(("m2mclient:" + SECRET).getBytes(StandardCharsets.UTF_8));
			cognito.verify(1,
					postRequestedFor(urlPathEqualTo("/oauth2/token"))
						.withHeader("Authorization", equalTo("Basic " + basic))
						.withRequestBody(containing("grant_type=client_credentials"))
						.withRequestBody(containing("scope=orders%2Fread+orders%2Fwrite")));
		});
	}

	@Test
	void restClientWhenOptedInByNameThenCarriesTheToken() {
		String token = nextToken(false);
		contextRunner().run((context) -> {
			CognitoClientCredentialsManager m2m = context.getBean(CognitoClientCredentialsManager.class);
			RestClient orders = RestClient.builder()
				.baseUrl(cognito.baseUrl())
				.requestInterceptor(m2m.requestInterceptor("orders"))
				.build();
			orders.get().uri("/orders").retrieve().toBodilessEntity();
			cognito.verify(
					getRequestedFor(urlPathEqualTo("/orders")).withHeader("Authorization", equalTo("Bearer " + token)));
		});
	}

	@Test
	void tokenWhenInPrefetchWindowThenStillValidTokenServedAndRenewedInTheBackground() throws Exception {
		String first = nextToken(false);
		// the background renewal runs on the manual scheduler, whose completion the test
		// waits for; its timers only fire when the test runs them
		ManualScheduler scheduler = new ManualScheduler(this.clock);
		ClientRegistration orders = ClientRegistration.withRegistrationId("orders")
			.clientId("m2mclient")
			.clientSecret(SECRET)
			.authorizationGrantType(AuthorizationGrantType.CLIENT_CREDENTIALS)
			.scope("orders/read")
			.tokenUri(cognito.baseUrl() + "/oauth2/token")
			.build();
		try (CognitoClientCredentialsManager m2m = new CognitoClientCredentialsManager(
				new InMemoryClientRegistrationRepository(orders), new RestClientClientCredentialsTokenResponseClient(),
				this.clock, CognitoTokenVerifier.DEFAULT_CLOCK_SKEW, scheduler)) {
			assertThat(m2m.getAccessToken("orders").getTokenValue()).isEqualTo(first);
			String second = nextToken(true);
			latch.close();
			// 4 minutes before expiry: in the 5-minute prefetch window, not yet stale
			this.clock.advance(Duration.ofMinutes(56));
			assertThat(m2m.getAccessToken("orders").getTokenValue()).as("served while the renewal is held")
				.isEqualTo(first);
			assertThat(latch.awaitHeldRequest()).isTrue();
			latch.open();
			scheduler.awaitImmediateTasks();
			// the next caller after the renewal gets the new token, with no request of
			// its own
			assertThat(m2m.getAccessToken("orders").getTokenValue()).isEqualTo(second);
			cognito.verify(2, postRequestedFor(urlPathEqualTo("/oauth2/token")));
		}
		finally {
			scheduler.shutdownNow();
		}
	}

	@Test
	void tokenWhenEndpointRefusesClientThenOAuth2ErrorAndNoSecretInMessage() {
		cognito.stubFor(post(urlPathEqualTo("/oauth2/token")).willReturn(aResponse().withStatus(400)
			.withHeader("Content-Type", "application/json")
			.withBody("{\"error\":\"invalid_client\"}")));
		contextRunner().run((context) -> {
			CognitoClientCredentialsManager m2m = context.getBean(CognitoClientCredentialsManager.class);
			assertThatExceptionOfType(OAuth2AuthorizationException.class).isThrownBy(() -> m2m.getAccessToken("orders"))
				.satisfies((ex) -> assertThat(ex.getError().getErrorCode()).isEqualTo("invalid_client"))
				.withMessageNotContaining(SECRET);
		});
	}

	@Test
	void contextWhenNoM2mClientsThenNoManager() {
		new ApplicationContextRunner().withConfiguration(AutoConfigurations.of(CognitoM2mAutoConfiguration.class))
			.run((context) -> assertThat(context).doesNotHaveBean(CognitoClientCredentialsManager.class));
	}

	@Test
	void contextWhenOAuth2ClientNotOnClasspathThenNoManager() {
		contextRunner().withClassLoader(new FilteredClassLoader(OAuth2AuthorizedClientManager.class))
			.run((context) -> assertThat(context).doesNotHaveBean(CognitoClientCredentialsManager.class));
	}

	@Test
	void contextWhenDomainOnlyInHostedUiThenItsTokenEndpoint() {
		String token = nextToken(false);
		new ApplicationContextRunner().withConfiguration(AutoConfigurations.of(CognitoM2mAutoConfiguration.class))
			.withPropertyValues("cognito.m2m.reports.client-id=reports", "cognito.m2m.reports.client-secret=" + SECRET,
					"cognito.hosted-ui.domain=" + cognito.baseUrl())
			.run((context) -> assertThat(
					context.getBean(CognitoClientCredentialsManager.class).getAccessToken("reports").getTokenValue())
				.isEqualTo(token));
	}

	@Test
	void contextWhenSecretMissingThenFailsNamingThePropertyAndNoSecret() {
		new ApplicationContextRunner().withConfiguration(AutoConfigurations.of(CognitoM2mAutoConfiguration.class))
			.withPropertyValues("cognito.m2m.orders.client-id=m2mclient",
					"cognito.m2m.orders.domain=myapp.auth.eu-west-1.amazoncognito.com")
			.run((context) -> assertThat(context).hasFailed()
				.getFailure()
				.rootCause()
				.isInstanceOf(InvalidCognitoConfigurationException.class)
				.hasMessageContaining("cognito.m2m.orders.client-secret is not set"));
	}

	@Test
	void contextWhenDomainIsPlainHttpElsewhereThanLoopbackThenFailsNamingTheProperty() {
		new ApplicationContextRunner().withConfiguration(AutoConfigurations.of(CognitoM2mAutoConfiguration.class))
			.withPropertyValues("cognito.m2m.orders.client-id=m2mclient", "cognito.m2m.orders.client-secret=" + SECRET,
					"cognito.m2m.orders.domain=http://auth.example.com")
			.run((context) -> assertThat(context).hasFailed()
				.getFailure()
				.rootCause()
				.isInstanceOf(InvalidCognitoConfigurationException.class)
				.hasMessageContaining("cognito.m2m.orders.domain")
				.hasMessageNotContaining(SECRET));
	}

	@Test
	void contextWhenNoDomainAnywhereThenFailsNamingTheProperty() {
		new ApplicationContextRunner().withConfiguration(AutoConfigurations.of(CognitoM2mAutoConfiguration.class))
			.withPropertyValues("cognito.m2m.orders.client-id=m2mclient", "cognito.m2m.orders.client-secret=" + SECRET)
			.run((context) -> assertThat(context).hasFailed()
				.getFailure()
				.rootCause()
				.hasMessageContaining("cognito.m2m.orders.domain is not set"));
	}

	@Test
	void interceptorWhenUnknownNameThenSaysSo() {
		nextToken(false);
		contextRunner().run((context) -> assertThatExceptionOfType(IllegalArgumentException.class)
			.isThrownBy(() -> context.getBean(CognitoClientCredentialsManager.class).requestInterceptor("invoices"))
			.withMessageContaining("No client registration 'invoices'"));
	}

}
