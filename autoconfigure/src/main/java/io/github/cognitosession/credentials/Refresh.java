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
package io.github.cognitosession.credentials;

import java.time.Duration;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;

import io.github.cognitosession.exception.CognitoSessionException;

/**
 * One upstream refresh of a {@link CognitoIdentityCredentialsProvider}, for one identity:
 * the callers that need it wait on its result.
 *
 * @author Cognito Session contributors
 */
final class Refresh {

	/**
	 * Why a refresh is made, which decides when it has become pointless.
	 */
	enum Mode {

		/**
		 * Callers wait for it: the credentials are stale, missing or another identity's.
		 */
		BLOCKING,

		/** Nobody waits: the credentials are in their prefetch window. */
		PREFETCH,

		/** Scheduled ahead of expiry without any caller. */
		BACKGROUND

	}

	final String identityKey;

	final Mode mode;

	final CachedCredentials scheduledFor;

	final CompletableFuture<CachedCredentials> result = new CompletableFuture<>();

	Refresh(String identityKey, Mode mode, CachedCredentials scheduledFor) {
		this.identityKey = identityKey;
		this.mode = mode;
		this.scheduledFor = scheduledFor;
	}

	/**
	 * Whether {@code current}, e.g. stored by the refresh that just finished, already
	 * gives what this refresh is for.
	 */
	boolean isMadePointlessBy(CachedCredentials current, long now) {
		if (current == null || !current.isFor(this.identityKey)) {
			return false;
		}
		return switch (this.mode) {
			case BLOCKING -> now < current.staleAt;
			case PREFETCH -> now < current.prefetchAt;
			case BACKGROUND -> current != this.scheduledFor;
		};
	}

	/**
	 * Wait for the result until the given {@link System#nanoTime()} deadline.
	 * @param deadline the deadline
	 * @param timeout the whole wait, for the error message
	 * @return the credentials the refresh stored
	 * @throws RefreshTimeoutException past the deadline
	 */
	CachedCredentials await(long deadline, Duration timeout) {
		try {
			return this.result.get(Math.max(0, deadline - System.nanoTime()), TimeUnit.NANOSECONDS);
		}
		catch (ExecutionException ex) {
			if (ex.getCause() instanceof RuntimeException runtime) {
				throw runtime;
			}
			throw new CognitoSessionException("CredentialsRefreshFailed", "Fetching AWS credentials failed",
					ex.getCause());
		}
		catch (TimeoutException ex) {
			throw new RefreshTimeoutException(timeout);
		}
		catch (InterruptedException ex) {
			Thread.currentThread().interrupt();
			throw new CognitoSessionException("Interrupted", "Interrupted while waiting for AWS credentials", ex);
		}
	}

}
