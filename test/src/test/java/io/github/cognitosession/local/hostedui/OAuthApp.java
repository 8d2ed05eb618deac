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

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.URLDecoder;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.security.SecureRandom;
import java.util.Base64;
import java.util.LinkedHashMap;
import java.util.Map;

import io.github.cognitosession.local.Provisioned;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * The application's side of the authorization code flow with PKCE, written from the
 * specifications (RFC 6749, RFC 7636), independent of the emulator's code.
 *
 * @author Cognito Session contributors
 */
final class OAuthApp {

	static final String CALLBACK = "http://127.0.0.1:8080/login/oauth2/code/cognito";

	static final String SIGNED_OUT = "http://127.0.0.1:8080/";

	private static final JsonMapper json = JsonMapper.builder().build();

	private final Provisioned setup;

	private final HttpClient http = HttpClient.newBuilder().followRedirects(HttpClient.Redirect.NEVER).build();

	final String verifier;

	OAuthApp(Provisioned setup) {
		this.setup = setup;
		byte[] bytes = new byte[32];
		new SecureRandom().nextBytes(bytes);
		this.verifier = Base64.getUrlEncoder().withoutPadding().encodeToString(bytes);
	}

	static String challenge(String verifier) {
		try {
			return Base64.getUrlEncoder()
				.withoutPadding()
				.encodeToString(
						MessageDigest.getInstance("SHA-256").digest(verifier.getBytes(StandardCharsets.US_ASCII)));
		}
		catch (NoSuchAlgorithmException ex) {
			throw new IllegalStateException(ex);
		}
	}

	/**
	 * The authorization request's parameters, which tests may change.
	 * @param state the state
	 * @param nonce the nonce
	 * @return the parameters
	 */
	Map<String, String> authorizeParameters(String state, String nonce) {
		Map<String, String> parameters = new LinkedHashMap<>();
		parameters.put("response_type", "code");
		parameters.put("client_id", this.setup.clientId());
		parameters.put("redirect_uri", CALLBACK);
		parameters.put("scope", "openid email profile");
		parameters.put("state", state);
		parameters.put("nonce", nonce);
		parameters.put("code_challenge", challenge(this.verifier));
		parameters.put("code_challenge_method", "S256");
		return parameters;
	}

	String authorizeUrl(Map<String, String> parameters) {
		return this.setup.hostedUiDomain() + "/oauth2/authorize?" + Browser.encode(parameters);
	}

	String authorizeUrl(String state, String nonce) {
		return authorizeUrl(authorizeParameters(state, nonce));
	}

	/**
	 * The token request of a public client (client_id in the form).
	 * @param code the code
	 * @return the response
	 */
	HttpResponse<String> exchangePublic(String code) {
		return tokenRequest(codeForm(code, this.verifier, CALLBACK), null);
	}

	HttpResponse<String> exchange(Map<String, String> form, String basicAuthorization) {
		return tokenRequest(form, basicAuthorization);
	}

	Map<String, String> codeForm(String code, String verifier, String redirectUri) {
		Map<String, String> form = new LinkedHashMap<>();
		form.put("grant_type", "authorization_code");
		form.put("client_id", this.setup.clientId());
		form.put("code", code);
		form.put("redirect_uri", redirectUri);
		form.put("code_verifier", verifier);
		return form;
	}

	String basic() {
		String credentials = URLEncoder.encode(this.setup.clientId(), StandardCharsets.UTF_8) + ":"
				+ URLEncoder.encode(this.setup.clientSecret(), StandardCharsets.UTF_8);
		return "Basic " + Base64.getEncoder().encodeToString(credentials.getBytes(StandardCharsets.UTF_8));
	}

	HttpResponse<String> refresh(String refreshToken) {
		Map<String, String> form = new LinkedHashMap<>();
		form.put("grant_type", "refresh_token");
		form.put("client_id", this.setup.clientId());
		form.put("refresh_token", refreshToken);
		return tokenRequest(form, null);
	}

	HttpResponse<String> revoke(String token) {
		Map<String, String> form = new LinkedHashMap<>();
		form.put("token", token);
		form.put("client_id", this.setup.clientId());
		return send(HttpRequest.newBuilder(URI.create(this.setup.hostedUiDomain() + "/oauth2/revoke"))
			.header("Content-Type", "application/x-www-form-urlencoded")
			.POST(HttpRequest.BodyPublishers.ofString(Browser.encode(form)))
			.build());
	}

	HttpResponse<String> userInfo(String accessToken) {
		return send(HttpRequest.newBuilder(URI.create(this.setup.hostedUiDomain() + "/oauth2/userInfo"))
			.header("Authorization", "Bearer " + accessToken)
			.GET()
			.build());
	}

	HttpResponse<String> get(String url) {
		return send(HttpRequest.newBuilder(URI.create(url)).GET().build());
	}

	private HttpResponse<String> tokenRequest(Map<String, String> form, String authorization) {
		HttpRequest.Builder request = HttpRequest.newBuilder(URI.create(this.setup.hostedUiDomain() + "/oauth2/token"))
			.header("Content-Type", "application/x-www-form-urlencoded")
			.POST(HttpRequest.BodyPublishers.ofString(Browser.encode(form)));
		if (authorization != null) {
			request.header("Authorization", authorization);
		}
		return send(request.build());
	}

	private HttpResponse<String> send(HttpRequest request) {
		try {
			return this.http.send(request, HttpResponse.BodyHandlers.ofString());
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
		catch (InterruptedException ex) {
			Thread.currentThread().interrupt();
			throw new IllegalStateException(ex);
		}
	}

	static JsonNode json(HttpResponse<String> response) {
		return json.readTree(response.body());
	}

	/**
	 * The query parameters of a redirect's Location.
	 * @param response the redirect
	 * @return the parameters
	 */
	static Map<String, String> redirectParameters(HttpResponse<String> response) {
		String location = response.headers().firstValue("Location").orElseThrow();
		Map<String, String> parameters = new LinkedHashMap<>();
		String query = URI.create(location).getRawQuery();
		if (query != null) {
			for (String pair : query.split("&")) {
				int equals = pair.indexOf('=');
				parameters.put(URLDecoder.decode(pair.substring(0, equals), StandardCharsets.UTF_8),
						URLDecoder.decode(pair.substring(equals + 1), StandardCharsets.UTF_8));
			}
		}
		return parameters;
	}

	static String location(HttpResponse<String> response) {
		return response.headers().firstValue("Location").orElse(null);
	}

}
