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

/**
 * One owner's value as a {@link RefreshSlot} sees it: where it is read, how it is
 * refreshed upstream, and when. The value lives with its owner (a session's state, a
 * cache entry); the engine never stores it. Called by the engine from callers' threads
 * and from its scheduler's thread.
 *
 * @param <V> the value type, compared by identity: a refresh must publish a new object
 * @author Cognito Session contributors
 */
public interface RefreshSource<V> {

	/**
	 * Return the owner's value now. Called on every {@link RefreshSlot#get()}, so it must
	 * be cheap: no I/O, no lock held for long, ideally a volatile read.
	 * @return the value, or {@code null} when the owner has none (yet)
	 */
	V current();

	/**
	 * Make the upstream call, publish its result into the owner, and return it. Called
	 * for one refresh at a time per slot, on the thread of the caller that needs it or on
	 * the engine's scheduler.
	 * @param base the owner's value when the refresh started, or {@code null}
	 * @return the new value, or {@code null} when the owner has no value to refresh any
	 * more (e.g. signed out, or its login was rejected): every waiting caller then gets
	 * {@code null}
	 * @throws RuntimeException when the refresh failed; unless {@link #backsOff} says
	 * otherwise, the slot then backs off before the next upstream call
	 */
	V refresh(V base);

	/**
	 * Return the deadlines of a value (usually computed once, with
	 * {@link RefreshWindows}, when the value was fetched, and kept with it).
	 * @param value a value of this source
	 * @return its deadlines
	 */
	RefreshDeadlines deadlines(V value);

	/**
	 * Whether a failed refresh holds back the next upstream call. Failures that are local
	 * decisions (nothing was asked upstream, e.g. guest access is off) return
	 * {@code false}: they are not backed off, counted or reported to the
	 * {@link RefreshListener}, but still thrown to the callers.
	 * @param failure what {@link #refresh} threw
	 * @return whether to back off (default {@code true})
	 */
	default boolean backsOff(RuntimeException failure) {
		return true;
	}

	/**
	 * Tell the owner that the engine no longer times this value's fresh phase: its
	 * prefetch time came, or the slot could not set or keep its timer (closed, or the
	 * scheduler rejected the timer). An owner that serves the value without asking the
	 * slot (a fast path that reads no clock) must leave that fast path now. May be called
	 * more than once for a value, also for one the owner has replaced since; runs on the
	 * scheduler's thread or the caller's and must not block.
	 * @param value the value whose fresh phase ended
	 */
	default void prefetchTimeReached(V value) {
	}

	/**
	 * Publish a value that a {@link RefreshInterceptor} returned without the upstream
	 * call (e.g. one that another process stored in a shared record) into the owner, as
	 * {@link #refresh} publishes its own.
	 * @param value the value to adopt
	 * @return the value the owner now holds
	 * @throws UnsupportedOperationException by default: a source used with such an
	 * interceptor must implement it
	 */
	default V adopt(V value) {
		throw new UnsupportedOperationException(
				"A refresh interceptor returned a value without refreshing, but this refresh source does not adopt values");
	}

}
