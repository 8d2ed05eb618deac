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
package io.github.cognitosession.samples.cli;

import java.net.URI;
import java.util.List;

import software.amazon.awssdk.auth.credentials.AwsCredentialsProvider;
import software.amazon.awssdk.core.sync.RequestBody;
import software.amazon.awssdk.regions.Region;
import software.amazon.awssdk.services.s3.S3Client;
import software.amazon.awssdk.services.s3.model.S3Object;

/**
 * The demo's use of AWS credentials: Local Cognito's S3 checks each request's SigV4
 * signature against the credentials the identity pool issued, so a successful upload
 * proves the credentials really sign.
 *
 * @author Cognito Session contributors
 */
final class DemoS3 implements AutoCloseable {

	private final S3Client s3;

	DemoS3(String endpoint, String region, AwsCredentialsProvider credentialsProvider) {
		this.s3 = S3Client.builder()
			.endpointOverride(URI.create(endpoint))
			.forcePathStyle(true)
			.region(Region.of(region))
			.credentialsProvider(credentialsProvider)
			.build();
	}

	void upload(String bucket, String key, String content) {
		this.s3.putObject((request) -> request.bucket(bucket).key(key).contentType("text/plain; charset=utf-8"),
				RequestBody.fromString(content));
	}

	List<S3Object> list(String bucket) {
		return this.s3.listObjectsV2((request) -> request.bucket(bucket)).contents();
	}

	@Override
	public void close() {
		this.s3.close();
	}

}
