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

import software.amazon.awssdk.services.cognitoidentityprovider.CognitoIdentityProviderClient;

import io.github.cognitosession.userpool.UserPoolClient;

/**
 * Exchanges a refresh token for new tokens.
 *
 * @author Cognito Session contributors
 * @see CognitoTokenRefresher
 */
@FunctionalInterface
public interface TokenRefresher {

	/**
	 * Refresh the tokens.
	 * @param username the user's {@code cognito:username} (used for {@code SECRET_HASH})
	 * @param refreshToken the current refresh token
	 * @param deviceKey the key of the user's remembered device, sent as Cognito expects
	 * for sign-ins from a tracked device, or {@code null}
	 * @return the new tokens, not verified yet
	 */
	RefreshedTokens refresh(String username, String refreshToken, String deviceKey);

	/**
	 * Create the refresher that fits an app client's refresh-token rotation setting.
	 * @param client the Cognito client (anonymous credentials)
	 * @param userPool the user pool and app client
	 * @param rotation the app client's rotation setting
	 * @return the refresher
	 */
	static TokenRefresher create(CognitoIdentityProviderClient client, UserPoolClient userPool,
			RefreshTokenRotation rotation) {
		CognitoTokenRefresher initiateAuth = CognitoTokenRefresher.initiateAuth(client, userPool);
		CognitoTokenRefresher getTokens = CognitoTokenRefresher.getTokensFromRefreshToken(client, userPool);
		return switch (rotation) {
			case DISABLED -> initiateAuth;
			case ENABLED -> getTokens;
			case AUTO -> new FallbackTokenRefresher(getTokens, initiateAuth);
		};
	}

}
