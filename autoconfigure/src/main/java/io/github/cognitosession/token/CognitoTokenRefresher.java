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

import java.util.HashMap;
import java.util.Map;

import software.amazon.awssdk.services.cognitoidentityprovider.CognitoIdentityProviderClient;
import software.amazon.awssdk.services.cognitoidentityprovider.model.AuthFlowType;
import software.amazon.awssdk.services.cognitoidentityprovider.model.AuthenticationResultType;

import io.github.cognitosession.exception.CognitoSessionException;
import io.github.cognitosession.userpool.UserPoolClient;

import org.springframework.util.Assert;

/**
 * Refreshes tokens with one of Cognito's two refresh operations:
 * {@code GetTokensFromRefreshToken}, which works with and without refresh-token rotation
 * (and returns the new refresh token when the app client rotates them), or
 * {@code InitiateAuth REFRESH_TOKEN_AUTH}, which never rotates. Both send the app
 * client's secret (as {@code SECRET_HASH} or as such) and the remembered device's key.
 *
 * @author Cognito Session contributors
 */
public final class CognitoTokenRefresher implements TokenRefresher {

	private final CognitoIdentityProviderClient client;

	private final UserPoolClient userPool;

	private final Operation operation;

	private CognitoTokenRefresher(CognitoIdentityProviderClient client, UserPoolClient userPool, Operation operation) {
		Assert.notNull(client, "client cannot be null");
		Assert.notNull(userPool, "userPool cannot be null");
		this.client = client;
		this.userPool = userPool;
		this.operation = operation;
	}

	/**
	 * A refresher using {@code InitiateAuth REFRESH_TOKEN_AUTH} (no rotation).
	 * @param client the Cognito user-pool client
	 * @param userPool the user pool and app client
	 * @return the refresher
	 */
	public static CognitoTokenRefresher initiateAuth(CognitoIdentityProviderClient client, UserPoolClient userPool) {
		return new CognitoTokenRefresher(client, userPool, Operation.REFRESH_TOKEN_AUTH);
	}

	/**
	 * A refresher using {@code GetTokensFromRefreshToken} (with or without rotation).
	 * @param client the Cognito user-pool client
	 * @param userPool the user pool and app client
	 * @return the refresher
	 */
	public static CognitoTokenRefresher getTokensFromRefreshToken(CognitoIdentityProviderClient client,
			UserPoolClient userPool) {
		return new CognitoTokenRefresher(client, userPool, Operation.GET_TOKENS_FROM_REFRESH_TOKEN);
	}

	@Override
	public RefreshedTokens refresh(String username, String refreshToken, String deviceKey) {
		Assert.hasText(refreshToken, "refreshToken cannot be empty");
		AuthenticationResultType result = switch (this.operation) {
			case REFRESH_TOKEN_AUTH -> initiateAuth(username, refreshToken, deviceKey);
			case GET_TOKENS_FROM_REFRESH_TOKEN -> getTokensFromRefreshToken(refreshToken, deviceKey);
		};
		return refreshedTokens(result, refreshToken, this.operation.operationName);
	}

	private AuthenticationResultType initiateAuth(String username, String refreshToken, String deviceKey) {
		Map<String, String> parameters = new HashMap<>();
		parameters.put("REFRESH_TOKEN", refreshToken);
		if (this.userPool.hasClientSecret()) {
			Assert.hasText(username, "username is required to compute SECRET_HASH");
			parameters.put("SECRET_HASH", this.userPool.secretHash(username));
		}
		if (deviceKey != null) {
			parameters.put("DEVICE_KEY", deviceKey);
		}
		return this.client
			.initiateAuth((request) -> request.authFlow(AuthFlowType.REFRESH_TOKEN_AUTH)
				.clientId(this.userPool.getClientId())
				.authParameters(parameters))
			.authenticationResult();
	}

	private AuthenticationResultType getTokensFromRefreshToken(String refreshToken, String deviceKey) {
		return this.client
			.getTokensFromRefreshToken((request) -> request.clientId(this.userPool.getClientId())
				.clientSecret(this.userPool.getClientSecret())
				.refreshToken(refreshToken)
				.deviceKey(deviceKey))
			.authenticationResult();
	}

	/**
	 * Read the tokens of a successful refresh.
	 * @param result the authentication result Cognito returned
	 * @param refreshToken the refresh token the refresh was made with
	 * @param operation the refresh operation, for the error message
	 * @return the tokens, with the new refresh token when Cognito rotated it
	 * @throws CognitoSessionException if Cognito returned no ID or access token
	 */
	static RefreshedTokens refreshedTokens(AuthenticationResultType result, String refreshToken, String operation) {
		if (result == null || result.idToken() == null || result.accessToken() == null) {
			throw new CognitoSessionException("InvalidResponse", "Cognito returned no tokens for " + operation);
		}
		String newRefreshToken = result.refreshToken();
		boolean rotated = newRefreshToken != null && !newRefreshToken.equals(refreshToken);
		return new RefreshedTokens(result.idToken(), result.accessToken(), rotated ? newRefreshToken : refreshToken,
				rotated);
	}

	@Override
	public String toString() {
		return "CognitoTokenRefresher[" + this.operation.operationName + ", clientId=" + this.userPool.getClientId()
				+ ", secret=" + (this.userPool.hasClientSecret() ? "[PROTECTED]" : "none") + "]";
	}

	private enum Operation {

		REFRESH_TOKEN_AUTH("REFRESH_TOKEN_AUTH"),

		GET_TOKENS_FROM_REFRESH_TOKEN("GetTokensFromRefreshToken");

		final String operationName;

		Operation(String operationName) {
			this.operationName = operationName;
		}

	}

}
