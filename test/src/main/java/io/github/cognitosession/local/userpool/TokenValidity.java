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

package io.github.cognitosession.local.userpool;

import java.time.Duration;
import java.time.temporal.ChronoUnit;
import java.util.Objects;

/**
 * A token lifetime as an app client states it: an amount in a unit
 * ({@code TokenValidityUnits}), reported back as given.
 *
 * @param amount the amount
 * @param unit {@code seconds}, {@code minutes}, {@code hours} or {@code days}
 * @author Cognito Session contributors
 */
public record TokenValidity(long amount, String unit) {

	/** Cognito's default ID and access token lifetime: 60 minutes. */
	public static final TokenValidity DEFAULT_ACCESS = new TokenValidity(60, "minutes");

	/** Cognito's default refresh token lifetime: 30 days. */
	public static final TokenValidity DEFAULT_REFRESH = new TokenValidity(30, "days");

	public TokenValidity {
		Objects.requireNonNull(unit, "unit cannot be null");
		chronoUnit(unit);
	}

	/**
	 * A lifetime from a duration, in the largest unit that states it exactly.
	 * @param duration the lifetime
	 * @return the validity
	 */
	public static TokenValidity of(Duration duration) {
		long seconds = duration.toSeconds();
		if (seconds % 86400 == 0) {
			return new TokenValidity(seconds / 86400, "days");
		}
		if (seconds % 3600 == 0) {
			return new TokenValidity(seconds / 3600, "hours");
		}
		if (seconds % 60 == 0) {
			return new TokenValidity(seconds / 60, "minutes");
		}
		return new TokenValidity(seconds, "seconds");
	}

	public Duration duration() {
		return Duration.of(this.amount, chronoUnit(this.unit));
	}

	private static ChronoUnit chronoUnit(String unit) {
		return switch (unit) {
			case "seconds" -> ChronoUnit.SECONDS;
			case "minutes" -> ChronoUnit.MINUTES;
			case "hours" -> ChronoUnit.HOURS;
			case "days" -> ChronoUnit.DAYS;
			default -> throw new IllegalArgumentException("Unknown token validity unit " + unit);
		};
	}

}
