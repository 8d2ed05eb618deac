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
package io.github.cognitosession.state;

import io.github.cognitosession.userpool.CognitoIds;

import org.springframework.util.Assert;

/**
 * The login of a federated sign-in as the session keeps it. {@link #toString()} never
 * prints the token.
 *
 * @param providerKey the logins key, e.g. {@code accounts.google.com}
 * @param token the provider's token
 * @param customRoleArn the role asked for at sign-in, or {@code null} (not persisted)
 * @author Cognito Session contributors
 */
public record FederatedLogin(String providerKey, String token, String customRoleArn) {

	public FederatedLogin {
		Assert.hasText(providerKey, "providerKey cannot be empty");
		Assert.hasText(token, "token cannot be empty");
	}

	/**
	 * Whether this is a developer-authenticated identity, whose token is only valid with
	 * its own identity id.
	 * @return whether the provider is {@code cognito-identity.amazonaws.com}
	 */
	public boolean isDeveloperAuthenticated() {
		return CognitoIds.DEVELOPER_PROVIDER_KEY.equals(this.providerKey);
	}

	@Override
	public String toString() {
		return "FederatedLogin[providerKey=" + this.providerKey + ", token=[PROTECTED]]";
	}

}
