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

import java.time.Instant;

import software.amazon.awssdk.auth.credentials.AwsSessionCredentials;

/**
 * The immutable value behind {@link CognitoIdentityCredentialsProvider}'s hot path:
 * credentials together with the identity they belong to and the instants (epoch millis of
 * the provider's clock) at which they should be prefetched, are stale, and expire.
 *
 * @author Cognito Session contributors
 */
final class CachedCredentials {

	final AwsSessionCredentials credentials;

	final String identityKey;

	final String identityId;

	final long prefetchAt;

	final long staleAt;

	final long expiresAt;

	final boolean fresh;

	CachedCredentials(AwsSessionCredentials credentials, String identityKey, String identityId, long prefetchAt,
			long staleAt, long expiresAt, boolean fresh) {
		this.credentials = credentials;
		this.identityKey = identityKey;
		this.identityId = identityId;
		this.prefetchAt = prefetchAt;
		this.staleAt = staleAt;
		this.expiresAt = expiresAt;
		this.fresh = fresh;
	}

	CachedCredentials notFresh() {
		return this.fresh ? new CachedCredentials(this.credentials, this.identityKey, this.identityId, this.prefetchAt,
				this.staleAt, this.expiresAt, false) : this;
	}

	boolean isFor(String identityKey) {
		return this.identityKey.equals(identityKey);
	}

	@Override
	public String toString() {
		return "CachedCredentials[identityId=" + this.identityId + ", credentials=" + this.credentials + ", prefetchAt="
				+ Instant.ofEpochMilli(this.prefetchAt) + ", staleAt=" + Instant.ofEpochMilli(this.staleAt)
				+ ", expiresAt=" + Instant.ofEpochMilli(this.expiresAt) + ", fresh=" + this.fresh + "]";
	}

}
