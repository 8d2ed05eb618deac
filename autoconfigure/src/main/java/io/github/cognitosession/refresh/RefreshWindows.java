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
package io.github.cognitosession.refresh;

import java.time.Duration;
import java.time.Instant;
import java.util.concurrent.ThreadLocalRandom;

import org.springframework.util.Assert;

/**
 * The refresh windows of values that expire, as the AWS SDK's refreshing credentials
 * providers name them: a value is prefetched {@code prefetchTime} before it expires
 * (later by a random jitter of up to {@code prefetchJitter} of the prefetch time, so that
 * many instances do not refresh together, but never past the stale time) and is stale
 * {@code staleTime} before it expires. A value fetched just now is served for at least
 * {@code minimumInterval} even when the local clock says it expired (clock skew), so that
 * a skewed clock does not turn every call into a refresh.
 *
 * @param prefetchTime how long before expiry a value is refreshed in the background
 * @param staleTime how long before expiry callers wait for a refresh
 * @param prefetchJitter the fraction of the prefetch time, 0 to 1, by which each prefetch
 * is randomly delayed
 * @param minimumInterval how long a value fetched just now is served at least
 * @author Cognito Session contributors
 */
public record RefreshWindows(Duration prefetchTime, Duration staleTime, double prefetchJitter,
		Duration minimumInterval) {

	/**
	 * Create an instance.
	 * @param prefetchTime how long before expiry a value is refreshed in the background,
	 * not shorter than {@code staleTime}
	 * @param staleTime how long before expiry callers wait for a refresh, not negative
	 * @param prefetchJitter the fraction of the prefetch time, 0 to 1, by which each
	 * prefetch is randomly delayed
	 * @param minimumInterval how long a value fetched just now is served at least, not
	 * negative
	 */
	public RefreshWindows {
		Assert.notNull(prefetchTime, "prefetchTime cannot be null");
		Assert.notNull(staleTime, "staleTime cannot be null");
		Assert.notNull(minimumInterval, "minimumInterval cannot be null");
		Assert.isTrue(!staleTime.isNegative(), "staleTime cannot be negative");
		Assert.isTrue(prefetchTime.compareTo(staleTime) >= 0, "prefetchTime cannot be shorter than staleTime");
		Assert.isTrue(prefetchJitter >= 0 && prefetchJitter <= 1, "prefetchJitter must be between 0 and 1");
		Assert.isTrue(!minimumInterval.isNegative(), "minimumInterval cannot be negative");
	}

	/**
	 * Return the deadlines of a value that expires at {@code expiresAt}, fetched at
	 * {@code now}.
	 * @param expiresAt when the value expires
	 * @param now the current time of the engine's clock
	 * @return the deadlines, each at least the minimum interval after {@code now}
	 */
	public RefreshDeadlines deadlines(Instant expiresAt, Instant now) {
		Assert.notNull(expiresAt, "expiresAt cannot be null");
		Assert.notNull(now, "now cannot be null");
		Instant earliest = now.plus(this.minimumInterval);
		Instant usableUntil = latest(expiresAt, earliest);
		Instant staleAt = clamp(expiresAt.minus(this.staleTime), earliest, usableUntil);
		long maxJitterMillis = (long) (this.prefetchJitter * this.prefetchTime.toMillis());
		long jitterMillis = (maxJitterMillis > 0) ? ThreadLocalRandom.current().nextLong(maxJitterMillis + 1) : 0;
		Instant prefetchAt = clamp(expiresAt.minus(this.prefetchTime).plusMillis(jitterMillis), earliest, staleAt);
		return new RefreshDeadlines(prefetchAt, staleAt, usableUntil);
	}

	private static Instant clamp(Instant value, Instant min, Instant max) {
		Instant atLeastMin = latest(value, min);
		return atLeastMin.isAfter(max) ? max : atLeastMin;
	}

	private static Instant latest(Instant first, Instant second) {
		return first.isAfter(second) ? first : second;
	}

}
