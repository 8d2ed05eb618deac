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

import java.lang.reflect.UndeclaredThrowableException;
import java.time.Instant;
import java.util.concurrent.RejectedExecutionException;
import java.util.concurrent.ScheduledFuture;
import java.util.concurrent.atomic.AtomicReference;

/**
 * Coordinates the refreshes of one owner's value, created by
 * {@link RefreshEngine#slot(String, RefreshSource)} and held by the owner. At most one
 * upstream refresh is in flight (single flight); the phases of the value, by its
 * {@link RefreshSource#deadlines deadlines} and the engine's clock, decide what a caller
 * gets:
 * <ul>
 * <li>fresh (before the prefetch time): the value;</li>
 * <li>prefetch window (until the stale time): the value at once, while one background
 * refresh runs on the engine's scheduler;</li>
 * <li>stale, expired or missing: the caller joins the refresh in flight, or makes it on
 * its own thread, and waits for it (bounded by the engine's wait timeout); if it fails,
 * the caller gets the old value while it is valid, else the failure.</li>
 * </ul>
 * After a failure no upstream call is made until the backoff has passed: callers get the
 * valid value or the last failure. After each successful refresh (and on
 * {@link #reset()}) one timer is set at the value's prefetch time, which tells the source
 * (so that the owner can leave a fast path that reads no clock) and, with background
 * refresh on, refreshes with no caller. Thread-safe.
 *
 * @param <V> the value type
 * @author Cognito Session contributors
 */
public final class RefreshSlot<V> implements AutoCloseable {

	private final RefreshEngine<V> engine;

	private final String key;

	private final RefreshSource<V> source;

	private final AtomicReference<Flight<V>> inFlight = new AtomicReference<>();

	/**
	 * Guards {@link #timer} and {@link #closed} changes, so that one timer is pending.
	 */
	private final Object timerLock = new Object();

	private Timer<V> timer;

	private volatile Backoff.RefreshFailure lastFailure;

	private volatile boolean closed;

	RefreshSlot(RefreshEngine<V> engine, String key, RefreshSource<V> source) {
		this.engine = engine;
		this.key = key;
		this.source = source;
	}

	/**
	 * Return the owner's value, refreshed if it is stale or missing.
	 * @return the value, or {@code null} if the owner has none any more (the source's
	 * refresh returned {@code null})
	 * @throws RuntimeException the refresh's failure when no valid value is left, or the
	 * engine's exception when the wait for a refresh in progress timed out or was
	 * interrupted
	 */
	public V get() {
		long deadline = System.nanoTime() + this.engine.waitTimeout.toNanos();
		while (true) {
			V current = this.source.current();
			Instant now = this.engine.clock.instant();
			RefreshDeadlines deadlines = (current != null) ? this.source.deadlines(current) : null;
			if (deadlines != null && now.isBefore(deadlines.staleAt())) {
				if (!now.isBefore(deadlines.prefetchAt())) {
					prefetch(now);
				}
				return current;
			}
			boolean valid = deadlines != null && now.isBefore(deadlines.expiresAt());
			Backoff.RefreshFailure failure = backingOff(now);
			if (failure != null) {
				if (valid) {
					return current;
				}
				throw failure.exception();
			}
			Flight<V> flight = this.inFlight.get();
			if (flight == null) {
				Flight<V> mine = new Flight<>(Flight.Mode.BLOCKING, current);
				if (!this.inFlight.compareAndSet(null, mine)) {
					continue;
				}
				run(mine);
				flight = mine;
			}
			try {
				return flight.await(deadline, this.engine);
			}
			catch (Flight.Abandoned ex) {
				// the scheduler rejected a prefetch this caller joined: refresh here
			}
			catch (RuntimeException ex) {
				if (valid && this.engine.clock.instant().isBefore(deadlines.expiresAt())) {
					return current;
				}
				throw ex;
			}
		}
	}

