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
package io.github.cognitosession.token;

import io.github.cognitosession.exception.CognitoSessionException;
import software.amazon.awssdk.services.cognitoidentityprovider.CognitoIdentityProviderClient;
import software.amazon.awssdk.services.cognitoidentityprovider.model.AuthenticationResultType;
import software.amazon.awssdk.services.cognitoidentityprovider.model.GetTokensFromRefreshTokenResponse;

import org.springframework.util.Assert;
import org.springframework.util.StringUtils;

/**
 * Refreshes with {@code GetTokensFromRefreshToken}, required for app clients with
 * refresh-token rotation. The new refresh token it returns replaces the old one, which
 * Cognito invalidates after the client's grace period.
 *
 * @author Cognito Session contributors
 */
public final class GetTokensFromRefreshTokenRefresher implements TokenRefresher {

	private final CognitoIdentityProviderClient client;

	private final String clientId;

	private final String clientSecret;

	public GetTokensFromRefreshTokenRefresher(CognitoIdentityProviderClient client, String clientId,
			String clientSecret) {
		Assert.notNull(client, "client cannot be null");
		Assert.hasText(clientId, "clientId cannot be empty");
		this.client = client;
		this.clientId = clientId;
		this.clientSecret = StringUtils.hasText(clientSecret) ? clientSecret : null;
	}

	@Override
	public RefreshedTokens refresh(String username, String refreshToken) {
		Assert.hasText(refreshToken, "refreshToken cannot be empty");
		GetTokensFromRefreshTokenResponse response = this.client.getTokensFromRefreshToken((
				request) -> request.clientId(this.clientId).clientSecret(this.clientSecret).refreshToken(refreshToken));
		AuthenticationResultType result = response.authenticationResult();
		if (result == null || result.idToken() == null || result.accessToken() == null) {
			throw new CognitoSessionException("InvalidResponse",
					"Cognito returned no tokens for GetTokensFromRefreshToken");
		}
		String newRefreshToken = result.refreshToken();
		boolean rotated = newRefreshToken != null && !newRefreshToken.equals(refreshToken);
		return new RefreshedTokens(result.idToken(), result.accessToken(), rotated ? newRefreshToken : refreshToken,
				rotated);
	}

	@Override
	public String toString() {
		return "GetTokensFromRefreshTokenRefresher[clientId=" + this.clientId + ", secret="
				+ ((this.clientSecret != null) ? "[PROTECTED]" : "none") + "]";
	}

}
