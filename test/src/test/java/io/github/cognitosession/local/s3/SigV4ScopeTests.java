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

package io.github.cognitosession.local.s3;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;

import io.github.cognitosession.local.MutableClock;
import io.github.cognitosession.local.Provisioned;
import io.github.cognitosession.local.Sdk;
import io.github.cognitosession.local.junit.LocalCognitoExtension;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import software.amazon.awssdk.http.SdkHttpMethod;
import software.amazon.awssdk.http.SdkHttpRequest;
import software.amazon.awssdk.http.auth.aws.signer.AwsV4HttpSigner;
import software.amazon.awssdk.http.auth.spi.signer.HttpSigner;
import software.amazon.awssdk.http.auth.spi.signer.SignedRequest;
import software.amazon.awssdk.identity.spi.AwsSessionCredentialsIdentity;
import software.amazon.awssdk.services.cognitoidentity.CognitoIdentityClient;
import software.amazon.awssdk.services.cognitoidentity.model.Credentials;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The S3 subset checks the SigV4 credential scope and request time like S3: the scope's
 * date must be the request's, its region the emulator's and its service {@code s3}, and
 * the request must be signed within 15 minutes of the emulator's clock. Requests are
 * signed with the SDK's own SigV4 signer at chosen times, regions and services.
 *
 * @author Cognito Session contributors
 */
class SigV4ScopeTests {

	private static final String EMPTY_SHA256 = "e3b0c44298fc1c149afbf4c8996fb92427ae41e4649b934ca495991b7852b855";

	private static final MutableClock clock = new MutableClock(Instant.parse("2026-03-01T12:00:00Z"));

	@RegisterExtension
	static final LocalCognitoExtension cognito = LocalCognitoExtension.configure((builder) -> builder.clock(clock));

	private static final HttpClient http = HttpClient.newHttpClient();

	@Test
	void getWhenSignedNowForTheEmulatorsRegionAndS3ThenSignatureIsAccepted() throws Exception {
		HttpResponse<String> response = send(sign(credentials(), clock.instant(), "us-east-1", "s3"));
		assertThat(response.statusCode()).isEqualTo(404);
		assertThat(response.body()).contains("<Code>NoSuchBucket</Code>");
	}

	@Test
	void getWhenSignedWithinFifteenMinutesThenAccepted() throws Exception {
		HttpResponse<String> response = send(
				sign(credentials(), clock.instant().minus(Duration.ofMinutes(14)), "us-east-1", "s3"));
		assertThat(response.body()).contains("<Code>NoSuchBucket</Code>");
	}

	@Test
	void getWhenSignedSixteenMinutesAgoThenRequestTimeTooSkewed() throws Exception {
		HttpResponse<String> response = send(
				sign(credentials(), clock.instant().minus(Duration.ofMinutes(16)), "us-east-1", "s3"));
		assertThat(response.statusCode()).isEqualTo(403);
		assertThat(response.body()).contains("<Code>RequestTimeTooSkewed</Code>");
	}

	@Test
	void getWhenSignedSixteenMinutesAheadThenRequestTimeTooSkewed() throws Exception {
		HttpResponse<String> response = send(
				sign(credentials(), clock.instant().plus(Duration.ofMinutes(16)), "us-east-1", "s3"));
		assertThat(response.body()).contains("<Code>RequestTimeTooSkewed</Code>");
	}

	@Test
	void getWhenScopedToAnotherRegionThenAuthorizationHeaderMalformedNamesBothRegions() throws Exception {
		HttpResponse<String> response = send(sign(credentials(), clock.instant(), "eu-west-1", "s3"));
		assertThat(response.statusCode()).isEqualTo(400);
		assertThat(response.body()).contains("<Code>AuthorizationHeaderMalformed</Code>")
			.contains("&apos;eu-west-1&apos; is wrong; expecting &apos;us-east-1&apos;");
	}

	@Test
	void getWhenScopedToAnotherServiceThenAuthorizationHeaderMalformed() throws Exception {
		HttpResponse<String> response = send(sign(credentials(), clock.instant(), "us-east-1", "execute-api"));
		assertThat(response.statusCode()).isEqualTo(400);
		assertThat(response.body()).contains("<Code>AuthorizationHeaderMalformed</Code>").contains("execute-api");
	}

	@Test
	void getWhenScopeDateDiffersFromRequestDateThenAuthorizationHeaderMalformed() throws Exception {
		SdkHttpRequest signed = sign(credentials(), clock.instant(), "us-east-1", "s3");
		String authorization = signed.firstMatchingHeader("Authorization").orElseThrow();
		SdkHttpRequest forged = signed.toBuilder()
			.putHeader("Authorization", authorization.replace("/20260301/", "/20260228/"))
			.build();
		HttpResponse<String> response = send(forged);
		assertThat(response.statusCode()).isEqualTo(400);
		assertThat(response.body()).contains("<Code>AuthorizationHeaderMalformed</Code>")
			.contains("Date is not the same as X-Amz-Date");
	}

	private static AwsSessionCredentialsIdentity credentials() {
		Provisioned setup = cognito.provision().identityPool(true).create();
		try (CognitoIdentityClient identity = Sdk.identityPools(cognito.cognito())) {
			String identityId = identity.getId((request) -> request.identityPoolId(setup.identityPoolId()))
				.identityId();
			Credentials credentials = identity.getCredentialsForIdentity((request) -> request.identityId(identityId))
				.credentials();
			return AwsSessionCredentialsIdentity.create(credentials.accessKeyId(), credentials.secretKey(),
					credentials.sessionToken());
		}
	}

	private static SdkHttpRequest sign(AwsSessionCredentialsIdentity credentials, Instant at, String region,
			String service) {
		SdkHttpRequest request = SdkHttpRequest.builder()
			.method(SdkHttpMethod.GET)
			.uri(URI.create(cognito.cognito().s3Endpoint() + "/missing-bucket/key"))
			.putHeader("x-amz-content-sha256", EMPTY_SHA256)
			.build();
		SignedRequest signed = AwsV4HttpSigner.create()
			.sign((signing) -> signing.identity(credentials)
				.request(request)
				.putProperty(AwsV4HttpSigner.SERVICE_SIGNING_NAME, service)
				.putProperty(AwsV4HttpSigner.REGION_NAME, region)
				.putProperty(HttpSigner.SIGNING_CLOCK, Clock.fixed(at, ZoneOffset.UTC)));
		return signed.request();
	}

	private static HttpResponse<String> send(SdkHttpRequest request) throws Exception {
		HttpRequest.Builder builder = HttpRequest.newBuilder(request.getUri()).GET();
		request.forEachHeader((name, values) -> {
			if (!"Host".equalsIgnoreCase(name)) {
				values.forEach((value) -> builder.header(name, value));
			}
		});
		return http.send(builder.build(), HttpResponse.BodyHandlers.ofString());
	}

}
