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

import software.amazon.awssdk.auth.credentials.AwsCredentials;

/**
 * A copy of a {@link CognitoIdentityCredentialsProvider}'s credentials while they may be
 * served without any check, kept by that provider (see
 * {@link CognitoIdentityCredentialsProvider#mirrorTo(CredentialsMirror)}), for a wrapper
 * that the AWS SDK calls before it signs every request. A subclass reads its own field,
 * so a warm call through the wrapper is one volatile read, with no hop to the provider.
 * <p>
 * The copy is empty whenever the provider would decide with the clock or compare
 * identities (outside the fresh phase, after an identity change, when the logins provider
 * does not notify identity changes, once the provider is closed): the subclass then asks
 * the provider. The provider writes the copy under the lock under which it changes its
 * own, so that once an identity change has been told, no caller reads the previous
 * identity's credentials through a mirror either.
 *
 * @author Cognito Session contributors
 */
public abstract class CredentialsMirror {

	private volatile AwsCredentials credentials;

	/**
	 * Return the mirrored credentials.
	 * @return the provider's credentials while they may be served as they are, else
	 * {@code null}
	 */
	protected final AwsCredentials mirroredCredentials() {
		return this.credentials;
	}

	final void mirror(AwsCredentials credentials) {
		this.credentials = credentials;
	}

}
