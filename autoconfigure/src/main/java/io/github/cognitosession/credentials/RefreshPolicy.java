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
import java.util.concurrent.ThreadLocalRandom;

import software.amazon.awssdk.auth.credentials.AwsSessionCredentials;
import software.amazon.awssdk.retries.api.BackoffStrategy;

import org.springframework.util.Assert;

/**
 * The validated time settings of a {@link CognitoIdentityCredentialsProvider}: when
 * fetched credentials are prefetched, go stale and expire, how long callers wait for a
 * refresh, and how long to wait after failed refreshes. Every instant comes from the
 * configured clock, in epoch millis.
 *
 * @author Cognito Session contributors
 */
final class RefreshPolicy {

	private final Clock clock;

	private final long prefetchMillis;

	private final long staleMillis;

	private final long maxPrefetchJitterMillis;

	private final Duration refreshTimeout;

	private final BackoffStrategy backoffStrategy;

	RefreshPolicy(Clock clock, Duration prefetchTime, Duration staleTime, double prefetchJitter,
			Duration refreshTimeout, Duration maxBackoff) {
		Assert.notNull(clock, "clock cannot be null");
		Assert.isTrue(!staleTime.isNegative(), "staleTime cannot be negative");
		Assert.isTrue(prefetchTime.compareTo(staleTime) >= 0, "prefetchTime cannot be shorter than staleTime");
		Assert.isTrue(prefetchJitter >= 0 && prefetchJitter <= 1, "prefetchJitter must be between 0 and 1");
		Assert.isTrue(!refreshTimeout.isNegative() && !refreshTimeout.isZero(), "refreshTimeout must be positive");
		Assert.isTrue(maxBackoff.compareTo(CognitoIdentityCredentialsProvider.MIN_REFRESH_INTERVAL) >= 0,
				"maxBackoff cannot be shorter than " + CognitoIdentityCredentialsProvider.MIN_REFRESH_INTERVAL);
		this.clock = clock;
		this.prefetchMillis = prefetchTime.toMillis();
		this.staleMillis = staleTime.toMillis();
		this.maxPrefetchJitterMillis = (long) (prefetchJitter * this.prefetchMillis);
		this.refreshTimeout = refreshTimeout;
		this.backoffStrategy = BackoffStrategy
			.exponentialDelayHalfJitter(CognitoIdentityCredentialsProvider.MIN_REFRESH_INTERVAL, maxBackoff);
	}

	long now() {
		return this.clock.millis();
	}

	Duration refreshTimeout() {
		return this.refreshTimeout;
	}

	/**
	 * Cache credentials that were just fetched, fresh until their jittered prefetch time.
	 */
	CachedCredentials cache(AwsSessionCredentials credentials, String identityKey, String identityId) {
		long now = now();
		long minInterval = CognitoIdentityCredentialsProvider.MIN_REFRESH_INTERVAL.toMillis();
		long expiresAt = credentials.expirationTime().map(Instant::toEpochMilli).orElseThrow();
		// Freshly issued credentials are trusted for a moment even when the local clock
		// says they expired (clock skew), rather than refreshing on every call.
		long usableUntil = Math.max(expiresAt, now + minInterval);
		long staleAt = clamp(expiresAt - this.staleMillis, now + minInterval, usableUntil);
		long jitter = (this.maxPrefetchJitterMillis > 0)
				? ThreadLocalRandom.current().nextLong(this.maxPrefetchJitterMillis + 1) : 0;
		long prefetchAt = clamp(expiresAt - this.prefetchMillis + jitter, now + minInterval, staleAt);
		return new CachedCredentials(credentials, identityKey, identityId, prefetchAt, staleAt, usableUntil, true);
	}

	/**
	 * How long to wait before the next upstream call after the given number of
	 * consecutive failures: jittered, exponential, at least the minimum refresh interval.
	 */
	long retryDelayMillis(int consecutiveFailures) {
		// computeDelay(1) is the first attempt's (zero) delay; a failure is a retry
		return Math.max(CognitoIdentityCredentialsProvider.MIN_REFRESH_INTERVAL.toMillis(),
				this.backoffStrategy.computeDelay(consecutiveFailures + 1).toMillis());
	}

	private static long clamp(long value, long min, long max) {
		return Math.min(Math.max(value, min), max);
	}

}
