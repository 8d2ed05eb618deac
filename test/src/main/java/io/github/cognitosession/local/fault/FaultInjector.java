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

package io.github.cognitosession.local.fault;

import java.util.ArrayDeque;
import java.util.Deque;
import java.util.HashMap;
import java.util.Map;
import java.util.Objects;

/**
 * Faults queued per operation: the next calls to an operation take them in order.
 * Thread-safe.
 *
 * @author Cognito Session contributors
 */
public final class FaultInjector {

	private final Map<String, Deque<Fault>> pending = new HashMap<>();

	/**
	 * Make the next {@code times} calls to an operation fail with a fault.
	 * @param operation the operation name without its service prefix, e.g.
	 * {@code InitiateAuth} or {@code GetCredentialsForIdentity}
	 * @param times how many calls
	 * @param fault the fault
	 * @return this injector
	 */
	public synchronized FaultInjector failNext(String operation, int times, Fault fault) {
		Objects.requireNonNull(operation, "operation cannot be null");
		Objects.requireNonNull(fault, "fault cannot be null");
		if (times < 1) {
			throw new IllegalArgumentException("times must be at least 1");
		}
		Deque<Fault> queue = this.pending.computeIfAbsent(operation, (key) -> new ArrayDeque<>());
		for (int i = 0; i < times; i++) {
			queue.add(fault);
		}
		return this;
	}

	/**
	 * Make the next call to an operation fail with a fault.
	 * @param operation the operation name
	 * @param fault the fault
	 * @return this injector
	 */
	public FaultInjector failNext(String operation, Fault fault) {
		return failNext(operation, 1, fault);
	}

	/**
	 * Take the fault for a call now arriving, if any.
	 * @param operation the operation name
	 * @return the fault or {@code null}
	 */
	public synchronized Fault take(String operation) {
		Deque<Fault> queue = this.pending.get(operation);
		return (queue != null) ? queue.poll() : null;
	}

	/**
	 * How many faults are still queued for an operation.
	 * @param operation the operation name
	 * @return the count
	 */
	public synchronized int remaining(String operation) {
		Deque<Fault> queue = this.pending.get(operation);
		return (queue != null) ? queue.size() : 0;
	}

	/**
	 * Forget all queued faults.
	 */
	public synchronized void clear() {
		this.pending.clear();
	}

}
