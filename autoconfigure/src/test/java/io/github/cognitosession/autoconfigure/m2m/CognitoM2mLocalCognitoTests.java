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

import java.net.URI;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;

import com.nimbusds.jwt.JWTClaimsSet;
import com.nimbusds.jwt.SignedJWT;
import io.github.cognitosession.autoconfigure.CognitoSessionAutoConfiguration;
import io.github.cognitosession.local.MutableClock;
import io.github.cognitosession.local.Provisioned;
import io.github.cognitosession.local.fault.Fault;
import io.github.cognitosession.local.hostedui.HostedUiHandler;
import io.github.cognitosession.local.junit.LocalCognitoExtension;
import io.github.cognitosession.m2m.CognitoClientCredentialsManager;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import software.amazon.awssdk.auth.credentials.AnonymousCredentialsProvider;
import software.amazon.awssdk.regions.Region;
import software.amazon.awssdk.services.cognitoidentityprovider.CognitoIdentityProviderClient;
import software.amazon.awssdk.services.cognitoidentityprovider.model.OAuthFlowType;
import software.amazon.awssdk.services.cognitoidentityprovider.model.ResourceServerScopeType;
import software.amazon.awssdk.services.cognitoidentityprovider.model.UserPoolClientType;

import org.springframework.boot.autoconfigure.AutoConfigurations;
import org.springframework.boot.test.context.runner.ApplicationContextRunner;
import org.springframework.security.oauth2.core.OAuth2AuthorizationException;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatExceptionOfType;

/**
 * Machine-to-machine clients against Local Cognito: a resource server with custom scopes,
 * an app client allowed the client-credentials flow, and the pool domain's
 * {@code /oauth2/token} issuing access tokens with Cognito's claims; 200 concurrent
 * callers at the token's expiry make one token request (Local Cognito's counter).
 *
 * @author Cognito Session contributors
 */
class CognitoM2mLocalCognitoTests {

	private static final String CLIENT_CREDENTIALS = "client_credentials";

	private final MutableClock clock = new MutableClock(Instant.parse("2026-05-04T10:00:00Z"));

	@RegisterExtension
	final LocalCognitoExtension cognito = LocalCognitoExtension.configure((builder) -> builder.clock(this.clock));

	private Provisioned setup;

	private UserPoolClientType machine;

	@BeforeEach
	void provision() {
		this.setup = this.cognito.provision().create();
		try (CognitoIdentityProviderClient admin = admin()) {
			admin.createResourceServer((request) -> request.userPoolId(this.setup.userPoolId())
				.identifier("orders")
				.name("Orders API")
				.scopes(ResourceServerScopeType.builder().scopeName("read").scopeDescription("Read orders").build(),
						ResourceServerScopeType.builder().scopeName("write").scopeDescription("Write orders").build()));
			this.machine = admin
				.createUserPoolClient((request) -> request.userPoolId(this.setup.userPoolId())
					.clientName("reports")
					.generateSecret(true)
					.allowedOAuthFlowsUserPoolClient(true)
					.allowedOAuthFlows(OAuthFlowType.CLIENT_CREDENTIALS)
					.allowedOAuthScopes("orders/read"))
				.userPoolClient();
		}
	}

	private CognitoIdentityProviderClient admin() {
		return CognitoIdentityProviderClient.builder()
			.endpointOverride(URI.create(this.setup.endpoint()))
			.region(Region.of(this.setup.region()))
			.credentialsProvider(AnonymousCredentialsProvider.create())
			.build();
	}

	private ApplicationContextRunner contextRunner(String scopes) {
		return new ApplicationContextRunner()
			.withConfiguration(AutoConfigurations.of(CognitoM2mAutoConfiguration.class))
			.withBean(CognitoSessionAutoConfiguration.CLOCK_BEAN_NAME, Clock.class, () -> this.clock)
			.withPropertyValues("cognito.m2m.orders.client-id=" + this.machine.clientId(),
					"cognito.m2m.orders.client-secret=" + this.machine.clientSecret(),
					"cognito.m2m.orders.scopes=" + scopes,
					"cognito.hosted-ui.domain=" + this.cognito.cognito().hostedUiDomain());
	}

