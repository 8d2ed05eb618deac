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

import java.util.HexFormat;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;

/**
 * Tests for {@link Hkdf} with the SHA-256 vectors of RFC 5869, appendix A.
 *
 * @author Cognito Session contributors
 */
class HkdfTests {

	private static final HexFormat HEX = HexFormat.of();

	@Test
	void sha256WhenRfc5869TestCase1ThenPublishedOkm() {
		byte[] okm = Hkdf.sha256(HEX.parseHex("0b0b0b0b0b0b0b0b0b0b0b0b0b0b0b0b0b0b0b0b0b0b"),
				HEX.parseHex("000102030405060708090a0b0c"), HEX.parseHex("f0f1f2f3f4f5f6f7f8f9"), 42);
		assertThat(HEX.formatHex(okm))
			.isEqualTo("3cb25f25faacd57a90434f64d0362f2a2d2d0a90cf1a5a4c5db02d56ecc4c5bf34007208d5b887185865");
	}

	@Test
	void sha256WhenRfc5869TestCase3EmptySaltThenPublishedOkm() {
		byte[] okm = Hkdf.sha256(HEX.parseHex("0b0b0b0b0b0b0b0b0b0b0b0b0b0b0b0b0b0b0b0b0b0b"), new byte[0], new byte[0],
				42);
		assertThat(HEX.formatHex(okm))
			.isEqualTo("8da4e775a563c18f715f802a063c5a31b8a11f5c5ee1879ec3454e5f3c738d2d9d201395faa4b61a96c8");
	}

	@Test
	void sha256WhenLengthOutOfRangeThenRejected() {
		assertThatIllegalArgumentException().isThrownBy(() -> Hkdf.sha256(new byte[1], new byte[1], new byte[0], 0));
		assertThatIllegalArgumentException()
			.isThrownBy(() -> Hkdf.sha256(new byte[1], new byte[1], new byte[0], 255 * 32 + 1));
	}

}
