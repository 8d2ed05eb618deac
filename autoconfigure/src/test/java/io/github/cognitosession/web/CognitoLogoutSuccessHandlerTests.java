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

import org.junit.jupiter.api.Test;

import org.springframework.mock.web.MockHttpServletRequest;
import org.springframework.mock.web.MockHttpServletResponse;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;

/**
 * Tests for {@link CognitoLogoutSuccessHandler}.
 *
 * @author Cognito Session contributors
 */
class CognitoLogoutSuccessHandlerTests {

	private final CognitoLogoutSuccessHandler handler = new CognitoLogoutSuccessHandler(
			CognitoDomain.of("myapp.auth.eu-west-1.amazoncognito.com"), "client-1");

	@Test
	void onLogoutSuccessWhenBaseUrlConfiguredThenRedirectsToCognitoLogoutWithIt() throws Exception {
		this.handler.setBaseUrl("https://app.example.com/shop");
		MockHttpServletRequest request = request();
		MockHttpServletResponse response = new MockHttpServletResponse();
		this.handler.onLogoutSuccess(request, response, null);
		assertThat(response.getRedirectedUrl()).isEqualTo(
				"https://myapp.auth.eu-west-1.amazoncognito.com/logout?client_id=client-1&logout_uri=https%3A%2F%2Fapp.example.com%2Fshop%2F");
	}

	@Test
	void determineTargetUrlWhenBaseUrlConfiguredThenHostAndForwardedHeadersIgnored() {
		this.handler.setBaseUrl("https://app.example.com/");
		assertThat(this.handler.determineTargetUrl(hostileRequest())).doesNotContain("evil")
			.endsWith("logout_uri=https%3A%2F%2Fapp.example.com%2F");
	}

	@Test
	void determineTargetUrlWhenNoBaseUrlThenLocalhostWithTheServerPortAndNeverTheHostHeader() {
		assertThat(this.handler.determineTargetUrl(hostileRequest())).doesNotContain("evil")
			.endsWith("logout_uri=http%3A%2F%2Flocalhost%3A8080%2Fshop%2F");
	}

	@Test
	void setBaseUrlWhenNotAnAbsoluteHttpUrlThenFails() {
		assertThatIllegalArgumentException().isThrownBy(() -> this.handler.setBaseUrl("app.example.com"))
			.withMessageContaining("absolute http or https URL");
		assertThatIllegalArgumentException().isThrownBy(() -> this.handler.setBaseUrl("https://app.example.com/?a=1"))
			.withMessageContaining("query");
	}

	@Test
	void determineTargetUrlWhenReturnParametersSuppliedThenIgnored() {
		MockHttpServletRequest request = request();
		request.setParameter("logout_uri", "https://evil.example");
		request.setParameter("redirect_uri", "https://evil.example");
		request.setParameter("returnTo", "https://evil.example");
		request.setParameter("redirect", "https://evil.example");
		request.setQueryString("logout_uri=https://evil.example");
		assertThat(this.handler.determineTargetUrl(request)).doesNotContain("evil")
			.endsWith("logout_uri=http%3A%2F%2Flocalhost%3A8443%2Fshop%2F");
	}

	@Test
	void determineTargetUrlWhenReturnAddressHasReservedCharactersThenTheyCannotInjectParameters() {
		this.handler.setLogoutRedirectUri("https://app.example.com/bye?a=1&client_id=evil#x");
		assertThat(this.handler.determineTargetUrl(request())).isEqualTo(
				"https://myapp.auth.eu-west-1.amazoncognito.com/logout?client_id=client-1&logout_uri=https%3A%2F%2Fapp.example.com%2Fbye%3Fa%3D1%26client_id%3Devil%23x");
	}

	@Test
	void determineTargetUrlWhenClientIdHasReservedCharactersThenEncoded() {
		CognitoLogoutSuccessHandler handler = new CognitoLogoutSuccessHandler(CognitoDomain.of("auth.example.com"),
				"a&b=c");
		assertThat(handler.determineTargetUrl(request()))
			.startsWith("https://auth.example.com/logout?client_id=a%26b%3Dc&");
	}

	@Test
	void onLogoutSuccessWhenResponseCommittedThenDoesNothing() throws Exception {
		MockHttpServletResponse response = new MockHttpServletResponse();
		response.setCommitted(true);
		this.handler.onLogoutSuccess(request(), response, null);
		assertThat(response.getRedirectedUrl()).isNull();
	}

	@Test
	void constructorWhenClientIdEmptyThenFails() {
		assertThatIllegalArgumentException()
			.isThrownBy(() -> new CognitoLogoutSuccessHandler(CognitoDomain.of("auth.example.com"), ""))
			.withMessage("clientId cannot be empty");
	}

	private static MockHttpServletRequest request() {
		MockHttpServletRequest request = new MockHttpServletRequest("POST", "/shop/logout");
		request.setScheme("https");
		request.setServerName("app.example.com");
		request.setServerPort(8443);
		request.setLocalPort(8443);
		request.setContextPath("/shop");
		return request;
	}

	// What a forged Host header, or forwarded headers a proxy passed on, make of a
	// request reaching the server on port 8080.
	private static MockHttpServletRequest hostileRequest() {
		MockHttpServletRequest request = new MockHttpServletRequest("POST", "/shop/logout");
		request.addHeader("Host", "evil.example.com:9999");
		request.addHeader("X-Forwarded-Host", "evil.example.com");
		request.addHeader("X-Forwarded-Proto", "https");
		request.setScheme("https");
		request.setServerName("evil.example.com");
		request.setServerPort(9999);
		request.setLocalPort(8080);
		request.setContextPath("/shop");
		return request;
	}

}