	/**
	 * Refresh now, whether due or not, merged with a refresh in flight. If the owner's
	 * value is no longer {@code seen} (someone refreshed, or replaced it, after the
	 * caller looked), that value is returned without a refresh. While the slot backs off,
	 * no upstream call is made.
	 * @param seen the value the caller found wanting, or {@code null}
	 * @return the new value, or {@code null} if the owner has none any more
	 * @throws RuntimeException the refresh's failure (also while backing off, the last
	 * one), or the engine's exception when the wait timed out or was interrupted
	 */
	public V refresh(V seen) {
		long deadline = System.nanoTime() + this.engine.waitTimeout.toNanos();
		while (true) {
			V current = this.source.current();
			if (current != seen) {
				return current;
			}
			Backoff.RefreshFailure failure = backingOff(this.engine.clock.instant());
			if (failure != null) {
				throw failure.exception();
			}
			Flight<V> flight = this.inFlight.get();
			boolean mine = false;
			if (flight == null) {
				flight = new Flight<>(Flight.Mode.FORCED, seen);
				if (!this.inFlight.compareAndSet(null, flight)) {
					continue;
				}
				run(flight);
				mine = true;
			}
			try {
				V refreshed = flight.await(deadline, this.engine);
				// a flight joined that found nothing to refresh: make one of this
				// caller's
				if (mine || refreshed != seen) {
					return refreshed;
				}
			}
			catch (Flight.Abandoned ex) {
				// the scheduler rejected a prefetch this caller joined: refresh here
			}
		}
	}

	/**
	 * Tell the slot that the owner replaced its value outside a refresh (e.g. a new
	 * sign-in): the backoff of the previous value is forgotten and the timer is set for
	 * the new value's prefetch time (or cancelled if the owner has no value).
	 */
	public void reset() {
		this.lastFailure = null;
		V value;
		synchronized (this.timerLock) {
			cancelTimer();
			value = this.source.current();
			if (value == null || schedule(new Timer<>(value, true), this.source.deadlines(value).prefetchAt())) {
				return;
			}
		}
		this.engine.prefetchTimeReached(this.source, value);
	}

	/**
	 * Whether the slot (or its engine) is closed: then it starts no background work.
	 * @return whether the slot is closed
	 */
	public boolean isClosed() {
		return this.closed || this.engine.isClosed();
	}

	/**
	 * Cancel the slot's timer (telling the source, see
	 * {@link RefreshSource#prefetchTimeReached}) and start no background work from now
	 * on. The slot still refreshes on its callers' threads. Idempotent.
	 */
	@Override
	public void close() {
		Timer<V> pending;
		synchronized (this.timerLock) {
			this.closed = true;
			pending = this.timer;
			cancelTimer();
		}
		if (pending != null && pending.prefetch) {
			this.engine.prefetchTimeReached(this.source, pending.value);
		}
	}

	@Override
	public String toString() {
		Backoff.RefreshFailure failure = this.lastFailure;
		// no key: it may be a secret, such as an HTTP session id
		return "RefreshSlot[refreshing=" + (this.inFlight.get() != null) + ", consecutiveFailures="
				+ ((failure != null) ? failure.consecutiveFailures() : 0) + ", closed=" + isClosed() + "]";
	}

	private Backoff.RefreshFailure backingOff(Instant now) {
		Backoff.RefreshFailure failure = this.lastFailure;
		return (failure != null && failure.holdsBack(now)) ? failure : null;
	}

	private void prefetch(Instant now) {
		if (isClosed() || this.inFlight.get() != null || backingOff(now) != null) {
			return;
		}
		Flight<V> flight = new Flight<>(Flight.Mode.PREFETCH, null);
		if (!this.inFlight.compareAndSet(null, flight)) {
			return;
		}
		try {
			this.engine.scheduler.execute(() -> run(flight));
		}
		catch (RejectedExecutionException ex) {
			this.inFlight.compareAndSet(flight, null);
			flight.abandon();
		}
	}

