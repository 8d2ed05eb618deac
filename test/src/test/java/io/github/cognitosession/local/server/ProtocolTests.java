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

package io.github.cognitosession.local.server;

import java.io.ByteArrayOutputStream;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;

import io.github.cognitosession.local.Provisioned;
import io.github.cognitosession.local.Sdk;
import io.github.cognitosession.local.junit.LocalCognitoExtension;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import software.amazon.awssdk.services.cognitoidentityprovider.CognitoIdentityProviderClient;
import software.amazon.awssdk.services.cognitoidentityprovider.model.CreateUserPoolClientResponse;
import software.amazon.awssdk.services.cognitoidentityprovider.model.DescribeUserPoolClientResponse;
import software.amazon.awssdk.services.cognitoidentityprovider.model.ExplicitAuthFlowsType;
import software.amazon.awssdk.services.cognitoidentityprovider.model.FeatureType;
import software.amazon.awssdk.services.cognitoidentityprovider.model.ResourceNotFoundException;
import software.amazon.awssdk.services.cognitoidentityprovider.model.TimeUnitsType;
import software.amazon.awssdk.services.cognitoidentityprovider.model.UserStatusType;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatExceptionOfType;

/**
 * The JSON 1.1 protocol: Cognito's error shape for bad requests, and the admin operations
 * through the SDK.
 *
 * @author Cognito Session contributors
 */
class ProtocolTests {

	@RegisterExtension
	static final LocalCognitoExtension cognito = LocalCognitoExtension.create();

	private static final HttpClient http = HttpClient.newHttpClient();

	@Test
	void postWhenOperationIsUnknownThenUnknownOperationException() throws Exception {
		HttpResponse<String> response = post("AWSCognitoIdentityProviderService.Teleport", "{}");
		assertThat(response.statusCode()).isEqualTo(400);
		assertThat(json(response).get("__type").asString()).isEqualTo("UnknownOperationException");
	}

	@Test
	void postWhenTargetIsMissingThenUnknownOperationException() throws Exception {
		HttpResponse<String> response = post(null, "{}");
		assertThat(response.statusCode()).isEqualTo(400);
		assertThat(json(response).get("__type").asString()).isEqualTo("UnknownOperationException");
	}

	@Test
	void postWhenBodyIsMalformedThenSerializationExceptionWithoutStackTrace() throws Exception {
		HttpResponse<String> response = post("AWSCognitoIdentityProviderService.InitiateAuth", "{not json");
		assertThat(response.statusCode()).isEqualTo(400);
		assertThat(json(response).get("__type").asString()).isEqualTo("SerializationException");
		assertThat(response.body()).doesNotContain("at io.github").doesNotContain("Exception:");
		assertThat(response.headers().firstValue("Content-Type")).hasValue("application/x-amz-json-1.1");
	}

	@Test
	void postWhenBodyIsNotUtf8ThenSerializationException() throws Exception {
		ByteArrayOutputStream body = new ByteArrayOutputStream();
		body.writeBytes("{\"PoolName\":\"".getBytes(StandardCharsets.US_ASCII));
		// a UTF-8 lead byte followed by a byte that cannot continue it
		body.writeBytes(new byte[] { (byte) 0xC3, 0x28 });
		body.writeBytes("\"}".getBytes(StandardCharsets.US_ASCII));
		HttpResponse<String> response = post("AWSCognitoIdentityProviderService.CreateUserPool", body.toByteArray());
		assertThat(response.statusCode()).isEqualTo(400);
		assertThat(json(response).get("__type").asString()).isEqualTo("SerializationException");
		assertThat(response.body()).doesNotContain("at io.github").doesNotContain("Exception:");
	}

	@Test
	void postWhenBodyIsJsonArrayThenSerializationException() throws Exception {
		HttpResponse<String> response = post("AWSCognitoIdentityProviderService.InitiateAuth", "[1, 2]");
		assertThat(response.statusCode()).isEqualTo(400);
		assertThat(json(response).get("__type").asString()).isEqualTo("SerializationException");
	}

	@Test
	void postWhenRequiredMemberIsMissingThenInvalidParameterException() throws Exception {
		HttpResponse<String> response = post("AWSCognitoIdentityProviderService.InitiateAuth",
				"{\"AuthFlow\":\"USER_SRP_AUTH\"}");
		assertThat(response.statusCode()).isEqualTo(400);
		JsonNode error = json(response);
		assertThat(error.get("__type").asString()).isEqualTo("InvalidParameterException");
		assertThat(error.get("message").asString()).contains("clientId");
	}

	@Test
	void postWhenBodyIsHugeThenRejectedWithoutReadingItAll() throws Exception {
		String huge = "{\"PoolName\":\"" + "x".repeat(JsonProtocolHandler.MAX_BODY_BYTES) + "\"}";
		HttpResponse<String> response = post("AWSCognitoIdentityProviderService.CreateUserPool", huge);
		assertThat(response.statusCode()).isEqualTo(400);
		assertThat(json(response).get("message").asString()).contains("larger than");
	}