	@Test
	void resourceServerWhenCreatedThenDescribedAndListed() {
		try (CognitoIdentityProviderClient admin = admin()) {
			assertThat(admin
				.describeResourceServer((request) -> request.userPoolId(this.setup.userPoolId()).identifier("orders"))
				.resourceServer()
				.scopes()).extracting(ResourceServerScopeType::scopeName).containsExactly("read", "write");
			assertThat(
					admin.listResourceServers((request) -> request.userPoolId(this.setup.userPoolId()).maxResults(10))
						.resourceServers())
				.singleElement()
				.satisfies((server) -> assertThat(server.name()).isEqualTo("Orders API"));
		}
	}

	@Test
	void tokenWhenClientCredentialsThenAccessTokenWithCognitosClaimsAndNoUsername() {
		contextRunner("orders/read").run((context) -> {
			String token = context.getBean(CognitoClientCredentialsManager.class)
				.getAccessToken("orders")
				.getTokenValue();
			JWTClaimsSet claims = SignedJWT.parse(token).getJWTClaimsSet();
			assertThat(claims.getClaim("token_use")).isEqualTo("access");
			assertThat(claims.getClaim("client_id")).isEqualTo(this.machine.clientId());
			assertThat(claims.getSubject()).isEqualTo(this.machine.clientId());
			assertThat(claims.getClaim("scope")).isEqualTo("orders/read");
			assertThat(claims.getIssuer()).endsWith("/" + this.setup.userPoolId());
			assertThat(claims.getClaims()).doesNotContainKeys("username", "cognito:groups");
			assertThat(this.cognito.cognito().tokenRequests(CLIENT_CREDENTIALS)).isEqualTo(1);
		});
	}

	@Test
	void tokenWhenScopeNotAllowedToTheClientThenInvalidScope() {
		contextRunner("orders/write").run((context) -> assertThatExceptionOfType(OAuth2AuthorizationException.class)
			.isThrownBy(() -> context.getBean(CognitoClientCredentialsManager.class).getAccessToken("orders"))
			.satisfies((ex) -> assertThat(ex.getError().getErrorCode()).isEqualTo("invalid_scope")));
	}

	@Test
	void tokenWhen200CallersAtExpiryThenOneTokenRequest() {
		contextRunner("orders/read").run((context) -> {
			CognitoClientCredentialsManager m2m = context.getBean(CognitoClientCredentialsManager.class);
			String first = m2m.getAccessToken("orders").getTokenValue();
			CountDownLatch held = new CountDownLatch(1);
			CountDownLatch release = new CountDownLatch(1);
			this.cognito.cognito()
				.faults()
				.failNext(HostedUiHandler.TOKEN_ENDPOINT_FAULTS, Fault.holdUntil(release, held::countDown));
			// past the expiry minus the clock skew: no caller may send the old token
			this.clock.advance(Duration.ofMinutes(59).plusSeconds(30));
			int callers = 200;
			ExecutorService threads = Executors.newFixedThreadPool(callers);
			try {
				CountDownLatch started = new CountDownLatch(callers);
				List<Future<String>> calls = new ArrayList<>();
				for (int i = 0; i < callers; i++) {
					calls.add(threads.submit(() -> {
						started.countDown();
						return m2m.getAccessToken("orders").getTokenValue();
					}));
				}
				assertThat(held.await(30, TimeUnit.SECONDS)).as("the token request is held").isTrue();
				assertThat(started.await(30, TimeUnit.SECONDS)).isTrue();
				release.countDown();
				List<String> tokens = new ArrayList<>();
				for (Future<String> call : calls) {
					tokens.add(call.get(30, TimeUnit.SECONDS));
				}
				assertThat(tokens).doesNotContain(first).containsOnly(tokens.get(0));
			}
			finally {
				threads.shutdownNow();
			}
			assertThat(this.cognito.cognito().tokenRequests(CLIENT_CREDENTIALS)).isEqualTo(2);
		});
	}

}
