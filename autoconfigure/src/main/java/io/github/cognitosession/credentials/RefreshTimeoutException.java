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

import io.github.cognitosession.exception.CognitoSessionException;

/**
 * Thrown to a caller that waited
 * {@link CognitoIdentityCredentialsProvider.Builder#refreshTimeout(Duration) the refresh
 * timeout} for credentials in vain.
 *
 * @author Cognito Session contributors
 */
final class RefreshTimeoutException extends CognitoSessionException {

	RefreshTimeoutException(Duration timeout) {
		super("CredentialsRefreshTimeout",
				"Timed out after " + timeout + " waiting for Cognito identity-pool credentials");
	}

}
