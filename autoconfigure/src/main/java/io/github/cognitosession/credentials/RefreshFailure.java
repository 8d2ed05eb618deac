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

/**
 * The last failed refresh of one identity's credentials and when the next upstream call
 * is allowed.
 *
 * @author Cognito Session contributors
 */
final class RefreshFailure {

	final String identityKey;

	final RuntimeException exception;

	final int consecutiveFailures;

	final long retryAt;

	RefreshFailure(String identityKey, RuntimeException exception, int consecutiveFailures, long retryAt) {
		this.identityKey = identityKey;
		this.exception = exception;
		this.consecutiveFailures = consecutiveFailures;
		this.retryAt = retryAt;
	}

	boolean isFor(String identityKey) {
		return this.identityKey.equals(identityKey);
	}

	boolean backsOff(String identityKey, long now) {
		return isFor(identityKey) && now < this.retryAt;
	}

}
