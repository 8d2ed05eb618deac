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
package io.github.cognitosession.token;

import java.time.Instant;

import org.junit.jupiter.api.Test;

import io.github.cognitosession.local.MutableClock;

import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;

/**
 * Tests for {@link ClockedJWKSource}; its timing is tested through
 * {@link CognitoTokenVerifierTests}.
 *
 * @author Cognito Session contributors
 */
class ClockedJWKSourceTests {

	@Test
	void ofWhenSourceIsNotJwkSetBasedThenClearError() {
		assertThatIllegalArgumentException()
			.isThrownBy(() -> ClockedJWKSource.of(new TestTokens().jwkSource(), new MutableClock(Instant.EPOCH)))
			.withMessageContaining("JWKSourceBuilder built another kind of source");
	}

}
