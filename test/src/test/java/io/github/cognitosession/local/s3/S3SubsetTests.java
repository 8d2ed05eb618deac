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
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;

import io.github.cognitosession.local.MutableClock;
import io.github.cognitosession.local.Provisioned;
import io.github.cognitosession.local.Sdk;
import io.github.cognitosession.local.junit.LocalCognitoExtension;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import software.amazon.awssdk.auth.credentials.AwsCredentials;
import software.amazon.awssdk.auth.credentials.AwsSessionCredentials;
import software.amazon.awssdk.auth.credentials.StaticCredentialsProvider;
import software.amazon.awssdk.core.sync.RequestBody;
import software.amazon.awssdk.regions.Region;
import software.amazon.awssdk.services.cognitoidentity.CognitoIdentityClient;
import software.amazon.awssdk.services.cognitoidentity.model.Credentials;
import software.amazon.awssdk.services.s3.S3Client;
import software.amazon.awssdk.services.s3.model.ListObjectsV2Response;
import software.amazon.awssdk.services.s3.model.NoSuchKeyException;
import software.amazon.awssdk.services.s3.model.S3Exception;
import software.amazon.awssdk.services.s3.model.S3Object;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatExceptionOfType;

/**
 * The S3 subset accepts the SDK's own S3 client signed with credentials the identity pool
 * issued, and rejects anything else with S3's errors.
 *
 * @author Cognito Session contributors
 */
class S3SubsetTests {

	private static final MutableClock clock = MutableClock.startingNow();

	@RegisterExtension
	static final LocalCognitoExtension cognito = LocalCognitoExtension.configure((builder) -> builder.clock(clock));

	@Test
	void putGetListWhenSignedWithIssuedCredentialsThenWork() {
		try (S3Client s3 = s3(issuedCredentials())) {
			s3.putObject((request) -> request.bucket("demo").key("notes/hello world.txt").contentType("text/plain"),
					RequestBody.fromString("hello from Local Cognito"));
			s3.putObject((request) -> request.bucket("demo").key("other.txt"), RequestBody.fromString("x"));
			assertThat(s3.getObjectAsBytes((request) -> request.bucket("demo").key("notes/hello world.txt"))
				.asUtf8String()).isEqualTo("hello from Local Cognito");
			ListObjectsV2Response listing = s3.listObjectsV2((request) -> request.bucket("demo").prefix("notes/"));
			assertThat(listing.contents()).extracting(S3Object::key).containsExactly("notes/hello world.txt");
			assertThat(listing.contents().get(0).size()).isEqualTo(24L);
			assertThat(listing.keyCount()).isEqualTo(1);
		}
	}

	@Test
	void putWhenPayloadIsUnsignedThenWorks() {
		try (S3Client s3 = S3Client.builder()
			.endpointOverride(URI.create(cognito.cognito().s3Endpoint()))
			.region(Region.US_EAST_1)
			.forcePathStyle(true)
			.requestChecksumCalculation(software.amazon.awssdk.core.checksums.RequestChecksumCalculation.WHEN_REQUIRED)
			.credentialsProvider(StaticCredentialsProvider.create(issuedCredentials()))
			.build()) {
			s3.putObject((request) -> request.bucket("plain").key("a.bin"), RequestBody.fromBytes(new byte[] { 1, 2 }));
			assertThat(s3.getObjectAsBytes((request) -> request.bucket("plain").key("a.bin")).asByteArray())
				.containsExactly(1, 2);
		}
	}

	@Test
	void listWhenMaxKeysIsNegativeThenInvalidArgument() {
		try (S3Client s3 = s3(issuedCredentials())) {
			s3.putObject((request) -> request.bucket("paging").key("a"), RequestBody.fromString("x"));
			assertThatExceptionOfType(S3Exception.class)
				.isThrownBy(() -> s3.listObjectsV2((request) -> request.bucket("paging").maxKeys(-1)))
				.satisfies((ex) -> {
					assertThat(ex.statusCode()).isEqualTo(400);
					assertThat(ex.awsErrorDetails().errorCode()).isEqualTo("InvalidArgument");
				});
		}
	}

