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

import io.github.cognitosession.exception.CognitoSessionException;

/**
 * Thrown when AWS credentials are asked for while nobody is signed in and guest access is
 * off, either in this application ({@code cognito.identity-pool.guest-access}) or in the
 * identity pool itself (unauthenticated identities disabled).
 *
 * @author Cognito Session contributors
 */
public class GuestAccessNotAllowedException extends CognitoSessionException {

	public static final String ERROR_CODE = "GuestAccessNotAllowed";

	/**
	 * Create an instance.
	 * @param message the detail message, naming the problem but no secret
	 */
	public GuestAccessNotAllowedException(String message) {
		super(ERROR_CODE, message);
	}

	/**
	 * Create an instance.
	 * @param message the detail message, naming the problem but no secret
	 * @param cause the underlying failure, usually the SDK exception
	 */
	public GuestAccessNotAllowedException(String message, Throwable cause) {
		super(ERROR_CODE, message, cause);
	}

}
