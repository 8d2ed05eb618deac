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

import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;

import org.springframework.util.Assert;

/**
 * Options of one sign-in: the auth flow (instead of the configured one), the preferred
 * first factor of choice-based sign-in, and client metadata for the user pool's Lambda
 * triggers. Immutable; {@code toString()} names the metadata keys, never their values.
 *
 * @author Cognito Session contributors
 */
public final class SignInOptions {

	private static final SignInOptions DEFAULTS = builder().build();

	private final UserPoolAuthFlow authFlow;

	private final AuthFactor preferredChallenge;

	private final Map<String, String> clientMetadata;

	private SignInOptions(Builder builder) {
		this.authFlow = builder.authFlow;
		this.preferredChallenge = builder.preferredChallenge;
		this.clientMetadata = Collections.unmodifiableMap(new LinkedHashMap<>(builder.clientMetadata));
	}

	/**
	 * No options: the configured flow, no preference, no client metadata.
	 * @return the options
	 */
	public static SignInOptions defaults() {
		return DEFAULTS;
	}

	/**
	 * Choice-based sign-in ({@code USER_AUTH}) with a preferred first factor.
	 * @param preferredChallenge the factor to try first
	 * @return the options
	 */
	public static SignInOptions preferring(AuthFactor preferredChallenge) {
		return builder().preferredChallenge(preferredChallenge).build();
	}

	/**
	 * Start building options.
	 * @return a builder
	 */
	public static Builder builder() {
		return new Builder();
	}

	/**
	 * The auth flow of this sign-in: the one set, else {@code USER_AUTH} when a preferred
	 * first factor is set, else {@code null} (the configured flow).
	 * @return the flow, or {@code null}
	 */
	public UserPoolAuthFlow getAuthFlow() {
		if (this.authFlow == null && this.preferredChallenge != null) {
			return UserPoolAuthFlow.USER_AUTH;
		}
		return this.authFlow;
	}

	/**
	 * The first factor to try in choice-based sign-in.
	 * @return the factor, or {@code null} to let Cognito offer the available ones
	 */
	public AuthFactor getPreferredChallenge() {
		return this.preferredChallenge;
	}

	/**
	 * Client metadata passed to the Lambda triggers of this sign-in.
	 * @return the metadata, never {@code null}
	 */
	public Map<String, String> getClientMetadata() {
		return this.clientMetadata;
	}

	/**
	 * Whether these are the {@link #defaults()}.
	 * @return whether nothing is set
	 */
	public boolean isDefault() {
		return this.authFlow == null && this.preferredChallenge == null && this.clientMetadata.isEmpty();
	}

	@Override
	public String toString() {
		return "SignInOptions[authFlow=" + getAuthFlow() + ", preferredChallenge=" + this.preferredChallenge
				+ ", clientMetadata=" + this.clientMetadata.keySet() + "]";
	}

	/**
	 * Builder for {@link SignInOptions}.
	 */
	public static final class Builder {

		private UserPoolAuthFlow authFlow;

		private AuthFactor preferredChallenge;

		private Map<String, String> clientMetadata = Map.of();

		private Builder() {
		}

		/**
		 * The auth flow of this sign-in instead of {@code cognito.user-pool.auth-flow}.
		 * @param authFlow the flow
		 * @return this builder
		 */
		public Builder authFlow(UserPoolAuthFlow authFlow) {
			this.authFlow = authFlow;
			return this;
		}

		/**
		 * The first factor to try ({@code PREFERRED_CHALLENGE}); implies
		 * {@code USER_AUTH}. Cognito answers {@code SELECT_CHALLENGE} when the user
		 * cannot use it.
		 * @param preferredChallenge the factor
		 * @return this builder
		 */
		public Builder preferredChallenge(AuthFactor preferredChallenge) {
			this.preferredChallenge = preferredChallenge;
			return this;
		}

		/**
		 * Client metadata for the Lambda triggers.
		 * @param clientMetadata the metadata
		 * @return this builder
		 */
		public Builder clientMetadata(Map<String, String> clientMetadata) {
			Assert.notNull(clientMetadata, "clientMetadata cannot be null");
			this.clientMetadata = clientMetadata;
			return this;
		}

		/**
		 * Build the options.
		 * @return the options
		 * @throws IllegalArgumentException when a preferred first factor is set with a
		 * flow other than {@code USER_AUTH}
		 */
		public SignInOptions build() {
			Assert.isTrue(
					this.preferredChallenge == null || this.authFlow == null
							|| this.authFlow == UserPoolAuthFlow.USER_AUTH,
					() -> "A preferred first factor needs the USER_AUTH flow, not " + this.authFlow);
			return new SignInOptions(this);
		}

	}

}
