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
package io.github.cognitosession.credentials;

import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.RejectedExecutionException;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

import io.github.cognitosession.local.MutableClock;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatExceptionOfType;

/**
 * Tests for {@link PrefetchScheduler}.
 *
 * @author Cognito Session contributors
 */
class PrefetchSchedulerTests {

	private static final Instant T0 = Instant.parse("2026-01-01T00:00:00Z");

	private final MutableClock clock = new MutableClock(T0);

	private final ManualScheduler shared = new ManualScheduler(this.clock);

	private final List<String> ran = new CopyOnWriteArrayList<>();

	@AfterEach
	void tearDown() {
		this.shared.shutdownNow();
	}

	private long at(Duration offset) {
		return T0.plus(offset).toEpochMilli();
	}

	@Test
	void scheduleWhenSharedSchedulerThenRunsAtClockInstant() {
		PrefetchScheduler scheduler = new PrefetchScheduler(this.shared, this.clock);

		assertThat(scheduler.schedule(() -> this.ran.add("timer"), at(Duration.ofSeconds(5)))).isTrue();
		this.shared.runDueTasks();
		assertThat(this.ran).isEmpty();

		this.clock.advance(Duration.ofSeconds(5));
		this.shared.runDueTasks();
		assertThat(this.ran).containsExactly("timer");
	}

	@Test
	void scheduleWhenTimerPendingThenReplacesIt() {
		PrefetchScheduler scheduler = new PrefetchScheduler(this.shared, this.clock);

		scheduler.schedule(() -> this.ran.add("first"), at(Duration.ofSeconds(5)));
		scheduler.schedule(() -> this.ran.add("second"), at(Duration.ofSeconds(6)));
		this.clock.advance(Duration.ofSeconds(10));
		this.shared.runDueTasks();

		assertThat(this.ran).containsExactly("second");
	}

	@Test
	void closeWhenSharedSchedulerThenCancelsTimerButKeepsSchedulerRunning() {
		PrefetchScheduler scheduler = new PrefetchScheduler(this.shared, this.clock);
		scheduler.schedule(() -> this.ran.add("timer"), at(Duration.ofSeconds(5)));

		scheduler.close();
		this.clock.advance(Duration.ofSeconds(10));
		this.shared.runDueTasks();

		assertThat(scheduler.isClosed()).isTrue();
		assertThat(this.ran).isEmpty();
		assertThat(this.shared.isShutdown()).isFalse();
	}

	@Test
	void scheduleWhenSharedSchedulerAndClosedThenNothingRuns() {
		PrefetchScheduler scheduler = new PrefetchScheduler(this.shared, this.clock);

		scheduler.close();

		assertThat(scheduler.schedule(() -> this.ran.add("retry"), at(Duration.ofSeconds(5)))).isFalse();
		assertThatExceptionOfType(RejectedExecutionException.class)
			.isThrownBy(() -> scheduler.execute(() -> this.ran.add("task")));
		this.clock.advance(Duration.ofSeconds(10));
		this.shared.runDueTasks();
		assertThat(this.ran).isEmpty();
		assertThat(this.shared.isShutdown()).isFalse();
	}

	@Test
	void scheduleWhenOwnSchedulerClosedThenRejected() {
		PrefetchScheduler scheduler = new PrefetchScheduler(null, this.clock);

		scheduler.close();

		assertThat(scheduler.schedule(() -> this.ran.add("timer"), at(Duration.ZERO))).isFalse();
		assertThatExceptionOfType(RejectedExecutionException.class)
			.isThrownBy(() -> scheduler.execute(() -> this.ran.add("task")));
		assertThat(this.ran).isEmpty();
	}

}
