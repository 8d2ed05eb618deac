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

import io.github.cognitosession.token.CognitoTokens;

import org.springframework.util.Assert;

/**
 * Who a session belongs to now, as one immutable value per state: nobody (signed out or a
 * guest of the identity pool), a user signed in to the user pool with their verified
 * tokens, a federated identity, or someone who must sign in again. The
 * {@link #userState() user state} is what AWSMobileClient reports; the value carries what
 * that state needs and nothing else, so that a state and its data can never disagree.
 * {@code toString()} never prints a token.
 *
 * @author Cognito Session contributors
 */
public sealed interface SessionState {

	/**
	 * Nobody is signed in and the identity pool has no guest access.
	 */
	SessionState SIGNED_OUT = new SignedOut();

	/**
	 * Nobody is signed in; the identity pool hands out guest credentials.
	 */
	SessionState GUEST = new Guest();

	/**
	 * The state AWSMobileClient reports for this value.
	 * @return the user state
	 */
	UserState userState();

	/**
	 * The user this state is about: the signed-in user, or the user who must sign in
	 * again.
	 * @return the {@code cognito:username}, or {@code null}
	 */
	default String username() {
		return null;
	}

	/**
	 * Whether this state waits for a new sign-in.
	 * @return {@code true} for the two {@code *_INVALID} states
	 */
	default boolean isAwaitingReauthentication() {
		return userState().isAwaitingReauthentication();
	}

	/**
	 * The state of a session where nobody is signed in.
	 * @param guestAccess whether the identity pool allows guests
	 * @return {@link #GUEST} or {@link #SIGNED_OUT}
	 */
	static SessionState nobody(boolean guestAccess) {
		return guestAccess ? GUEST : SIGNED_OUT;
	}

	/**
	 * Nobody is signed in.
	 */
	record SignedOut() implements SessionState {

		@Override
		public UserState userState() {
			return UserState.SIGNED_OUT;
		}

	}

	/**
	 * Nobody is signed in; guests get identity-pool credentials.
	 */
	record Guest() implements SessionState {

		@Override
		public UserState userState() {
			return UserState.GUEST;
		}

	}

	/**
	 * A user signed in to the user pool.
	 *
	 * @param username the user's {@code cognito:username}
	 * @param tokens the verified tokens
	 */
	record UserPoolSignedIn(String username, CognitoTokens tokens) implements SessionState {

		public UserPoolSignedIn {
			Assert.hasText(username, "username cannot be empty");
			Assert.notNull(tokens, "tokens cannot be null");
		}

		@Override
		public UserState userState() {
			return UserState.SIGNED_IN;
		}

		/**
		 * The same user with new tokens (a refresh).
		 * @param refreshed the new tokens
		 * @return the new state
		 */
		public UserPoolSignedIn withTokens(CognitoTokens refreshed) {
			return new UserPoolSignedIn(this.username, refreshed);
		}

		@Override
		public String toString() {
			return "UserPoolSignedIn[username=" + this.username + ", expiresAt=" + this.tokens.getExpiresAt() + "]";
		}

	}

	/**
	 * A federated sign-in with a third-party provider's token; there are no user-pool
	 * tokens.
	 *
	 * @param login the provider and its token
	 */
	record FederatedSignedIn(FederatedLogin login) implements SessionState {

		public FederatedSignedIn {
			Assert.notNull(login, "login cannot be null");
		}

		@Override
		public UserState userState() {
			return UserState.SIGNED_IN;
		}

	}

	/**
	 * The user-pool refresh token was rejected (or the stored tokens were unreadable):
	 * the user must sign in again.
	 *
	 * @param username the user who must sign in again
	 */
	record UserPoolTokensInvalid(String username) implements SessionState {

		@Override
		public UserState userState() {
			return UserState.SIGNED_OUT_USER_POOLS_TOKEN_INVALID;
		}

	}

	/**
	 * The identity pool rejected the federated token: the application must federate again
	 * with a fresh token.
	 *
	 * @param providerKey the provider whose token was rejected
	 */
	record FederatedTokensInvalid(String providerKey) implements SessionState {

		@Override
		public UserState userState() {
			return UserState.SIGNED_OUT_FEDERATED_TOKENS_INVALID;
		}

	}

}
