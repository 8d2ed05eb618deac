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

package io.github.cognitosession.mfa;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;

/**
 * Tests for {@link TotpSetup}.
 *
 * @author Cognito Session contributors
 */
class TotpSetupTests {

	private static final String SECRET = "JBSWY3DPEHPK3PXPJBSWY3DPEHPK3PXP";

	@Test
	void toOtpauthUriWhenNamesHaveSpacesAndSymbolsThenPercentEncoded() {
		TotpSetup setup = TotpSetup.of("alice@example.com", SECRET);
		assertThat(setup.toOtpauthUri("Acme & Co")).isEqualTo(
				"otpauth://totp/Acme%20%26%20Co:alice%40example.com?secret=" + SECRET + "&issuer=Acme%20%26%20Co");
	}

	@Test
	void toOtpauthUriWhenIssuerHasColonThenIllegalArgument() {
		assertThatIllegalArgumentException().isThrownBy(() -> TotpSetup.of("alice", SECRET).toOtpauthUri("a:b"))
			.withMessageContaining("':'");
	}

	@Test
	void toStringWhenPrintedThenUsernameButNoSecret() {
		assertThat(TotpSetup.of("alice", SECRET).toString()).contains("alice").doesNotContain(SECRET);
	}

	@Test
	void ofWhenSecretIsEmptyThenIllegalArgument() {
		assertThatIllegalArgumentException().isThrownBy(() -> TotpSetup.of("alice", ""))
			.withMessage("secretCode cannot be empty");
	}

}
