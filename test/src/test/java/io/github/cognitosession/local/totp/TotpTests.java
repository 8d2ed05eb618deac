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

package io.github.cognitosession.local.totp;

import java.security.SecureRandom;
import java.time.Instant;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;

/**
 * {@link Totp} against the RFC 6238 test vectors and its acceptance window.
 *
 * @author Cognito Session contributors
 */
class TotpTests {

	/** The RFC 6238 SHA-1 seed "12345678901234567890" in base32. */
	private static final String RFC_SECRET = "GEZDGNBVGY3TQOJQGEZDGNBVGY3TQOJQ";

	private static final Instant NOW = Instant.parse("2026-03-01T09:00:10Z");

	@Test
	void codeWhenRfc6238VectorsThenLastSixDigitsOfTheirCodes() {
		assertThat(Totp.code(RFC_SECRET, Instant.ofEpochSecond(59))).isEqualTo("287082");
		assertThat(Totp.code(RFC_SECRET, Instant.ofEpochSecond(1111111109))).isEqualTo("081804");
		assertThat(Totp.code(RFC_SECRET, Instant.ofEpochSecond(1234567890))).isEqualTo("005924");
		assertThat(Totp.code(RFC_SECRET, Instant.ofEpochSecond(20000000000L))).isEqualTo("353130");
	}

	@Test
	void codeWhenSecretIsLowerCaseOrSpacedThenSameCode() {
		assertThat(Totp.code("gezd gnbv gy3t qojq gezd gnbv gy3t qojq", Instant.ofEpochSecond(59))).isEqualTo("287082");
	}

	@Test
	void matchesWhenCodeOfCurrentPreviousOrNextStepThenTrue() {
		assertThat(Totp.matches(RFC_SECRET, Totp.code(RFC_SECRET, NOW), NOW)).isTrue();
		assertThat(Totp.matches(RFC_SECRET, Totp.code(RFC_SECRET, NOW.minus(Totp.STEP)), NOW)).isTrue();
		assertThat(Totp.matches(RFC_SECRET, Totp.code(RFC_SECRET, NOW.plus(Totp.STEP)), NOW)).isTrue();
	}

	@Test
	void matchesWhenCodeOfTwoStepsAgoOrAheadThenFalse() {
		assertThat(Totp.matches(RFC_SECRET, Totp.code(RFC_SECRET, NOW.minus(Totp.STEP.multipliedBy(2))), NOW))
			.isFalse();
		assertThat(Totp.matches(RFC_SECRET, Totp.code(RFC_SECRET, NOW.plus(Totp.STEP.multipliedBy(2))), NOW)).isFalse();
	}

	@Test
	void matchesWhenCodeIsMalformedThenFalse() {
		assertThat(Totp.matches(RFC_SECRET, null, NOW)).isFalse();
		assertThat(Totp.matches(RFC_SECRET, "12345", NOW)).isFalse();
		assertThat(Totp.matches(RFC_SECRET, "12345a", NOW)).isFalse();
	}

	@Test
	void codeWhenSecretIsNotBase32ThenIllegalArgumentWithoutTheSecret() {
		assertThatIllegalArgumentException().isThrownBy(() -> Totp.code("not-base32!", NOW))
			.withMessage("The TOTP secret is not base32");
	}

	@Test
	void newSecretWhenGeneratedThen160BitsOfBase32() {
		String secret = Totp.newSecret(new SecureRandom());
		assertThat(secret).hasSize(32).matches("[A-Z2-7]+");
		assertThat(Totp.newSecret(new SecureRandom())).isNotEqualTo(secret);
	}

}
