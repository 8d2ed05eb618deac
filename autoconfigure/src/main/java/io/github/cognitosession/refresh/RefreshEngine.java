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

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ScheduledExecutorService;
import java.util.function.Function;

import org.apache.commons.logging.Log;
import org.apache.commons.logging.LogFactory;

import org.springframework.util.Assert;

/**
 * Refreshes values that expire, for many owners, each through a {@link RefreshSlot} of
 * its own: keyed single-flight refreshes, a background prefetch before the value goes
 * stale, bounded waits from the stale time, jittered exponential backoff after failures
 * (the value is served while it is valid), a timer that tells the owner when the value's
 * fresh phase ends (so that the owner's fast path need not read a clock) and, if asked
 * for, refreshes nobody waits for. Interceptors wrap every upstream refresh; a listener
 * hears of each outcome.
 * <p>
 * The engine coordinates; it does not store the values. The value lives with its owner (a
 * session's state, a cache entry), which {@link #slot creates a slot} with a
 * {@link RefreshSource} that reads, refreshes and publishes it, and holds the slot, so
 * that the slot's lifetime follows the owner's: nothing global grows with the number of
 * keys. The engine holds the settings shared by its slots and the scheduler of their
 * timers. Keys label slots for the interceptors and the listener; the engine never logs
 * or prints them (a key may be a secret, such as an HTTP session id).
 * <p>
 * <b>Threads.</b> Thread-safe. Refreshes that callers wait for run on the first such
 * caller's thread, bounded by the source's own timeouts; the others wait for at most the
 * {@link Builder#waitTimeout(Duration) wait timeout}. Timers, prefetches and background
 * refreshes run on the {@link Builder#scheduler(ScheduledExecutorService) given
 * scheduler}, or on one daemon thread of the engine's own, started on first use, ended
 * after a minute without work and on {@link #close()}.
 *
 * @param <V> the value type
 * @author Cognito Session contributors
 */
public final class RefreshEngine<V> implements AutoCloseable {

	/**
	 * How long callers wait for a refresh in progress by default.
	 */
	public static final Duration DEFAULT_WAIT_TIMEOUT = Duration.ofSeconds(10);

	/**
	 * The default shortest time between two upstream calls of a slot after a failure.
	 */
	public static final Duration DEFAULT_MIN_INTERVAL = Duration.ofSeconds(1);

	/**
	 * The default longest time between two upstream calls of a slot after failures.
	 */
	public static final Duration DEFAULT_MAX_BACKOFF = Duration.ofSeconds(30);

	/**
	 * The default name prefix of the engine's own thread.
	 */
	public static final String DEFAULT_THREAD_NAME_PREFIX = "cognito-refresh-";

	private static final Log logger = LogFactory.getLog(RefreshEngine.class);

	final Clock clock;

	final Duration waitTimeout;

	final Backoff backoff;

	final boolean backgroundRefresh;

	final RefreshScheduler scheduler;

	private final List<RefreshInterceptor<V>> interceptors;

	private final RefreshListener<V> listener;

	private final Function<Duration, RuntimeException> waitTimeoutException;

	private final Function<InterruptedException, RuntimeException> interruptedException;

	private RefreshEngine(Builder<V> builder) {
		Assert.notNull(builder.clock, "clock cannot be null");
		Assert.notNull(builder.waitTimeout, "waitTimeout cannot be null");
		Assert.isTrue(!builder.waitTimeout.isNegative() && !builder.waitTimeout.isZero(),
				"waitTimeout must be positive");
		Assert.hasText(builder.threadNamePrefix, "threadNamePrefix cannot be empty");
		this.clock = builder.clock;
		this.waitTimeout = builder.waitTimeout;
		this.backoff = new Backoff(builder.minInterval, builder.maxBackoff);
		this.backgroundRefresh = builder.backgroundRefresh;
		this.scheduler = new RefreshScheduler(builder.scheduler, builder.threadNamePrefix);
		this.interceptors = List.copyOf(builder.interceptors);
		this.listener = builder.listener;
		this.waitTimeoutException = builder.waitTimeoutException;
		this.interruptedException = builder.interruptedException;
	}

	/**
	 * Return a new builder.
	 * @param <V> the value type
	 * @return a builder
	 */
	public static <V> Builder<V> builder() {
		return new Builder<>();
	}

