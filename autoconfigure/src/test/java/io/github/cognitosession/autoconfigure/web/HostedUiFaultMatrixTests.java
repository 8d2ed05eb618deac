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

import java.net.URLDecoder;
import java.net.http.HttpTimeoutException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;

import com.github.tomakehurst.wiremock.client.WireMock;
import com.github.tomakehurst.wiremock.junit5.WireMockExtension;
import io.github.cognitosession.autoconfigure.CognitoSessionAutoConfiguration;
import io.github.cognitosession.faults.Fault;
import io.github.cognitosession.faults.FaultMatrix;
import io.github.cognitosession.faults.UpstreamCalls;
import io.github.cognitosession.web.HttpSessionSessionRepository;
import io.github.cognitosession.web.TestCognitoTokens;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

import org.springframework.boot.autoconfigure.ImportAutoConfiguration;
import org.springframework.boot.security.autoconfigure.SecurityAutoConfiguration;
import org.springframework.boot.security.autoconfigure.web.servlet.ServletWebSecurityAutoConfiguration;
import org.springframework.boot.security.oauth2.client.autoconfigure.OAuth2ClientAutoConfiguration;
import org.springframework.boot.security.oauth2.client.autoconfigure.servlet.OAuth2ClientWebSecurityAutoConfiguration;
import org.springframework.boot.test.util.TestPropertyValues;
import org.springframework.boot.web.context.servlet.AnnotationConfigServletWebApplicationContext;
import org.springframework.context.annotation.Configuration;
import org.springframework.mock.web.MockHttpSession;
import org.springframework.mock.web.MockServletContext;
import org.springframework.security.core.AuthenticationException;
import org.springframework.security.core.context.SecurityContext;
import org.springframework.security.oauth2.core.OAuth2AuthenticationException;
import org.springframework.security.web.WebAttributes;
import org.springframework.security.web.context.HttpSessionSecurityContextRepository;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.MvcResult;
import org.springframework.test.web.servlet.RequestBuilder;
import org.springframework.test.web.servlet.setup.MockMvcBuilders;
import org.springframework.web.util.UriComponentsBuilder;

