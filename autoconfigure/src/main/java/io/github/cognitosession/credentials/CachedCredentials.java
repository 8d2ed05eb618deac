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

import software.amazon.awssdk.auth.credentials.AwsSessionCredentials;

import io.github.cognitosession.refresh.RefreshDeadlines;

/**
 * The value a {@link CognitoIdentityCredentialsProvider} caches: credentials together
 * with the identity they belong to and when they are prefetched, go stale and expire.
 * Immutable; compared by identity by the refresh engine.
 *
 * @param credentials the credentials
 * @param identityKey the {@link LoginsProvider#currentIdentityKey() identity key} they
 * were fetched for
 * @param identityId the identity id Cognito returned
 * @param deadlines when they are prefetched, go stale and expire
 * @author Cognito Session contributors
 */
record CachedCredentials(AwsSessionCredentials credentials, String identityKey, String identityId,
		RefreshDeadlines deadlines) {

	boolean isFor(String identityKey) {
		return this.identityKey.equals(identityKey);
	}

	@Override
	public String toString() {
		// AwsSessionCredentials prints no secret; named here so that it stays so
		return "CachedCredentials[identityId=" + this.identityId + ", accessKeyId=" + this.credentials.accessKeyId()
				+ ", deadlines=" + this.deadlines + "]";
	}

}