	@Test
	void postWhenMemberHasWrongTypeThenSerializationExceptionNamingTheMember() throws Exception {
		HttpResponse<String> response = post("AWSCognitoIdentityProviderService.CreateUserPool", "{\"PoolName\":42}");
		JsonNode error = json(response);
		assertThat(error.get("__type").asString()).isEqualTo("SerializationException");
		assertThat(error.get("message").asString()).contains("'poolName'").contains("must be a string");
	}

	@Test
	void createUserPoolClientWhenSettingsGivenThenDescribeReturnsThem() {
		try (CognitoIdentityProviderClient client = Sdk.admin(cognito.cognito())) {
			String poolId = client.createUserPool((request) -> request.poolName("app")).userPool().id();
			assertThat(poolId).matches("us-east-1_[A-Za-z0-9]{9}");
			CreateUserPoolClientResponse created = client.createUserPoolClient((request) -> request.userPoolId(poolId)
				.clientName("web")
				.generateSecret(true)
				.explicitAuthFlows(ExplicitAuthFlowsType.ALLOW_USER_SRP_AUTH,
						ExplicitAuthFlowsType.ALLOW_REFRESH_TOKEN_AUTH)
				.refreshTokenRotation((rotation) -> rotation.feature(FeatureType.ENABLED).retryGracePeriodSeconds(15))
				.accessTokenValidity(30)
				.tokenValidityUnits((units) -> units.accessToken(TimeUnitsType.MINUTES))
				.callbackURLs("http://localhost:8080/login/oauth2/code/cognito")
				.logoutURLs("http://localhost:8080/"));
			assertThat(created.userPoolClient().clientSecret()).isNotBlank();
			DescribeUserPoolClientResponse described = client.describeUserPoolClient(
					(request) -> request.userPoolId(poolId).clientId(created.userPoolClient().clientId()));
			assertThat(described.userPoolClient().refreshTokenRotation().feature()).isEqualTo(FeatureType.ENABLED);
			assertThat(described.userPoolClient().refreshTokenRotation().retryGracePeriodSeconds()).isEqualTo(15);
			assertThat(described.userPoolClient().accessTokenValidity()).isEqualTo(30);
			assertThat(described.userPoolClient().callbackURLs())
				.containsExactly("http://localhost:8080/login/oauth2/code/cognito");
			assertThat(described.userPoolClient().explicitAuthFlows()).containsExactly(
					ExplicitAuthFlowsType.ALLOW_USER_SRP_AUTH, ExplicitAuthFlowsType.ALLOW_REFRESH_TOKEN_AUTH);
		}
	}

	@Test
	void adminCreateUserWhenTemporaryPasswordThenForceChangePasswordAndDeleteRemovesUser() {
		Provisioned setup = cognito.provision().create();
		try (CognitoIdentityProviderClient client = Sdk.admin(cognito.cognito())) {
			client.adminCreateUser((request) -> request.userPoolId(setup.userPoolId())
				.username("zoe")
				.temporaryPassword("Temporary-1")
				.messageAction("SUPPRESS"));
			assertThat(client.adminGetUser((request) -> request.userPoolId(setup.userPoolId()).username("zoe"))
				.userStatus()).isEqualTo(UserStatusType.FORCE_CHANGE_PASSWORD);
			client.adminSetUserPassword((request) -> request.userPoolId(setup.userPoolId())
				.username("zoe")
				.password("Permanent-1")
				.permanent(true));
			assertThat(client.adminGetUser((request) -> request.userPoolId(setup.userPoolId()).username("zoe"))
				.userStatus()).isEqualTo(UserStatusType.CONFIRMED);
			client.adminDeleteUser((request) -> request.userPoolId(setup.userPoolId()).username("zoe"));
			assertThatExceptionOfType(
					software.amazon.awssdk.services.cognitoidentityprovider.model.UserNotFoundException.class)
				.isThrownBy(
						() -> client.adminGetUser((request) -> request.userPoolId(setup.userPoolId()).username("zoe")));
		}
	}

	@Test
	void describeUserPoolWhenUnknownThenResourceNotFound() {
		try (CognitoIdentityProviderClient client = Sdk.admin(cognito.cognito())) {
			assertThatExceptionOfType(ResourceNotFoundException.class)
				.isThrownBy(() -> client.describeUserPool((request) -> request.userPoolId("us-east-1_missing00")));
		}
	}

	private static HttpResponse<String> post(String target, String body) throws Exception {
		return post(target, body.getBytes(StandardCharsets.UTF_8));
	}

	private static HttpResponse<String> post(String target, byte[] body) throws Exception {
		HttpRequest.Builder request = HttpRequest.newBuilder(URI.create(cognito.endpoint() + "/"))
			.header("Content-Type", "application/x-amz-json-1.1")
			.POST(HttpRequest.BodyPublishers.ofByteArray(body));
		if (target != null) {
			request.header("X-Amz-Target", target);
		}
		return http.send(request.build(), HttpResponse.BodyHandlers.ofString());
	}

	private static JsonNode json(HttpResponse<String> response) {
		return JsonMapper.builder().build().readTree(response.body());
	}

}
