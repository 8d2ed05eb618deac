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
package io.github.cognitosession.userpool;

import java.io.Serial;
import java.io.Serializable;
import java.net.URI;
import java.util.Objects;

import org.springframework.util.Assert;
import org.springframework.util.StringUtils;

/**
 * A user pool and one of its app clients, as every Cognito call of the library needs
 * them: pool id, region, client id and secret, the endpoint (an override, e.g. a local
 * emulator), the expected token issuer and where the signing keys are. Built once,
 * checked and normalised once (trimmed), and shared by the sign-in, the token verifier
 * and refreshers, sign-out and the identity-pool logins. Immutable; {@link #toString()}
 * never prints the client secret.
 *
 * @author Cognito Session contributors
 */
public final class UserPoolClient implements Serializable {

	@Serial
	private static final long serialVersionUID = 1L;

	private final String userPoolId;

	private final String region;

	private final String clientId;

	private final String clientSecret;

	private final URI endpoint;

	private final URI issuer;

	private final URI jwkSetUri;

	private UserPoolClient(Builder builder) {
		this.userPoolId = trimmed(builder.userPoolId);
		Assert.hasText(this.userPoolId, "userPoolId cannot be empty");
		String poolRegion = CognitoIds.regionOfUserPoolId(this.userPoolId);
		Assert.isTrue(poolRegion != null, () -> "userPoolId must look like <region>_<id> (e.g. us-east-1_AbCdEf123), "
				+ "got '" + this.userPoolId + "'");
		this.clientId = trimmed(builder.clientId);
		Assert.hasText(this.clientId, "clientId cannot be empty");
		Assert.isTrue(builder.clientSecret == null || StringUtils.hasText(builder.clientSecret),
				"clientSecret cannot be blank (leave it null for a public client)");
		this.clientSecret = (builder.clientSecret != null) ? builder.clientSecret.trim() : null;
		this.region = StringUtils.hasText(builder.region) ? builder.region.trim() : poolRegion;
		this.endpoint = withoutTrailingSlash(builder.endpoint);
		this.issuer = (builder.issuer != null) ? builder.issuer
				: CognitoIds.userPoolIssuer(this.region, this.userPoolId);
		// An emulator serves the keys under its own endpoint; Cognito under its
		// regional one, whatever issuer an application expects.
		String keysBase = (this.endpoint != null) ? this.endpoint.toString() : CognitoIds.userPoolEndpoint(this.region);
		this.jwkSetUri = (builder.jwkSetUri != null) ? builder.jwkSetUri
				: CognitoIds.jwkSetUriOf(keysBase + "/" + this.userPoolId);
	}

	/**
	 * Start building a value.
	 * @return a builder
	 */
	public static Builder builder() {
		return new Builder();
	}

	/**
	 * A value with the given pool and client and Cognito's defaults for the rest.
	 * @param userPoolId the user pool id
	 * @param clientId the app client id
	 * @return the value
	 */
	public static UserPoolClient of(String userPoolId, String clientId) {
		return builder().userPoolId(userPoolId).clientId(clientId).build();
	}

	/**
	 * The user pool id, e.g. {@code eu-west-1_AbCdEf123}.
	 * @return the user pool id
	 */
	public String getUserPoolId() {
		return this.userPoolId;
	}

	/**
	 * The pool name SRP hashes: the part of the pool id after {@code _}.
	 * @return the pool name
	 */
	public String getPoolName() {
		return CognitoIds.poolNameOfUserPoolId(this.userPoolId);
	}

	/**
	 * The user pool's region: the one given, else the pool id's.
	 * @return the region
	 */
	public String getRegion() {
		return this.region;
	}

	/**
	 * The app client id.
	 * @return the client id
	 */
	public String getClientId() {
		return this.clientId;
	}

	/**
	 * Whether the app client has a secret, so that requests carry {@code SECRET_HASH}.
	 * @return whether a secret is set
	 */
	public boolean hasClientSecret() {
		return this.clientSecret != null;
	}

	/**
	 * The app client secret, for the few requests that send it as such
	 * ({@code RevokeToken}, {@code GetTokensFromRefreshToken}); never log it.
	 * @return the secret, or {@code null} for a public client
	 */
	public String getClientSecret() {
		return this.clientSecret;
	}

	/**
	 * The {@code SECRET_HASH} of a request naming the given user.
	 * @param username the username the request names
	 * @return the hash, or {@code null} for a client without a secret
	 */
	public String secretHash(String username) {
		return hasClientSecret() ? SecretHash.calculate(username, this.clientId, this.clientSecret) : null;
	}

