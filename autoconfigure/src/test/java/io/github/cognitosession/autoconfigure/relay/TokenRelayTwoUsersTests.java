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

import java.security.Principal;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;

import com.github.tomakehurst.wiremock.junit5.WireMockExtension;
import com.github.tomakehurst.wiremock.verification.LoggedRequest;
import com.nimbusds.jwt.SignedJWT;
import io.github.cognitosession.autoconfigure.CognitoSessionAutoConfiguration;
import io.github.cognitosession.autoconfigure.web.CognitoUserScopeAutoConfiguration;
import io.github.cognitosession.autoconfigure.web.CognitoWebSessionAutoConfiguration;
import io.github.cognitosession.autoconfigure.web.FormLogins;
import io.github.cognitosession.local.Provisioned;
import io.github.cognitosession.local.junit.LocalCognitoExtension;
import io.github.cognitosession.exception.NotSignedInException;
import io.github.cognitosession.relay.CognitoTokenRelayInterceptor;
import io.github.cognitosession.session.CognitoSessionManager;
import jakarta.servlet.ServletException;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

import org.springframework.boot.autoconfigure.AutoConfigurations;
import org.springframework.boot.security.autoconfigure.SecurityAutoConfiguration;
import org.springframework.boot.security.autoconfigure.UserDetailsServiceAutoConfiguration;
import org.springframework.boot.security.autoconfigure.web.servlet.ServletWebSecurityAutoConfiguration;
import org.springframework.boot.test.context.runner.WebApplicationContextRunner;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.env.Environment;
import org.springframework.mock.web.MockHttpSession;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.MockMvcRequestBuilders;
import org.springframework.web.context.request.RequestContextHolder;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.client.RestClient;
import org.springframework.web.servlet.config.annotation.EnableWebMvc;

import static com.github.tomakehurst.wiremock.client.WireMock.aResponse;
import static com.github.tomakehurst.wiremock.client.WireMock.get;
import static com.github.tomakehurst.wiremock.client.WireMock.getRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.urlPathEqualTo;
import static com.github.tomakehurst.wiremock.core.WireMockConfiguration.wireMockConfig;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatExceptionOfType;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/**
 * Token relay in the user scope: two users signed in through the application's own login
 * form call a downstream service at the same time, and every downstream request carries
 * the token of the user whose request made it; after one of them logs out, that user's
 * calls send nothing while the other's go on.
 *
 * @author Cognito Session contributors
 */
class TokenRelayTwoUsersTests {

	private static final String PASSWORD = "Passw0rd-relay2";

	private static final int CALLS_PER_USER = 40;

	@RegisterExtension
	static LocalCognitoExtension cognito = LocalCognitoExtension.create();

	@RegisterExtension
	static WireMockExtension downstream = WireMockExtension.newInstance()
		.options(wireMockConfig().dynamicPort().bindAddress("127.0.0.1"))
		.build();

	private static Provisioned setup;

	@BeforeAll
	static void provision() {
		setup = cognito.provision().user("alice", PASSWORD).otherUser("bob", PASSWORD).create();
	}

	@AfterEach
	void unbindRequest() {
		// MockMvc binds each request to the thread and leaves it bound when the request
		// throws (the signed-out user's call below): later tests on this thread would
		// otherwise see that request's HTTP session as theirs
		RequestContextHolder.resetRequestAttributes();
	}

	@BeforeEach
	void stub() {
		downstream.stubFor(get(urlPathEqualTo("/orders")).willReturn(aResponse().withStatus(200).withBody("[]")));
	}

	private WebApplicationContextRunner contextRunner() {
		List<String> values = new ArrayList<>();
		setup.springProperties().forEach((key, value) -> values.add(key + "=" + value));
		values.add("downstream.url=" + downstream.baseUrl());
		return new WebApplicationContextRunner()
			.withConfiguration(AutoConfigurations.of(CognitoUserScopeAutoConfiguration.class,
					CognitoSessionAutoConfiguration.class, CognitoWebSessionAutoConfiguration.class,
					CognitoTokenRelayAutoConfiguration.class, SecurityAutoConfiguration.class,
					ServletWebSecurityAutoConfiguration.class, UserDetailsServiceAutoConfiguration.class))
			.withUserConfiguration(WebConfiguration.class)
			.withPropertyValues(values.toArray(String[]::new));
	}

