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
package io.github.cognitosession.token;

import java.net.URI;

import com.github.tomakehurst.wiremock.client.MappingBuilder;
import com.github.tomakehurst.wiremock.client.ResponseDefinitionBuilder;
import com.github.tomakehurst.wiremock.http.Fault;
import com.github.tomakehurst.wiremock.junit5.WireMockExtension;
import com.github.tomakehurst.wiremock.matching.RequestPatternBuilder;
import software.amazon.awssdk.auth.credentials.AnonymousCredentialsProvider;
import software.amazon.awssdk.awscore.retry.AwsRetryStrategy;
import software.amazon.awssdk.regions.Region;
import software.amazon.awssdk.services.cognitoidentityprovider.CognitoIdentityProviderClient;

import static com.github.tomakehurst.wiremock.client.WireMock.aResponse;
import static com.github.tomakehurst.wiremock.client.WireMock.equalTo;
import static com.github.tomakehurst.wiremock.client.WireMock.post;
import static com.github.tomakehurst.wiremock.client.WireMock.postRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.urlEqualTo;

/**
 * Cognito's JSON protocol on WireMock: stubs keyed by {@code X-Amz-Target} and an SDK
 * client pointed at it (anonymous, no retries so that each call is one request).
 *
 * @author Cognito Session contributors
 */
public final class CognitoWireMock {

	private static final String TARGET_PREFIX = "AWSCognitoIdentityProviderService.";

	private CognitoWireMock() {
	}

	public static CognitoIdentityProviderClient client(WireMockExtension server) {
		return CognitoIdentityProviderClient.builder()
			.endpointOverride(URI.create(server.baseUrl()))
			.region(Region.US_EAST_1)
			.credentialsProvider(AnonymousCredentialsProvider.create())
			.overrideConfiguration((config) -> config.retryStrategy(AwsRetryStrategy.doNotRetry()))
			.build();
	}

	public static MappingBuilder operation(String operation) {
		return post(urlEqualTo("/")).withHeader("X-Amz-Target", equalTo(TARGET_PREFIX + operation));
	}

	public static RequestPatternBuilder requested(String operation) {
		return postRequestedFor(urlEqualTo("/")).withHeader("X-Amz-Target", equalTo(TARGET_PREFIX + operation));
	}

	public static ResponseDefinitionBuilder ok(String json) {
		return aResponse().withStatus(200).withHeader("Content-Type", "application/x-amz-json-1.1").withBody(json);
	}

	public static ResponseDefinitionBuilder error(int status, String type, String message) {
		return aResponse().withStatus(status)
			.withHeader("Content-Type", "application/x-amz-json-1.1")
			.withHeader("x-amzn-ErrorType", type)
			.withBody("{\"__type\":\"" + type + "\",\"message\":\"" + message + "\"}");
	}

	public static ResponseDefinitionBuilder connectionReset() {
		return aResponse().withFault(Fault.CONNECTION_RESET_BY_PEER);
	}

	public static String authenticationResult(String idToken, String accessToken, String refreshToken) {
		return "{\"AuthenticationResult\":{\"IdToken\":\"" + idToken + "\",\"AccessToken\":\"" + accessToken + "\","
				+ ((refreshToken != null) ? "\"RefreshToken\":\"" + refreshToken + "\"," : "")
				+ "\"ExpiresIn\":3600,\"TokenType\":\"Bearer\"}}";
	}

}
