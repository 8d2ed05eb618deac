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
package io.github.cognitosession.userpool;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;

/**
 * Tests for {@link SecretHash}.
 *
 * @author Cognito Session contributors
 */
class SecretHashTests {

	@Test
	void calculateWhenKnownInputsThenKnownAnswer() {
		// echo -n 'alice4lbqp5ng2gdv7ql1h0ttf6q7qe' | openssl dgst -sha256 -mac HMAC
		// -macopt key:s3cr3t-client-secret -binary | base64
		assertThat(SecretHash.calculate("alice", "4lbqp5ng2gdv7ql1h0ttf6q7qe", "s3cr3t-client-secret"))
			.isEqualTo("w1//Ex+v4IHrjojsgkMRdwgDx+Nn9/bkVdhxvUVTFdo=");
	}

	@Test
	void calculateWhenUsernameDiffersThenDifferentHash() {
		assertThat(SecretHash.calculate("bob", "4lbqp5ng2gdv7ql1h0ttf6q7qe", "s3cr3t-client-secret"))
			.isNotEqualTo("w1//Ex+v4IHrjojsgkMRdwgDx+Nn9/bkVdhxvUVTFdo=");
	}

	@Test
	void calculateWhenSecretMissingThenIllegalArgument() {
		assertThatIllegalArgumentException().isThrownBy(() -> SecretHash.calculate("alice", "client", ""))
			.withMessage("clientSecret cannot be empty");
	}

}
