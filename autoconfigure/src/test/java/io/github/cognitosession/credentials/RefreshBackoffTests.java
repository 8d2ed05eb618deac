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

import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;

import org.junit.jupiter.api.Test;

import io.github.cognitosession.local.MutableClock;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Tests for {@link RefreshBackoff}.
 *
 * @author Cognito Session contributors
 */
class RefreshBackoffTests {

	private static final Instant T0 = Instant.parse("2026-01-01T00:00:00Z");

	private final MutableClock clock = new MutableClock(T0);

	private final RefreshPolicy policy = new RefreshPolicy(this.clock, Duration.ofMinutes(5), Duration.ofMinutes(1), 0,
			Duration.ofSeconds(10), Duration.ofSeconds(30));

	private final List<RuntimeException> heard = new CopyOnWriteArrayList<>();

	private final RefreshBackoff backoff = new RefreshBackoff(this.policy, this.heard::add);

	@Test
	void backingOffWhenFailedThenHoldsBackThatIdentityUntilRetryTime() {
		RuntimeException failure = new IllegalStateException("upstream down");

		RefreshFailure recorded = this.backoff.failed("user:alice", failure);

		assertThat(this.backoff.backingOff("user:alice", this.clock.millis())).isSameAs(recorded);
		assertThat(recorded.exception).isSameAs(failure);
		assertThat(recorded.retryAt - T0.toEpochMilli()).isBetween(1000L, 30_000L);
		assertThat(this.backoff.backingOff("user:alice", recorded.retryAt)).isNull();
	}

	@Test
	void backingOffWhenAnotherIdentityFailedThenNull() {
		this.backoff.failed("user:alice", new IllegalStateException("upstream down"));

		assertThat(this.backoff.backingOff("user:bob", this.clock.millis())).isNull();
	}

	@Test
	void failedWhenSameIdentityAgainThenCountsConsecutiveFailures() {
		this.backoff.failed("user:alice", new IllegalStateException("1"));
		this.backoff.failed("user:alice", new IllegalStateException("2"));
		RefreshFailure third = this.backoff.failed("user:alice", new IllegalStateException("3"));

		assertThat(third.consecutiveFailures).isEqualTo(3);
		assertThat(this.backoff.failed("user:bob", new IllegalStateException("4")).consecutiveFailures).isEqualTo(1);
	}

	@Test
	void succeededWhenBackingOffThenNoLongerHoldsBack() {
		this.backoff.failed("user:alice", new IllegalStateException("upstream down"));

		this.backoff.succeeded();

		assertThat(this.backoff.backingOff("user:alice", this.clock.millis())).isNull();
	}

	@Test
	void failedWhenListenerThrowsThenFailureStillRecordedAndListenerTold() {
		RuntimeException failure = new IllegalStateException("upstream down");
		RefreshBackoff throwingListener = new RefreshBackoff(this.policy, (ex) -> {
			this.heard.add(ex);
			throw new IllegalArgumentException("listener bug");
		});

		RefreshFailure recorded = throwingListener.failed("user:alice", failure);

		assertThat(this.heard).containsExactly(failure);
		assertThat(throwingListener.backingOff("user:alice", this.clock.millis())).isSameAs(recorded);
	}

}
