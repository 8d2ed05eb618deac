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

import java.io.IOException;
import java.lang.reflect.UndeclaredThrowableException;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import io.github.cognitosession.local.MutableClock;
import io.github.cognitosession.refresh.TestSource.Value;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatExceptionOfType;
import static org.assertj.core.api.Assertions.assertThatIllegalStateException;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/**
 * Tests for {@link RefreshSlot}: phases, single flight, bounded waits and backoff.
 *
 * @author Cognito Session contributors
 */
class RefreshSlotTests {

	private static final Instant T0 = Instant.parse("2026-01-01T00:00:00Z");

	private final MutableClock clock = new MutableClock(T0);

	private final ManualScheduler scheduler = new ManualScheduler(this.clock);

	private final RecordingListener listener = new RecordingListener();

	private final TestSource source = new TestSource(this.clock);

	private final ExecutorService executor = Executors.newCachedThreadPool();

	private final CountDownLatch release = new CountDownLatch(1);

	private RefreshEngine<Value> engine = engine().build();

	@AfterEach
	void tearDown() {
		this.release.countDown();
		this.executor.shutdownNow();
		this.engine.close();
		this.scheduler.shutdownNow();
	}

	private RefreshEngine.Builder<Value> engine() {
		return RefreshEngine.<Value>builder()
			.clock(this.clock)
			.scheduler(this.scheduler)
			.listener(this.listener)
			.waitTimeoutException((timeout) -> new IllegalStateException("Waited " + timeout + " in vain"));
	}

	private RefreshSlot<Value> slot() {
		return this.engine.slot("user:alice", this.source);
	}

	/**
	 * A slot whose owner holds a value issued at T0.
	 */
	private RefreshSlot<Value> slotWithValue() {
		this.source.publish(Value.issuedAt("v0", T0));
		return slot();
	}

	/**
	 * The upstream enters, tells {@code entered}, and answers once the test releases it.
	 */
	private void holdUpstream(CountDownLatch entered) {
		this.source.upstream((base) -> {
			entered.countDown();
			await(this.release);
			return this.source.issue();
		});
	}

	private static void await(CountDownLatch latch) {
		try {
			assertThat(latch.await(30, TimeUnit.SECONDS)).isTrue();
		}
		catch (InterruptedException ex) {
			Thread.currentThread().interrupt();
			throw new IllegalStateException(ex);
		}
	}

	private void moveClockTo(Instant instant) {
		this.clock.set(instant);
		this.scheduler.runDueTasks();
	}

	@Test
	void getWhenFreshThenValueWithoutUpstreamCall() {
		RefreshSlot<Value> slot = slotWithValue();
		Value value = this.source.current();

		this.clock.set(value.prefetchAt().minusMillis(1));

		assertThat(slot.get()).isSameAs(value);
		assertThat(this.source.upstreamCalls()).isZero();
	}

	@Test
	void getWhenOwnerHasNoValueThenRefreshesOnCallerThreadAndTellsListener() {
		RefreshSlot<Value> slot = slot();

		Value value = slot.get();

		assertThat(value).isNotNull().isSameAs(this.source.current());
		assertThat(this.source.upstreamThreads()).containsExactly(Thread.currentThread());
		assertThat(this.source.bases()).containsExactly(Value.NONE);
		assertThat(this.listener.refreshed()).containsExactly(new RecordingListener.Refreshed("user:alice", value));
	}

	@ParameterizedTest(name = "at the {0} time")
	@ValueSource(strings = { "stale", "expiry" })
	void getWhenManyThreadsAtStaleOrExpiryInstantThenOneUpstreamCallAndEveryoneGetsItsValue(String moment)
			throws Exception {
		RefreshSlot<Value> slot = slotWithValue();
		Value old = this.source.current();
		this.clock.set(moment.equals("stale") ? old.staleAt() : old.expiresAt());
		int threads = 256;
		// the upstream answers only once every caller has seen the old value
		CountDownLatch allSawOldValue = countThreadsSeeingCurrent(threads);
		this.source.upstream((base) -> {
			await(allSawOldValue);
			return this.source.issue();
		});

		List<Value> results = callConcurrently(threads, slot::get);

		assertThat(this.source.upstreamCalls()).isOne();
		assertThat(results).hasSize(threads).containsOnly(this.source.current()).doesNotContain(old);
	}

