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

import software.amazon.awssdk.retries.api.BackoffStrategy;

import org.springframework.util.Assert;

/**
 * How long a slot waits after failed refreshes before the next upstream call: exponential
 * with half jitter (the SDK's own strategy), from the minimum interval up to the maximum,
 * and never less than the minimum interval.
 *
 * @author Cognito Session contributors
 */
final class Backoff {

	private final Duration minInterval;

	private final BackoffStrategy strategy;

	Backoff(Duration minInterval, Duration maxBackoff) {
		Assert.notNull(minInterval, "minInterval cannot be null");
		Assert.notNull(maxBackoff, "maxBackoff cannot be null");
		Assert.isTrue(!minInterval.isNegative() && !minInterval.isZero(), "minInterval must be positive");
		Assert.isTrue(maxBackoff.compareTo(minInterval) >= 0, "maxBackoff cannot be shorter than " + minInterval);
		this.minInterval = minInterval;
		this.strategy = BackoffStrategy.exponentialDelayHalfJitter(minInterval, maxBackoff);
	}

	/**
	 * Record one more failure after {@code previous}.
	 * @param previous the failure before, or {@code null} after a success
	 * @param exception what the refresh threw
	 * @param now the current time
	 * @return the failure, with its retry time
	 */
	RefreshFailure failed(RefreshFailure previous, RuntimeException exception, Instant now) {
		int failures = (previous != null) ? previous.consecutiveFailures() + 1 : 1;
		return new RefreshFailure(exception, failures, now.plus(retryDelay(failures)));
	}

	private Duration retryDelay(int consecutiveFailures) {
		// computeDelay(1) is the first attempt's (zero) delay; a failure is a retry
		Duration delay = this.strategy.computeDelay(consecutiveFailures + 1);
		return (delay.compareTo(this.minInterval) < 0) ? this.minInterval : delay;
	}

	/**
	 * The last failed refresh of a slot and when the next upstream call is allowed.
	 *
	 * @param exception what the refresh threw
	 * @param consecutiveFailures how many refreshes failed in a row
	 * @param retryAt when the next upstream call may be made
	 */
	record RefreshFailure(RuntimeException exception, int consecutiveFailures, Instant retryAt) {

		boolean holdsBack(Instant now) {
			return now.isBefore(this.retryAt);
		}

	}

}
