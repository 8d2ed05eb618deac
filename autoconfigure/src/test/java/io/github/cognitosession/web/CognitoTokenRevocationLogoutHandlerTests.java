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

package io.github.cognitosession.web;

import java.net.ServerSocket;
import java.net.URI;

import com.github.tomakehurst.wiremock.client.WireMock;
import com.github.tomakehurst.wiremock.junit5.WireMockExtension;
import io.github.cognitosession.session.Session;
import io.github.cognitosession.session.SessionOperations;
import io.github.cognitosession.state.SessionState;
import io.github.cognitosession.token.CognitoTokens;
import io.github.cognitosession.token.StoredTokenReader;
import java.util.concurrent.atomic.AtomicReference;
import org.junit.jupiter.api.BeforeEach;
import static org.mockito.BDDMockito.given;
import static org.mockito.Mockito.mock;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.extension.RegisterExtension;

import org.springframework.boot.test.system.CapturedOutput;
import org.springframework.boot.test.system.OutputCaptureExtension;
import org.springframework.mock.web.MockHttpServletRequest;
import org.springframework.mock.web.MockHttpServletResponse;
import org.springframework.mock.web.MockHttpSession;
import org.springframework.security.oauth2.client.registration.ClientRegistration;
import org.springframework.security.oauth2.core.AuthorizationGrantType;
import org.springframework.security.oauth2.core.ClientAuthenticationMethod;
import org.springframework.web.context.request.RequestContextHolder;
import org.springframework.web.context.request.ServletRequestAttributes;

import static com.github.tomakehurst.wiremock.client.WireMock.aResponse;
import static com.github.tomakehurst.wiremock.client.WireMock.absent;
import static com.github.tomakehurst.wiremock.client.WireMock.equalTo;
import static com.github.tomakehurst.wiremock.client.WireMock.postRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.urlEqualTo;
import static com.github.tomakehurst.wiremock.core.WireMockConfiguration.wireMockConfig;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * Tests for {@link CognitoTokenRevocationLogoutHandler}.
 *
 * @author Cognito Session contributors
 */
@ExtendWith(OutputCaptureExtension.class)
class CognitoTokenRevocationLogoutHandlerTests {

	private static final String REFRESH_TOKEN = "eyJjdHkiOiJKV1QiLCJlbmMiOiJBMjU2R0NNIn0.REFRESH-SECRET-VALUE";

	private static final String CLIENT_SECRET = "CLIENT-SECRET-VALUE";

	@RegisterExtension
	static final WireMockExtension cognito = WireMockExtension.newInstance()
		.options(wireMockConfig().dynamicPort().bindAddress("127.0.0.1"))
		.build();

	private static final String ISSUER = "https://cognito-idp.eu-west-1.amazonaws.com/eu-west-1_AbC123";

	private final TestCognitoTokens tokens = new TestCognitoTokens();

	/** The request's session, as the session manager would give it. */
	private final AtomicReference<Session> session = new AtomicReference<>(
			new Session("signed-out", SessionState.SIGNED_OUT, "SIGNED_OUT#1", null, null));

	private final SessionOperations store = mock(SessionOperations.class);

	@BeforeEach
	void currentSession() {
		given(this.store.currentSession()).willAnswer((invocation) -> this.session.get());
	}

	@AfterEach
	void unbindRequest() {
		RequestContextHolder.resetRequestAttributes();
	}

	@Test
	void logoutWhenPublicClientThenPostsTokenAndClientIdWithoutAuthorization() {
		cognito.stubFor(WireMock.post("/oauth2/revoke").willReturn(aResponse().withStatus(200)));
		handler(ClientAuthenticationMethod.NONE, revocationUri()).logout(signedInRequest(), response(), null);
		cognito.verify(postRequestedFor(urlEqualTo("/oauth2/revoke"))
			.withHeader("Content-Type", WireMock.containing("application/x-www-form-urlencoded"))
			.withHeader("Authorization", absent())
			.withFormParam("token", equalTo(REFRESH_TOKEN))
			.withFormParam("client_id", equalTo("client-1")));
	}