	private List<Value> callConcurrently(int threads, java.util.concurrent.Callable<Value> call) throws Exception {
		ExecutorService callers = Executors.newFixedThreadPool(threads);
		try {
			CountDownLatch start = new CountDownLatch(1);
			List<Future<Value>> futures = new ArrayList<>();
			for (int i = 0; i < threads; i++) {
				futures.add(callers.submit(() -> {
					start.await();
					return call.call();
				}));
			}
			start.countDown();
			List<Value> results = new ArrayList<>();
			for (Future<Value> future : futures) {
				results.add(future.get(30, TimeUnit.SECONDS));
			}
			return results;
		}
		finally {
			callers.shutdownNow();
		}
	}

	@Test
	void getWhenInPrefetchWindowThenCallersGetValueAtOnceWhileOneRefreshIsHeldUpstream() throws Exception {
		RefreshSlot<Value> slot = slotWithValue();
		Value old = this.source.current();
		CountDownLatch entered = new CountDownLatch(1);
		holdUpstream(entered);
		moveClockTo(old.prefetchAt().plusSeconds(1));

		assertThat(slot.get()).isSameAs(old);
		await(entered);
		// the refresh is held upstream, on the scheduler's thread: nobody waits for it
		for (int i = 0; i < 100; i++) {
			assertThat(slot.get()).isSameAs(old);
		}
		assertThat(this.source.upstreamThreads()).singleElement().isNotSameAs(Thread.currentThread());
		this.release.countDown();

		assertThat(this.listener.awaitRefreshed()).isTrue();
		assertThat(slot.get()).isNotSameAs(old).isSameAs(this.source.current());
		assertThat(this.source.upstreamCalls()).isOne();
	}

	@Test
	void getWhenBeforePrefetchTimeThenNoRefreshAndAtItOneRefresh() throws Exception {
		RefreshSlot<Value> slot = slotWithValue();
		Value old = this.source.current();

		moveClockTo(old.prefetchAt().minusMillis(1));
		assertThat(slot.get()).isSameAs(old);
		this.scheduler.awaitImmediateTasks();
		assertThat(this.source.upstreamCalls()).isZero();

		moveClockTo(old.prefetchAt());
		assertThat(slot.get()).isSameAs(old);
		this.scheduler.awaitImmediateTasks();
		assertThat(this.source.upstreamCalls()).isOne();
	}

	@Test
	void getWhenStaleAndRefreshHeldThenWaitIsBoundedAndValidValueServedElseTimeoutNamesWholeWait() throws Exception {
		this.engine = engine().waitTimeout(Duration.ofMillis(100)).build();
		RefreshSlot<Value> slot = slotWithValue();
		Value old = this.source.current();
		CountDownLatch entered = new CountDownLatch(1);
		holdUpstream(entered);
		moveClockTo(old.staleAt());
		// this caller makes the upstream call, which is held
		Future<Value> leader = this.executor.submit(slot::get);
		await(entered);

		// stale but valid: after the bounded wait, the old value
		assertThat(slot.get()).isSameAs(old);
		// expired: after the bounded wait, the engine's timeout exception
		moveClockTo(old.expiresAt());
		assertThatIllegalStateException().isThrownBy(slot::get).withMessage("Waited PT0.1S in vain");

		this.release.countDown();
		assertThat(leader.get(10, TimeUnit.SECONDS)).isNotSameAs(old).isSameAs(this.source.current());
		assertThat(this.source.upstreamCalls()).isOne();
	}

	@Test
	void getWhenRefreshFailsThenValidValueServedWithoutUpstreamCallUntilRetryTime() {
		RefreshSlot<Value> slot = slotWithValue();
		Value old = this.source.current();
		IllegalStateException failure = new IllegalStateException("upstream down");
		this.source.failWith(failure);
		moveClockTo(old.staleAt());

		assertThat(slot.get()).isSameAs(old);
		assertThat(this.source.upstreamCalls()).isOne();
		RecordingListener.Failed failed = this.listener.lastFailure();
		assertThat(failed.failure()).isSameAs(failure);
		assertThat(failed.consecutiveFailures()).isOne();
		// the first retry is after the minimum interval
		assertThat(failed.retryAt()).isEqualTo(old.staleAt().plus(RefreshEngine.DEFAULT_MIN_INTERVAL));

		moveClockTo(failed.retryAt().minusMillis(1));
		assertThat(slot.get()).isSameAs(old);
		assertThat(slot.get()).isSameAs(old);
		assertThat(this.source.upstreamCalls()).isOne();

		moveClockTo(failed.retryAt());
		assertThat(slot.get()).isSameAs(old);
		assertThat(this.source.upstreamCalls()).isEqualTo(2);
	}

