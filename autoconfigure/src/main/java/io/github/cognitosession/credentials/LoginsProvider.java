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

/**
 * Supplies the logins of the session's current identity to the identity-pool side, which
 * must not depend on how the session signs users in. Implemented by the session manager;
 * {@link #guest()} serves applications that only ever use guest credentials.
 *
 * @author Cognito Session contributors
 */
public interface LoginsProvider {

	/**
	 * A key that identifies the current identity and changes whenever the identity
	 * changes (sign-in, federated sign-in, sign-out, a different user), but not when the
	 * same user's ID token is refreshed. Called on every
	 * {@link CognitoIdentityCredentialsProvider#resolveCredentials()} unless identity
	 * changes are {@link #notifyIdentityChanges(Runnable) notified}, so it must be cheap:
	 * no I/O, no lock, ideally a volatile read. Failures and their backoff are kept per
	 * key, so a key that includes a counter bumped by every sign-in, federated sign-in
	 * and sign-out (e.g. {@code "federated:accounts.google.com:7"}) lets a federation
	 * with a fresh token start over at once. Never put a token in the key.
	 * @return the current identity key, never {@code null}
	 */
	String currentIdentityKey();

	/**
	 * The current identity's logins, with a fresh token (refreshing the user-pool tokens
	 * first when they are about to expire). Called only when credentials must be fetched.
	 * @return the logins; {@link IdentityLogins#guest(String) guest logins} when nobody
	 * is signed in
	 * @throws io.github.cognitosession.exception.CognitoSessionException if the logins
	 * cannot be had, e.g. the user-pool refresh token was rejected
	 */
	IdentityLogins currentLogins();

	/**
	 * Offer to tell the credentials provider of every identity change, so that its hot
	 * path need not call {@link #currentIdentityKey()} at all. Returning {@code true} is
	 * a promise that {@link #currentIdentityKey()} returns the same key on every thread
	 * and that {@code listener} runs after every change of that key, before the call that
	 * changed it (sign-in, sign-out, ...) returns and before anyone is told of the change
	 * (e.g. by an event). A provider whose key never changes returns {@code true} and
	 * never calls the listener. The default, {@code false}, is always safe: the key is
	 * then compared on every call.
	 * @param listener to run after each identity change; it does not block
	 * @return whether identity changes will be notified
	 */
	default boolean notifyIdentityChanges(Runnable listener) {
		return false;
	}

	/**
	 * A provider for applications where nobody ever signs in: always the same guest.
	 * @return a guest-only logins provider
	 */
	static LoginsProvider guest() {
		IdentityLogins guest = IdentityLogins.guest("guest");
		return new LoginsProvider() {

			@Override
			public String currentIdentityKey() {
				return guest.getIdentityKey();
			}

			@Override
			public IdentityLogins currentLogins() {
				return guest;
			}

			@Override
			public boolean notifyIdentityChanges(Runnable listener) {
				// the key never changes
				return true;
			}

		};
	}

}
