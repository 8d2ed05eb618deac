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
 * Thrown when Cognito Identity rejects the token of a federated sign-in
 * ({@code NotAuthorizedException}): the application must federate again with a fresh
 * token. The session moves to {@code SIGNED_OUT_FEDERATED_TOKENS_INVALID}.
 *
 * @author Cognito Session contributors
 */
public class FederatedTokenRejectedException extends CognitoSessionException {

	private final String providerKey;

	/**
	 * Create an instance.
	 * @param providerKey the login provider whose token was rejected
	 * @param cause the underlying failure, usually the SDK exception
	 */
	public FederatedTokenRejectedException(String providerKey, Throwable cause) {
		super("NotAuthorizedException", "The identity pool rejected the token of federated provider '" + providerKey
				+ "'; federate again with a fresh token", cause);
		this.providerKey = providerKey;
	}

	/**
	 * The logins key of the provider whose token was rejected.
	 * @return the provider key, e.g. {@code accounts.google.com}
	 */
	public String getProviderKey() {
		return this.providerKey;
	}

}