	@Test
	void callsWhenTwoUsersConcurrentlyThenEachDownstreamRequestCarriesItsOwnUsersToken() {
		contextRunner().run((context) -> {
			MockMvc mvc = FormLogins.mockMvc(context);
			MockHttpSession alice = login(mvc, "alice");
			MockHttpSession bob = login(mvc, "bob");
			ExecutorService threads = Executors.newFixedThreadPool(8);
			try {
				CountDownLatch start = new CountDownLatch(1);
				List<Future<Integer>> calls = new ArrayList<>();
				for (int i = 0; i < CALLS_PER_USER; i++) {
					for (MockHttpSession session : List.of(alice, bob)) {
						calls.add(threads.submit(() -> {
							start.await();
							return mvc.perform(MockMvcRequestBuilders.get("/relay").session(session))
								.andReturn()
								.getResponse()
								.getStatus();
						}));
					}
				}
				start.countDown();
				for (Future<Integer> call : calls) {
					assertThat(call.get(30, TimeUnit.SECONDS)).isEqualTo(200);
				}
			}
			finally {
				threads.shutdownNow();
			}
			List<LoggedRequest> requests = downstream.findAll(getRequestedFor(urlPathEqualTo("/orders")));
			assertThat(requests).hasSize(2 * CALLS_PER_USER);
			for (LoggedRequest request : requests) {
				String caller = request.queryParameter("user").firstValue();
				assertThat(usernameOf(request.getHeader("Authorization"))).as("the token sent for " + caller)
					.isEqualTo(caller);
			}
			assertThat(requests).filteredOn((request) -> "alice".equals(request.queryParameter("user").firstValue()))
				.hasSize(CALLS_PER_USER);
		});
	}

	@Test
	void callsWhenOneUserSignedOutThenTheirCallsSendNothingAndTheOthersGoOn() {
		contextRunner().run((context) -> {
			MockMvc mvc = FormLogins.mockMvc(context);
			MockHttpSession alice = login(mvc, "alice");
			MockHttpSession bob = login(mvc, "bob");
			mvc.perform(post("/cognito-sign-out").session(alice).with(csrf())).andExpect(status().isOk());

			assertThatExceptionOfType(ServletException.class)
				.isThrownBy(() -> mvc.perform(MockMvcRequestBuilders.get("/relay").session(alice)))
				.havingCause()
				.isInstanceOf(NotSignedInException.class)
				.withMessageContaining("No access token to relay to GET " + downstream.baseUrl() + "/orders");
			assertThat(mvc.perform(MockMvcRequestBuilders.get("/relay").session(bob))
				.andReturn()
				.getResponse()
				.getStatus()).isEqualTo(200);
			List<LoggedRequest> requests = downstream.findAll(getRequestedFor(urlPathEqualTo("/orders")));
			assertThat(requests).singleElement()
				.satisfies((request) -> assertThat(usernameOf(request.getHeader("Authorization"))).isEqualTo("bob"));
		});
	}

	private static String usernameOf(String authorization) throws Exception {
		assertThat(authorization).startsWith("Bearer ");
		return SignedJWT.parse(authorization.substring("Bearer ".length()))
			.getJWTClaimsSet()
			.getStringClaim("username");
	}

	private static MockHttpSession login(MockMvc mvc, String username) throws Exception {
		return FormLogins.login(mvc, username, PASSWORD);
	}

	@Configuration(proxyBeanMethods = false)
	@EnableWebMvc
	static class WebConfiguration {

		@RestController
		static class RelayController {

			private final RestClient orders;

			private final CognitoSessionManager sessionManager;

			RelayController(CognitoTokenRelayInterceptor relay, Environment environment,
					CognitoSessionManager sessionManager) {
				this.sessionManager = sessionManager;
				this.orders = RestClient.builder()
					.baseUrl(environment.getRequiredProperty("downstream.url"))
					.requestInterceptor(relay)
					.build();
			}

			@PostMapping("/cognito-sign-out")
			String signOut() {
				this.sessionManager.signOut();
				return "signed out";
			}

			@GetMapping("/relay")
			String relay(Principal principal) {
				return this.orders.get().uri("/orders?user={user}", principal.getName()).retrieve().body(String.class);
			}

		}

	}

}
