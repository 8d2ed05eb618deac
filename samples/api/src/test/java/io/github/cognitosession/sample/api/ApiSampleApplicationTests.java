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
package io.github.cognitosession.sample.api;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.util.Map;

import io.github.cognitosession.local.LocalCognito;
import io.github.cognitosession.local.Provisioned;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Test;
import software.amazon.awssdk.auth.credentials.AnonymousCredentialsProvider;
import software.amazon.awssdk.regions.Region;
import software.amazon.awssdk.services.cognitoidentityprovider.CognitoIdentityProviderClient;
import software.amazon.awssdk.services.cognitoidentityprovider.model.AuthFlowType;
import software.amazon.awssdk.services.cognitoidentityprovider.model.OAuthFlowType;
import software.amazon.awssdk.services.cognitoidentityprovider.model.ResourceServerScopeType;
import software.amazon.awssdk.services.cognitoidentityprovider.model.UserPoolClientType;
import software.amazon.awssdk.services.cognitoidentityprovider.model.UsernameExistsException;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The API sample on a random port against Local Cognito: a user's access token reaches
 * {@code /api/me} with the user's groups, scopes and authorities; {@code /api/admin} is
 * for the group {@code admin} only; no token is 401; the machine-to-machine caller sends
 * its client-credentials token, which the API accepts with its scope.
 *
 * @author Cognito Session contributors
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT, properties = "sample.m2m.interval=PT1H")
class ApiSampleApplicationTests {

	private static final String PASSWORD = "Alice-Passw0rd-api";

	private static final LocalCognito cognito = LocalCognito.builder().build().start();

	private static final Provisioned setup = cognito.provision().user("alice", PASSWORD).group("admin").create();

	private static final UserPoolClientType machine = machineClient();

	private static final HttpClient http = HttpClient.newHttpClient();

	@LocalServerPort
	private int port;

	@Autowired
	private M2mCaller caller;

	@DynamicPropertySource
	static void cognitoProperties(DynamicPropertyRegistry registry) {
		setup.springProperties().forEach((key, value) -> registry.add(key, () -> value));
		registry.add("cognito.resource-server.client-ids", () -> setup.clientId() + "," + machine.clientId());
		registry.add("cognito.m2m.reports.client-id", machine::clientId);
		registry.add("cognito.m2m.reports.client-secret", machine::clientSecret);
		registry.add("cognito.m2m.reports.scopes", () -> "orders/read");
		registry.add("cognito.m2m.reports.domain", cognito::hostedUiDomain);
		registry.add("sample.m2m.client", () -> "reports");
		// the scheduled calls' target (not called within the test's hour)
		registry.add("sample.m2m.url", () -> "http://127.0.0.1:9/api/me");
	}

	@AfterAll
	static void stop() {
		cognito.close();
	}

	@Test
	void meWhenUserTokenThenUsernameGroupsScopesAndAuthorities() throws Exception {
		HttpResponse<String> response = get("/api/me", userToken("alice"));
		assertThat(response.statusCode()).isEqualTo(200);
		assertThat(response.body()).contains("\"username\":\"alice\"")
			.contains("\"groups\":[\"admin\"]")
			.contains("\"scopes\":[\"aws.cognito.signin.user.admin\"]")
			.contains("\"ROLE_admin\"")
			.contains("\"SCOPE_aws.cognito.signin.user.admin\"");
	}

	@Test
	void adminWhenMemberOfAdminThenOkAndOtherwiseForbidden() throws Exception {
		assertThat(get("/api/admin", userToken("alice")).statusCode()).isEqualTo(200);
		assertThat(get("/api/admin", userToken("bob")).statusCode()).isEqualTo(403);
	}

	@Test
	void meWhenNoTokenThenUnauthorized() throws Exception {
		HttpResponse<String> response = get("/api/me", null);
		assertThat(response.statusCode()).isEqualTo(401);
		assertThat(response.headers().firstValue("WWW-Authenticate"))
			.hasValueSatisfying((value) -> assertThat(value).startsWith("Bearer"));
	}

	@Test
	void m2mCallerWhenCalledThenItsClientCredentialsTokenIsAcceptedWithItsScope() {
		String body = this.caller.call(URI.create("http://127.0.0.1:" + this.port + "/api/me"));
		assertThat(body).contains("\"username\":null")
			.contains("\"clientId\":\"" + machine.clientId() + "\"")
			.contains("\"SCOPE_orders/read\"");
		assertThat(cognito.tokenRequests("client_credentials")).isEqualTo(1);
	}

	private HttpResponse<String> get(String path, String token) throws Exception {
		HttpRequest.Builder request = HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + this.port + path));
		if (token != null) {
			request.header("Authorization", "Bearer " + token);
		}
		return http.send(request.build(), HttpResponse.BodyHandlers.ofString());
	}

	private static String userToken(String username) {
		try (CognitoIdentityProviderClient client = admin()) {
			if ("bob".equals(username)) {
				createUser(client, username);
			}
			return client
				.initiateAuth((request) -> request.clientId(setup.clientId())
					.authFlow(AuthFlowType.USER_PASSWORD_AUTH)
					.authParameters(Map.of("USERNAME", username, "PASSWORD", PASSWORD)))
				.authenticationResult()
				.accessToken();
		}
	}

	private static void createUser(CognitoIdentityProviderClient client, String username) {
		try {
			client.adminCreateUser((request) -> request.userPoolId(setup.userPoolId()).username(username));
		}
		catch (UsernameExistsException ex) {
			return;
		}
		client.adminSetUserPassword((request) -> request.userPoolId(setup.userPoolId())
			.username(username)
			.password(PASSWORD)
			.permanent(true));
	}

	private static UserPoolClientType machineClient() {
		try (CognitoIdentityProviderClient client = admin()) {
			client.createResourceServer((request) -> request.userPoolId(setup.userPoolId())
				.identifier("orders")
				.name("Orders API")
				.scopes(ResourceServerScopeType.builder().scopeName("read").scopeDescription("Read orders").build()));
			return client
				.createUserPoolClient((request) -> request.userPoolId(setup.userPoolId())
					.clientName("reports")
					.generateSecret(true)
					.allowedOAuthFlowsUserPoolClient(true)
					.allowedOAuthFlows(OAuthFlowType.CLIENT_CREDENTIALS)
					.allowedOAuthScopes("orders/read"))
				.userPoolClient();
		}
	}

	private static CognitoIdentityProviderClient admin() {
		return CognitoIdentityProviderClient.builder()
			.endpointOverride(URI.create(setup.endpoint()))
			.region(Region.of(setup.region()))
			.credentialsProvider(AnonymousCredentialsProvider.create())
			.build();
	}

}
