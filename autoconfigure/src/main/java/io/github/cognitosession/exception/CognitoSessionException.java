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
 * Base of every exception this library throws. Carries a stable error code (Cognito's own
 * exception name where the service raised it, such as {@code NotAuthorizedException}, or
 * one of ours) so that callers can branch without parsing messages. Messages never
 * contain tokens, passwords or secret keys.
 *
 * @author Cognito Session contributors
 */
public class CognitoSessionException extends RuntimeException {

	private final String errorCode;

	/**
	 * Create an instance.
	 * @param errorCode Cognito's error code (e.g. {@code NotAuthorizedException}), or our
	 * own
	 * @param message the detail message, naming the problem but no secret
	 */
	public CognitoSessionException(String errorCode, String message) {
		this(errorCode, message, null);
	}

	/**
	 * Create an instance.
	 * @param errorCode Cognito's error code (e.g. {@code NotAuthorizedException}), or our
	 * own
	 * @param message the detail message, naming the problem but no secret
	 * @param cause the underlying failure, usually the SDK exception
	 */
	public CognitoSessionException(String errorCode, String message, Throwable cause) {
		super(message, cause);
		this.errorCode = errorCode;
	}

	/**
	 * Return the error code: Cognito's exception name, or one of this library's.
	 * @return the error code
	 */
	public String getErrorCode() {
		return this.errorCode;
	}

}
