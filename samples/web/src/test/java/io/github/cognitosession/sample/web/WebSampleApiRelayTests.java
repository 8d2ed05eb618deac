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
package io.github.cognitosession.sample.web;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Path;
import java.util.List;

import com.github.tomakehurst.wiremock.junit5.WireMockExtension;
import com.github.tomakehurst.wiremock.stubbing.ServeEvent;
import io.github.cognitosession.autoconfigure.relay.CognitoTokenRelayRestClientCustomizer;
import io.github.cognitosession.local.LocalCognito;
import io.github.cognitosession.relay.CognitoTokenRelayInterceptor;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.api.io.TempDir;
import software.amazon.awssdk.auth.credentials.AnonymousCredentialsProvider;
import software.amazon.awssdk.regions.Region;
import software.amazon.awssdk.services.cognitoidentityprovider.CognitoIdentityProviderClient;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.context.SpringBootTest.WebEnvironment;
import org.springframework.boot.test.context.runner.ApplicationContextRunner;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

import static com.github.tomakehurst.wiremock.client.WireMock.get;
import static com.github.tomakehurst.wiremock.client.WireMock.okJson;
import static com.github.tomakehurst.wiremock.core.WireMockConfiguration.wireMockConfig;
import static org.assertj.core.api.Assertions.assertThat;
import static org.mockito.Mockito.mock;

/**
 * The sample with {@code sample.api.url}: the signed-in user's page calling the API
 * sample's {@code /api/me} through the token relay, the API played by WireMock.
 *
 * @author Cognito Session contributors
 */
// Selenium warns that it has no CDP support for this browser version: not needed here.
@SpringBootTest(webEnvironment = WebEnvironment.RANDOM_PORT, properties = {
		"logging.level.org.openqa.selenium.devtools=error", "logging.level.org.openqa.selenium.chromium=error" })
class WebSampleApiRelayTests {

	@RegisterExtension
	static final WireMockExtension api = WireMockExtension.newInstance()
		.options(wireMockConfig().dynamicPort().bindAddress("127.0.0.1"))
		.build();

	@Autowired
	private LocalCognito cognito;

	@Autowired
	private LocalCognitoDemo demo;

	@LocalServerPort
	private int port;

	@DynamicPropertySource
	static void apiUrl(DynamicPropertyRegistry registry) {
		registry.add("sample.api.url", () -> "http://127.0.0.1:" + api.getPort());
	}

	@Test
	void meFromApiWhenSignedInThenCallsTheApiWithTheUsersAccessTokenAndShowsTheAnswer(@TempDir Path profile) {
		api.stubFor(get("/api/me").willReturn(okJson("{\"username\":\"demo\",\"groups\":[]}")));

		String answer;
		try (SampleRoundTrip browser = new SampleRoundTrip(profile)) {
			browser.signIn("http://localhost:" + this.port, this.cognito.hostedUiDomain(), this.demo.username(),
					this.demo.password());
			answer = browser.follow("me-from-api", "answer");
		}

		assertThat(answer).isEqualTo("{\"username\":\"demo\",\"groups\":[]}");
		List<ServeEvent> calls = api.getAllServeEvents();
		assertThat(calls).hasSize(1);
		String authorization = calls.get(0).getRequest().getHeader("Authorization");
		assertThat(authorization).startsWith("Bearer ");
		// the user pool takes it as the demo user's access token (GetUser takes no other)
		assertThat(usernameOfAccessToken(authorization.substring("Bearer ".length()))).isEqualTo(this.demo.username());
	}

	@Test
	void meFromApiWhenNotSignedInThenSentToTheLoginAndTheApiNeverCalled() throws Exception {
		api.stubFor(get("/api/me").willReturn(okJson("{}")));

		HttpResponse<Void> response = HttpClient.newHttpClient()
			.send(HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + this.port + "/me-from-api")).build(),
					HttpResponse.BodyHandlers.discarding());

		assertThat(response.statusCode()).isEqualTo(302);
		assertThat(api.getAllServeEvents()).isEmpty();
	}

	@Test
	void startWhenNoApiUrlThenNoApiPage() {
		new ApplicationContextRunner().withUserConfiguration(MeFromApiController.class)
			.withBean(CognitoTokenRelayRestClientCustomizer.class,
					() -> new CognitoTokenRelayRestClientCustomizer(mock(CognitoTokenRelayInterceptor.class)))
			.run((context) -> assertThat(context).hasNotFailed().doesNotHaveBean(MeFromApiController.class))
			.withPropertyValues("sample.api.url=http://127.0.0.1:1")
			.run((context) -> assertThat(context).hasSingleBean(MeFromApiController.class));
	}

	private String usernameOfAccessToken(String accessToken) {
		try (CognitoIdentityProviderClient client = CognitoIdentityProviderClient.builder()
			.endpointOverride(URI.create(this.cognito.endpoint()))
			.region(Region.of(this.cognito.region()))
			.credentialsProvider(AnonymousCredentialsProvider.create())
			.build()) {
			return client.getUser((request) -> request.accessToken(accessToken)).username();
		}
	}

}
