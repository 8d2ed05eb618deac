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

import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

import io.github.cognitosession.local.MutableClock;
import io.github.cognitosession.refresh.TestSource.Value;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;
import static org.assertj.core.api.Assertions.assertThatIllegalStateException;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/**
 * Tests for {@link RefreshEngine}: interceptors, the listener, its own scheduler, and its
 * settings.
 *
 * @author Cognito Session contributors
 */
class RefreshEngineTests {

	private static final Instant T0 = Instant.parse("2026-01-01T00:00:00Z");

	private final MutableClock clock = new MutableClock(T0);

	private final ManualScheduler scheduler = new ManualScheduler(this.clock);

	private final TestSource source = new TestSource(this.clock);

	private final List<String> calls = new CopyOnWriteArrayList<>();

	private RefreshEngine<Value> engine;

	@AfterEach
	void tearDown() {
		if (this.engine != null) {
			this.engine.close();
		}
		this.scheduler.shutdownNow();
	}

	private RefreshEngine.Builder<Value> engine() {
		return RefreshEngine.<Value>builder().clock(this.clock).scheduler(this.scheduler);
	}

	private RefreshInterceptor<Value> recording(String name) {
		return (key, base, next) -> {
			this.calls.add(name + ">" + key);
			Value refreshed = next.proceed(base);
			this.calls.add("<" + name);
			return refreshed;
		};
	}

	@Test
	void getWhenInterceptorsThenRunInOrderAroundUpstreamCall() {
		this.engine = engine().interceptor(recording("reread")).interceptor(recording("lock")).build();
		this.source.upstream((base) -> {
			this.calls.add("upstream");
			return this.source.issue();
		});

		Value refreshed = this.engine.slot("user:alice", this.source).get();

		assertThat(this.calls).containsExactly("reread>user:alice", "lock>user:alice", "upstream", "<lock", "<reread");
		assertThat(refreshed).isSameAs(this.source.current());
		assertThat(this.source.adopted()).isEmpty();
	}

	@Test
	void getWhenInterceptorReturnsValueWithoutNextThenSourceAdoptsItWithoutUpstreamCall() {
		Value storedElsewhere = Value.issuedAt("stored by another process", T0);
		RecordingListener listener = new RecordingListener();
		this.engine = engine().interceptor((key, base, next) -> storedElsewhere)
			.interceptor(recording("lock"))
			.listener(listener)
			.build();

		Value value = this.engine.slot("user:alice", this.source).get();

		assertThat(value).isSameAs(storedElsewhere);
		assertThat(this.source.adopted()).containsExactly(storedElsewhere);
		assertThat(this.source.current()).isSameAs(storedElsewhere);
		assertThat(this.source.upstreamCalls()).isZero();
		assertThat(this.calls).isEmpty();
		assertThat(listener.refreshed()).extracting(RecordingListener.Refreshed::value)
			.containsExactly(storedElsewhere);
	}

	@Test
	void getWhenInterceptorPassesNewerBaseThenUpstreamRefreshesFromIt() {
		Value newerStored = Value.issuedAt("newer stored", T0);
		this.engine = engine().interceptor((key, base, next) -> next.proceed(newerStored)).build();
		RefreshSlot<Value> slot = this.engine.slot("user:alice", this.source);

		slot.get();

		assertThat(this.source.bases()).containsExactly(newerStored);
	}

	@Test
	void getWhenInterceptorReturnsValueButSourceCannotAdoptThenClearError() {
		this.engine = engine().interceptor((key, base, next) -> Value.issuedAt("stored", T0)).build();
		RefreshSource<Value> withoutAdopt = new RefreshSource<>() {

			@Override
			public Value current() {
				return null;
			}

			@Override
			public Value refresh(Value base) {
				throw new AssertionError("not reached");
			}

			@Override
			public RefreshDeadlines deadlines(Value value) {
				return value.deadlines();
			}

		};

		assertThatThrownBy(this.engine.slot("user:alice", withoutAdopt)::get)
			.isInstanceOf(UnsupportedOperationException.class)
			.hasMessageContaining("does not adopt values");
	}

