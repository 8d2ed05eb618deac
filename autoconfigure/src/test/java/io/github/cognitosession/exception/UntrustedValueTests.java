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

package io.github.cognitosession.exception;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Tests for {@link UntrustedValue}.
 *
 * @author Cognito Session contributors
 */
class UntrustedValueTests {

	@Test
	void sanitizeWhenPlainValueThenUnchanged() {
		assertThat(UntrustedValue.sanitize("https://cognito-idp.eu-west-1.amazonaws.com/eu-west-1_AbC"))
			.isEqualTo("https://cognito-idp.eu-west-1.amazonaws.com/eu-west-1_AbC");
		assertThat(UntrustedValue.sanitize("Zoë 用户 😀")).isEqualTo("Zoë 用户 😀");
	}

	@Test
	void sanitizeWhenNullThenNullText() {
		assertThat(UntrustedValue.sanitize(null)).isEqualTo("null");
	}

	@Test
	void sanitizeWhenLineBreaksEscapesOrBidiOverridesThenReplaced() {
		assertThat(UntrustedValue.sanitize("a\r\nINFO forged\u001b[2J\u202egnp.exe\u0000\u2028\t"))
			.isEqualTo("a??INFO forged?[2J?gnp.exe???");
	}

	@Test
	void sanitizeWhenLoneSurrogateThenReplaced() {
		assertThat(UntrustedValue.sanitize("a\ud800b\udc00")).isEqualTo("a?b?");
	}

	@Test
	void sanitizeWhenLongerThanLimitThenCutWithLength() {
		String sanitized = UntrustedValue.sanitize("x".repeat(1000));
		assertThat(sanitized).isEqualTo("x".repeat(UntrustedValue.MAX_LENGTH) + "...(1000 chars)");
	}

	@Test
	void sanitizeWhenCutFallsInsideSurrogatePairThenPairIsNotSplit() {
		String value = "x".repeat(UntrustedValue.MAX_LENGTH - 1) + "😀" + "y";
		assertThat(UntrustedValue.sanitize(value))
			.isEqualTo("x".repeat(UntrustedValue.MAX_LENGTH - 1) + "...(" + value.length() + " chars)");
	}

	@Test
	void sanitizeWhenObjectThenItsText() {
		assertThat(UntrustedValue.sanitize(java.util.List.of("a", "b\n"))).isEqualTo("[a, b?]");
	}

}
