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

package io.github.cognitosession.local.fault;

import java.time.Duration;
import java.util.Objects;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;

/**
 * What goes wrong with an intercepted call: a Cognito error, a 5xx, a dropped connection,
 * or a delay after which the call is served normally.
 *
 * @author Cognito Session contributors
 */
public final class Fault {

	/** How long a held call waits for its release before it is served anyway. */
	public static final Duration MAX_HOLD = Duration.ofSeconds(30);

	/**
	 * The kind of fault.
	 */
	public enum Kind {

		/** Answer with an error response. */
		ERROR,

		/** Close the connection without any response. */
		DROP_CONNECTION,

		/** Wait, then serve the call normally. */
		DELAY

	}

	private final Kind kind;

	private final int status;

	private final String errorType;

	private final String message;

	private final CountDownLatch release;

	private final Runnable onHold;

	private final Duration delay;

	private Fault(Kind kind, int status, String errorType, String message, CountDownLatch release, Runnable onHold,
			Duration delay) {
		this.kind = kind;
		this.status = status;
		this.errorType = errorType;
		this.message = message;
		this.release = release;
		this.onHold = onHold;
		this.delay = delay;
	}

	/**
	 * Answer with HTTP 400 and the given Cognito error, e.g.
	 * {@code error("TooManyRequestsException", "Rate exceeded")}.
	 * @param errorType the {@code __type}
	 * @param message the message
	 * @return the fault
	 */
	public static Fault error(String errorType, String message) {
		return status(400, errorType, message);
	}

	/**
	 * Answer with the given status and error.
	 * @param status the HTTP status
	 * @param errorType the {@code __type}
	 * @param message the message
	 * @return the fault
	 */
	public static Fault status(int status, String errorType, String message) {
		Objects.requireNonNull(errorType, "errorType cannot be null");
		return new Fault(Kind.ERROR, status, errorType, message, null, null, null);
	}

	/**
	 * Answer with HTTP 500 {@code InternalErrorException}.
	 * @return the fault
	 */
	public static Fault serverError() {
		return status(500, "InternalErrorException", "An internal error occurred.");
	}

	/**
	 * Close the connection without writing a response.
	 * @return the fault
	 */
	public static Fault dropConnection() {
		return new Fault(Kind.DROP_CONNECTION, 0, null, null, null, null, null);
	}

	/**
	 * Serve the call after a fixed delay.
	 * @param delay the delay
	 * @return the fault
	 */
	public static Fault delay(Duration delay) {
		Objects.requireNonNull(delay, "delay cannot be null");
		return new Fault(Kind.DELAY, 0, null, null, null, null, delay);
	}

	/**
	 * Hold the call until the test counts {@code release} down (at most
	 * {@link #MAX_HOLD}), then serve it normally.
	 * @param release the latch the test releases
	 * @return the fault
	 */
	public static Fault holdUntil(CountDownLatch release) {
		return holdUntil(release, () -> {
		});
	}

	/**
	 * Hold the call until {@code release} is counted down, running {@code onHold} when
	 * the call arrives, so that a test knows the call is in flight.
	 * @param release the latch the test releases
	 * @param onHold called on the server thread when the call is held
	 * @return the fault
	 */
	public static Fault holdUntil(CountDownLatch release, Runnable onHold) {
		Objects.requireNonNull(release, "release cannot be null");
		Objects.requireNonNull(onHold, "onHold cannot be null");
		return new Fault(Kind.DELAY, 0, null, null, release, onHold, null);
	}

	public Kind kind() {
		return this.kind;
	}

	public int status() {
		return this.status;
	}

	public String errorType() {
		return this.errorType;
	}

	public String message() {
		return this.message;
	}

	/**
	 * Block the calling server thread as this delay fault says.
	 */
	public void awaitRelease() {
		try {
			if (this.release != null) {
				this.onHold.run();
				this.release.await(MAX_HOLD.toMillis(), TimeUnit.MILLISECONDS);
			}
			else if (this.delay != null) {
				Thread.sleep(this.delay.toMillis());
			}
		}
		catch (InterruptedException ex) {
			Thread.currentThread().interrupt();
		}
	}

	@Override
	public String toString() {
		return "Fault[" + this.kind + ((this.errorType != null) ? ", " + this.status + " " + this.errorType : "") + "]";
	}

}
