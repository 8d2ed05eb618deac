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

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;

/**
 * Tests for {@link RefreshWindows} and {@link RefreshDeadlines}.
 *
 * @author Cognito Session contributors
 */
class RefreshWindowsTests {

	private static final Instant NOW = Instant.parse("2026-01-01T00:00:00Z");

	private static final Instant EXPIRY = NOW.plus(Duration.ofHours(1));

	private static final Duration MIN_INTERVAL = Duration.ofSeconds(1);

	private static RefreshWindows windows(double prefetchJitter) {
		return new RefreshWindows(Duration.ofMinutes(5), Duration.ofMinutes(1), prefetchJitter, MIN_INTERVAL);
	}

	@Test
	void deadlinesWhenNoJitterThenPrefetchAndStaleTimesBeforeExpiry() {
		RefreshDeadlines deadlines = windows(0).deadlines(EXPIRY, NOW);

		assertThat(deadlines.prefetchAt()).isEqualTo(EXPIRY.minus(Duration.ofMinutes(5)));
		assertThat(deadlines.staleAt()).isEqualTo(EXPIRY.minus(Duration.ofMinutes(1)));
		assertThat(deadlines.expiresAt()).isEqualTo(EXPIRY);
	}

	@Test
	void deadlinesWhenFullJitterThenPrefetchDelayedButNeverPastStaleTime() {
		RefreshWindows windows = windows(1);
		for (int i = 0; i < 100; i++) {
			RefreshDeadlines deadlines = windows.deadlines(EXPIRY, NOW);

			assertThat(deadlines.prefetchAt()).isBetween(EXPIRY.minus(Duration.ofMinutes(5)), deadlines.staleAt());
		}
	}

	@Test
	void deadlinesWhenAlreadyExpiredByLocalClockThenUsableForMinimumInterval() {
		RefreshDeadlines deadlines = windows(0).deadlines(NOW.minusSeconds(30), NOW);

		Instant minimum = NOW.plus(MIN_INTERVAL);
		assertThat(deadlines.expiresAt()).isEqualTo(minimum);
		assertThat(deadlines.staleAt()).isEqualTo(minimum);
		assertThat(deadlines.prefetchAt()).isEqualTo(minimum);
	}

	@Test
	void constructorWhenJitterAboveOneThenFails() {
		assertThatIllegalArgumentException().isThrownBy(() -> windows(1.5))
			.withMessage("prefetchJitter must be between 0 and 1");
	}

	@Test
	void constructorWhenPrefetchTimeShorterThanStaleTimeThenFails() {
		assertThatIllegalArgumentException()
			.isThrownBy(() -> new RefreshWindows(Duration.ofSeconds(30), Duration.ofMinutes(1), 0, MIN_INTERVAL))
			.withMessage("prefetchTime cannot be shorter than staleTime");
	}

	@Test
	void constructorWhenStaleTimeNegativeThenFails() {
		assertThatIllegalArgumentException()
			.isThrownBy(() -> new RefreshWindows(Duration.ofMinutes(5), Duration.ofMinutes(-1), 0, MIN_INTERVAL))
			.withMessage("staleTime cannot be negative");
	}

	@Test
	void deadlinesConstructorWhenOutOfOrderThenFails() {
		assertThatIllegalArgumentException().isThrownBy(() -> new RefreshDeadlines(NOW.plusSeconds(2), NOW, EXPIRY))
			.withMessage("prefetchAt cannot be after staleAt");
		assertThatIllegalArgumentException().isThrownBy(() -> new RefreshDeadlines(NOW, EXPIRY, NOW.plusSeconds(2)))
			.withMessage("staleAt cannot be after expiresAt");
	}

}
