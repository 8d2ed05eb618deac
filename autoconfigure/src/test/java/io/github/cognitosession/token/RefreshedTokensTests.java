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

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Tests for {@link RefreshedTokens}.
 *
 * @author Cognito Session contributors
 */
class RefreshedTokensTests {

	@Test
	void toStringWhenTokensRefreshedThenNoTokenValue() {
		RefreshedTokens tokens = new RefreshedTokens("id-token-value", "access-token-value", "rotated-refresh-value",
				true);

		assertThat(tokens.toString()).contains("rotated=true")
			.doesNotContain("id-token-value", "access-token-value", "rotated-refresh-value");
	}

}