	@Test
	void getWhenKeyIsMissingThenNoSuchKey() {
		try (S3Client s3 = s3(issuedCredentials())) {
			s3.putObject((request) -> request.bucket("missing").key("present"), RequestBody.fromString("x"));
			assertThatExceptionOfType(NoSuchKeyException.class)
				.isThrownBy(() -> s3.getObjectAsBytes((request) -> request.bucket("missing").key("absent")));
		}
	}

	@Test
	void putWhenSecretKeyIsWrongThenSignatureDoesNotMatch() {
		AwsSessionCredentials issued = issuedCredentials();
		AwsSessionCredentials wrong = AwsSessionCredentials.create(issued.accessKeyId(), "wrong-secret",
				issued.sessionToken());
		try (S3Client s3 = s3(wrong)) {
			assertThatExceptionOfType(S3Exception.class)
				.isThrownBy(
						() -> s3.putObject((request) -> request.bucket("demo").key("x"), RequestBody.fromString("x")))
				.satisfies((ex) -> {
					assertThat(ex.statusCode()).isEqualTo(403);
					assertThat(ex.awsErrorDetails().errorCode()).isEqualTo("SignatureDoesNotMatch");
				});
		}
	}

	@Test
	void putWhenAccessKeyIsUnknownThenInvalidAccessKeyId() {
		AwsSessionCredentials unknown = AwsSessionCredentials.create("ASIAUNKNOWNUNKNOWN00", "secret", "token");
		try (S3Client s3 = s3(unknown)) {
			assertThatExceptionOfType(S3Exception.class)
				.isThrownBy(
						() -> s3.putObject((request) -> request.bucket("demo").key("x"), RequestBody.fromString("x")))
				.satisfies((ex) -> assertThat(ex.awsErrorDetails().errorCode()).isEqualTo("InvalidAccessKeyId"));
		}
	}

	@Test
	void putWhenCredentialsExpiredThenExpiredToken() {
		AwsSessionCredentials issued = issuedCredentials();
		Instant issuedAt = clock.instant();
		// Expiry is checked before the request time, which the SDK takes from the real
		// clock; the emulator's clock goes back for the other tests.
		clock.advance(Duration.ofHours(1));
		try (S3Client s3 = s3(issued)) {
			assertThatExceptionOfType(S3Exception.class)
				.isThrownBy(
						() -> s3.putObject((request) -> request.bucket("demo").key("x"), RequestBody.fromString("x")))
				.satisfies((ex) -> assertThat(ex.awsErrorDetails().errorCode()).isEqualTo("ExpiredToken"));
		}
		finally {
			clock.set(issuedAt);
		}
	}

	@Test
	void requestWhenUnsignedThenAccessDeniedInS3XmlShape() throws Exception {
		HttpResponse<String> response = HttpClient.newHttpClient()
			.send(HttpRequest.newBuilder(URI.create(cognito.cognito().s3Endpoint() + "/demo/x"))
				.PUT(HttpRequest.BodyPublishers.ofString("x", StandardCharsets.UTF_8))
				.build(), HttpResponse.BodyHandlers.ofString());
		assertThat(response.statusCode()).isEqualTo(403);
		assertThat(response.body()).contains("<Error><Code>AccessDenied</Code>");
	}

	private static AwsSessionCredentials issuedCredentials() {
		Provisioned setup = cognito.provision().identityPool(true).create();
		try (CognitoIdentityClient identity = Sdk.identityPools(cognito.cognito())) {
			String identityId = identity.getId((request) -> request.identityPoolId(setup.identityPoolId()))
				.identityId();
			Credentials credentials = identity.getCredentialsForIdentity((request) -> request.identityId(identityId))
				.credentials();
			return AwsSessionCredentials.create(credentials.accessKeyId(), credentials.secretKey(),
					credentials.sessionToken());
		}
	}

	private static S3Client s3(AwsCredentials credentials) {
		return S3Client.builder()
			.endpointOverride(URI.create(cognito.cognito().s3Endpoint()))
			.region(Region.US_EAST_1)
			.forcePathStyle(true)
			.credentialsProvider(StaticCredentialsProvider.create(credentials))
			.overrideConfiguration((config) -> config
				.retryStrategy(software.amazon.awssdk.awscore.retry.AwsRetryStrategy.doNotRetry()))
			.build();
	}

}
