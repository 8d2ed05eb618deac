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

package io.github.cognitosession.local.hostedui;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Base64;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CyclicBarrier;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;

import com.nimbusds.jwt.JWTParser;
import io.github.cognitosession.local.Provisioned;
import io.github.cognitosession.local.junit.LocalCognitoExtension;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import tools.jackson.databind.JsonNode;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The token endpoint's checks beyond the happy path: client authentication, grant types,
 * request format, codes bound to their client, and single use under concurrency.
 *
 * @author Cognito Session contributors
 */
class TokenEndpointTests {

	@RegisterExtension
	static final LocalCognitoExtension cognito = LocalCognitoExtension.create();

	@Test
	void tokenWhenBasicSecretWrongThenUnauthorizedWithChallenge() {
		Provisioned setup = hostedUi(true);
		OAuthApp app = new OAuthApp(setup);
		Map<String, String> form = app.codeForm(code(setup, app), app.verifier, OAuthApp.CALLBACK);
		form.remove("client_id");
		String wrong = "Basic "
				+ Base64.getEncoder().encodeToString((setup.clientId() + ":wrong").getBytes(StandardCharsets.UTF_8));
		HttpResponse<String> response = app.exchange(form, wrong);
		assertThat(response.statusCode()).isEqualTo(401);
		assertThat(response.headers().firstValue("WWW-Authenticate"))
			.hasValueSatisfying((challenge) -> assertThat(challenge).startsWith("Basic"));
		assertThat(OAuthApp.json(response).get("error").stringValue()).isEqualTo("invalid_client");
	}

	@Test
	void tokenWhenConfidentialClientSendsNoSecretThenInvalidClient() {
		Provisioned setup = hostedUi(true);
		OAuthApp app = new OAuthApp(setup);
		HttpResponse<String> response = app.exchangePublic(code(setup, app));
		assertThat(response.statusCode()).isEqualTo(400);
		assertThat(OAuthApp.json(response).get("error").stringValue()).isEqualTo("invalid_client");
	}

	@Test
	void tokenWhenConfidentialClientOmitsPkceThenTokensIssued() {
		Provisioned setup = hostedUi(true);
		OAuthApp app = new OAuthApp(setup);
		Map<String, String> parameters = app.authorizeParameters("s", "n");
		parameters.remove("code_challenge");
		parameters.remove("code_challenge_method");
		Browser browser = new Browser(setup.hostedUiDomain());
		HttpResponse<String> callback = browser.signIn(browser.get(app.authorizeUrl(parameters)), "alice", "Passw0rd!");
		Map<String, String> form = app.codeForm(OAuthApp.redirectParameters(callback).get("code"), null,
				OAuthApp.CALLBACK);
		form.remove("code_verifier");
		form.remove("client_id");
		assertThat(app.exchange(form, app.basic()).statusCode()).isEqualTo(200);
	}

	@Test
	void tokenWhenCodeWasIssuedToAnotherClientThenInvalidGrant() {
		Provisioned setup = hostedUi(false);
		Provisioned other = hostedUi(false);
		OAuthApp app = new OAuthApp(setup);
		String code = code(setup, app);
		OAuthApp otherApp = new OAuthApp(other);
		HttpResponse<String> response = otherApp.exchange(otherApp.codeForm(code, app.verifier, OAuthApp.CALLBACK),
				null);
		assertThat(response.statusCode()).isEqualTo(400);
		assertThat(OAuthApp.json(response).get("error").stringValue()).isEqualTo("invalid_grant");
	}

	@Test
	void tokenAndRevokeWhenNotPostThenMethodNotAllowed() {
		Provisioned setup = hostedUi(false);
		OAuthApp app = new OAuthApp(setup);
		for (String path : List.of("/oauth2/token", "/oauth2/revoke")) {
			HttpResponse<String> response = app.get(setup.hostedUiDomain() + path);
			assertThat(response.statusCode()).as(path).isEqualTo(405);
			assertThat(response.headers().firstValue("Allow")).as(path).hasValue("POST");
			assertThat(OAuthApp.json(response).get("error").stringValue()).as(path).isEqualTo("invalid_request");
		}
	}

	@Test
	void tokenWhenGrantTypeUnsupportedThenUnsupportedGrantType() {
		Provisioned setup = hostedUi(false);
		OAuthApp app = new OAuthApp(setup);
		HttpResponse<String> response = app.exchange(Map.of("grant_type", "password", "client_id", setup.clientId()),
				null);
		assertThat(response.statusCode()).isEqualTo(400);
		assertThat(OAuthApp.json(response).get("error").stringValue()).isEqualTo("unsupported_grant_type");
	}

