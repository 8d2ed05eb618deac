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
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;

/**
 * One upstream refresh of a {@link RefreshSlot}: the callers that need it wait on its
 * outcome.
 *
 * @param <V> the value type
 * @author Cognito Session contributors
 */
final class Flight<V> {

	/**
	 * Why a refresh is made, which decides when it has become pointless.
	 */
	enum Mode {

		/** Callers wait for it: the value is stale or missing. */
		BLOCKING,

		/** Nobody waits: the value is in its prefetch window. */
		PREFETCH,

		/** Made by the slot's timer, without any caller. */
		BACKGROUND,

		/** Asked for by {@link RefreshSlot#refresh(Object)}, whether due or not. */
		FORCED

	}

	private static final Abandoned ABANDONED = new Abandoned();

	final Mode mode;

	/** The value the flight was started for: the one seen or scheduled. */
	final V base;

	private final CompletableFuture<V> outcome = new CompletableFuture<>();

	Flight(Mode mode, V base) {
		this.mode = mode;
		this.base = base;
	}

	/**
	 * Whether {@code current}, e.g. published by the refresh that just finished, already
	 * gives what this refresh is for.
	 */
	boolean isMadePointlessBy(V current, RefreshSource<V> source, Instant now) {
		return switch (this.mode) {
			// the value is no longer stale, or the owner dropped the one the caller saw
			case BLOCKING -> (current != null) ? now.isBefore(source.deadlines(current).staleAt()) : this.base != null;
			case PREFETCH -> current != null && now.isBefore(source.deadlines(current).prefetchAt());
			case BACKGROUND, FORCED -> current != this.base;
		};
	}

	void complete(V value) {
		this.outcome.complete(value);
	}

	void fail(Throwable failure) {
		this.outcome.completeExceptionally(failure);
	}

	/**
	 * Give up without refreshing (the scheduler rejected it): waiters try again.
	 */
	void abandon() {
		this.outcome.completeExceptionally(ABANDONED);
	}

	/**
	 * Wait for the outcome until the given {@link System#nanoTime()} deadline.
	 * @return the refreshed value, or {@code null} if the owner has no value any more
	 * @throws Abandoned if the flight was abandoned
	 * @throws RuntimeException the failure of the refresh (the same instance for every
	 * waiter), or the engine's exception for a timed out or interrupted wait
	 */
	V await(long deadline, RefreshEngine<V> engine) {
		try {
			return this.outcome.get(Math.max(0, deadline - System.nanoTime()), TimeUnit.NANOSECONDS);
		}
		catch (ExecutionException ex) {
			if (ex.getCause() instanceof RuntimeException runtime) {
				throw runtime;
			}
			if (ex.getCause() instanceof Error error) {
				throw error;
			}
			throw new UndeclaredThrowableException(ex.getCause());
		}
		catch (TimeoutException ex) {
			throw engine.waitTimedOut();
		}
		catch (InterruptedException ex) {
			Thread.currentThread().interrupt();
			throw engine.interrupted(ex);
		}
	}

	/**
	 * Thrown to the waiters of an abandoned flight.
	 */
	static final class Abandoned extends RuntimeException {

		private Abandoned() {
			super("The refresh was not started", null, false, false);
		}

	}

}