	@Test
	void getWhenExpiredAndRefreshFailsThenFailureThrownAndAgainWithoutUpstreamCallDuringBackoff() {
		RefreshSlot<Value> slot = slotWithValue();
		Value old = this.source.current();
		IllegalStateException failure = new IllegalStateException("upstream down");
		this.source.failWith(failure);
		moveClockTo(old.expiresAt());

		assertThatThrownBy(slot::get).isSameAs(failure);
		assertThatThrownBy(slot::get).isSameAs(failure);
		assertThat(this.source.upstreamCalls()).isOne();

		// the upstream recovers
		this.source.upstream((base) -> this.source.issue());
		moveClockTo(this.listener.lastFailure().retryAt());
		assertThat(slot.get()).isNotSameAs(old).isSameAs(this.source.current());
		assertThat(this.source.upstreamCalls()).isEqualTo(2);
	}

	@Test
	void getWhenFailuresInARowThenBackoffGrowsExponentiallyWithHalfJitterUpToMaxBackoff() {
		RefreshSlot<Value> slot = slot();
		this.source.failWith(new IllegalStateException("upstream down"));

		for (int failures = 1; failures <= 20; failures++) {
			assertThatIllegalStateException().isThrownBy(slot::get).withMessage("upstream down");
			RecordingListener.Failed failed = this.listener.lastFailure();
			long delay = Duration.between(this.clock.instant(), failed.retryAt()).toMillis();
			long exponential = Math.min(30_000, 1000L << (failures - 1));
			assertThat(failed.consecutiveFailures()).isEqualTo(failures);
			assertThat(delay).as("delay after %d failures", failures)
				.isBetween(Math.max(1000, exponential / 2), exponential);
			moveClockTo(failed.retryAt());
		}
		assertThat(this.source.upstreamCalls()).isEqualTo(20);
	}

	@Test
	void getWhenAnotherSlotFailedThenNotHeldBackAndCountsItsOwnFailures() {
		RefreshSlot<Value> alice = slot();
		TestSource bobsSource = new TestSource(this.clock);
		RefreshSlot<Value> bob = this.engine.slot("user:bob", bobsSource);
		this.source.failWith(new IllegalStateException("alice's upstream down"));
		for (int i = 0; i < 3; i++) {
			assertThatIllegalStateException().isThrownBy(alice::get);
			moveClockTo(this.listener.lastFailure().retryAt());
		}
		assertThat(this.listener.lastFailure().consecutiveFailures()).isEqualTo(3);

		assertThat(bob.get()).isNotNull();
		bobsSource.failWith(new IllegalStateException("bob's upstream down"));
		assertThatIllegalStateException().isThrownBy(() -> bob.refresh(bobsSource.current()));
		assertThat(this.listener.lastFailure().key()).isEqualTo("user:bob");
		assertThat(this.listener.lastFailure().consecutiveFailures()).isOne();
		assertThat(bobsSource.upstreamCalls()).isEqualTo(2);
	}

	@Test
	void getWhenSourceSaysFailureIsLocalThenNotBackedOffNorReported() {
		RefreshSlot<Value> slot = slot();
		IllegalArgumentException local = new IllegalArgumentException("guest access is off");
		this.source.failWith(local);
		this.source.backsOff((failure) -> failure != local);

		assertThatThrownBy(slot::get).isSameAs(local);
		assertThatThrownBy(slot::get).isSameAs(local);

		assertThat(this.source.upstreamCalls()).isEqualTo(2);
		assertThat(this.listener.failed()).isEmpty();
	}

	@Test
	void getWhenRefreshReturnsNullThenEveryWaiterGetsNull() throws Exception {
		RefreshSlot<Value> slot = slotWithValue();
		Value old = this.source.current();
		moveClockTo(old.expiresAt());
		int threads = 32;
		CountDownLatch allSawOldValue = countThreadsSeeingCurrent(threads);
		// e.g. signed out meanwhile: the owner has no value to refresh any more
		this.source.upstream((base) -> {
			await(allSawOldValue);
			return null;
		});

		List<Value> results = callConcurrently(threads, slot::get);

		assertThat(results).hasSize(threads).containsOnlyNulls();
		assertThat(this.source.upstreamCalls()).isOne();
		assertThat(this.listener.refreshed()).isEmpty();
	}

	@Test
	void getWhenValueRefreshedAfterCallerLookedThenNoUpstreamCallUnlessAlsoStale() {
		RefreshSlot<Value> slot = slotWithValue();
		Value old = this.source.current();
		Instant now = old.expiresAt();
		moveClockTo(now);
		Value notStale = this.source
			.publish(new Value("not stale", new RefreshDeadlines(now, now.plusMillis(1), now.plusSeconds(60))));
		// the caller saw the old value before another thread published the new one
		this.source.scriptReads(old);

		assertThat(slot.get()).isSameAs(notStale);
		assertThat(this.source.upstreamCalls()).isZero();

		this.source.publish(new Value("stale too", new RefreshDeadlines(now, now, now.plusSeconds(60))));
		this.source.scriptReads(old);
		assertThat(slot.get().name()).isEqualTo("v1");
		assertThat(this.source.upstreamCalls()).isOne();
	}

