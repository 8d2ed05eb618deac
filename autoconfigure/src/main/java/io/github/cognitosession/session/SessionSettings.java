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

import java.time.Clock;
import java.time.Duration;

import org.springframework.util.Assert;

/**
 * The validated timing settings of a {@link DefaultCognitoSessionManager}.
 *
 * @param clock the clock token expiry is judged by
 * @param refreshAhead refresh when the ID or access token expires within this time
 * @param reauthenticationTimeout how long calls wait for a new sign-in in a
 * {@code *_INVALID} state
 * @param clockSkew how long after expiry tokens are still served when a refresh fails for
 * a reason that keeps the session
 * @param refreshWaitTimeout how long a caller waits for a refresh another thread is
 * performing
 * @author Cognito Session contributors
 */
record SessionSettings(Clock clock, Duration refreshAhead, Duration reauthenticationTimeout, Duration clockSkew,
		Duration refreshWaitTimeout) {

	SessionSettings {
		Assert.notNull(clock, "clock cannot be null");
		requireNotNegative(refreshAhead, "refreshAhead");
		requireNotNegative(reauthenticationTimeout, "reauthenticationTimeout");
		requireNotNegative(clockSkew, "clockSkew");
		requireNotNegative(refreshWaitTimeout, "refreshWaitTimeout");
	}

	private static void requireNotNegative(Duration value, String name) {
		Assert.notNull(value, () -> name + " cannot be null");
		Assert.isTrue(!value.isNegative(), () -> name + " cannot be negative");
	}

}
