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
import java.util.concurrent.locks.Condition;
import java.util.concurrent.locks.ReentrantLock;
import java.util.function.BooleanSupplier;

import io.github.cognitosession.exception.ReauthenticationTimeoutException;
import io.github.cognitosession.exception.SignInWaitReleasedException;

/**
 * Where threads wait, always with a bound, for the user to sign in again. A wait ends
 * when the awaited condition no longer holds (a sign-in, signalled with
 * {@link #signal()}), when {@link #release(String)} is called (the waiters fail with
 * {@link SignInWaitReleasedException}), or at the deadline
 * ({@link ReauthenticationTimeoutException}).
 *
 * @author Cognito Session contributors
 */
final class ReauthenticationGate {

	private final ReentrantLock lock = new ReentrantLock();

	private final Condition changed = this.lock.newCondition();

	private long releases;

	private String releaseReason;

	private int waiters;

	/**
	 * Wait while {@code awaiting} holds.
	 * @param awaiting whether the user still has to sign in
	 * @param timeoutNanos the longest wait; zero or less fails at once
	 * @param configuredTimeout the configured timeout, for the error message
	 */
	void await(BooleanSupplier awaiting, long timeoutNanos, Duration configuredTimeout) {
		this.lock.lock();
		this.waiters++;
		try {
			long releaseMark = this.releases;
			long remaining = timeoutNanos;
			while (true) {
				if (this.releases != releaseMark) {
					throw new SignInWaitReleasedException(this.releaseReason);
				}
				if (!awaiting.getAsBoolean()) {
					return;
				}
				if (remaining <= 0) {
					throw new ReauthenticationTimeoutException("The user did not sign in again within "
							+ configuredTimeout.toMillis() + " ms (cognito.session.reauthentication-timeout)");
				}
				remaining = this.changed.awaitNanos(remaining);
			}
		}
		catch (InterruptedException ex) {
			Thread.currentThread().interrupt();
			throw new SignInWaitReleasedException("Interrupted while waiting for the user to sign in again", ex);
		}
		finally {
			this.waiters--;
			this.lock.unlock();
		}
	}

	/**
	 * How many threads wait now. A thread counted here is inside its bounded wait: a
	 * {@link #signal()} or {@link #release(String)} after this read reaches it.
	 * @return the number of waiting threads
	 */
	int waiters() {
		this.lock.lock();
		try {
			return this.waiters;
		}
		finally {
			this.lock.unlock();
		}
	}

	/**
	 * Wake the waiters to re-check their condition (after a sign-in).
	 */
	void signal() {
		this.lock.lock();
		try {
			this.changed.signalAll();
		}
		finally {
			this.lock.unlock();
		}
	}

	/**
	 * Fail every current waiter with {@link SignInWaitReleasedException}.
	 * @param reason the message for the waiters
	 */
	void release(String reason) {
		this.lock.lock();
		try {
			this.releases++;
			this.releaseReason = reason;
			this.changed.signalAll();
		}
		finally {
			this.lock.unlock();
		}
	}

}