	/**
	 * Create the slot through which one owner's value is refreshed. If the owner already
	 * has a value, the slot's timer is set for its prefetch time. The slot is the owner's
	 * to keep and to {@link RefreshSlot#close() close}.
	 * @param key what the slot refreshes (a session key, an identity), for the
	 * interceptors and the listener
	 * @param source the owner's value
	 * @return a new slot
	 */
	public RefreshSlot<V> slot(String key, RefreshSource<V> source) {
		Assert.notNull(key, "key cannot be null");
		Assert.notNull(source, "source cannot be null");
		RefreshSlot<V> slot = new RefreshSlot<>(this, key, source);
		slot.reset();
		return slot;
	}

	/**
	 * Whether {@link #close()} was called.
	 * @return whether the engine is closed
	 */
	public boolean isClosed() {
		return this.scheduler.isClosed();
	}

	/**
	 * Stop background work: the engine's own thread ends (a given scheduler is not shut
	 * down, but no new work of this engine goes to it). Slots keep working on their
	 * callers' threads, reading the clock on every call. Close the slots first, so that
	 * their owners hear that no timer ends their values' fresh phase any more (see
	 * {@link RefreshSource#prefetchTimeReached}). Idempotent.
	 */
	@Override
	public void close() {
		this.scheduler.close();
	}

	@Override
	public String toString() {
		return "RefreshEngine[waitTimeout=" + this.waitTimeout + ", backgroundRefresh=" + this.backgroundRefresh
				+ ", interceptors=" + this.interceptors.size() + ", closed=" + isClosed() + "]";
	}

	/**
	 * Run the interceptor chain and the source's upstream call.
	 * @return the refreshed value, published into the owner
	 */
	V refresh(String key, RefreshSource<V> source, V base) {
		boolean[] reachedSource = new boolean[1];
		V refreshed = call(0, key, source, base, reachedSource);
		if (!reachedSource[0] && refreshed != null) {
			return source.adopt(refreshed);
		}
		return refreshed;
	}

	private V call(int index, String key, RefreshSource<V> source, V base, boolean[] reachedSource) {
		if (index == this.interceptors.size()) {
			reachedSource[0] = true;
			return source.refresh(base);
		}
		return this.interceptors.get(index)
			.intercept(key, base, (next) -> call(index + 1, key, source, next, reachedSource));
	}

	void refreshed(String key, V value) {
		if (this.listener == null) {
			return;
		}
		try {
			this.listener.refreshed(key, value);
		}
		catch (RuntimeException ex) {
			logger.warn("Refresh listener failed", ex);
		}
	}

	void failed(String key, RuntimeException failure, int consecutiveFailures, Instant retryAt) {
		if (this.listener == null) {
			return;
		}
		try {
			this.listener.failed(key, failure, consecutiveFailures, retryAt);
		}
		catch (RuntimeException ex) {
			logger.warn("Refresh listener failed", ex);
		}
	}

	void prefetchTimeReached(RefreshSource<V> source, V value) {
		try {
			source.prefetchTimeReached(value);
		}
		catch (RuntimeException ex) {
			logger.warn("Refresh source failed at the prefetch time", ex);
		}
	}

	RuntimeException waitTimedOut() {
		return this.waitTimeoutException.apply(this.waitTimeout);
	}

	RuntimeException interrupted(InterruptedException ex) {
		return this.interruptedException.apply(ex);
	}

	/**
	 * Builder for {@link RefreshEngine}.
	 *
	 * @param <V> the value type
	 */
	public static final class Builder<V> {

		private Clock clock = Clock.systemUTC();

		private ScheduledExecutorService scheduler;

		private String threadNamePrefix = DEFAULT_THREAD_NAME_PREFIX;

		private Duration waitTimeout = DEFAULT_WAIT_TIMEOUT;

		private Duration minInterval = DEFAULT_MIN_INTERVAL;

		private Duration maxBackoff = DEFAULT_MAX_BACKOFF;

		private boolean backgroundRefresh;

		private final List<RefreshInterceptor<V>> interceptors = new ArrayList<>();

		private RefreshListener<V> listener;

		private Function<Duration, RuntimeException> waitTimeoutException = (timeout) -> new IllegalStateException(
				"Timed out after " + timeout + " waiting for a refresh in progress");

		private Function<InterruptedException, RuntimeException> interruptedException = (
				ex) -> new IllegalStateException("Interrupted while waiting for a refresh in progress", ex);

