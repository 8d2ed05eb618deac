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

package io.github.cognitosession.local;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.concurrent.atomic.AtomicLong;

/**
 * A clock that tests move by hand, for Local Cognito and for the code under test (token
 * expiry, refresh timers, TOTP steps), so that no test waits for time to pass. It counts
 * how often it is read, so a test can also show that a hot path does not read it.
 *
 * @author Cognito Session contributors
 */
public final class MutableClock extends Clock {

	private volatile Instant now;

	private final AtomicLong reads = new AtomicLong();

	/**
	 * Create a clock standing at the given instant.
	 * @param now the instant
	 */
	public MutableClock(Instant now) {
		this.now = now;
	}

	/**
	 * Create a clock standing at the current time.
	 * @return the clock
	 */
	public static MutableClock startingNow() {
		return new MutableClock(Instant.now());
	}

	/**
	 * Move the clock forward (or back, with a negative duration).
	 * @param duration how far
	 */
	public void advance(Duration duration) {
		this.now = this.now.plus(duration);
	}

	/**
	 * Put the clock at an instant.
	 * @param instant the instant
	 */
	public void set(Instant instant) {
		this.now = instant;
	}

	/**
	 * How often the time was read.
	 * @return the number of reads
	 */
	public long reads() {
		return this.reads.get();
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
		this.reads.incrementAndGet();
		return this.now;
	}

	@Override
	public long millis() {
		this.reads.incrementAndGet();
		return this.now.toEpochMilli();
	}

}
