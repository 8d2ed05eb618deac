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
package io.github.cognitosession.signin;

import java.util.Map;

import org.junit.jupiter.api.Test;

import io.github.cognitosession.signin.srp.PasswordClaim;
import io.github.cognitosession.signin.srp.PasswordVerifierChallenge;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The sign-in value records override the record {@code toString()}, which would print
 * every component, so that tokens, Cognito session strings and SRP values stay out of
 * logs.
 *
 * @author Cognito Session contributors
 */
class SignInValuesToStringTests {

	@Test
	void toStringWhenRawTokensThenNoTokenValue() {
		RawTokens tokens = new RawTokens("id-token-value", "access-token-value", "refresh-token-value");

		assertThat(tokens.toString()).doesNotContain("id-token-value", "access-token-value", "refresh-token-value");
	}

	@Test
	void toStringWhenPendingChallengeThenNoSessionOrParameterValues() {
		PendingChallenge challenge = new PendingChallenge("SMS_MFA", "cognito-session-string", "alice",
				Map.of("CODE_DELIVERY_DESTINATION", "+4470000secret"));

		assertThat(challenge.toString()).contains("SMS_MFA", "alice")
			.doesNotContain("cognito-session-string", "+4470000secret");
	}

	@Test
	void toStringWhenPasswordClaimThenNoSecretBlockOrSignature() {
		PasswordClaim claim = new PasswordClaim("secret-block-value", "signature-value", "Mon Jan 5 10:00:00 UTC 2026");

		assertThat(claim.toString()).doesNotContain("secret-block-value", "signature-value");
	}

	@Test
	void toStringWhenPasswordVerifierChallengeThenNoSecretBlockOrServerValues() {
		PasswordVerifierChallenge challenge = new PasswordVerifierChallenge("alice-id", "abc123salt", "fedcba987654",
				"c2VjcmV0LWJsb2Nr");

		assertThat(challenge.toString()).contains("alice-id")
			.doesNotContain("abc123salt", "fedcba987654", "c2VjcmV0LWJsb2Nr");
	}

}