import static com.github.tomakehurst.wiremock.client.WireMock.containing;
import static com.github.tomakehurst.wiremock.client.WireMock.okJson;
import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.setup.SecurityMockMvcConfigurers.springSecurity;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/**
 * The fault matrix of the hosted-UI login's calls: the token endpoint
 * ({@code /oauth2/token}), the key set the ID token is checked with and the user-info
 * endpoint. A fault is a failed login ({@code /login?error}): nothing authenticated, no
 * Cognito session and no tokens left in the HTTP session, one request per call, an error
 * that carries no code, verifier or client secret, and a slow endpoint is given up after
 * {@code cognito.hosted-ui.timeout}. One application context serves every cell.
 *
 * @author Cognito Session contributors
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class HostedUiFaultMatrixTests {

	private static final String POOL_ID = "eu-west-1_AbC123";

	private static final String CLIENT_ID = "client-1";

	private static final String CLIENT_SECRET = "s3cr3t-client-secret";

	private static final String SUB = "3f1c2b9e-8a4d-4c1e-9b6a-2d7f5e0c1a11";

	private static final String TOKEN = "/oauth2/token";

	private static final String JWKS = "/" + POOL_ID + "/.well-known/jwks.json";

	private static final String USER_INFO = "/oauth2/userInfo";

	private static final UpstreamCalls calls = new UpstreamCalls();

	@RegisterExtension
	static WireMockExtension cognito = FaultMatrix.server(calls);

	private final TestCognitoTokens tokens = new TestCognitoTokens();

	private final String refreshToken = TestCognitoTokens.refreshToken();

	private AnnotationConfigServletWebApplicationContext context;

	private MockMvc mvc;

	private String issuer;

	static Stream<Arguments> cells() {
		return Stream.of(TOKEN, JWKS, USER_INFO)
			.flatMap((endpoint) -> Stream.of(Fault.values()).map((fault) -> Arguments.of(endpoint, fault)));
	}

	@BeforeAll
	void startApplication() {
		String domain = "http://127.0.0.1:" + cognito.getPort();
		this.issuer = domain + "/" + POOL_ID;
		this.context = new AnnotationConfigServletWebApplicationContext();
		this.context.setServletContext(new MockServletContext());
		TestPropertyValues
			.of("cognito.region=eu-west-1", "cognito.user-pool.id=" + POOL_ID, "cognito.user-pool.endpoint=" + domain,
					"cognito.user-pool.issuer=" + this.issuer, "cognito.user-pool.client-id=" + CLIENT_ID,
					"cognito.user-pool.client-secret=" + CLIENT_SECRET, "cognito.hosted-ui.domain=" + domain,
					"cognito.hosted-ui.timeout=" + FaultMatrix.CLIENT_TIMEOUT.toMillis() + "ms")
			.applyTo(this.context);
		this.context.register(Application.class);
		this.context.refresh();
		this.mvc = MockMvcBuilders.webAppContextSetup(this.context).apply(springSecurity()).build();
	}

	@AfterAll
	void stopApplication() {
		this.context.close();
	}

	@BeforeEach
	void stubCognito() {
		calls.reset();
		cognito.stubFor(WireMock.get(JWKS).willReturn(okJson(this.tokens.jwks())));
		cognito.stubFor(WireMock.get(USER_INFO)
			.willReturn(okJson("{\"sub\":\"" + SUB + "\",\"email\":\"alice@example.com\",\"username\":\"alice\"}")));
	}

	@ParameterizedTest(name = "{0} {1}")
	@MethodSource("cells")
	void loginWhenEndpointFaultsThenFailedLoginWithNothingKept(String endpoint, Fault fault) throws Exception {
		MockHttpSession session = new MockHttpSession();
		Map<String, String> authorize = authorize(session);
		// A key the decoder has not cached, so that the key set is fetched whatever
		// logins came before.
		TestCognitoTokens signer = JWKS.equals(endpoint) ? new TestCognitoTokens() : this.tokens;
		String idToken = signer
			.sign(TestCognitoTokens.idTokenClaims(this.issuer, CLIENT_ID, "alice", authorize.get("nonce"))
				.subject(SUB)
				.build());
		String accessToken = signer
			.sign(TestCognitoTokens.accessTokenClaims(this.issuer, CLIENT_ID, "alice").subject(SUB).build());
		cognito.stubFor(WireMock.post(TOKEN)
			.withRequestBody(containing("grant_type=authorization_code"))
			.willReturn(okJson(TestCognitoTokens.tokenResponse(idToken, accessToken, this.refreshToken))));
		if (TOKEN.equals(endpoint)) {
			cognito.stubFor(WireMock.post(TOKEN).willReturn(fault.http()));
		}
		else {
			cognito.stubFor(WireMock.get(endpoint).willReturn(fault.http()));
		}

		this.mvc.perform(callback(session, authorize.get("state"))).andExpect(redirectedUrl("/login?error"));

		AuthenticationException failure = (AuthenticationException) session
			.getAttribute(WebAttributes.AUTHENTICATION_EXCEPTION);
		assertThat(failure).isInstanceOf(OAuth2AuthenticationException.class);
		FaultMatrix.assertNoSecret(failure, CLIENT_SECRET, "the-code", this.refreshToken, accessToken, idToken);
		if (fault == Fault.TIMEOUT) {
			assertThat(causes(failure)).as("given up after cognito.hosted-ui.timeout")
				.anyMatch(HttpTimeoutException.class::isInstance);
		}
		// A GET on a kept-alive connection that the server resets is sent once more on a
		// new connection (the HTTP client cannot tell it from a connection that expired
		// while idle); nothing else is ever sent twice.
		int allowed = (fault == Fault.CONNECTION_RESET && !TOKEN.equals(endpoint)) ? 2 : 1;
		assertThat(calls.count(endpoint)).as("requests to " + endpoint).isBetween(1, allowed);
		SecurityContext security = (SecurityContext) session
			.getAttribute(HttpSessionSecurityContextRepository.SPRING_SECURITY_CONTEXT_KEY);
		assertThat((security != null) ? security.getAuthentication() : null).isNull();
		assertThat(session.getAttribute(HttpSessionSessionRepository.RECORD_ATTRIBUTE)).isNull();
		assertThat(Collections.list(session.getAttributeNames()))
			.noneMatch((name) -> name.contains("AuthorizedClient"));
		this.mvc.perform(get("/hello").session(session))
			.andExpect(status().isFound())
			.andExpect(redirectedUrl("/oauth2/authorization/cognito"));
	}

	private static List<Throwable> causes(Throwable failure) {
		List<Throwable> causes = new ArrayList<>();
		for (Throwable cause = failure; cause != null && !causes.contains(cause); cause = cause.getCause()) {
			causes.add(cause);
		}
		return causes;
	}

	private Map<String, String> authorize(MockHttpSession session) throws Exception {
		MvcResult result = this.mvc.perform(get("/oauth2/authorization/cognito").session(session))
			.andExpect(status().isFound())
			.andReturn();
		Map<String, String> parameters = new HashMap<>();
		UriComponentsBuilder.fromUriString(result.getResponse().getRedirectedUrl())
			.build()
			.getQueryParams()
			.forEach((name, values) -> parameters.put(name, URLDecoder.decode(values.get(0), StandardCharsets.UTF_8)));
		return parameters;
	}

	private static RequestBuilder callback(MockHttpSession session, String state) {
		return get("/login/oauth2/code/cognito").param("code", "the-code")
			.param("state", state)
			.session(session)
			.with((request) -> {
				request.setRequestedSessionId(session.getId());
				request.setRequestedSessionIdValid(true);
				return request;
			});
	}

	@Configuration(proxyBeanMethods = false)
	@ImportAutoConfiguration({ CognitoHostedUiAutoConfiguration.class, CognitoUserScopeAutoConfiguration.class,
			CognitoSessionAutoConfiguration.class, CognitoWebSessionAutoConfiguration.class,
			OAuth2ClientAutoConfiguration.class, OAuth2ClientWebSecurityAutoConfiguration.class,
			SecurityAutoConfiguration.class, ServletWebSecurityAutoConfiguration.class })
	@org.springframework.context.annotation.Import(CognitoHostedUiLoginTests.WebConfiguration.class)
	static class Application {

	}

}
