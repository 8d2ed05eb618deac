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
 * An operation does not fit the session's current state, e.g. answering a challenge when
 * no sign-in is waiting for one.
 *
 * @author Cognito Session contributors
 */
public class InvalidSessionStateException extends CognitoSessionException {

	/** The error code of this exception. */
	public static final String ERROR_CODE = "InvalidSessionState";

	/**
	 * Create an instance.
	 * @param message the detail message, naming the problem but no secret
	 */
	public InvalidSessionStateException(String message) {
		this(message, null);
	}

	/**
	 * Create an instance.
	 * @param message the detail message, naming the problem but no secret
	 * @param cause the underlying failure, usually the SDK exception
	 */
	public InvalidSessionStateException(String message, Throwable cause) {
		super(ERROR_CODE, message, cause);
	}

}