	@Test
	void getWhenOwnerDroppedValueAfterCallerLookedThenNullWithoutUpstreamCall() {
		RefreshSlot<Value> slot = slotWithValue();
		Value old = this.source.current();
		moveClockTo(old.expiresAt());
		// e.g. signed out by another thread after the caller saw the expired value
		this.source.publish(null);
		this.source.scriptReads(old);

		assertThat(slot.get()).isNull();
		assertThat(this.source.upstreamCalls()).isZero();

		// a caller that saw no value refreshes
		assertThat(slot.get()).isNotNull();
		assertThat(this.source.upstreamCalls()).isOne();
	}

	@Test
	void getWhenPrefetchFindsValueAlreadyReplacedThenNoUpstreamCallUnlessInItsWindowToo() throws Exception {
		RefreshSlot<Value> slot = slotWithValue();
		Value old = this.source.current();
		Instant now = old.prefetchAt();
		moveClockTo(now);
		Value fresh = this.source.publish(
				new Value("fresh", new RefreshDeadlines(now.plusMillis(1), now.plusSeconds(1), now.plusSeconds(60))));
		this.source.scriptReads(old);

		assertThat(slot.get()).isSameAs(old);
		this.scheduler.awaitImmediateTasks();
		assertThat(this.source.upstreamCalls()).isZero();
		assertThat(this.source.current()).isSameAs(fresh);

		this.source
			.publish(new Value("prefetch due", new RefreshDeadlines(now, now.plusSeconds(1), now.plusSeconds(60))));
		this.source.scriptReads(old);
		assertThat(slot.get()).isSameAs(old);
		this.scheduler.awaitImmediateTasks();
		assertThat(this.source.upstreamCalls()).isOne();
	}

	@Test
	void getWhenSourceThrowsCheckedExceptionSneakilyThenUndeclaredThrowableAndBackedOff() {
		RefreshSlot<Value> slot = slot();
		IOException checked = new IOException("broken");
		this.source.upstream((base) -> {
			throw RefreshSlotTests.<RuntimeException>sneaky(checked);
		});

		assertThatExceptionOfType(UndeclaredThrowableException.class).isThrownBy(slot::get)
			.satisfies((ex) -> assertThat(ex.getCause()).isSameAs(checked));
		assertThat(this.listener.lastFailure().failure()).isInstanceOf(UndeclaredThrowableException.class);
		assertThatExceptionOfType(UndeclaredThrowableException.class).isThrownBy(slot::get);
		assertThat(this.source.upstreamCalls()).isOne();
	}

	@SuppressWarnings("unchecked")
	private static <E extends Throwable> RuntimeException sneaky(Throwable failure) throws E {
		throw (E) failure;
	}

	@Test
	void getWhenSourceThrowsErrorThenPropagatesWithoutBackoff() {
		RefreshSlot<Value> slot = slot();
		this.source.upstream((base) -> {
			throw new TestError();
		});

		assertThatExceptionOfType(TestError.class).isThrownBy(slot::get);
		assertThatExceptionOfType(TestError.class).isThrownBy(slot::get);

		assertThat(this.source.upstreamCalls()).isEqualTo(2);
		assertThat(this.listener.failed()).isEmpty();
	}

	@Test
	void getWhenPrefetchRejectedBySchedulerThenCallerRefreshesItselfOnceStale() {
		RefreshSlot<Value> slot = slotWithValue();
		Value old = this.source.current();
		this.scheduler.shutdownNow();

		moveClockTo(old.prefetchAt());
		assertThat(slot.get()).isSameAs(old);
		assertThat(this.source.upstreamCalls()).isZero();

		moveClockTo(old.staleAt());
		assertThat(slot.get()).isNotSameAs(old);
		assertThat(this.source.upstreamThreads()).containsExactly(Thread.currentThread());
	}

