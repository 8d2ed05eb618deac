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
package io.github.cognitosession.session;

import java.time.Duration;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ConcurrentMap;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.function.Supplier;

import io.github.cognitosession.exception.CognitoUnavailableException;

/**
 * Merges concurrent calls for one key into a single execution: the first caller runs the
 * work on its own thread, later callers wait (bounded) for its result or failure. Needed
 * because with refresh-token rotation two refreshes of one session would invalidate each
 * other.
 *
 * @param <T> the result type
 * @author Cognito Session contributors
 */
final class SingleFlight<T> {

	private final ConcurrentMap<String, CompletableFuture<T>> flights = new ConcurrentHashMap<>();

	private final Duration waitTimeout;

	SingleFlight(Duration waitTimeout) {
		this.waitTimeout = waitTimeout;
	}

	T run(String key, Supplier<T> work) {
		CompletableFuture<T> mine = new CompletableFuture<>();
		CompletableFuture<T> inFlight = this.flights.putIfAbsent(key, mine);
		if (inFlight != null) {
			return join(inFlight);
		}
		try {
			T result = work.get();
			mine.complete(result);
			return result;
		}
		catch (RuntimeException | Error ex) {
			mine.completeExceptionally(ex);
			throw ex;
		}
		finally {
			this.flights.remove(key, mine);
		}
	}

	private T join(CompletableFuture<T> inFlight) {
		try {
			return inFlight.get(this.waitTimeout.toNanos(), TimeUnit.NANOSECONDS);
		}
		catch (ExecutionException ex) {
			if (ex.getCause() instanceof RuntimeException runtime) {
				throw runtime;
			}
			if (ex.getCause() instanceof Error error) {
				throw error;
			}
			throw new IllegalStateException(ex.getCause());
		}
		catch (TimeoutException ex) {
			throw new CognitoUnavailableException("RefreshWaitTimeout",
					"Timed out after " + this.waitTimeout + " waiting for the token refresh in progress", ex);
		}
		catch (InterruptedException ex) {
			Thread.currentThread().interrupt();
			throw new CognitoUnavailableException("RefreshWaitInterrupted",
					"Interrupted while waiting for the token refresh in progress", ex);
		}
	}

}
