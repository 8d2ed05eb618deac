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
 * Thrown when identity-pool features (identity id, AWS credentials) are used but no
 * identity pool is configured ({@code cognito.identity-pool.id}).
 *
 * @author Cognito Session contributors
 */
public class IdentityPoolNotConfiguredException extends CognitoSessionException {

	public static final String ERROR_CODE = "IdentityPoolNotConfigured";

	/**
	 * Create an instance.
	 */
	public IdentityPoolNotConfiguredException() {
		super(ERROR_CODE, "No Cognito identity pool is configured: set cognito.identity-pool.id "
				+ "(e.g. eu-west-1:00000000-0000-0000-0000-000000000000)");
	}

}
