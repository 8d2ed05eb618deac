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

import java.util.function.Consumer;

import org.apache.commons.logging.Log;
import org.apache.commons.logging.LogFactory;

/**
 * The backoff state of a {@link CognitoIdentityCredentialsProvider}: the last failed
 * refresh, for the identity it was made for, and until when no further upstream call is
 * made for that identity. A failure of another identity does not hold back this one's.
 *
 * @author Cognito Session contributors
 */
final class RefreshBackoff {

	// the provider's category, so that its users' logging configuration still applies
	private static final Log logger = LogFactory.getLog(CognitoIdentityCredentialsProvider.class);

	private final RefreshPolicy policy;

	private final Consumer<RuntimeException> failureListener;

	private volatile RefreshFailure lastFailure;

	RefreshBackoff(RefreshPolicy policy, Consumer<RuntimeException> failureListener) {
		this.policy = policy;
		this.failureListener = failureListener;
	}

	/**
	 * Return the failure that holds back refreshes of the given identity at {@code now},
	 * or {@code null} when an upstream call may be made.
	 */
	RefreshFailure backingOff(String identityKey, long now) {
		RefreshFailure failure = this.lastFailure;
		return (failure != null && failure.backsOff(identityKey, now)) ? failure : null;
	}

	void succeeded() {
		this.lastFailure = null;
	}

	/**
	 * Record a failed upstream refresh: back off, warn, and tell the listener.
	 */
	RefreshFailure failed(String identityKey, RuntimeException ex) {
		RefreshFailure previous = this.lastFailure;
		int failures = (previous != null && previous.isFor(identityKey)) ? previous.consecutiveFailures + 1 : 1;
		long delay = this.policy.retryDelayMillis(failures);
		RefreshFailure failure = new RefreshFailure(identityKey, ex, failures, this.policy.now() + delay);
		this.lastFailure = failure;
		if (logger.isWarnEnabled()) {
			logger.warn("Refreshing Cognito identity-pool credentials failed (" + failures
					+ " consecutive failures); next attempt in " + delay + " ms: " + ex.getMessage());
		}
		notifyListener(ex);
		return failure;
	}

	private void notifyListener(RuntimeException ex) {
		if (this.failureListener == null) {
			return;
		}
		try {
			this.failureListener.accept(ex);
		}
		catch (RuntimeException listenerEx) {
			logger.warn("Credentials refresh failure listener failed", listenerEx);
		}
	}

}
