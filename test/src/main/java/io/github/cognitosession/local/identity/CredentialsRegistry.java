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

package io.github.cognitosession.local.identity;

import java.security.SecureRandom;
import java.time.Clock;
import java.time.Duration;
import java.util.Base64;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.concurrent.ConcurrentHashMap;

/**
 * Issues temporary credentials and remembers them, so the S3 subset can check the
 * signatures made with them. Thread-safe.
 *
 * @author Cognito Session contributors
 */
public final class CredentialsRegistry {

	private static final String KEY_ID_ALPHABET = "ABCDEFGHIJKLMNOPQRSTUVWXYZ234567";

	private final Clock clock;

	private final SecureRandom random;

	private final Duration lifetime;

	private final Map<String, IssuedCredentials> byAccessKeyId = new ConcurrentHashMap<>();

	public CredentialsRegistry(Clock clock, SecureRandom random, Duration lifetime) {
		this.clock = Objects.requireNonNull(clock, "clock cannot be null");
		this.random = Objects.requireNonNull(random, "random cannot be null");
		this.lifetime = Objects.requireNonNull(lifetime, "lifetime cannot be null");
	}

	/**
	 * Issue credentials for an identity.
	 * @param identityId the identity
	 * @param roleArn the role they stand for, or {@code null}
	 * @return the credentials
	 */
	public IssuedCredentials issue(String identityId, String roleArn) {
		StringBuilder keyId = new StringBuilder("ASIA");
		for (int i = 0; i < 16; i++) {
			keyId.append(KEY_ID_ALPHABET.charAt(this.random.nextInt(KEY_ID_ALPHABET.length())));
		}
		IssuedCredentials credentials = new IssuedCredentials(identityId, keyId.toString(), randomBase64(30),
				randomBase64(240), this.clock.instant().plus(this.lifetime), roleArn);
		this.byAccessKeyId.put(credentials.accessKeyId(), credentials);
		return credentials;
	}

	/**
	 * Find issued credentials.
	 * @param accessKeyId the access key id
	 * @return the credentials or {@code null}
	 */
	public IssuedCredentials find(String accessKeyId) {
		return this.byAccessKeyId.get(accessKeyId);
	}

	/**
	 * Every issued credential that has not expired, for the data directory.
	 * @return the credentials
	 */
	public List<IssuedCredentials> unexpired() {
		return this.byAccessKeyId.values()
			.stream()
			.filter((credentials) -> this.clock.instant().isBefore(credentials.expiration()))
			.toList();
	}

	/**
	 * Put back credentials read from the data directory.
	 * @param credentials the credentials
	 */
	public void restore(IssuedCredentials credentials) {
		this.byAccessKeyId.put(credentials.accessKeyId(), credentials);
	}

	private String randomBase64(int bytes) {
		byte[] value = new byte[bytes];
		this.random.nextBytes(value);
		return Base64.getEncoder().encodeToString(value);
	}

}
