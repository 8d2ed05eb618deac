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

package io.github.cognitosession.sample.web;

import java.net.URI;
import java.util.Map;

import io.github.cognitosession.local.Provisioned;
import software.amazon.awssdk.auth.credentials.AnonymousCredentialsProvider;
import software.amazon.awssdk.auth.credentials.AwsSessionCredentials;
import software.amazon.awssdk.auth.credentials.StaticCredentialsProvider;
import software.amazon.awssdk.regions.Region;
import software.amazon.awssdk.services.cognitoidentity.CognitoIdentityClient;
import software.amazon.awssdk.services.cognitoidentity.model.Credentials;
import software.amazon.awssdk.services.cognitoidentityprovider.CognitoIdentityProviderClient;
import software.amazon.awssdk.services.cognitoidentityprovider.model.AuthFlowType;
import software.amazon.awssdk.services.s3.S3Client;

/**
 * Creates the sample's bucket on the embedded Local Cognito. Its S3 accepts only
 * identity-pool credentials, so the demo user signs in once and the bucket is created
 * with the demo identity's credentials, over the same APIs an app would use.
 *
 * @author Cognito Session contributors
 */
final class LocalBucket {

	private LocalBucket() {
	}

	static void create(Provisioned setup, String bucket) {
		Region region = Region.of(setup.region());
		URI endpoint = URI.create(setup.endpoint());
		try (CognitoIdentityProviderClient userPool = CognitoIdentityProviderClient.builder()
			.endpointOverride(endpoint)
			.region(region)
			.credentialsProvider(AnonymousCredentialsProvider.create())
			.build();
				CognitoIdentityClient identityPool = CognitoIdentityClient.builder()
					.endpointOverride(endpoint)
					.region(region)
					.credentialsProvider(AnonymousCredentialsProvider.create())
					.build()) {
			String idToken = userPool
				.initiateAuth((request) -> request.clientId(setup.clientId())
					.authFlow(AuthFlowType.USER_PASSWORD_AUTH)
					.authParameters(Map.of("USERNAME", setup.username(), "PASSWORD", setup.password())))
				.authenticationResult()
				.idToken();
			Map<String, String> logins = Map.of(setup.providerName(), idToken);
			String identityId = identityPool
				.getId((request) -> request.identityPoolId(setup.identityPoolId()).logins(logins))
				.identityId();
			Credentials credentials = identityPool
				.getCredentialsForIdentity((request) -> request.identityId(identityId).logins(logins))
				.credentials();
			try (S3Client s3 = S3Client.builder()
				.endpointOverride(URI.create(setup.s3Endpoint()))
				.forcePathStyle(true)
				.region(region)
				.credentialsProvider(StaticCredentialsProvider.create(AwsSessionCredentials
					.create(credentials.accessKeyId(), credentials.secretKey(), credentials.sessionToken())))
				.build()) {
				s3.createBucket((request) -> request.bucket(bucket));
			}
		}
	}

}