	@Test
	void logoutWhenConfidentialClientThenAuthenticatesWithBasic() {
		cognito.stubFor(WireMock.post("/oauth2/revoke").willReturn(aResponse().withStatus(200)));
		handler(ClientAuthenticationMethod.CLIENT_SECRET_BASIC, revocationUri()).logout(signedInRequest(), response(),
				null);
		cognito.verify(postRequestedFor(urlEqualTo("/oauth2/revoke"))
			.withBasicAuth(new com.github.tomakehurst.wiremock.client.BasicCredentials("client-1", CLIENT_SECRET)));
	}

	@Test
	void logoutWhenNoRefreshTokenThenNoCall() {
		MockHttpServletRequest request = new MockHttpServletRequest();
		RequestContextHolder.setRequestAttributes(new ServletRequestAttributes(request));
		handler(ClientAuthenticationMethod.NONE, revocationUri()).logout(request, response(), null);
		cognito.verify(0, postRequestedFor(urlEqualTo("/oauth2/revoke")));
	}

	@Test
	void logoutWhenEndpointRejectsThenLogsStatusWithoutSecrets(CapturedOutput output) {
		cognito.stubFor(WireMock.post("/oauth2/revoke")
			.willReturn(aResponse().withStatus(400).withBody("{\"error\":\"invalid_request " + REFRESH_TOKEN + "\"}")));
		handler(ClientAuthenticationMethod.CLIENT_SECRET_BASIC, revocationUri()).logout(signedInRequest(), response(),
				null);
		assertThat(output).contains("failed with HTTP 400")
			.doesNotContain(REFRESH_TOKEN)
			.doesNotContain("REFRESH-SECRET-VALUE")
			.doesNotContain(CLIENT_SECRET);
	}

	@Test
	void logoutWhenEndpointUnreachableThenLogsAndReturns(CapturedOutput output) throws Exception {
		int closedPort;
		try (ServerSocket socket = new ServerSocket(0, 1, java.net.InetAddress.getLoopbackAddress())) {
			closedPort = socket.getLocalPort();
		}
		handler(ClientAuthenticationMethod.NONE, URI.create("http://127.0.0.1:" + closedPort + "/oauth2/revoke"))
			.logout(signedInRequest(), response(), null);
		assertThat(output).contains("Revoking the refresh token")
			.contains("failed")
			.doesNotContain("REFRESH-SECRET-VALUE");
	}

	private CognitoTokenRevocationLogoutHandler handler(ClientAuthenticationMethod method, URI revocationUri) {
		ClientRegistration.Builder registration = ClientRegistration.withRegistrationId("cognito")
			.clientId("client-1")
			.clientAuthenticationMethod(method)
			.authorizationGrantType(AuthorizationGrantType.AUTHORIZATION_CODE)
			.redirectUri("{baseUrl}/login/oauth2/code/{registrationId}")
			.authorizationUri("https://auth.example.com/oauth2/authorize")
			.tokenUri("https://auth.example.com/oauth2/token");
		if (method == ClientAuthenticationMethod.CLIENT_SECRET_BASIC) {
			registration.clientSecret(CLIENT_SECRET);
		}
		return new CognitoTokenRevocationLogoutHandler(registration.build(), revocationUri, this.store);
	}

	private static URI revocationUri() {
		return URI.create("http://127.0.0.1:" + cognito.getPort() + "/oauth2/revoke");
	}

	private MockHttpServletRequest signedInRequest() {
		MockHttpServletRequest request = new MockHttpServletRequest();
		request.setSession(new MockHttpSession());
		RequestContextHolder.setRequestAttributes(new ServletRequestAttributes(request));
		CognitoTokens signedIn = StoredTokenReader.read(
				this.tokens.sign(TestCognitoTokens.idTokenClaims(ISSUER, "client", "alice", "nonce").build()),
				this.tokens.sign(TestCognitoTokens.accessTokenClaims(ISSUER, "client", "alice").build()),
				REFRESH_TOKEN);
		this.session
			.set(new Session("alice", new SessionState.UserPoolSignedIn("alice", signedIn), "SIGNED_IN#2", null, null));
		return request;
	}

	private static MockHttpServletResponse response() {
		return new MockHttpServletResponse();
	}

}
