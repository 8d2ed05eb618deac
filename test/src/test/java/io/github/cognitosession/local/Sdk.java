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

package io.github.cognitosession.local;

import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.util.Base64;

import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;

import software.amazon.awssdk.auth.credentials.AnonymousCredentialsProvider;
import software.amazon.awssdk.auth.credentials.AwsBasicCredentials;
import software.amazon.awssdk.auth.credentials.StaticCredentialsProvider;
import software.amazon.awssdk.awscore.retry.AwsRetryStrategy;
import software.amazon.awssdk.regions.Region;
import software.amazon.awssdk.services.cognitoidentity.CognitoIdentityClient;
import software.amazon.awssdk.services.cognitoidentityprovider.CognitoIdentityProviderClient;

/**
 * The real AWS SDK clients pointed at an emulator: unsigned (anonymous) for the public
 * operations, signed with made-up credentials for the admin ones, never retrying so that
 * fault tests count calls exactly.
 *
 * @author Cognito Session contributors
 */
public final class Sdk {

	private Sdk() {
	}

	public static CognitoIdentityProviderClient userPools(LocalCognito cognito) {
		return CognitoIdentityProviderClient.builder()
			.endpointOverride(URI.create(cognito.endpoint()))
			.region(Region.of(cognito.region()))
			.credentialsProvider(AnonymousCredentialsProvider.create())
			.overrideConfiguration((config) -> config.retryStrategy(AwsRetryStrategy.doNotRetry()))
			.build();
	}

	public static CognitoIdentityProviderClient admin(LocalCognito cognito) {
		return CognitoIdentityProviderClient.builder()
			.endpointOverride(URI.create(cognito.endpoint()))
			.region(Region.of(cognito.region()))
			.credentialsProvider(StaticCredentialsProvider.create(AwsBasicCredentials.create("AKIDEXAMPLE", "any")))
			.overrideConfiguration((config) -> config.retryStrategy(AwsRetryStrategy.doNotRetry()))
			.build();
	}

	public static CognitoIdentityClient identityPools(LocalCognito cognito) {
		return CognitoIdentityClient.builder()
			.endpointOverride(URI.create(cognito.endpoint()))
			.region(Region.of(cognito.region()))
			.credentialsProvider(AnonymousCredentialsProvider.create())
			.overrideConfiguration((config) -> config.retryStrategy(AwsRetryStrategy.doNotRetry()))
			.build();
	}

	public static String secretHash(String secret, String username, String clientId) {
		try {
			Mac mac = Mac.getInstance("HmacSHA256");
			mac.init(new SecretKeySpec(secret.getBytes(StandardCharsets.UTF_8), "HmacSHA256"));
			return Base64.getEncoder()
				.encodeToString(mac.doFinal((username + clientId).getBytes(StandardCharsets.UTF_8)));
		}
		catch (java.security.GeneralSecurityException ex) {
			throw new IllegalStateException(ex);
		}
	}

}
