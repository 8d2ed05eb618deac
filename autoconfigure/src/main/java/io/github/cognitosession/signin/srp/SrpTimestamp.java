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
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.Locale;

/**
 * The {@code TIMESTAMP} of a {@code PASSWORD_VERIFIER} answer, e.g.
 * {@code Wed Sep 29 06:40:48 UTC 2021}. Cognito rejects a zero-padded day and the
 * {@code Z} that pattern letter {@code z} prints for {@code ZoneOffset.UTC}, hence the
 * literal {@code UTC} and {@code ZoneId.of("UTC")}.
 *
 * @author Cognito Session contributors
 */
public final class SrpTimestamp {

	private static final DateTimeFormatter FORMAT = DateTimeFormatter
		.ofPattern("EEE MMM d HH:mm:ss 'UTC' yyyy", Locale.US)
		.withZone(ZoneId.of("UTC"));

	private SrpTimestamp() {
	}

	/**
	 * Format an instant the way Cognito expects.
	 * @param instant the instant
	 * @return the timestamp text
	 */
	public static String format(Instant instant) {
		return FORMAT.format(instant);
	}

}
