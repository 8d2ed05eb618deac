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

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;

import org.junit.jupiter.api.Test;
import software.amazon.awssdk.auth.credentials.AwsSessionCredentials;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;

/**
 * Tests for {@link RefreshPolicy}.
 *
 * @author Cognito Session contributors
 */
class RefreshPolicyTests {

	private static final Instant NOW = Instant.parse("2026-01-01T00:00:00Z");

	private static final Instant EXPIRY = NOW.plus(Duration.ofHours(1));

	private final Clock clock = Clock.fixed(NOW, ZoneOffset.UTC);

	private RefreshPolicy policy(double prefetchJitter) {
		return new RefreshPolicy(this.clock, Duration.ofMinutes(5), Duration.ofMinutes(1), prefetchJitter,
				Duration.ofSeconds(10), Duration.ofSeconds(30));
	}

	private static AwsSessionCredentials expiringAt(Instant expiry) {
		return AwsSessionCredentials.builder()
			.accessKeyId("ASIATEST")
			.secretAccessKey("secret")
			.sessionToken("session")
			.expirationTime(expiry)
			.build();
	}

	@Test
	void cacheWhenNoJitterThenFreshUntilPrefetchTimeAndStaleAtStaleTime() {
		CachedCredentials cached = policy(0).cache(expiringAt(EXPIRY), "user:alice", "eu-west-1:alice");

		assertThat(cached.fresh).isTrue();
		assertThat(cached.isFor("user:alice")).isTrue();
		assertThat(cached.identityId).isEqualTo("eu-west-1:alice");
		assertThat(Instant.ofEpochMilli(cached.prefetchAt)).isEqualTo(EXPIRY.minus(Duration.ofMinutes(5)));
		assertThat(Instant.ofEpochMilli(cached.staleAt)).isEqualTo(EXPIRY.minus(Duration.ofMinutes(1)));
		assertThat(Instant.ofEpochMilli(cached.expiresAt)).isEqualTo(EXPIRY);
	}

	@Test
	void cacheWhenFullJitterThenPrefetchDelayedButNeverPastStaleTime() {
		RefreshPolicy policy = policy(1);
		for (int i = 0; i < 100; i++) {
			CachedCredentials cached = policy.cache(expiringAt(EXPIRY), "guest", "eu-west-1:guest");

			assertThat(cached.prefetchAt).isBetween(EXPIRY.minus(Duration.ofMinutes(5)).toEpochMilli(), cached.staleAt);
		}
	}

	@Test
	void cacheWhenAlreadyExpiredByLocalClockThenUsableForMinRefreshInterval() {
		CachedCredentials cached = policy(0).cache(expiringAt(NOW.minusSeconds(30)), "guest", "eu-west-1:guest");

		long minimum = NOW.plus(CognitoIdentityCredentialsProvider.MIN_REFRESH_INTERVAL).toEpochMilli();
		assertThat(cached.expiresAt).isEqualTo(minimum);
		assertThat(cached.staleAt).isEqualTo(minimum);
		assertThat(cached.prefetchAt).isEqualTo(minimum);
	}

	@Test
	void retryDelayMillisWhenConsecutiveFailuresThenBetweenMinIntervalAndMaxBackoff() {
		RefreshPolicy policy = policy(0);
		for (int failures = 1; failures <= 20; failures++) {
			assertThat(policy.retryDelayMillis(failures)).isBetween(1000L, 30_000L);
		}
	}

	@Test
	void constructorWhenJitterAboveOneThenFails() {
		assertThatIllegalArgumentException().isThrownBy(() -> policy(1.5))
			.withMessage("prefetchJitter must be between 0 and 1");
	}

	@Test
	void constructorWhenMaxBackoffBelowMinRefreshIntervalThenFails() {
		assertThatIllegalArgumentException()
			.isThrownBy(() -> new RefreshPolicy(this.clock, Duration.ofMinutes(5), Duration.ofMinutes(1), 0,
					Duration.ofSeconds(10), Duration.ofMillis(500)))
			.withMessage("maxBackoff cannot be shorter than PT1S");
	}

	@Test
	void constructorWhenRefreshTimeoutZeroThenFails() {
		assertThatIllegalArgumentException()
			.isThrownBy(() -> new RefreshPolicy(this.clock, Duration.ofMinutes(5), Duration.ofMinutes(1), 0,
					Duration.ZERO, Duration.ofSeconds(30)))
			.withMessage("refreshTimeout must be positive");
	}

}
