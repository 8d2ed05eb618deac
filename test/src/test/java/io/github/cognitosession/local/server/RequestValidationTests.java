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

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;

import io.github.cognitosession.local.junit.LocalCognitoExtension;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Requests are validated against the service model before any operation runs, with
 * Cognito's messages.
 *
 * @author Cognito Session contributors
 */
class RequestValidationTests {

	@RegisterExtension
	static final LocalCognitoExtension cognito = LocalCognitoExtension.create();

	private static final HttpClient http = HttpClient.newHttpClient();

	@Test
	void validateWhenRequiredMemberMissingThenCognitosMessage() throws Exception {
		JsonNode error = post("AWSCognitoIdentityProviderService.DescribeUserPool", "{}");
		assertThat(error.get("__type").asString()).isEqualTo("InvalidParameterException");
		assertThat(error.get("message").asString()).isEqualTo(
				"1 validation error detected: Value null at 'userPoolId' failed to satisfy constraint: Member must not be null");
	}

	@Test
	void validateWhenPatternViolatedThenMessageNamesValueAndPattern() throws Exception {
		JsonNode error = post("AWSCognitoIdentityProviderService.DescribeUserPool", "{\"UserPoolId\":\"nope\"}");
		assertThat(error.get("message").asString()).isEqualTo("1 validation error detected: Value 'nope' at "
				+ "'userPoolId' failed to satisfy constraint: Member must satisfy regular expression pattern: "
				+ "[\\w-]+_[0-9a-zA-Z]+");
	}

	@Test
	void validateWhenSeveralViolationsThenCountedAndJoined() throws Exception {
		JsonNode error = post("AWSCognitoIdentityProviderService.CreateUserPoolClient",
				"{\"UserPoolId\":\"us-east-1_abc\",\"ClientName\":\"app\",\"ExplicitAuthFlows\":[\"ALLOW_EVERYTHING\"],"
						+ "\"RefreshTokenRotation\":{\"Feature\":\"ENABLED\",\"RetryGracePeriodSeconds\":61}}");
		String message = error.get("message").asString();
		assertThat(message).startsWith("2 validation errors detected: ")
			.contains("Value '[ALLOW_EVERYTHING]' at 'explicitAuthFlows' failed to satisfy constraint: "
					+ "Member must satisfy constraint: [Member must satisfy enum value set: [")
			.contains("; Value '61' at 'refreshTokenRotation.retryGracePeriodSeconds' failed to satisfy constraint: "
					+ "Member must have value less than or equal to 60");
	}

	@Test
	void validateWhenSensitiveMemberViolatesThenValueIsNotEchoed() throws Exception {
		JsonNode error = post("AWSCognitoIdentityProviderService.AdminSetUserPassword",
				"{\"UserPoolId\":\"us-east-1_abc\",\"Username\":\"alice\",\"Password\":\"has spaces in it\"}");
		String message = error.get("message").asString();
		assertThat(message).contains("Value at 'password' failed to satisfy constraint")
			.doesNotContain("has spaces in it");
	}

	@Test
	void validateWhenNestedListItemViolatesThenPathNamesTheItem() throws Exception {
		JsonNode error = post("AWSCognitoIdentityProviderService.AdminCreateUser",
				"{\"UserPoolId\":\"us-east-1_abc\",\"Username\":\"alice\",\"UserAttributes\":[{\"Name\":\"email\"},{\"Value\":\"x\"}]}");
		assertThat(error.get("message").asString()).contains(
				"Value null at 'userAttributes.2.member.name' failed to satisfy constraint: Member must not be null");
	}

	@Test
	void validateWhenIdentityPoolRequestInvalidThenCognitoIdentityMessage() throws Exception {
		JsonNode error = post("AWSCognitoIdentityService.GetId", "{\"IdentityPoolId\":\"not an id\"}");
		assertThat(error.get("__type").asString()).isEqualTo("InvalidParameterException");
		assertThat(error.get("message").asString()).contains("at 'identityPoolId'");
	}

	@Test
	void serviceModelWhenLoadedThenKnowsEveryOperationTheEmulatorAnswers() {
		ServiceModel userPools = ServiceModel.load("cognito-idp");
		ServiceModel identityPools = ServiceModel.load("cognito-identity");
		assertThat(cognito.cognito().supportedOperations()).allSatisfy((target) -> {
			String service = target.substring(0, target.indexOf('.'));
			String operation = target.substring(target.indexOf('.') + 1);
			ServiceModel model = OperationRegistry.USER_POOLS.equals(service) ? userPools : identityPools;
			assertThat(model.operations()).as("operations of " + service).contains(operation);
		});
	}

	private static JsonNode post(String target, String body) throws Exception {
		HttpResponse<String> response = http.send(HttpRequest.newBuilder(URI.create(cognito.endpoint() + "/"))
			.header("Content-Type", "application/x-amz-json-1.1")
			.header("X-Amz-Target", target)
			.POST(HttpRequest.BodyPublishers.ofString(body, StandardCharsets.UTF_8))
			.build(), HttpResponse.BodyHandlers.ofString());
		assertThat(response.statusCode()).isEqualTo(400);
		return JsonMapper.builder().build().readTree(response.body());
	}

}
