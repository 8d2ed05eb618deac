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

import java.util.Objects;

import org.springframework.util.Assert;

/**
 * Options of a federated sign-in (AWSMobileClient's {@code FederatedSignInOptions}): the
 * identity id to use (required for developer-authenticated identities, whose token
 * belongs to an identity the application's back end created) and the IAM role to ask for
 * instead of the identity pool's default one. Immutable.
 *
 * @author Cognito Session contributors
 */
public final class FederatedSignInOptions {

	private static final FederatedSignInOptions NONE = new FederatedSignInOptions(null, null);

	private final String identityId;

	private final String customRoleArn;

	private FederatedSignInOptions(String identityId, String customRoleArn) {
		this.identityId = identityId;
		this.customRoleArn = customRoleArn;
	}

	/**
	 * No options: the identity id is fetched with {@code GetId} and the pool's role (or
	 * {@code cognito.identity-pool.custom-role-arn}) is used.
	 * @return the empty options
	 */
	public static FederatedSignInOptions none() {
		return NONE;
	}

	/**
	 * Return a new builder.
	 * @return the builder
	 */
	public static Builder builder() {
		return new Builder();
	}

	/**
	 * The identity id to use, or {@code null}.
	 * @return the identity id
	 */
	public String getIdentityId() {
		return this.identityId;
	}

	/**
	 * The IAM role ARN to ask for, or {@code null}.
	 * @return the role ARN
	 */
	public String getCustomRoleArn() {
		return this.customRoleArn;
	}

	@Override
	public boolean equals(Object other) {
		return this == other
				|| (other instanceof FederatedSignInOptions that && Objects.equals(this.identityId, that.identityId)
						&& Objects.equals(this.customRoleArn, that.customRoleArn));
	}

	@Override
	public int hashCode() {
		return Objects.hash(this.identityId, this.customRoleArn);
	}

	@Override
	public String toString() {
		return "FederatedSignInOptions[identityId=" + this.identityId + ", customRoleArn=" + this.customRoleArn + "]";
	}

	/**
	 * Builder for {@link FederatedSignInOptions}.
	 */
	public static final class Builder {

		private String identityId;

		private String customRoleArn;

		private Builder() {
		}

		/**
		 * The identity id, e.g. the one {@code GetOpenIdTokenForDeveloperIdentity}
		 * returned with a developer-authenticated token.
		 * @param identityId the identity id
		 * @return this builder
		 */
		public Builder identityId(String identityId) {
			Assert.hasText(identityId, "identityId cannot be empty");
			this.identityId = identityId;
			return this;
		}

		/**
		 * The IAM role to ask for instead of the pool's default one.
		 * @param customRoleArn the role ARN
		 * @return this builder
		 */
		public Builder customRoleArn(String customRoleArn) {
			Assert.hasText(customRoleArn, "customRoleArn cannot be empty");
			this.customRoleArn = customRoleArn;
			return this;
		}

		/**
		 * Build the options.
		 * @return the options
		 */
		public FederatedSignInOptions build() {
			return new FederatedSignInOptions(this.identityId, this.customRoleArn);
		}

	}

}
