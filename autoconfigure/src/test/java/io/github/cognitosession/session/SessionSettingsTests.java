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

import java.time.Clock;
import java.time.Duration;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;

/**
 * Tests for {@link SessionSettings}.
 *
 * @author Cognito Session contributors
 */
class SessionSettingsTests {

	private static final Duration ONE_MINUTE = Duration.ofMinutes(1);

	@Test
	void constructorWhenClockSkewNegativeThenNamesIt() {
		assertThatIllegalArgumentException().isThrownBy(
				() -> new SessionSettings(Clock.systemUTC(), ONE_MINUTE, ONE_MINUTE, ONE_MINUTE.negated(), ONE_MINUTE))
			.withMessage("clockSkew cannot be negative");
	}

	@Test
	void constructorWhenRefreshWaitTimeoutNullThenNamesIt() {
		assertThatIllegalArgumentException()
			.isThrownBy(() -> new SessionSettings(Clock.systemUTC(), ONE_MINUTE, ONE_MINUTE, ONE_MINUTE, null))
			.withMessage("refreshWaitTimeout cannot be null");
	}

	@Test
	void constructorWhenClockNullThenNamesIt() {
		assertThatIllegalArgumentException()
			.isThrownBy(() -> new SessionSettings(null, ONE_MINUTE, ONE_MINUTE, ONE_MINUTE, ONE_MINUTE))
			.withMessage("clock cannot be null");
	}

	@Test
	void constructorWhenZeroTimesThenAccepted() {
		SessionSettings settings = new SessionSettings(Clock.systemUTC(), Duration.ZERO, Duration.ZERO, Duration.ZERO,
				Duration.ZERO);

		assertThat(settings.reauthenticationTimeout()).isZero();
	}

}
