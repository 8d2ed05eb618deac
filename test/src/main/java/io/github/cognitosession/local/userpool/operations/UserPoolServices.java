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

package io.github.cognitosession.local.userpool.operations;

import java.security.SecureRandom;
import java.time.Clock;
import java.time.Instant;
import java.util.Objects;

import io.github.cognitosession.local.message.Outbox;
import io.github.cognitosession.local.token.RefreshTokens;
import io.github.cognitosession.local.token.TokenIssuer;
import io.github.cognitosession.local.trigger.Triggers;
import io.github.cognitosession.local.userpool.UserPools;

/**
 * What the user-pool operation handlers share.
 *
 * @param pools the user pools
 * @param tokens the token issuer
 * @param refreshTokens the refresh tokens
 * @param outbox where e-mail and SMS messages go
 * @param triggers the Lambda triggers
 * @param clock the clock
 * @param random the randomness source
 * @author Cognito Session contributors
 */
public record UserPoolServices(UserPools pools, TokenIssuer tokens, RefreshTokens refreshTokens, Outbox outbox,
		Triggers triggers, Clock clock, SecureRandom random) {

	public UserPoolServices {
		Objects.requireNonNull(pools, "pools cannot be null");
		Objects.requireNonNull(tokens, "tokens cannot be null");
		Objects.requireNonNull(refreshTokens, "refreshTokens cannot be null");
		Objects.requireNonNull(outbox, "outbox cannot be null");
		Objects.requireNonNull(triggers, "triggers cannot be null");
		Objects.requireNonNull(clock, "clock cannot be null");
		Objects.requireNonNull(random, "random cannot be null");
	}

	/**
	 * A six-digit code.
	 * @return the code
	 */
	public String newCode() {
		return String.format("%06d", this.random.nextInt(1_000_000));
	}

	public Instant now() {
		return this.clock.instant();
	}

}