	@Test
	void getWhenInterruptedWhileWaitingThenEngineExceptionAndInterruptFlagKept() throws Exception {
		this.engine = engine().interruptedException((ex) -> new IllegalStateException("interrupted while waiting", ex))
			.build();
		RefreshSlot<Value> slot = slotWithValue();
		Value old = this.source.current();
		CountDownLatch entered = new CountDownLatch(1);
		holdUpstream(entered);
		moveClockTo(old.expiresAt());
		Future<Value> leader = this.executor.submit(slot::get);
		await(entered);

		Thread.currentThread().interrupt();
		try {
			assertThatIllegalStateException().isThrownBy(slot::get)
				.withMessage("interrupted while waiting")
				.withCauseInstanceOf(InterruptedException.class);
		}
		finally {
			assertThat(Thread.interrupted()).isTrue();
		}
		this.release.countDown();
		assertThat(leader.get(10, TimeUnit.SECONDS)).isNotSameAs(old);
	}

	@Test
	void refreshWhenRefreshInFlightThenMergedIntoOneUpstreamCall() throws Exception {
		RefreshSlot<Value> slot = slotWithValue();
		Value old = this.source.current();
		CountDownLatch entered = new CountDownLatch(1);
		holdUpstream(entered);
		Future<Value> first = this.executor.submit(() -> slot.refresh(old));
		await(entered);

		Future<Value> second = this.executor.submit(() -> slot.refresh(old));
		this.release.countDown();

		Value refreshed = first.get(10, TimeUnit.SECONDS);
		assertThat(refreshed).isNotSameAs(old);
		assertThat(second.get(10, TimeUnit.SECONDS)).isSameAs(refreshed);
		assertThat(this.source.upstreamCalls()).isOne();
	}

	@Test
	void refreshWhenFreshThenRefreshesAnyway() {
		RefreshSlot<Value> slot = slotWithValue();
		Value old = this.source.current();

		Value refreshed = slot.refresh(old);

		assertThat(refreshed).isNotSameAs(old).isSameAs(this.source.current());
		assertThat(this.source.bases()).containsExactly(old);
	}

	@Test
	void refreshWhenValueReplacedSinceCallerLookedThenReturnsItWithoutUpstreamCall() {
		RefreshSlot<Value> slot = slotWithValue();
		Value seen = this.source.current();
		Value newer = this.source.publish(this.source.issue());

		assertThat(slot.refresh(seen)).isSameAs(newer);
		assertThat(this.source.upstreamCalls()).isZero();
	}

	@Test
	void refreshWhenBackingOffThenLastFailureWithoutUpstreamCall() {
		RefreshSlot<Value> slot = slotWithValue();
		Value old = this.source.current();
		IllegalStateException failure = new IllegalStateException("upstream down");
		this.source.failWith(failure);

		assertThatThrownBy(() -> slot.refresh(old)).isSameAs(failure);
		assertThatThrownBy(() -> slot.refresh(old)).isSameAs(failure);
		assertThat(this.source.upstreamCalls()).isOne();
		// a valid value is still served to callers that do not force a refresh
		assertThat(slot.get()).isSameAs(old);
	}

	@Test
	void resetWhenBackingOffThenNextCallGoesUpstreamAndFailuresCountFromOne() {
		RefreshSlot<Value> slot = slot();
		this.source.failWith(new IllegalStateException("upstream down"));
		assertThatIllegalStateException().isThrownBy(slot::get);
		assertThatIllegalStateException().isThrownBy(slot::get);
		assertThat(this.source.upstreamCalls()).isOne();

		slot.reset();

		assertThatIllegalStateException().isThrownBy(slot::get);
		assertThat(this.source.upstreamCalls()).isEqualTo(2);
		assertThat(this.listener.lastFailure().consecutiveFailures()).isOne();
	}

	@Test
	void getWhenRefreshSucceedsAfterFailuresThenBackoffForgotten() {
		RefreshSlot<Value> slot = slot();
		this.source.failWith(new IllegalStateException("upstream down"));
		assertThatIllegalStateException().isThrownBy(slot::get);
		this.source.upstream((base) -> this.source.issue());
		moveClockTo(this.listener.lastFailure().retryAt());
		Value refreshed = slot.get();

		this.source.failWith(new IllegalStateException("down again"));
		assertThatIllegalStateException().isThrownBy(() -> slot.refresh(refreshed)).withMessage("down again");

		assertThat(this.listener.lastFailure().consecutiveFailures()).isOne();
	}

	private static final class TestError extends Error {

	}

	/**
	 * A latch that opens once the given number of distinct threads have read the source's
	 * current value.
	 */
	private CountDownLatch countThreadsSeeingCurrent(int threads) {
		CountDownLatch latch = new CountDownLatch(threads);
		Set<Thread> seen = ConcurrentHashMap.newKeySet();
		this.source.onCurrent(() -> {
			if (seen.add(Thread.currentThread())) {
				latch.countDown();
			}
		});
		return latch;
	}

}
