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
package io.github.cognitosession.signin;

import java.security.SecureRandom;
import java.time.Clock;
import java.util.Objects;

import org.springframework.util.Assert;
import org.springframework.util.StringUtils;

/**
 * What {@link CognitoUserPoolAuthenticator} needs to know about the user pool and its app
 * client. Immutable; {@code toString()} never prints the client secret.
 *
 * @author Cognito Session contributors
 */
public final class UserPoolAuthenticatorSettings {

	private final String userPoolId;

	private final String poolName;

	private final String clientId;

	private final String clientSecret;

	private final UserPoolAuthFlow authFlow;

	private final Clock clock;

	private final SecureRandom secureRandom;

	private UserPoolAuthenticatorSettings(Builder builder) {
		Assert.hasText(builder.userPoolId, "userPoolId cannot be empty");
		int separator = builder.userPoolId.indexOf('_');
		Assert.isTrue(separator > 0 && separator < builder.userPoolId.length() - 1,
				() -> "userPoolId must look like <region>_<id> (e.g. us-east-1_AbCdEf123), got '" + builder.userPoolId
						+ "'");
		Assert.hasText(builder.clientId, "clientId cannot be empty");
		Assert.isTrue(builder.clientSecret == null || StringUtils.hasText(builder.clientSecret),
				"clientSecret cannot be blank (leave it null for a public client)");
		this.userPoolId = builder.userPoolId;
		this.poolName = builder.userPoolId.substring(separator + 1);
		this.clientId = builder.clientId;
		this.clientSecret = builder.clientSecret;
		this.authFlow = Objects.requireNonNull(builder.authFlow, "authFlow cannot be null");
		this.clock = Objects.requireNonNull(builder.clock, "clock cannot be null");
		this.secureRandom = Objects.requireNonNull(builder.secureRandom, "secureRandom cannot be null");
	}

	/**
	 * Start building settings.
	 * @return a builder with {@link UserPoolAuthFlow#USER_SRP_AUTH}, the UTC system clock
	 * and a new {@link SecureRandom}
	 */
	public static Builder builder() {
		return new Builder();
	}

	/**
	 * The user pool id.
	 * @return the pool id
	 */
	public String getUserPoolId() {
		return this.userPoolId;
	}

	/**
	 * The pool name SRP hashes: the part of the pool id after {@code _}.
	 * @return the pool name
	 */
	public String getPoolName() {
		return this.poolName;
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
	 * The secret itself is not exposed.
	 * @return whether a secret is set
	 */
	public boolean hasClientSecret() {
		return this.clientSecret != null;
	}

	String getClientSecret() {
		return this.clientSecret;
	}

	/**
	 * The flow that signs users in.
	 * @return the flow
	 */
	public UserPoolAuthFlow getAuthFlow() {
		return this.authFlow;
	}

	/**
	 * The clock SRP timestamps are taken from.
	 * @return the clock
	 */
	public Clock getClock() {
		return this.clock;
	}

	/**
	 * The source of SRP private values.
	 * @return the random source
	 */
	public SecureRandom getSecureRandom() {
		return this.secureRandom;
	}

	@Override
	public String toString() {
		return "UserPoolAuthenticatorSettings[userPoolId=" + this.userPoolId + ", clientId=" + this.clientId
				+ ", clientSecret=" + (hasClientSecret() ? "PROTECTED" : "none") + ", authFlow=" + this.authFlow + "]";
	}

	/**
	 * Builder for {@link UserPoolAuthenticatorSettings}.
	 */
	public static final class Builder {

		private String userPoolId;

		private String clientId;

		private String clientSecret;

		private UserPoolAuthFlow authFlow = UserPoolAuthFlow.USER_SRP_AUTH;

		private Clock clock = Clock.systemUTC();

		private SecureRandom secureRandom;

		private Builder() {
		}

		/**
		 * The user pool id, e.g. {@code us-east-1_AbCdEf123}.
		 * @param userPoolId the id
		 * @return this builder
		 */
		public Builder userPoolId(String userPoolId) {
			this.userPoolId = userPoolId;
			return this;
		}

		/**
		 * The app client id.
		 * @param clientId the id
		 * @return this builder
		 */
		public Builder clientId(String clientId) {
			this.clientId = clientId;
			return this;
		}

		/**
		 * The app client secret, or {@code null} for a public client. When set, every
		 * request carries {@code SECRET_HASH}.
		 * @param clientSecret the secret
		 * @return this builder
		 */
		public Builder clientSecret(String clientSecret) {
			this.clientSecret = clientSecret;
			return this;
		}

		/**
		 * The auth flow.
		 * @param authFlow the flow
		 * @return this builder
		 */
		public Builder authFlow(UserPoolAuthFlow authFlow) {
			this.authFlow = authFlow;
			return this;
		}

		/**
		 * The clock that stamps SRP proofs.
		 * @param clock the clock
		 * @return this builder
		 */
		public Builder clock(Clock clock) {
			this.clock = clock;
			return this;
		}

		/**
		 * The source of SRP's ephemeral private values.
		 * @param secureRandom the random source
		 * @return this builder
		 */
		public Builder secureRandom(SecureRandom secureRandom) {
			this.secureRandom = secureRandom;
			return this;
		}

		/**
		 * Build the settings.
		 * @return the settings
		 * @throws IllegalArgumentException naming the invalid value
		 */
		public UserPoolAuthenticatorSettings build() {
			if (this.secureRandom == null) {
				this.secureRandom = new SecureRandom();
			}
			return new UserPoolAuthenticatorSettings(this);
		}

	}

}