	@Test
	void tokenWhenClientCredentialsForAPublicClientThenUnauthorizedClient() {
		Provisioned setup = hostedUi(false);
		OAuthApp app = new OAuthApp(setup);
		HttpResponse<String> response = app
			.exchange(Map.of("grant_type", "client_credentials", "client_id", setup.clientId()), null);
		assertThat(response.statusCode()).isEqualTo(400);
		assertThat(OAuthApp.json(response).get("error").stringValue()).isEqualTo("unauthorized_client");
	}

	@Test
	void tokenWhenBodyIsJsonThenInvalidRequest() throws Exception {
		Provisioned setup = hostedUi(false);
		HttpResponse<String> response = HttpClient.newHttpClient()
			.send(HttpRequest.newBuilder(URI.create(setup.hostedUiDomain() + "/oauth2/token"))
				.header("Content-Type", "application/json")
				.POST(HttpRequest.BodyPublishers.ofString("{\"grant_type\":\"authorization_code\"}"))
				.build(), HttpResponse.BodyHandlers.ofString());
		assertThat(response.statusCode()).isEqualTo(400);
		assertThat(OAuthApp.json(response).get("error").stringValue()).isEqualTo("invalid_request");
	}

	@Test
	void tokenWhenRefreshTokenUnknownThenInvalidGrantWithoutEchoingIt() {
		Provisioned setup = hostedUi(false);
		HttpResponse<String> response = new OAuthApp(setup).refresh("unknown-refresh-token-value");
		assertThat(response.statusCode()).isEqualTo(400);
		assertThat(OAuthApp.json(response).get("error").stringValue()).isEqualTo("invalid_grant");
		assertThat(response.body()).doesNotContain("unknown-refresh-token-value");
		assertThat(response.headers().firstValue("Cache-Control")).hasValue("no-store");
	}

	@Test
	void tokenWhenIssuedThenIdTokenAtHashBindsTheAccessToken() throws Exception {
		Provisioned setup = hostedUi(false);
		OAuthApp app = new OAuthApp(setup);
		JsonNode tokens = OAuthApp.json(app.exchangePublic(code(setup, app)));
		byte[] digest = MessageDigest.getInstance("SHA-256")
			.digest(tokens.get("access_token").stringValue().getBytes(StandardCharsets.US_ASCII));
		String expected = Base64.getUrlEncoder().withoutPadding().encodeToString(Arrays.copyOf(digest, 16));
		assertThat(JWTParser.parse(tokens.get("id_token").stringValue()).getJWTClaimsSet().getClaim("at_hash"))
			.isEqualTo(expected);
	}

	@Test
	void tokenWhenSameCodeRedeemedConcurrentlyThenExactlyOneSucceeds() throws Exception {
		Provisioned setup = hostedUi(false);
		OAuthApp app = new OAuthApp(setup);
		String code = code(setup, app);
		int attempts = 4;
		CyclicBarrier start = new CyclicBarrier(attempts);
		ExecutorService executor = Executors.newFixedThreadPool(attempts);
		try {
			List<Future<Integer>> results = new ArrayList<>();
			for (int i = 0; i < attempts; i++) {
				results.add(executor.submit(() -> {
					start.await(10, TimeUnit.SECONDS);
					return app.exchangePublic(code).statusCode();
				}));
			}
			List<Integer> statuses = new ArrayList<>();
			for (Future<Integer> result : results) {
				statuses.add(result.get(30, TimeUnit.SECONDS));
			}
			assertThat(statuses).containsOnlyOnce(200).containsOnly(200, 400);
		}
		finally {
			executor.shutdownNow();
		}
	}

	@Test
	void authorizeWhenSessionBelongsToAnotherPoolThenFormShown() {
		Provisioned setup = hostedUi(false);
		Provisioned otherPool = hostedUi(false);
		Browser browser = new Browser(setup.hostedUiDomain());
		code(setup, new OAuthApp(setup), browser);
		HttpResponse<String> response = browser.get(new OAuthApp(otherPool).authorizeUrl("s", "n"));
		assertThat(response.statusCode()).isEqualTo(200);
		assertThat(response.body()).contains("name=\"password\"");
	}

	private static String code(Provisioned setup, OAuthApp app) {
		return code(setup, app, new Browser(setup.hostedUiDomain()));
	}

	private static String code(Provisioned setup, OAuthApp app, Browser browser) {
		HttpResponse<String> callback = browser.signIn(browser.get(app.authorizeUrl("s", "n")), "alice", "Passw0rd!");
		assertThat(callback.statusCode()).isEqualTo(302);
		return OAuthApp.redirectParameters(callback).get("code");
	}

	private static Provisioned hostedUi(boolean secret) {
		return cognito.provision()
			.clientSecret(secret)
			.oauthUrls(List.of(OAuthApp.CALLBACK), List.of(OAuthApp.SIGNED_OUT))
			.user("alice", "Passw0rd!")
			.create();
	}

}
