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
package io.github.cognitosession.benchmarks;

import java.time.Clock;
import java.time.Instant;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.concurrent.ScheduledFuture;
import java.util.concurrent.ScheduledThreadPoolExecutor;
import java.util.concurrent.TimeUnit;

/**
 * The time of a benchmark that needs to stand at a given instant (the moment of expiry,
 * the prefetch window), and a scheduler that runs every timer at once, so that the
 * provider's values leave their fresh phase as soon as they are published and every call
 * takes the clock-checked path that the benchmark measures.
 *
 * @author Cognito Session contributors
 */
final class BenchmarkTime {

	private BenchmarkTime() {
	}

	/**
	 * A clock that stands where it is set: a volatile read, nothing more.
	 */
	static final class SettableClock extends Clock {

		private volatile Instant now;

		SettableClock(Instant now) {
			this.now = now;
		}

		void set(Instant now) {
			this.now = now;
		}

		@Override
		public ZoneId getZone() {
			return ZoneOffset.UTC;
		}

		@Override
		public Clock withZone(ZoneId zone) {
			return this;
		}

		@Override
		public Instant instant() {
			return this.now;
		}

	}

	/**
	 * One daemon thread on which every delayed task runs at once.
	 */
	static final class ImmediateTimers extends ScheduledThreadPoolExecutor {

		ImmediateTimers() {
			super(1, (task) -> {
				Thread thread = new Thread(task, "benchmark-timers");
				thread.setDaemon(true);
				return thread;
			});
		}

		@Override
		public ScheduledFuture<?> schedule(Runnable command, long delay, TimeUnit unit) {
			return super.schedule(command, 0, unit);
		}

	}

}
