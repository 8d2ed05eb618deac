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
import java.util.List;
import java.util.Queue;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicReference;
import java.util.function.Predicate;
import java.util.function.UnaryOperator;

/**
 * A {@link RefreshSource} whose owner is a field: its upstream call is a function the
 * test sets, and it counts the upstream calls and records what the engine told it.
 *
 * @author Cognito Session contributors
 */
final class TestSource implements RefreshSource<TestSource.Value> {

	static final Duration LIFETIME = Duration.ofHours(1);

	static final Duration PREFETCH_TIME = Duration.ofMinutes(5);

	static final Duration STALE_TIME = Duration.ofMinutes(1);

	private final Clock clock;

	private final AtomicReference<Value> value = new AtomicReference<>();

	private final Queue<Value> scriptedReads = new ConcurrentLinkedQueue<>();

	private final AtomicInteger upstreamCalls = new AtomicInteger();

	private final AtomicInteger issued = new AtomicInteger();

	private final List<Value> prefetchTimes = new CopyOnWriteArrayList<>();

	private final List<Value> bases = new CopyOnWriteArrayList<>();

	private final List<Thread> upstreamThreads = new CopyOnWriteArrayList<>();

	private final List<Value> adopted = new CopyOnWriteArrayList<>();

	private volatile UnaryOperator<Value> upstream = (base) -> issue();

	private volatile Runnable onCurrent = () -> {
	};

	private volatile Predicate<RuntimeException> backsOff = (failure) -> true;

	TestSource(Clock clock) {
		this.clock = clock;
	}

	/**
	 * A new value, issued now by the clock, valid for an hour.
	 */
	Value issue() {
		return Value.issuedAt("v" + this.issued.incrementAndGet(), this.clock.instant());
	}

	/**
	 * Give the owner a value outside a refresh.
	 */
	Value publish(Value value) {
		this.value.set(value);
		return value;
	}

	/**
	 * What the next reads of {@link #current()} return instead of the owner's value: what
	 * a caller saw before another thread published.
	 */
	void scriptReads(Value... values) {
		this.scriptedReads.addAll(List.of(values));
	}

	void upstream(UnaryOperator<Value> upstream) {
		this.upstream = upstream;
	}

	void failWith(RuntimeException failure) {
		this.upstream = (base) -> {
			throw failure;
		};
	}

	void onCurrent(Runnable onCurrent) {
		this.onCurrent = onCurrent;
	}

	void backsOff(Predicate<RuntimeException> backsOff) {
		this.backsOff = backsOff;
	}

	int upstreamCalls() {
		return this.upstreamCalls.get();
	}

	List<Value> prefetchTimes() {
		return this.prefetchTimes;
	}

	List<Value> bases() {
		return this.bases;
	}

	List<Thread> upstreamThreads() {
		return this.upstreamThreads;
	}

	List<Value> adopted() {
		return this.adopted;
	}

	@Override
	public Value current() {
		Value scripted = this.scriptedReads.poll();
		Value current = (scripted != null) ? scripted : this.value.get();
		// after the read: a test that waits for it knows what the caller saw
		this.onCurrent.run();
		return current;
	}

	@Override
	public Value refresh(Value base) {
		this.upstreamCalls.incrementAndGet();
		this.bases.add((base != null) ? base : Value.NONE);
		this.upstreamThreads.add(Thread.currentThread());
		Value refreshed = this.upstream.apply(base);
		this.value.set(refreshed);
		return refreshed;
	}

	@Override
	public RefreshDeadlines deadlines(Value value) {
		return value.deadlines();
	}

	@Override
	public boolean backsOff(RuntimeException failure) {
		return this.backsOff.test(failure);
	}

	@Override
	public void prefetchTimeReached(Value value) {
		this.prefetchTimes.add(value);
	}

	@Override
	public Value adopt(Value value) {
		this.adopted.add(value);
		this.value.set(value);
		return value;
	}

	/**
	 * A value with its deadlines; compared by identity by the engine.
	 *
	 * @param name the value's name, for assertion messages
	 * @param deadlines its deadlines
	 */
	record Value(String name, RefreshDeadlines deadlines) {

		static final Value NONE = new Value("none", new RefreshDeadlines(Instant.EPOCH, Instant.EPOCH, Instant.EPOCH));

		static Value issuedAt(String name, Instant issuedAt) {
			Instant expiresAt = issuedAt.plus(LIFETIME);
			return new Value(name,
					new RefreshDeadlines(expiresAt.minus(PREFETCH_TIME), expiresAt.minus(STALE_TIME), expiresAt));
		}

		Instant prefetchAt() {
			return this.deadlines.prefetchAt();
		}

		Instant staleAt() {
			return this.deadlines.staleAt();
		}

		Instant expiresAt() {
			return this.deadlines.expiresAt();
		}

	}

}