	private void backgroundRefresh(V scheduledFor) {
		// a value replaced meanwhile is the owner's business, not refreshed speculatively
		if (isClosed() || this.source.current() != scheduledFor) {
			return;
		}
		Flight<V> flight = new Flight<>(Flight.Mode.BACKGROUND, scheduledFor);
		if (this.inFlight.compareAndSet(null, flight)) {
			run(flight);
		}
	}

	/**
	 * Make one upstream refresh, unless the refresh that just finished made it pointless
	 * or the slot backs off. Called only by the holder of {@link #inFlight}.
	 */
	private void run(Flight<V> flight) {
		try {
			V current = this.source.current();
			Instant now = this.engine.clock.instant();
			if (flight.isMadePointlessBy(current, this.source, now)) {
				flight.complete(current);
				return;
			}
			Backoff.RefreshFailure failure = backingOff(now);
			if (failure != null) {
				flight.fail(failure.exception());
				return;
			}
			V refreshed;
			try {
				refreshed = this.engine.refresh(this.key, this.source, current);
			}
			catch (RuntimeException ex) {
				failed(flight, current, ex);
				return;
			}
			catch (Exception ex) {
				// a checked exception thrown sneakily by the source
				failed(flight, current, new UndeclaredThrowableException(ex));
				return;
			}
			// forget the backoff, set the timer for what the owner holds now
			reset();
			if (refreshed != null) {
				this.engine.refreshed(this.key, refreshed);
			}
			flight.complete(refreshed);
		}
		catch (Throwable ex) {
			flight.fail(ex);
			throw ex;
		}
		finally {
			this.inFlight.compareAndSet(flight, null);
		}
	}

	private void failed(Flight<V> flight, V base, RuntimeException ex) {
		if (!this.source.backsOff(ex)) {
			flight.fail(ex);
			return;
		}
		Backoff.RefreshFailure failure = this.engine.backoff.failed(this.lastFailure, ex, this.engine.clock.instant());
		this.lastFailure = failure;
		this.engine.failed(this.key, ex, failure.consecutiveFailures(), failure.retryAt());
		flight.fail(ex);
		if (flight.mode == Flight.Mode.BACKGROUND && base != null
				&& failure.retryAt().isBefore(this.source.deadlines(base).expiresAt())) {
			synchronized (this.timerLock) {
				if (this.source.current() == base) {
					cancelTimer();
					schedule(new Timer<>(base, false), failure.retryAt());
				}
			}
		}
	}

	/**
	 * Set the slot's one timer. Called with the timer lock held.
	 * @return whether it was set (not when closed or rejected by the scheduler)
	 */
	private boolean schedule(Timer<V> timer, Instant at) {
		if (isClosed()) {
			return false;
		}
		long delay = Math.max(0, at.toEpochMilli() - this.engine.clock.millis());
		try {
			timer.future = this.engine.scheduler.schedule(() -> fire(timer), delay);
		}
		catch (RejectedExecutionException ex) {
			return false;
		}
		this.timer = timer;
		return true;
	}

	/** Called with the timer lock held. */
	private void cancelTimer() {
		Timer<V> pending = this.timer;
		this.timer = null;
		if (pending != null) {
			pending.future.cancel(false);
		}
	}

	private void fire(Timer<V> fired) {
		synchronized (this.timerLock) {
			if (this.timer != fired) {
				// cancelled or replaced after it started
				return;
			}
			this.timer = null;
		}
		if (fired.prefetch) {
			this.engine.prefetchTimeReached(this.source, fired.value);
		}
		if (this.engine.backgroundRefresh) {
			backgroundRefresh(fired.value);
		}
	}

	/**
	 * The slot's pending timer: the prefetch time of a value, or the retry of a failed
	 * background refresh.
	 */
	private static final class Timer<V> {

		final V value;

		final boolean prefetch;

		ScheduledFuture<?> future;

		Timer(V value, boolean prefetch) {
			this.value = value;
			this.prefetch = prefetch;
		}

	}

}
