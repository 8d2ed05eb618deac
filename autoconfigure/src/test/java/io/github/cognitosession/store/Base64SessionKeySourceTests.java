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

package io.github.cognitosession.store;

import java.util.Base64;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;

/**
 * Tests for {@link Base64SessionKeySource}.
 *
 * @author Cognito Session contributors
 */
class Base64SessionKeySourceTests {

	private static final byte[] KEY_BYTES = new byte[32];

	static {
		for (int i = 0; i < KEY_BYTES.length; i++) {
			KEY_BYTES[i] = (byte) (i * 7 + 250);
		}
	}

	@Test
	void getKeyWhenStandardBase64Of32BytesThenAesKey() {
		Base64SessionKeySource source = new Base64SessionKeySource(Base64.getEncoder().encodeToString(KEY_BYTES));
		assertThat(source.getKey().getAlgorithm()).isEqualTo("AES");
		assertThat(source.getKey().getEncoded()).isEqualTo(KEY_BYTES);
	}

	@Test
	void getKeyWhenUrlSafeBase64WithSurroundingWhitespaceThenAccepted() {
		String urlSafe = Base64.getUrlEncoder().encodeToString(KEY_BYTES);
		assertThat(urlSafe).containsAnyOf("-", "_");
		assertThat(new Base64SessionKeySource(" " + urlSafe + "\n").getKey().getEncoded()).isEqualTo(KEY_BYTES);
	}

	@Test
	void constructorWhenNotBase64ThenMessageNamesPropertyButNotValue() {
		String value = "my-secret*password!";
		assertThatIllegalArgumentException().isThrownBy(() -> new Base64SessionKeySource(value))
			.withMessageContaining("cognito.session.encryption-key is not valid base64")
			.withMessageNotContaining(value)
			.withMessageNotContaining("*")
			.withNoCause();
	}

	@Test
	void constructorWhen16ByteKeyThenMessageNamesPropertyAndSizes() {
		String value = Base64.getEncoder().encodeToString(new byte[16]);
		assertThatIllegalArgumentException().isThrownBy(() -> new Base64SessionKeySource(value))
			.withMessageContaining("cognito.session.encryption-key must decode to 32 bytes")
			.withMessageContaining("decodes to 16 bytes")
			.withMessageContaining("openssl rand -base64 32")
			.withMessageNotContaining(value);
	}

	@Test
	void constructorWhenBlankThenMessageNamesProperty() {
		assertThatIllegalArgumentException().isThrownBy(() -> new Base64SessionKeySource("  "))
			.withMessageContaining("cognito.session.encryption-key must not be empty");
		assertThatIllegalArgumentException().isThrownBy(() -> new Base64SessionKeySource(null))
			.withMessageContaining("cognito.session.encryption-key must not be empty");
	}

	@Test
	void toStringWhenKeyConfiguredThenKeyNotPrinted() {
		String value = Base64.getEncoder().encodeToString(KEY_BYTES);
		assertThat(new Base64SessionKeySource(value).toString()).contains("cognito.session.encryption-key")
			.doesNotContain(value);
	}

}
