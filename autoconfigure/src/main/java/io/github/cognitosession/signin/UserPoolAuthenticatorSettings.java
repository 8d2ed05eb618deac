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

import io.github.cognitosession.userpool.UserPoolClient;

import java.security.SecureRandom;
import java.time.Clock;
import java.util.Objects;

/**
 * What {@link CognitoUserPoolAuthenticator} needs to know about the user pool and its app
 * client. Immutable; {@code toString()} never prints the client secret.
 *
 * @author Cognito Session contributors
 */
public final class UserPoolAuthenticatorSettings {

	private final UserPoolClient userPool;

	private final UserPoolAuthFlow authFlow;

	private final Clock clock;

	private final SecureRandom secureRandom;

	private UserPoolAuthenticatorSettings(Builder builder) {
		this.userPool = Objects.requireNonNull(builder.userPool, "userPool cannot be null");
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
	 * The user pool and app client.
	 * @return the user pool client
	 */
	public UserPoolClient getUserPool() {
		return this.userPool;
	}

	/**
	 * The user pool id.
	 * @return the pool id
	 */
	public String getUserPoolId() {
		return this.userPool.getUserPoolId();
	}

	/**
	 * The pool name SRP hashes: the part of the pool id after {@code _}.
	 * @return the pool name
	 */
	public String getPoolName() {
		return this.userPool.getPoolName();
	}

	/**
	 * The app client id.
	 * @return the client id
	 */
	public String getClientId() {
		return this.userPool.getClientId();
	}

	/**
	 * Whether the app client has a secret, so that requests carry {@code SECRET_HASH}.
	 * The secret itself is not exposed.
	 * @return whether a secret is set
	 */
	public boolean hasClientSecret() {
		return this.userPool.hasClientSecret();
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
		return "UserPoolAuthenticatorSettings[userPoolId=" + getUserPoolId() + ", clientId=" + getClientId()
				+ ", clientSecret=" + (hasClientSecret() ? "PROTECTED" : "none") + ", authFlow=" + this.authFlow + "]";
	}

	/**
	 * Builder for {@link UserPoolAuthenticatorSettings}.
	 */
	public static final class Builder {

		private UserPoolClient userPool;

		private UserPoolAuthFlow authFlow = UserPoolAuthFlow.USER_SRP_AUTH;

		private Clock clock = Clock.systemUTC();

		private SecureRandom secureRandom;

		private Builder() {
		}

		/**
		 * The user pool and app client; replaces {@link #userPoolId}, {@link #clientId}
		 * and {@link #clientSecret}.
		 * @param userPool the user pool client
		 * @return this builder
		 */
		public Builder userPool(UserPoolClient userPool) {
			this.userPool = userPool;
			return this;
		}

		/**
		 * The flow that signs users in (default {@link UserPoolAuthFlow#USER_SRP_AUTH}).
		 * @param authFlow the flow
		 * @return this builder
		 */
		public Builder authFlow(UserPoolAuthFlow authFlow) {
			this.authFlow = authFlow;
			return this;
		}

		/**
		 * The clock SRP timestamps are taken from (default the UTC system clock).
		 * @param clock the clock
		 * @return this builder
		 */
		public Builder clock(Clock clock) {
			this.clock = clock;
			return this;
		}

		/**
		 * The source of SRP private values (default a new {@link SecureRandom}).
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
		 */
		public UserPoolAuthenticatorSettings build() {
			if (this.secureRandom == null) {
				this.secureRandom = new SecureRandom();
			}
			return new UserPoolAuthenticatorSettings(this);
		}

	}

}
