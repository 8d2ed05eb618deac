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

import io.github.cognitosession.session.IdentityPoolOperations;
import software.amazon.awssdk.auth.credentials.AwsCredentialsProvider;

import org.springframework.stereotype.Component;
import org.springframework.util.Assert;

/**
 * The signed-in user's identity-pool identity and AWS credentials, both from the library:
 * the identity id from the session manager's identity-pool role
 * ({@link IdentityPoolOperations#getIdentityId()}, kept in the user's HTTP session after
 * the first call) and the credentials from the application's
 * {@link AwsCredentialsProvider}, which resolves the credentials of the user whose
 * request is being handled and caches them per identity.
 *
 * @author Cognito Session contributors
 */
@Component
public final class UserCredentials {

	private final IdentityPoolOperations identityPool;

	private final AwsCredentialsProvider credentialsProvider;

	UserCredentials(IdentityPoolOperations identityPool, AwsCredentialsProvider credentialsProvider) {
		Assert.notNull(identityPool, "identityPool cannot be null");
		Assert.notNull(credentialsProvider, "credentialsProvider cannot be null");
		this.identityPool = identityPool;
		this.credentialsProvider = credentialsProvider;
	}

	/**
	 * The current user's identity and credentials.
	 * @return the identity id and the provider of the request's user's credentials
	 */
	public IdentityCredentials current() {
		return new IdentityCredentials(this.identityPool.getIdentityId(), this.credentialsProvider);
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
