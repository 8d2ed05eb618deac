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
package io.github.cognitosession.store;

import java.io.Serial;
import java.io.Serializable;
import java.util.Objects;

import io.github.cognitosession.state.UserState;

/**
 * The persisted part of a session: what must survive a restart (AWSMobileClient's
 * keychain entries). Immutable; tokens are kept as their raw compact JWT strings and are
 * parsed and verified by whoever reads them. {@link #toString()} never prints a token.
 *
 * @author Cognito Session contributors
 */
public final class SessionRecord implements Serializable {

	@Serial
	private static final long serialVersionUID = 1L;

	private final UserState state;

	private final String username;

	private final String idToken;

	private final String accessToken;

	private final String refreshToken;

	private final String identityId;

	private final String federatedProvider;

	private final String federatedToken;

	private SessionRecord(Builder builder) {
		this.state = Objects.requireNonNull(builder.state, "state cannot be null");
		this.username = builder.username;
		this.idToken = builder.idToken;
		this.accessToken = builder.accessToken;
		this.refreshToken = builder.refreshToken;
		this.identityId = builder.identityId;
		this.federatedProvider = builder.federatedProvider;
		this.federatedToken = builder.federatedToken;
	}

	/**
	 * The state to restore: {@code SIGNED_IN}, {@code GUEST} or one of the
	 * {@code *_INVALID} states.
	 * @return the state
	 */
	public UserState getState() {
		return this.state;
	}

	/**
	 * The user-pool username ({@code cognito:username}), or {@code null} for a guest.
	 * @return the username
	 */
	public String getUsername() {
		return this.username;
	}

	/**
	 * The raw ID token, or {@code null}.
	 * @return the ID token
	 */
	public String getIdToken() {
		return this.idToken;
	}

	/**
	 * The raw access token, or {@code null}.
	 * @return the access token
	 */
	public String getAccessToken() {
		return this.accessToken;
	}

	/**
	 * The refresh token, or {@code null}.
	 * @return the refresh token
	 */
	public String getRefreshToken() {
		return this.refreshToken;
	}

	/**
	 * The identity-pool identity id, or {@code null} when not fetched yet.
	 * @return the identity id
	 */
	public String getIdentityId() {
		return this.identityId;
	}

	/**
	 * The federated provider key (e.g. {@code accounts.google.com}) after a federated
	 * sign-in, else {@code null}.
	 * @return the provider key
	 */
	public String getFederatedProvider() {
		return this.federatedProvider;
	}

	/**
	 * The federated provider's token after a federated sign-in, else {@code null}.
	 * @return the provider token
	 */
	public String getFederatedToken() {
		return this.federatedToken;
	}

	/**
	 * Whether this record holds user-pool tokens.
	 * @return {@code true} when a refresh token is present
	 */
	public boolean hasUserPoolTokens() {
		return this.refreshToken != null;
	}

	/**
	 * Whether this record comes from a federated sign-in.
	 * @return {@code true} when a federated provider is set
	 */
	public boolean isFederated() {
		return this.federatedProvider != null;
	}

	/**
	 * Return a builder initialised with this record's values.
	 * @return a new builder
	 */
	public Builder mutate() {
		return new Builder().state(this.state)
			.username(this.username)
			.idToken(this.idToken)
			.accessToken(this.accessToken)
			.refreshToken(this.refreshToken)
			.identityId(this.identityId)
			.federatedProvider(this.federatedProvider)
			.federatedToken(this.federatedToken);
	}

	/**
	 * Return a new, empty builder.
	 * @return a new builder
	 */
	public static Builder builder() {
		return new Builder();
	}

	@Override
	public boolean equals(Object other) {
		if (this == other) {
			return true;
		}
		if (!(other instanceof SessionRecord that)) {
			return false;
		}
		return this.state == that.state && Objects.equals(this.username, that.username)
				&& Objects.equals(this.idToken, that.idToken) && Objects.equals(this.accessToken, that.accessToken)
				&& Objects.equals(this.refreshToken, that.refreshToken)
				&& Objects.equals(this.identityId, that.identityId)
				&& Objects.equals(this.federatedProvider, that.federatedProvider)
				&& Objects.equals(this.federatedToken, that.federatedToken);
	}

	@Override
	public int hashCode() {
		return Objects.hash(this.state, this.username, this.idToken, this.accessToken, this.refreshToken,
				this.identityId, this.federatedProvider, this.federatedToken);
	}

	@Override
	public String toString() {
		return "SessionRecord[state=" + this.state + ", username=" + this.username + ", tokens="
				+ (hasUserPoolTokens() ? "[PROTECTED]" : "none") + ", identityId=" + this.identityId
				+ ", federatedProvider=" + this.federatedProvider + "]";
	}

	/**
	 * Builder for {@link SessionRecord}.
	 */
	public static final class Builder {

		private UserState state;

		private String username;

		private String idToken;

		private String accessToken;

		private String refreshToken;

		private String identityId;

		private String federatedProvider;

		private String federatedToken;

		private Builder() {
		}

		/**
		 * The state of the session. Required.
		 * @param state the state
		 * @return this builder
		 */
		public Builder state(UserState state) {
			this.state = state;
			return this;
		}

		/**
		 * The signed-in user.
		 * @param username the username
		 * @return this builder
		 */
		public Builder username(String username) {
			this.username = username;
			return this;
		}

		/**
		 * The ID token (compact JWT).
		 * @param idToken the token
		 * @return this builder
		 */
		public Builder idToken(String idToken) {
			this.idToken = idToken;
			return this;
		}

		/**
		 * The access token (compact JWT).
		 * @param accessToken the token
		 * @return this builder
		 */
		public Builder accessToken(String accessToken) {
			this.accessToken = accessToken;
			return this;
		}

		/**
		 * The refresh token.
		 * @param refreshToken the token
		 * @return this builder
		 */
		public Builder refreshToken(String refreshToken) {
			this.refreshToken = refreshToken;
			return this;
		}

		/**
		 * The identity-pool identity id, kept so that GetId is not called again.
		 * @param identityId the identity id
		 * @return this builder
		 */
		public Builder identityId(String identityId) {
			this.identityId = identityId;
			return this;
		}

		/**
		 * The login provider of a federated sign-in (e.g. {@code accounts.google.com}).
		 * @param federatedProvider the provider key
		 * @return this builder
		 */
		public Builder federatedProvider(String federatedProvider) {
			this.federatedProvider = federatedProvider;
			return this;
		}

		/**
		 * The federated provider's token.
		 * @param federatedToken the token
		 * @return this builder
		 */
		public Builder federatedToken(String federatedToken) {
			this.federatedToken = federatedToken;
			return this;
		}

		/**
		 * Build the record.
		 * @return the record
		 */
		public SessionRecord build() {
			return new SessionRecord(this);
		}

	}

}