	@Test
	void getWhenListenerThrowsThenValueServedAndFailureStillBackedOffAndToldToListener() {
		List<RuntimeException> heard = new CopyOnWriteArrayList<>();
		this.engine = engine().listener(new RefreshListener<>() {

			@Override
			public void refreshed(String key, Value value) {
				throw new IllegalArgumentException("listener bug");
			}

			@Override
			public void failed(String key, RuntimeException failure, int consecutiveFailures, Instant retryAt) {
				heard.add(failure);
				throw new IllegalArgumentException("listener bug");
			}

		}).build();
		RefreshSlot<Value> slot = this.engine.slot("user:alice", this.source);
		Value value = slot.get();
		assertThat(value).isSameAs(this.source.current());

		IllegalStateException failure = new IllegalStateException("upstream down");
		this.source.failWith(failure);
		assertThatThrownBy(() -> slot.refresh(value)).isSameAs(failure);

		assertThat(heard).containsExactly(failure);
		// recorded: backing off, no upstream call
		assertThatThrownBy(() -> slot.refresh(value)).isSameAs(failure);
		assertThat(this.source.upstreamCalls()).isEqualTo(2);
	}

	@Test
	void closeWhenOwnSchedulerThenItsThreadEndsAndSlotsStartNoBackgroundWork() throws Exception {
		RecordingListener listener = new RecordingListener();
		this.engine = RefreshEngine.<Value>builder()
			.clock(this.clock)
			.threadNamePrefix("test-refresh-")
			.listener(listener)
			.build();
		this.source.publish(Value.issuedAt("v0", T0));
		RefreshSlot<Value> slot = this.engine.slot("guest", this.source);
		Value old = this.source.current();
		this.clock.set(old.prefetchAt());
		assertThat(slot.get()).isSameAs(old);
		// the prefetch, on the engine's thread, is over (its timer set) once reported
		assertThat(listener.awaitRefreshed()).isTrue();
		Thread refreshThread = this.source.upstreamThreads().get(0);
		assertThat(refreshThread.getName()).startsWith("test-refresh-");

		this.engine.close();
		refreshThread.join(10_000);

		assertThat(refreshThread.isAlive()).isFalse();
		assertThat(this.engine.isClosed()).isTrue();
		assertThat(slot.isClosed()).isTrue();
		Value renewed = this.source.current();
		assertThat(renewed).isNotSameAs(old);
		this.clock.set(renewed.prefetchAt());
		assertThat(slot.get()).isSameAs(renewed);
		assertThat(this.source.upstreamCalls()).isOne();
		// no timer can be set: the source is told at once
		slot.reset();
		assertThat(this.source.prefetchTimes()).containsExactly(renewed);
	}

	@Test
	void closeWhenSharedSchedulerThenSchedulerNotShutDown() {
		this.engine = engine().build();

		this.engine.close();

		assertThat(this.engine.isClosed()).isTrue();
		assertThat(this.scheduler.isShutdown()).isFalse();
	}

	@Test
	void buildWhenWaitTimeoutNotPositiveThenFails() {
		assertThatIllegalArgumentException().isThrownBy(() -> engine().waitTimeout(Duration.ZERO).build())
			.withMessage("waitTimeout must be positive");
	}

	@Test
	void buildWhenMaxBackoffShorterThanMinIntervalThenFails() {
		assertThatIllegalArgumentException()
			.isThrownBy(() -> engine().backoff(Duration.ofSeconds(1), Duration.ofMillis(500)).build())
			.withMessage("maxBackoff cannot be shorter than PT1S");
		assertThatIllegalArgumentException()
			.isThrownBy(() -> engine().backoff(Duration.ZERO, Duration.ofSeconds(30)).build())
			.withMessage("minInterval must be positive");
	}

	@Test
	void toStringWhenSlotThenKeyNotShown() {
		this.engine = engine().build();
		RefreshSlot<Value> slot = this.engine.slot("JSESSIONID-secret", this.source);
		this.source.failWith(new IllegalStateException("upstream down"));
		assertThatIllegalStateException().isThrownBy(slot::get);

		assertThat(slot.toString()).contains("consecutiveFailures=1").doesNotContain("JSESSIONID-secret");
		assertThat(this.engine.toString()).doesNotContain("JSESSIONID-secret");
	}

}
