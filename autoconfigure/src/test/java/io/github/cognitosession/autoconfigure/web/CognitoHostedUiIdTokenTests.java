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

import java.time.Duration;
import java.time.Instant;
import java.util.function.Consumer;

import com.github.tomakehurst.wiremock.junit5.WireMockExtension;
import io.github.cognitosession.token.TestTokens;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

import org.springframework.boot.autoconfigure.AutoConfigurations;
import org.springframework.boot.security.autoconfigure.SecurityAutoConfiguration;
import org.springframework.boot.security.autoconfigure.web.servlet.ServletWebSecurityAutoConfiguration;
import org.springframework.boot.security.oauth2.client.autoconfigure.OAuth2ClientAutoConfiguration;
import org.springframework.boot.security.oauth2.client.autoconfigure.servlet.OAuth2ClientWebSecurityAutoConfiguration;
import org.springframework.boot.test.context.assertj.AssertableWebApplicationContext;
import org.springframework.boot.test.context.runner.ContextConsumer;
import org.springframework.boot.test.context.runner.WebApplicationContextRunner;
import org.springframework.core.ResolvableType;
import org.springframework.security.oauth2.client.registration.ClientRegistration;
import org.springframework.security.oauth2.client.registration.ClientRegistrationRepository;
import org.springframework.security.oauth2.jwt.JwtDecoder;
import org.springframework.security.oauth2.jwt.JwtDecoderFactory;
import org.springframework.security.oauth2.jwt.JwtValidationException;

import static com.github.tomakehurst.wiremock.client.WireMock.aResponse;
import static com.github.tomakehurst.wiremock.client.WireMock.get;
import static com.github.tomakehurst.wiremock.core.WireMockConfiguration.wireMockConfig;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatExceptionOfType;

/**
 * The hosted-UI login's ID token decoder as auto-configured: signature against the JWKS,
 * then the claim rules of {@code CognitoIdTokenValidator} with
 * {@code cognito.session.clock-skew}.
 *
 * @author Cognito Session contributors
 */
class CognitoHostedUiIdTokenTests {

	@RegisterExtension
	static WireMockExtension jwks = WireMockExtension.newInstance()
		.options(wireMockConfig().dynamicPort().bindAddress("127.0.0.1"))
		.build();

	private final TestTokens tokens = new TestTokens();

	private final WebApplicationContextRunner contextRunner = new WebApplicationContextRunner()
		.withConfiguration(AutoConfigurations.of(CognitoHostedUiAutoConfiguration.class,
				OAuth2ClientAutoConfiguration.class, OAuth2ClientWebSecurityAutoConfiguration.class,
				SecurityAutoConfiguration.class, ServletWebSecurityAutoConfiguration.class))
		.withPropertyValues("cognito.user-pool.id=" + TestTokens.POOL_ID,
				"cognito.user-pool.client-id=" + TestTokens.CLIENT_ID, "cognito.hosted-ui.domain=auth.example.com",
				"cognito.hosted-ui.issuer-uri=" + TestTokens.ISSUER);

	@Test
	void decodeWhenExpiredWithinConfiguredClockSkewThenAccepted() {
		serveJwks();
		// Relative to the real clock, as the decoder's is; two minutes apart from both
		// limits, so the result does not depend on how fast the test runs.
		Instant now = Instant.now();
		String token = this.tokens.idToken("alice", now.minus(Duration.ofHours(1)), Duration.ofHours(1).minusMinutes(2))
			.sign();
		this.contextRunner.withPropertyValues("cognito.session.clock-skew=4m")
			.run(withDecoder((decoder) -> assertThat(decoder.decode(token).getSubject()).isEqualTo(TestTokens.SUB)));
		this.contextRunner.run(withDecoder((decoder) -> assertThatExceptionOfType(JwtValidationException.class)
			.isThrownBy(() -> decoder.decode(token))
			.withMessageContaining("exp")));
	}

	@Test
	void decodeWhenClaimsHaveControlCharactersThenErrorsQuoteThemSanitized() {
		serveJwks();
		String token = this.tokens.idToken("alice", Instant.now(), Duration.ofHours(1))
			.claim("aud", "evil\r\nINFO forged line\u001b[0m" + "a".repeat(1000))
			.sign();
		this.contextRunner.run(withDecoder((decoder) -> assertThatExceptionOfType(JwtValidationException.class)
			.isThrownBy(() -> decoder.decode(token))
			.satisfies((ex) -> assertThat(ex.getMessage()).contains("aud")
				.doesNotContain("\r", "\n", "\u001b")
				.hasSizeLessThan(500))));
	}

	@Test
	void autoConfigurationWhenClockSkewAboveFiveMinutesThenFailsNamingTheProperty() {
		this.contextRunner.withPropertyValues("cognito.session.clock-skew=10m")
			.run((context) -> assertThat(context).getFailure()
				.rootCause()
				.hasMessageContaining("cognito.session.clock-skew"));
	}

	private void serveJwks() {
		jwks.stubFor(get("/jwks").willReturn(aResponse().withHeader("Content-Type", "application/json")
			.withBody(this.tokens.jwkSet().toString(true))));
	}

	@SuppressWarnings("unchecked")
	private ContextConsumer<AssertableWebApplicationContext> withDecoder(Consumer<JwtDecoder> assertion) {
		return (context) -> {
			ClientRegistration registration = ClientRegistration
				.withClientRegistration(
						context.getBean(ClientRegistrationRepository.class).findByRegistrationId("cognito"))
				.jwkSetUri(jwks.baseUrl() + "/jwks")
				.build();
			JwtDecoderFactory<ClientRegistration> factory = (JwtDecoderFactory<ClientRegistration>) context
				.getBeanProvider(ResolvableType.forClassWithGenerics(JwtDecoderFactory.class, ClientRegistration.class))
				.getObject();
			assertion.accept(factory.createDecoder(registration));
		};
	}

}
