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
package io.github.cognitosession.session;

import software.amazon.awssdk.auth.credentials.AwsSessionCredentials;

/**
 * The identity pool's side of the calling thread's session: temporary AWS credentials,
 * the identity id, and federated sign-in with a third-party provider's token. One of the
 * roles of {@link CognitoSessionManager}, present when an identity pool is configured
 * ({@code cognito.identity-pool.id}).
 *
 * @author Cognito Session contributors
 */
public interface IdentityPoolOperations {

	/**
	 * Sign in with a third-party provider's token (Google, Facebook, Amazon, Apple, an
	 * OIDC or SAML provider name, or {@code cognito-identity.amazonaws.com} for
	 * developer-authenticated identities): the session's AWS credentials then come from
	 * the identity pool for that login. There are no user-pool tokens in such a session.
	 * @param providerKey the logins key, e.g. {@code accounts.google.com}
	 * @param token the provider's token
	 */
	default void federatedSignIn(String providerKey, String token) {
		federatedSignIn(providerKey, token, FederatedSignInOptions.none());
	}

	/**
	 * Sign in with a third-party provider's token and options.
	 * @param providerKey the logins key, e.g. {@code accounts.google.com}
	 * @param token the provider's token
	 * @param options the identity id and custom role to use
	 * @see #federatedSignIn(String, String)
	 */
	void federatedSignIn(String providerKey, String token, FederatedSignInOptions options);

	/**
	 * The identity-pool identity id of the current identity (the signed-in user, the
	 * federated identity, or the guest): the cached one, or one fetched with
	 * {@code GetId}.
	 * @return the identity id
	 * @throws io.github.cognitosession.credentials.GuestAccessNotAllowedException if
	 * nobody is signed in and guest access is off
	 */
	String getIdentityId();

	/**
	 * The identity id of the current identity if it is already known, without any network
	 * I/O.
	 * @return the cached identity id, or {@code null}
	 */
	String getCachedIdentityId();

	/**
	 * Temporary AWS credentials of the current identity from the identity pool, cached
	 * and refreshed ahead of expiry.
	 * @return the credentials, with their session token and expiry
	 * @throws io.github.cognitosession.credentials.GuestAccessNotAllowedException if
	 * nobody is signed in and guest access is off
	 */
	AwsSessionCredentials getCredentials();

}
