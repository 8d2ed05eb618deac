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

import io.github.cognitosession.userpool.CognitoIds;

import java.util.Collections;
import java.util.Map;
import java.util.Objects;

import org.springframework.util.Assert;

/**
 * The logins of one identity-pool identity, as sent to Cognito Identity's {@code GetId}
 * and {@code GetCredentialsForIdentity}: empty for a guest, the user pool's ID token for
 * a user signed in to the user pool, or a third-party provider's token after a federated
 * sign-in. Immutable; {@link #toString()} names the providers but never prints a token.
 *
 * @author Cognito Session contributors
 */
public final class IdentityLogins {

	/**
	 * The logins key of developer-authenticated identities.
	 */
	public static final String DEVELOPER_PROVIDER_KEY = CognitoIds.DEVELOPER_PROVIDER_KEY;

	private final String identityKey;

	private final Kind kind;

	private final String providerKey;

	private final Map<String, String> logins;

	private final String identityId;

	private final String customRoleArn;

	private IdentityLogins(String identityKey, Kind kind, String providerKey, String token, String identityId,
			String customRoleArn) {
		Assert.hasText(identityKey, "identityKey cannot be empty");
		this.identityKey = identityKey;
		this.kind = kind;
		this.providerKey = providerKey;
		this.logins = (providerKey != null) ? Map.of(providerKey, token) : Collections.emptyMap();
		this.identityId = identityId;
		this.customRoleArn = customRoleArn;
	}

	/**
	 * Logins of a guest (unauthenticated identity): no logins at all.
	 * @param identityKey the key of this guest identity (see
	 * {@link LoginsProvider#currentIdentityKey()})
	 * @return the guest logins
	 */
	public static IdentityLogins guest(String identityKey) {
		return new IdentityLogins(identityKey, Kind.GUEST, null, null, null, null);
	}

	/**
	 * Logins of a user signed in to a Cognito user pool: the provider key
	 * {@code cognito-idp.<region>.amazonaws.com/<userPoolId>} mapped to the ID token.
	 * @param identityKey the key of the signed-in user's identity, e.g. derived from the
	 * user's {@code sub}; it must not change when the ID token is refreshed
	 * @param region the user pool's region, e.g. {@code eu-west-1}
	 * @param userPoolId the user pool id, e.g. {@code eu-west-1_AbCdEf}
	 * @param idToken the current, unexpired ID token
	 * @return the user-pool logins
	 */
	public static IdentityLogins userPool(String identityKey, String region, String userPoolId, String idToken) {
		Assert.hasText(region, "region cannot be empty");
		Assert.hasText(userPoolId, "userPoolId cannot be empty");
		Assert.hasText(idToken, "idToken cannot be empty");
		return new IdentityLogins(identityKey, Kind.USER_POOL, userPoolProviderKey(region, userPoolId), idToken, null,
				null);
	}

	/**
	 * Logins after a federated sign-in with a third-party token (Google, Facebook,
	 * Amazon, Apple, an OIDC or SAML provider name, or {@value #DEVELOPER_PROVIDER_KEY}
	 * for developer-authenticated identities).
	 * @param identityKey the key of the federated identity
	 * @param providerKey the logins key, e.g. {@code accounts.google.com}
	 * @param token the provider's token
	 * @return the federated logins
	 */
	public static IdentityLogins federated(String identityKey, String providerKey, String token) {
		Assert.hasText(providerKey, "providerKey cannot be empty");
		Assert.hasText(token, "token cannot be empty");
		return new IdentityLogins(identityKey, Kind.FEDERATED, providerKey, token, null, null);
	}

	/**
	 * The logins key of a Cognito user pool.
	 * @param region the user pool's region
	 * @param userPoolId the user pool id
	 * @return {@code cognito-idp.<region>.amazonaws.com/<userPoolId>}
	 */
	public static String userPoolProviderKey(String region, String userPoolId) {
		return CognitoIds.userPoolLoginsKey(region, userPoolId);
	}

	/**
	 * Return a copy that uses the given identity id instead of the cached or a fetched
	 * one: developer-authenticated identities, and AWSMobileClient's
	 * {@code cognitoIdentityId} federation option.
	 * @param identityId the identity id
	 * @return a copy with the identity id
	 */
	public IdentityLogins withIdentityId(String identityId) {
		Assert.hasText(identityId, "identityId cannot be empty");
		return new IdentityLogins(this.identityKey, this.kind, this.providerKey, token(), identityId,
				this.customRoleArn);
	}

	/**
	 * Return a copy that asks for the given IAM role instead of the pool's default role
	 * (AWSMobileClient's {@code customRoleArn} federation option).
	 * @param customRoleArn the role ARN
	 * @return a copy with the role ARN
	 */
	public IdentityLogins withCustomRoleArn(String customRoleArn) {
		Assert.hasText(customRoleArn, "customRoleArn cannot be empty");
		return new IdentityLogins(this.identityKey, this.kind, this.providerKey, token(), this.identityId,
				customRoleArn);
	}

	private String token() {
		return (this.providerKey != null) ? this.logins.get(this.providerKey) : null;
	}

	/**
	 * The key of the identity these logins belong to.
	 * @return the identity key
	 */
	public String getIdentityKey() {
		return this.identityKey;
	}

	/**
	 * What kind of identity these logins describe.
	 * @return the kind
	 */
	public Kind getKind() {
		return this.kind;
	}

	/**
	 * Whether these are a guest's (empty) logins.
	 * @return {@code true} for a guest
	 */
	public boolean isGuest() {
		return this.kind == Kind.GUEST;
	}

	/**
	 * The logins key, or {@code null} for a guest.
	 * @return the provider key
	 */
	public String getProviderKey() {
		return this.providerKey;
	}

	/**
	 * The logins map to send to Cognito Identity.
	 * @return an unmodifiable map, empty for a guest
	 */
	public Map<String, String> getLogins() {
		return this.logins;
	}

	/**
	 * The identity id to use instead of the cached one, or {@code null}.
	 * @return the identity id
	 */
	public String getIdentityId() {
		return this.identityId;
	}

	/**
	 * The IAM role to ask for instead of the provider's default, or {@code null}.
	 * @return the role ARN
	 */
	public String getCustomRoleArn() {
		return this.customRoleArn;
	}

	/**
	 * The logins map as the SDK request wants it: {@code null} for a guest, so that no
	 * empty {@code Logins} member is sent.
	 */
	Map<String, String> requestLogins() {
		return this.logins.isEmpty() ? null : this.logins;
	}

	@Override
	public boolean equals(Object other) {
		if (this == other) {
			return true;
		}
		if (!(other instanceof IdentityLogins that)) {
			return false;
		}
		return this.identityKey.equals(that.identityKey) && this.kind == that.kind && this.logins.equals(that.logins)
				&& Objects.equals(this.identityId, that.identityId)
				&& Objects.equals(this.customRoleArn, that.customRoleArn);
	}

	@Override
	public int hashCode() {
		return Objects.hash(this.identityKey, this.kind, this.logins, this.identityId, this.customRoleArn);
	}

	@Override
	public String toString() {
		return "IdentityLogins[kind=" + this.kind + ", provider=" + this.providerKey + ", identityId=" + this.identityId
				+ "]";
	}

	/**
	 * The kinds of identity-pool identity.
	 */
	public enum Kind {

		/**
		 * An unauthenticated identity (nobody signed in, guest access on).
		 */
		GUEST,

		/**
		 * A user signed in to the Cognito user pool.
		 */
		USER_POOL,

		/**
		 * An identity federated with a third-party token.
		 */
		FEDERATED

	}

}