		private Builder() {
		}

		/**
		 * The clock for every time decision and timer (default the system UTC clock).
		 * @param clock the clock
		 * @return this builder
		 */
		public Builder<V> clock(Clock clock) {
			this.clock = clock;
			return this;
		}

		/**
		 * The scheduler for timers, prefetches and background refreshes (default: one
		 * daemon thread owned by the engine). A given scheduler is shared, so
		 * {@link RefreshEngine#close()} does not shut it down.
		 * @param scheduler the scheduler, or {@code null} for one of the engine's own
		 * @return this builder
		 */
		public Builder<V> scheduler(ScheduledExecutorService scheduler) {
			this.scheduler = scheduler;
			return this;
		}

		/**
		 * The name prefix of the engine's own thread (default
		 * {@link #DEFAULT_THREAD_NAME_PREFIX}), followed by a number per engine.
		 * @param threadNamePrefix the prefix
		 * @return this builder
		 */
		public Builder<V> threadNamePrefix(String threadNamePrefix) {
			this.threadNamePrefix = threadNamePrefix;
			return this;
		}

		/**
		 * How long a caller waits for a refresh in progress (default
		 * {@link #DEFAULT_WAIT_TIMEOUT}); a caller that still has a valid value gets it
		 * instead of the timeout.
		 * @param waitTimeout the timeout
		 * @return this builder
		 */
		public Builder<V> waitTimeout(Duration waitTimeout) {
			this.waitTimeout = waitTimeout;
			return this;
		}

		/**
		 * The backoff after failed refreshes: at least {@code minInterval} between two
		 * upstream calls of a slot, growing exponentially with the consecutive failures
		 * (with half jitter) up to {@code maxBackoff} (defaults
		 * {@link #DEFAULT_MIN_INTERVAL} and {@link #DEFAULT_MAX_BACKOFF}).
		 * @param minInterval the shortest wait, positive
		 * @param maxBackoff the longest wait, not shorter than {@code minInterval}
		 * @return this builder
		 */
		public Builder<V> backoff(Duration minInterval, Duration maxBackoff) {
			this.minInterval = minInterval;
			this.maxBackoff = maxBackoff;
			return this;
		}

		/**
		 * Whether values are refreshed at their prefetch time even when nobody asks for
		 * them (default {@code false}); a failed background refresh is retried at the
		 * backoff's retry time while the value is valid.
		 * @param backgroundRefresh whether to refresh in the background
		 * @return this builder
		 */
		public Builder<V> backgroundRefresh(boolean backgroundRefresh) {
			this.backgroundRefresh = backgroundRefresh;
			return this;
		}

		/**
		 * Add an interceptor around every upstream refresh; interceptors run in the order
		 * they are added.
		 * @param interceptor the interceptor
		 * @return this builder
		 */
		public Builder<V> interceptor(RefreshInterceptor<V> interceptor) {
			Assert.notNull(interceptor, "interceptor cannot be null");
			this.interceptors.add(interceptor);
			return this;
		}

		/**
		 * The listener told of each refresh's outcome (optional).
		 * @param listener the listener
		 * @return this builder
		 */
		public Builder<V> listener(RefreshListener<V> listener) {
			this.listener = listener;
			return this;
		}

		/**
		 * What a caller whose wait timed out gets, given the wait timeout (default an
		 * {@link IllegalStateException}), so that owners keep their own exception types.
		 * @param waitTimeoutException the exception factory
		 * @return this builder
		 */
		public Builder<V> waitTimeoutException(Function<Duration, RuntimeException> waitTimeoutException) {
			Assert.notNull(waitTimeoutException, "waitTimeoutException cannot be null");
			this.waitTimeoutException = waitTimeoutException;
			return this;
		}

		/**
		 * What a caller interrupted while waiting gets (default an
		 * {@link IllegalStateException}); the thread's interrupt flag is set again first.
		 * @param interruptedException the exception factory
		 * @return this builder
		 */
		public Builder<V> interruptedException(Function<InterruptedException, RuntimeException> interruptedException) {
			Assert.notNull(interruptedException, "interruptedException cannot be null");
			this.interruptedException = interruptedException;
			return this;
		}

		/**
		 * Build the engine.
		 * @return a new engine
		 */
		public RefreshEngine<V> build() {
			return new RefreshEngine<>(this);
		}

	}

}
