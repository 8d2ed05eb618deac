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

import java.util.Map;

import io.github.cognitosession.autoconfigure.CognitoProperties;
import io.github.cognitosession.session.CognitoSessionManager;
import software.amazon.awssdk.auth.credentials.AwsCredentialsProvider;
import software.amazon.awssdk.auth.credentials.AwsSessionCredentials;
import software.amazon.awssdk.auth.credentials.StaticCredentialsProvider;
import software.amazon.awssdk.services.cognitoidentity.CognitoIdentityClient;
import software.amazon.awssdk.services.cognitoidentity.model.Credentials;

import org.springframework.beans.factory.ObjectProvider;
import org.springframework.stereotype.Component;
import org.springframework.util.Assert;

/**
 * The signed-in user's identity-pool identity and AWS credentials, obtained with the
 * user's ID token ({@code GetId}, then {@code GetCredentialsForIdentity}).
 * <p>
 * This is the only place where the sample talks to the identity pool itself; it stands in
 * for the library's identity-pool credentials support and is meant to be replaced by it.
 *
 * @author Cognito Session contributors
 */
@Component
public final class UserCredentials {

	private final ObjectProvider<CognitoIdentityClient> identityClient;

	private final CognitoSessionManager sessionManager;

	private final CognitoProperties properties;

	UserCredentials(ObjectProvider<CognitoIdentityClient> identityClient, CognitoSessionManager sessionManager,
			CognitoProperties properties) {
		Assert.notNull(identityClient, "identityClient cannot be null");
		Assert.notNull(sessionManager, "sessionManager cannot be null");
		Assert.notNull(properties, "properties cannot be null");
		this.identityClient = identityClient;
		this.sessionManager = sessionManager;
		this.properties = properties;
	}

	/**
	 * The current user's identity and credentials.
	 * @return the identity id and a provider of its credentials
	 * @throws IllegalStateException if no identity pool is configured
	 */
	public IdentityCredentials current() {
		String identityPoolId = this.properties.getIdentityPool().getId();
		CognitoIdentityClient client = this.identityClient.getIfAvailable();
		if (client == null || identityPoolId == null) {
			throw new IllegalStateException("Set cognito.identity-pool.id to store files under the user's identity");
		}
		String idToken = this.sessionManager.getTokens().getIdToken().getTokenValue();
		Map<String, String> logins = Map.of(loginProvider(), idToken);
		String identityId = client.getId((request) -> request.identityPoolId(identityPoolId).logins(logins))
			.identityId();
		Credentials credentials = client
			.getCredentialsForIdentity((request) -> request.identityId(identityId).logins(logins))
			.credentials();
		AwsCredentialsProvider provider = StaticCredentialsProvider.create(AwsSessionCredentials.builder()
			.accessKeyId(credentials.accessKeyId())
			.secretAccessKey(credentials.secretKey())
			.sessionToken(credentials.sessionToken())
			.expirationTime(credentials.expiration())
			.build());
		return new IdentityCredentials(identityId, provider);
	}

	private String loginProvider() {
		return "cognito-idp." + this.properties.determineRegion() + ".amazonaws.com/"
				+ this.properties.getUserPool().getId();
	}

	/**
	 * An identity-pool identity and its credentials.
	 *
	 * @param identityId the identity id, {@code <region>:<uuid>}
	 * @param credentialsProvider the identity's credentials
	 */
	public record IdentityCredentials(String identityId, AwsCredentialsProvider credentialsProvider) {

		@Override
		public String toString() {
			return "IdentityCredentials[identityId=" + this.identityId + "]";
		}

	}

}
