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

import java.time.Instant;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

import io.github.cognitosession.local.MutableClock;
import io.github.cognitosession.refresh.TestSource.Value;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalStateException;

/**
 * Tests for the timer of a {@link RefreshSlot}: the prefetch time, background refresh and
 * its retries, {@link RefreshSlot#reset()} and {@link RefreshSlot#close()}, driven by a
 * manual scheduler.
 *
 * @author Cognito Session contributors
 */
class RefreshSlotTimerTests {

	private static final Instant T0 = Instant.parse("2026-01-01T00:00:00Z");

	private final MutableClock clock = new MutableClock(T0);

	private final ManualScheduler scheduler = new ManualScheduler(this.clock);

	private final RecordingListener listener = new RecordingListener();

	private final TestSource source = new TestSource(this.clock);

	private RefreshEngine<Value> engine = engine(false);

	@AfterEach
	void tearDown() {
		this.engine.close();
		this.scheduler.shutdownNow();
	}

	private RefreshEngine<Value> engine(boolean backgroundRefresh) {
		return RefreshEngine.<Value>builder()
			.clock(this.clock)
			.scheduler(this.scheduler)
			.listener(this.listener)
			.backgroundRefresh(backgroundRefresh)
			.build();
	}

	private RefreshSlot<Value> slotWithValue() {
		this.source.publish(Value.issuedAt("v0", T0));
		return this.engine.slot("guest", this.source);
	}

	private void moveClockTo(Instant instant) {
		this.clock.set(instant);
		this.scheduler.runDueTasks();
	}

	@Test
	void slotWhenOwnerHasValueThenSourceToldAtItsPrefetchTimeOnly() {
		RefreshSlot<Value> slot = slotWithValue();
		Value value = this.source.current();

		moveClockTo(value.prefetchAt().minusMillis(1));
		assertThat(this.source.prefetchTimes()).isEmpty();

		moveClockTo(value.prefetchAt());
		assertThat(this.source.prefetchTimes()).containsExactly(value);
		assertThat(this.source.upstreamCalls()).isZero();
		assertThat(slot.isClosed()).isFalse();
	}

	@Test
	void slotWhenOwnerHasNoValueThenNoTimer() {
		this.engine.slot("guest", this.source);

		moveClockTo(T0.plus(TestSource.LIFETIME.multipliedBy(2)));

		assertThat(this.source.prefetchTimes()).isEmpty();
	}

	@Test
	void getWhenRefreshedThenTimerSetForNewValue() {
		RefreshSlot<Value> slot = slotWithValue();
		Value old = this.source.current();
		moveClockTo(old.staleAt());

		Value refreshed = slot.get();
		moveClockTo(refreshed.prefetchAt());

		assertThat(this.source.prefetchTimes()).containsExactly(old, refreshed);
	}

	@Test
	void resetWhenOwnerReplacedValueThenOnlyNewValuesTimerRemains() {
		RefreshSlot<Value> slot = slotWithValue();
		Value old = this.source.current();
		Value signedInAgain = this.source.publish(Value.issuedAt("v1", T0.plusSeconds(600)));

		slot.reset();
		moveClockTo(signedInAgain.prefetchAt());

		assertThat(old.prefetchAt()).isBefore(signedInAgain.prefetchAt());
		assertThat(this.source.prefetchTimes()).containsExactly(signedInAgain);
	}

	@Test
	void resetWhenOwnerDroppedValueThenTimerCancelled() {
		RefreshSlot<Value> slot = slotWithValue();
		Value old = this.source.current();
		this.source.publish(null);

		slot.reset();
		moveClockTo(old.expiresAt());

		assertThat(this.source.prefetchTimes()).isEmpty();
	}

	@Test
	void timerWhenBackgroundRefreshThenRefreshedAtPrefetchTimeWithoutCaller() {
		this.engine = engine(true);
		slotWithValue();
		Value old = this.source.current();

		moveClockTo(old.prefetchAt());

		assertThat(this.source.prefetchTimes()).containsExactly(old);
		assertThat(this.source.upstreamCalls()).isOne();
		assertThat(this.source.bases()).containsExactly(old);
		assertThat(this.source.current()).isNotSameAs(old);
	}

