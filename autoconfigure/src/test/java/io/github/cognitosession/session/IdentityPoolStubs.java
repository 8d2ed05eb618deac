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
package io.github.cognitosession.session;

import java.net.URI;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;

import com.github.tomakehurst.wiremock.client.MappingBuilder;
import com.github.tomakehurst.wiremock.client.ResponseDefinitionBuilder;
import com.github.tomakehurst.wiremock.junit5.WireMockExtension;
import com.github.tomakehurst.wiremock.matching.RequestPatternBuilder;
import software.amazon.awssdk.auth.credentials.AnonymousCredentialsProvider;
import software.amazon.awssdk.awscore.retry.AwsRetryStrategy;
import software.amazon.awssdk.regions.Region;
import software.amazon.awssdk.services.cognitoidentity.CognitoIdentityClient;

import io.github.cognitosession.credentials.CognitoIdentityCredentialsProvider;
import io.github.cognitosession.credentials.DefaultIdentityPoolOperations;
import io.github.cognitosession.credentials.SessionCredentialsProvider;
import io.github.cognitosession.token.TestTokens;

import static com.github.tomakehurst.wiremock.client.WireMock.aResponse;
import static com.github.tomakehurst.wiremock.client.WireMock.equalTo;
import static com.github.tomakehurst.wiremock.client.WireMock.post;
import static com.github.tomakehurst.wiremock.client.WireMock.postRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.urlEqualTo;
import static com.github.tomakehurst.wiremock.core.WireMockConfiguration.wireMockConfig;

/**
 * Cognito Identity stubbed with WireMock for the session manager's tests: the identity
 * pool, a real client pointed at the stubs, and the JSON 1.1 requests and answers of its
 * operations.
 *
 * @author Cognito Session contributors
 */
final class IdentityPoolStubs {

	static final String IDENTITY_POOL_ID = "us-east-1:11111111-2222-3333-4444-555555555555";

	/** The logins key of the {@link SessionFixture}'s user pool. */
	static final String USER_POOL_LOGIN = "cognito-idp.us-east-1.amazonaws.com/" + TestTokens.POOL_ID;

	/** When stubbed credentials expire unless a test says otherwise. */
	static final Instant VALID_UNTIL = SessionFixture.START.plus(Duration.ofHours(1));

	private IdentityPoolStubs() {
	}

	/**
	 * A WireMock server on a free loopback port, to register as the test's extension.
	 * @return the extension
	 */
	static WireMockExtension wireMock() {
		return WireMockExtension.newInstance().options(wireMockConfig().dynamicPort().bindAddress("127.0.0.1")).build();
	}

	/**
	 * A client as the library builds it: anonymous, endpoint override. SDK retries are
	 * off so that request counts equal upstream calls.
	 * @param wireMock the stubs
	 * @return the client, to close after the test
	 */
	static CognitoIdentityClient client(WireMockExtension wireMock) {
		return CognitoIdentityClient.builder()
			.region(Region.US_EAST_1)
			.credentialsProvider(AnonymousCredentialsProvider.create())
			.endpointOverride(URI.create(wireMock.baseUrl()))
			.overrideConfiguration((override) -> override.retryStrategy(AwsRetryStrategy.doNotRetry()))
			.build();
	}

	/**
	 * A credentials provider of the identity pool, to attach to a session manager.
	 * @param client the client of the stubs
	 * @param clock the session's clock
	 * @return the builder, for more settings
	 */
	static CognitoIdentityCredentialsProvider.Builder credentialsProvider(CognitoIdentityClient client, Clock clock) {
		return CognitoIdentityCredentialsProvider.builder()
			.cognitoIdentityClient(client)
			.identityPoolId(IDENTITY_POOL_ID)
			.clock(clock);
	}

	/**
	 * The identity-pool role of a session manager over the stubs, for the
	 * {@link SessionFixture}'s user pool.
	 * @param client the client of the stubs
	 * @param clock the session's clock
	 * @return the role's builder, for more settings
	 */
	static SessionCredentialsProvider.Builder identityPool(CognitoIdentityClient client, Clock clock) {
		return DefaultIdentityPoolOperations.builder(credentialsProvider(client, clock)).userPoolId(TestTokens.POOL_ID);
	}

	static MappingBuilder operation(String name) {
		return post(urlEqualTo("/")).withHeader("X-Amz-Target", equalTo("AWSCognitoIdentityService." + name));
	}

	static RequestPatternBuilder requested(String name) {
		return postRequestedFor(urlEqualTo("/")).withHeader("X-Amz-Target",
				equalTo("AWSCognitoIdentityService." + name));
	}

	/** The answer of GetId. */
	static ResponseDefinitionBuilder identityId(String identityId) {
		return json(200, "{\"IdentityId\":\"" + identityId + "\"}");
	}

	/** The answer of GetCredentialsForIdentity, valid until {@link #VALID_UNTIL}. */
	static ResponseDefinitionBuilder credentials(String identityId, String accessKeyId) {
		return credentials(identityId, accessKeyId, VALID_UNTIL);
	}

	/**
	 * The answer of GetCredentialsForIdentity; secret and session token derive from the
	 * key id.
	 */
	static ResponseDefinitionBuilder credentials(String identityId, String accessKeyId, Instant expiration) {
		return json(200,
				"{\"IdentityId\":\"" + identityId + "\",\"Credentials\":{\"AccessKeyId\":\"" + accessKeyId
						+ "\",\"SecretKey\":\"secret-" + accessKeyId + "\",\"SessionToken\":\"session-" + accessKeyId
						+ "\",\"Expiration\":" + expiration.getEpochSecond() + "}}");
	}

	/** What Cognito Identity answers to an expired login token. */
	static ResponseDefinitionBuilder tokenExpired() {
		return error(400, "NotAuthorizedException", "Invalid login token. Token expired.");
	}

	static ResponseDefinitionBuilder error(int status, String type, String message) {
		return json(status, "{\"__type\":\"" + type + "\",\"message\":\"" + message + "\"}");
	}

	private static ResponseDefinitionBuilder json(int status, String body) {
		return aResponse().withStatus(status).withHeader("Content-Type", "application/x-amz-json-1.1").withBody(body);
	}

}
