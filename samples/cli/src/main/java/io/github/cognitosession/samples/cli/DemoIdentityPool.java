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

import java.time.Instant;
import java.util.Map;

import software.amazon.awssdk.auth.credentials.AwsSessionCredentials;
import software.amazon.awssdk.services.cognitoidentity.CognitoIdentityClient;
import software.amazon.awssdk.services.cognitoidentity.model.Credentials;
import software.amazon.awssdk.services.cognitoidentity.model.GetCredentialsForIdentityResponse;

/**
 * The identity-pool part of the demo, in one place: a guest identity, then AWS
 * credentials for the signed-in user in exchange for the ID token (the guest identity is
 * linked to the user, as AWSMobileClient does).
 *
 * @author Cognito Session contributors
 */
final class DemoIdentityPool {

	private final CognitoIdentityClient client;

	private final String identityPoolId;

	private final String providerName;

	/**
	 * Create the demo's identity-pool access.
	 * @param client the Cognito Identity client (anonymous credentials)
	 * @param identityPoolId the identity pool
	 * @param providerName the user pool's provider name,
	 * {@code cognito-idp.<region>.amazonaws.com/<poolId>}
	 */
	DemoIdentityPool(CognitoIdentityClient client, String identityPoolId, String providerName) {
		this.client = client;
		this.identityPoolId = identityPoolId;
		this.providerName = providerName;
	}

	/**
	 * A guest identity (GetId without logins).
	 * @return the identity id
	 */
	String guestIdentityId() {
		return this.client.getId((request) -> request.identityPoolId(this.identityPoolId)).identityId();
	}

	/**
	 * Credentials of an identity for the signed-in user.
	 * @param identityId the identity (the guest's, which becomes the user's)
	 * @param idToken the user's ID token
	 * @return the identity and its credentials
	 */
	IdentityCredentials credentials(String identityId, String idToken) {
		GetCredentialsForIdentityResponse response = this.client.getCredentialsForIdentity(
				(request) -> request.identityId(identityId).logins(Map.of(this.providerName, idToken)));
		Credentials credentials = response.credentials();
		return new IdentityCredentials(response.identityId(), AwsSessionCredentials.create(credentials.accessKeyId(),
				credentials.secretKey(), credentials.sessionToken()), credentials.expiration());
	}

	/**
	 * AWS credentials of an identity.
	 *
	 * @param identityId the identity
	 * @param credentials the credentials
	 * @param expiration when they expire
	 */
	record IdentityCredentials(String identityId, AwsSessionCredentials credentials, Instant expiration) {

		@Override
		public String toString() {
			return "IdentityCredentials[identityId=" + this.identityId + ", accessKeyId="
					+ DemoOutput.maskAccessKeyId(this.credentials.accessKeyId()) + ", expiration=" + this.expiration
					+ "]";
		}

	}

}
