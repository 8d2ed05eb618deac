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
package io.github.cognitosession.credentials;

import java.net.URI;
import java.time.Instant;

import com.github.tomakehurst.wiremock.client.MappingBuilder;
import com.github.tomakehurst.wiremock.client.ResponseDefinitionBuilder;
import com.github.tomakehurst.wiremock.junit5.WireMockExtension;
import com.github.tomakehurst.wiremock.matching.RequestPatternBuilder;
import software.amazon.awssdk.auth.credentials.AnonymousCredentialsProvider;
import software.amazon.awssdk.awscore.retry.AwsRetryStrategy;
import software.amazon.awssdk.regions.Region;
import software.amazon.awssdk.services.cognitoidentity.CognitoIdentityClient;

import static com.github.tomakehurst.wiremock.client.WireMock.aResponse;
import static com.github.tomakehurst.wiremock.client.WireMock.equalTo;
import static com.github.tomakehurst.wiremock.client.WireMock.post;
import static com.github.tomakehurst.wiremock.client.WireMock.postRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.urlEqualTo;

/**
 * WireMock stubs of Cognito Identity's JSON 1.1 API and a real client pointed at them.
 *
 * @author Cognito Session contributors
 */
final class CognitoIdentityStubs {

	static final String POOL_ID = "eu-west-1:11111111-2222-3333-4444-555555555555";

	static final String GET_ID = "AWSCognitoIdentityService.GetId";

	static final String GET_CREDENTIALS = "AWSCognitoIdentityService.GetCredentialsForIdentity";

	private CognitoIdentityStubs() {
	}

	/**
	 * A client as the library builds it: anonymous, fixed region, endpoint override. SDK
	 * retries are off so that request counts equal upstream calls.
	 */
	static CognitoIdentityClient client(WireMockExtension wireMock) {
		return CognitoIdentityClient.builder()
			.region(Region.EU_WEST_1)
			.credentialsProvider(AnonymousCredentialsProvider.create())
			.endpointOverride(URI.create(wireMock.baseUrl()))
			.overrideConfiguration((override) -> override.retryStrategy(AwsRetryStrategy.doNotRetry()))
			.build();
	}

	static MappingBuilder getId() {
		return target(GET_ID);
	}

	static MappingBuilder getCredentials() {
		return target(GET_CREDENTIALS);
	}

	static MappingBuilder target(String target) {
		return post(urlEqualTo("/")).withHeader("X-Amz-Target", equalTo(target));
	}

	static RequestPatternBuilder requested(String target) {
		return postRequestedFor(urlEqualTo("/")).withHeader("X-Amz-Target", equalTo(target));
	}

	static ResponseDefinitionBuilder identityId(String identityId) {
		return json(200, "{\"IdentityId\":\"" + identityId + "\"}");
	}

	static ResponseDefinitionBuilder credentials(String identityId, String accessKeyId, Instant expiration) {
		return json(200,
				"{\"IdentityId\":\"" + identityId + "\",\"Credentials\":{\"AccessKeyId\":\"" + accessKeyId
						+ "\",\"SecretKey\":\"secret-" + accessKeyId + "\",\"SessionToken\":\"session-" + accessKeyId
						+ "\",\"Expiration\":" + expiration.getEpochSecond() + "}}");
	}

	static ResponseDefinitionBuilder error(int status, String type, String message) {
		return json(status, "{\"__type\":\"" + type + "\",\"message\":\"" + message + "\"}");
	}

	private static ResponseDefinitionBuilder json(int status, String body) {
		return aResponse().withStatus(status).withHeader("Content-Type", "application/x-amz-json-1.1").withBody(body);
	}

}
