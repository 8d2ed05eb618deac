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

package io.github.cognitosession.local.userpool;

import java.time.Duration;
import java.time.Instant;
import java.util.Objects;

import io.github.cognitosession.local.message.Message;

/**
 * A code sent to a user and not used yet, as Cognito keeps it: valid for a while (a day
 * for sign-up and attribute verification, an hour for a password reset) and for a few
 * wrong attempts.
 *
 * @param code the code
 * @param expiresAt when it stops being accepted
 * @param failures how many wrong codes were tried against it
 * @author Cognito Session contributors
 */
public record PendingCode(String code, Instant expiresAt, int failures) {

	/** Wrong codes a code survives: the next one uses it up. */
	public static final int MAX_FAILURES = 5;

	public PendingCode {
		Objects.requireNonNull(code, "code cannot be null");
		Objects.requireNonNull(expiresAt, "expiresAt cannot be null");
	}

	/**
	 * How long Cognito accepts a code sent for a purpose.
	 * @param purpose the purpose
	 * @return the lifetime
	 */
	public static Duration lifetime(Message.Purpose purpose) {
		return (purpose == Message.Purpose.FORGOT_PASSWORD) ? Duration.ofHours(1) : Duration.ofHours(24);
	}

	PendingCode failed() {
		return new PendingCode(this.code, this.expiresAt, this.failures + 1);
	}

	@Override
	public String toString() {
		return "PendingCode[expiresAt=" + this.expiresAt + ", failures=" + this.failures + "]";
	}

	/**
	 * What checking a code against the pending one found.
	 */
	public enum Check {

		/** The code was right; it is used up. */
		ACCEPTED,

		/** A wrong code; the pending code stays. */
		WRONG,

		/** No code is pending for the purpose. */
		NONE,

		/** The pending code expired; it is gone. */
		EXPIRED,

		/** Too many wrong codes; the pending code is gone. */
		TOO_MANY_FAILURES

	}

}
