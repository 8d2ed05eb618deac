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
package io.github.cognitosession.account;

import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;

import org.springframework.util.Assert;

/**
 * Options of a sign-up: client metadata and validation data for the pre sign-up Lambda
 * trigger, and whether the user is signed in without the password once confirmed ("auto
 * sign-in", which needs an app client that allows {@code ALLOW_USER_AUTH}). Immutable;
 * {@code toString()} names keys, never values.
 *
 * @author Cognito Session contributors
 */
public final class SignUpOptions {

	private static final SignUpOptions DEFAULTS = builder().build();

	private final Map<String, String> clientMetadata;

	private final Map<String, String> validationData;

	private final boolean autoSignIn;

	private SignUpOptions(Builder builder) {
		this.clientMetadata = Collections.unmodifiableMap(new LinkedHashMap<>(builder.clientMetadata));
		this.validationData = Collections.unmodifiableMap(new LinkedHashMap<>(builder.validationData));
		this.autoSignIn = builder.autoSignIn;
	}

	/**
	 * No options: no metadata, no validation data, no auto sign-in.
	 * @return the options
	 */
	public static SignUpOptions defaults() {
		return DEFAULTS;
	}

	/**
	 * Start building options.
	 * @return a builder
	 */
	public static Builder builder() {
		return new Builder();
	}

	/**
	 * Client metadata for the Lambda triggers.
	 * @return the metadata, never {@code null}
	 */
	public Map<String, String> getClientMetadata() {
		return this.clientMetadata;
	}

	/**
	 * Validation data for the pre sign-up trigger (not stored with the user).
	 * @return the validation data, never {@code null}
	 */
	public Map<String, String> getValidationData() {
		return this.validationData;
	}

	/**
	 * Whether the user is signed in without the password once confirmed.
	 * @return whether auto sign-in is asked for
	 */
	public boolean isAutoSignIn() {
		return this.autoSignIn;
	}

	@Override
	public String toString() {
		return "SignUpOptions[clientMetadata=" + this.clientMetadata.keySet() + ", validationData="
				+ this.validationData.keySet() + ", autoSignIn=" + this.autoSignIn + "]";
	}

	/**
	 * Builder for {@link SignUpOptions}.
	 */
	public static final class Builder {

		private Map<String, String> clientMetadata = Map.of();

		private Map<String, String> validationData = Map.of();

		private boolean autoSignIn;

		private Builder() {
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
		 * Validation data for the pre sign-up trigger.
		 * @param validationData the validation data
		 * @return this builder
		 */
		public Builder validationData(Map<String, String> validationData) {
			Assert.notNull(validationData, "validationData cannot be null");
			this.validationData = validationData;
			return this;
		}

		/**
		 * Sign the user in without the password once the sign-up is confirmed (default
		 * {@code false}).
		 * @param autoSignIn whether to sign in automatically
		 * @return this builder
		 */
		public Builder autoSignIn(boolean autoSignIn) {
			this.autoSignIn = autoSignIn;
			return this;
		}

		/**
		 * Build the options.
		 * @return the options
		 */
		public SignUpOptions build() {
			return new SignUpOptions(this);
		}

	}

}