	@Test
	void timerWhenValueReplacedWithoutResetThenNoBackgroundRefresh() {
		this.engine = engine(true);
		slotWithValue();
		Value old = this.source.current();
		this.source.publish(Value.issuedAt("replaced", T0));

		moveClockTo(old.prefetchAt());

		assertThat(this.source.prefetchTimes()).containsExactly(old);
		assertThat(this.source.upstreamCalls()).isZero();
	}

	@Test
	void timerWhenBackgroundRefreshFailsThenRetriedAtRetryTimeWhileValueValid() {
		this.engine = engine(true);
		slotWithValue();
		Value old = this.source.current();
		this.source.failWith(new IllegalStateException("upstream down"));

		moveClockTo(old.prefetchAt());
		assertThat(this.source.upstreamCalls()).isOne();
		Instant retryAt = this.listener.lastFailure().retryAt();

		moveClockTo(retryAt.minusMillis(1));
		assertThat(this.source.upstreamCalls()).isOne();
		moveClockTo(retryAt);
		assertThat(this.source.upstreamCalls()).isEqualTo(2);

		this.source.upstream((base) -> this.source.issue());
		moveClockTo(this.listener.lastFailure().retryAt());
		assertThat(this.source.upstreamCalls()).isEqualTo(3);
		assertThat(this.source.current()).isNotSameAs(old);
		// the new value's prefetch timer replaced the retries
		moveClockTo(old.expiresAt());
		assertThat(this.source.upstreamCalls()).isEqualTo(3);
	}

	@Test
	void timerWhenRetryWouldBePastExpiryThenNotRetried() {
		this.engine = engine(true);
		this.source.publish(new Value("short", new RefreshDeadlines(T0, T0.plusMillis(500), T0.plusMillis(500))));
		RefreshSlot<Value> slot = this.engine.slot("guest", this.source);
		IllegalStateException failure = new IllegalStateException("upstream down");
		this.source.failWith(failure);

		moveClockTo(T0);
		moveClockTo(T0.plusSeconds(60));

		assertThat(this.source.upstreamCalls()).isOne();
		assertThatIllegalStateException().isThrownBy(slot::get).isSameAs(failure);
	}

	@Test
	void closeWhenTimerPendingThenCancelledSourceToldAndSharedSchedulerKeepsRunning() {
		this.engine = engine(true);
		RefreshSlot<Value> slot = slotWithValue();
		Value value = this.source.current();

		slot.close();
		assertThat(this.source.prefetchTimes()).containsExactly(value);
		moveClockTo(value.prefetchAt());

		assertThat(slot.isClosed()).isTrue();
		assertThat(this.source.prefetchTimes()).containsExactly(value);
		assertThat(this.source.upstreamCalls()).isZero();
		assertThat(this.scheduler.isShutdown()).isFalse();
		slot.close();
		assertThat(this.source.prefetchTimes()).containsExactly(value);
	}

	@Test
	void closeWhenClosedThenNoBackgroundWorkButCallersStillRefreshedOnTheirThread() throws Exception {
		this.engine = engine(true);
		RefreshSlot<Value> slot = slotWithValue();
		Value old = this.source.current();
		slot.close();

		moveClockTo(old.prefetchAt());
		assertThat(slot.get()).isSameAs(old);
		this.scheduler.awaitImmediateTasks();
		assertThat(this.source.upstreamCalls()).isZero();

		moveClockTo(old.staleAt());
		Value refreshed = slot.get();

		assertThat(refreshed).isNotSameAs(old);
		assertThat(this.source.upstreamThreads()).containsExactly(Thread.currentThread());
		// no timer can time the new value: its fresh phase ends at once
		assertThat(this.source.prefetchTimes()).containsExactly(old, refreshed);
	}

}
