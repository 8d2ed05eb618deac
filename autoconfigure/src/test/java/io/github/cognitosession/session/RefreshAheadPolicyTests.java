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
package io.github.cognitosession.session;

import java.time.Duration;
import java.time.Instant;
import java.util.Map;

import io.github.cognitosession.token.CognitoToken;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Tests for {@link RefreshAheadPolicy}.
 *
 * @author Cognito Session contributors
 */
class RefreshAheadPolicyTests {

	private static final Instant ISSUED = Instant.parse("2026-01-01T10:00:00Z");

	private final RefreshAheadPolicy policy = new RefreshAheadPolicy(Duration.ofMinutes(5));

	private static CognitoToken token(Instant issuedAt, Duration lifetime) {
		return new CognitoToken("value", issuedAt, ISSUED.plus(lifetime), Map.of());
	}

	@Test
	void effectiveRefreshAheadWhenLongLivedThenConfiguredValue() {
		assertThat(this.policy.effectiveRefreshAhead(token(ISSUED, Duration.ofHours(1))))
			.isEqualTo(Duration.ofMinutes(5));
	}

	@Test
	void effectiveRefreshAheadWhenShortLivedThenHalfTheLifetime() {
		assertThat(this.policy.effectiveRefreshAhead(token(ISSUED, Duration.ofMinutes(5))))
			.isEqualTo(Duration.ofSeconds(150));
	}

	@Test
	void effectiveRefreshAheadWhenNoIssuedAtThenConfiguredValue() {
		assertThat(this.policy.effectiveRefreshAhead(token(null, Duration.ofMinutes(5))))
			.isEqualTo(Duration.ofMinutes(5));
	}

}