	/**
	 * The endpoint that replaces Cognito's regional one, e.g. a local emulator.
	 * @return the endpoint override, or {@code null}
	 */
	public URI getEndpoint() {
		return this.endpoint;
	}

	/**
	 * The issuer the pool's tokens must carry.
	 * @return the expected issuer
	 */
	public URI getIssuer() {
		return this.issuer;
	}

	/**
	 * Where the pool's signing keys are.
	 * @return the JWKS URI
	 */
	public URI getJwkSetUri() {
		return this.jwkSetUri;
	}

	/**
	 * The identity-pool logins key of this user pool.
	 * @return {@code cognito-idp.<region>.amazonaws.com/<userPoolId>}
	 */
	public String getLoginsKey() {
		return CognitoIds.userPoolLoginsKey(CognitoIds.regionOfUserPoolId(this.userPoolId), this.userPoolId);
	}

	private static String trimmed(String value) {
		return (value != null) ? value.trim() : null;
	}

	private static URI withoutTrailingSlash(URI uri) {
		if (uri == null) {
			return null;
		}
		String value = uri.toString();
		return value.endsWith("/") ? URI.create(value.replaceAll("/+$", "")) : uri;
	}

	@Override
	public boolean equals(Object other) {
		if (this == other) {
			return true;
		}
		if (!(other instanceof UserPoolClient that)) {
			return false;
		}
		return this.userPoolId.equals(that.userPoolId) && this.region.equals(that.region)
				&& this.clientId.equals(that.clientId) && Objects.equals(this.clientSecret, that.clientSecret)
				&& Objects.equals(this.endpoint, that.endpoint) && this.issuer.equals(that.issuer)
				&& this.jwkSetUri.equals(that.jwkSetUri);
	}

	@Override
	public int hashCode() {
		return Objects.hash(this.userPoolId, this.clientId, this.endpoint, this.issuer);
	}

	@Override
	public String toString() {
		return "UserPoolClient[userPoolId=" + this.userPoolId + ", clientId=" + this.clientId + ", clientSecret="
				+ (hasClientSecret() ? "[PROTECTED]" : "none") + ", endpoint=" + this.endpoint + ", issuer="
				+ this.issuer + "]";
	}

	/**
	 * Builder for {@link UserPoolClient}.
	 */
	public static final class Builder {

		private String userPoolId;

		private String region;

		private String clientId;

		private String clientSecret;

		private URI endpoint;

		private URI issuer;

		private URI jwkSetUri;

		private Builder() {
		}

		/**
		 * The user pool id, {@code <region>_<id>} (required).
		 * @param userPoolId the user pool id
		 * @return this builder
		 */
		public Builder userPoolId(String userPoolId) {
			this.userPoolId = userPoolId;
			return this;
		}

		/**
		 * The region (default: the pool id's).
		 * @param region the region
		 * @return this builder
		 */
		public Builder region(String region) {
			this.region = region;
			return this;
		}

		/**
		 * The app client id (required).
		 * @param clientId the client id
		 * @return this builder
		 */
		public Builder clientId(String clientId) {
			this.clientId = clientId;
			return this;
		}

		/**
		 * The app client secret; {@code null} for a public client (a blank one is
		 * refused: it is usually a missing environment variable).
		 * @param clientSecret the secret
		 * @return this builder
		 */
		public Builder clientSecret(String clientSecret) {
			this.clientSecret = clientSecret;
			return this;
		}

		/**
		 * An endpoint that replaces Cognito's regional one.
		 * @param endpoint the endpoint, or {@code null}
		 * @return this builder
		 */
		public Builder endpoint(URI endpoint) {
			this.endpoint = endpoint;
			return this;
		}

		/**
		 * The expected issuer (default Cognito's:
		 * {@code https://cognito-idp.<region>.amazonaws.com/<pool id>}, even with an
		 * endpoint override).
		 * @param issuer the issuer, or {@code null} for the default
		 * @return this builder
		 */
		public Builder issuer(URI issuer) {
			this.issuer = issuer;
			return this;
		}

		/**
		 * Where the signing keys are (default: {@code <pool id>/.well-known/jwks.json}
		 * under the endpoint override, else under Cognito's regional endpoint).
		 * @param jwkSetUri the JWKS URI, or {@code null} for the default
		 * @return this builder
		 */
		public Builder jwkSetUri(URI jwkSetUri) {
			this.jwkSetUri = jwkSetUri;
			return this;
		}

		/**
		 * Build the value.
		 * @return the value
		 */
		public UserPoolClient build() {
			return new UserPoolClient(this);
		}

	}

}
