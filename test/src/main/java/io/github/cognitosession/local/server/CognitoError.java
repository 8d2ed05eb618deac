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

package io.github.cognitosession.local.server;

/**
 * An error the emulator answers with, in Cognito's wire shape ({@code {"__type": ...,
 * "message": ...}}). Thrown by operation handlers; never carries a stack trace because it
 * is an expected answer, not a failure of the emulator.
 *
 * @author Cognito Session contributors
 */
public final class CognitoError extends RuntimeException {

	private final String type;

	private final int status;

	/**
	 * Create an error.
	 * @param type the Cognito error type, e.g. {@code NotAuthorizedException}
	 * @param message the message (never containing a secret)
	 * @param status the HTTP status
	 */
	public CognitoError(String type, String message, int status) {
		super(message, null, false, false);
		this.type = type;
		this.status = status;
	}

	/**
	 * A client error (HTTP 400) of the given type.
	 * @param type the Cognito error type
	 * @param message the message
	 * @return the error
	 */
	public static CognitoError of(String type, String message) {
		return new CognitoError(type, message, 400);
	}

	public static CognitoError notAuthorized(String message) {
		return of("NotAuthorizedException", message);
	}

	public static CognitoError invalidParameter(String message) {
		return of("InvalidParameterException", message);
	}

	public static CognitoError resourceNotFound(String message) {
		return of("ResourceNotFoundException", message);
	}

	public static CognitoError internal() {
		return new CognitoError("InternalErrorException", "An internal error occurred.", 500);
	}

	public String type() {
		return this.type;
	}

	public int status() {
		return this.status;
	}

}
