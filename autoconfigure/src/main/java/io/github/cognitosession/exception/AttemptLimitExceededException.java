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

package io.github.cognitosession.exception;

/**
 * Too many attempts: Cognito's limit of code requests or password changes
 * ({@code LimitExceededException}) or of wrong codes
 * ({@code TooManyFailedAttemptsException}) was reached; wait before trying again.
 *
 * @author Cognito Session contributors
 */
public class AttemptLimitExceededException extends ThrottledException {

	/**
	 * Create an instance.
	 * @param errorCode Cognito's error code, or our own
	 * @param message the detail message, naming the problem but no secret
	 * @param cause the underlying failure, usually the SDK exception
	 */
	public AttemptLimitExceededException(String errorCode, String message, Throwable cause) {
		super(errorCode, message, cause);
	}

}
