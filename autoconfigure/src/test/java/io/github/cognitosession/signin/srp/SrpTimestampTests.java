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
package io.github.cognitosession.signin.srp;

import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.Locale;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Tests for {@link SrpTimestamp}.
 *
 * @author Cognito Session contributors
 */
class SrpTimestampTests {

	@Test
	void formatWhenSingleDigitDayThenNotZeroPadded() {
		assertThat(SrpTimestamp.format(Instant.parse("2021-09-05T06:04:08Z"))).isEqualTo("Sun Sep 5 06:04:08 UTC 2021");
	}

	@Test
	void formatWhenTwoDigitDayThenMatchesCognitoExample() {
		assertThat(SrpTimestamp.format(Instant.parse("2021-09-29T06:40:48Z")))
			.isEqualTo("Wed Sep 29 06:40:48 UTC 2021");
	}

	@Test
	void formatWhenInstantFromOtherOffsetThenPrintedInUtc() {
		Instant instant = OffsetDateTime.of(2026, 1, 1, 1, 30, 0, 0, ZoneOffset.ofHours(2)).toInstant();
		assertThat(SrpTimestamp.format(instant)).isEqualTo("Wed Dec 31 23:30:00 UTC 2025");
	}

	@Test
	void formatWhenDefaultLocaleNotEnglishThenStillEnglish() {
		Locale previous = Locale.getDefault();
		Locale.setDefault(Locale.GERMANY);
		try {
			assertThat(SrpTimestamp.format(Instant.parse("2021-03-01T00:00:00Z")))
				.isEqualTo("Mon Mar 1 00:00:00 UTC 2021");
		}
		finally {
			Locale.setDefault(previous);
		}
	}

}
