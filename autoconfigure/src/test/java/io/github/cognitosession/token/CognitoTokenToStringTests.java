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
import java.util.Map;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Tests for the {@code toString()} of {@link CognitoToken} and {@link CognitoTokens}.
 *
 * @author Cognito Session contributors
 */
class CognitoTokenToStringTests {

	private static final Instant EXPIRES_AT = Instant.parse("2026-01-01T11:00:00Z");

	@Test
	void toStringWhenClaimsHaveLineBreaksThenPrintedSanitizedWithoutTheValue() {
		CognitoToken id = new CognitoToken("eyJ.id.value", EXPIRES_AT.minusSeconds(3600), EXPIRES_AT,
				Map.of("token_use", "id\nINFO forged", "sub", "sub-1\u001b[0m", "cognito:username", "alice\r\nx"));
		CognitoToken access = new CognitoToken("eyJ.access.value", EXPIRES_AT.minusSeconds(3600), EXPIRES_AT,
				Map.of("token_use", "access", "sub", "sub-1"));
		assertThat(id.toString()).isEqualTo(
				"CognitoToken[use=id?INFO forged, sub=sub-1?[0m, expiresAt=2026-01-01T11:00:00Z, value=[PROTECTED]]");
		assertThat(new CognitoTokens(id, access, "refresh-value").toString())
			.startsWith("CognitoTokens[username=alice??x")
			.doesNotContain("eyJ", "refresh-value");
	}

}
