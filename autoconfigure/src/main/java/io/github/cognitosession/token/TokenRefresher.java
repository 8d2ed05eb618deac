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

import io.github.cognitosession.device.DeviceSecretsStore;
import software.amazon.awssdk.services.cognitoidentityprovider.CognitoIdentityProviderClient;

/**
 * Exchanges a refresh token for new user-pool tokens. Implementations call Cognito once
 * per invocation and throw the SDK's exceptions unchanged, so that the caller can tell a
 * rejected refresh token from a network error ({@link RefreshFailureClassifier}).
 *
 * @author Cognito Session contributors
 */
@FunctionalInterface
public interface TokenRefresher {

	/**
	 * Refresh the tokens.
	 * @param username the user's {@code cognito:username} (used for {@code SECRET_HASH})
	 * @param refreshToken the current refresh token
	 * @return the new tokens, not verified yet
	 */
	RefreshedTokens refresh(String username, String refreshToken);

	/**
	 * Create the refresher that fits an app client's refresh-token rotation setting.
	 * @param client the Cognito client (anonymous credentials)
	 * @param clientId the app client id
	 * @param clientSecret the app client secret, or {@code null}
	 * @param rotation the app client's rotation setting
	 * @return the refresher
	 */
	static TokenRefresher create(CognitoIdentityProviderClient client, String clientId, String clientSecret,
			RefreshTokenRotation rotation) {
		return create(client, clientId, clientSecret, rotation, null);
	}

	/**
	 * Create the refresher that fits an app client's refresh-token rotation setting and
	 * sends the device key of the user's remembered device.
	 * @param client the Cognito client (anonymous credentials)
	 * @param clientId the app client id
	 * @param clientSecret the app client secret, or {@code null}
	 * @param rotation the app client's rotation setting
	 * @param devices the device secrets, or {@code null} to send no device key
	 * @return the refresher
	 */
	static TokenRefresher create(CognitoIdentityProviderClient client, String clientId, String clientSecret,
			RefreshTokenRotation rotation, DeviceSecretsStore devices) {
		InitiateAuthTokenRefresher initiateAuth = new InitiateAuthTokenRefresher(client, clientId, clientSecret);
		initiateAuth.setDeviceSecretsStore(devices);
		GetTokensFromRefreshTokenRefresher getTokens = new GetTokensFromRefreshTokenRefresher(client, clientId,
				clientSecret);
		getTokens.setDeviceSecretsStore(devices);
		return switch (rotation) {
			case DISABLED -> initiateAuth;
			case ENABLED -> getTokens;
			case AUTO -> new FallbackTokenRefresher(getTokens, initiateAuth);
		};
	}

}
