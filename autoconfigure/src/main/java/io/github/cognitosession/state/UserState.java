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

package io.github.cognitosession.state;

/**
 * The user's state as AWSMobileClient reports it.
 *
 * @author Cognito Session contributors
 */
public enum UserState {

	/**
	 * Not yet known: the session has not been restored yet.
	 */
	UNKNOWN,

	/**
	 * Nobody is signed in, and the identity pool hands out guest credentials.
	 */
	GUEST,

	/**
	 * Signed in to the user pool, or federated with a third-party token.
	 */
	SIGNED_IN,

	/**
	 * Nobody is signed in.
	 */
	SIGNED_OUT,

	/**
	 * The user-pool refresh token was rejected (expired, revoked or invalid): the user
	 * must sign in again.
	 */
	SIGNED_OUT_USER_POOLS_TOKEN_INVALID,

	/**
	 * The identity pool rejected the federated provider's token: the application must
	 * federate again with a fresh token.
	 */
	SIGNED_OUT_FEDERATED_TOKENS_INVALID;

	/**
	 * Whether this state waits for the user to sign in again.
	 * @return {@code true} for the two {@code *_INVALID} states
	 */
	public boolean isAwaitingReauthentication() {
		return this == SIGNED_OUT_USER_POOLS_TOKEN_INVALID || this == SIGNED_OUT_FEDERATED_TOKENS_INVALID;
	}

}
