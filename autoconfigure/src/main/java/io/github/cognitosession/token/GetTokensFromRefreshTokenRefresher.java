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
import software.amazon.awssdk.services.cognitoidentityprovider.model.GetTokensFromRefreshTokenResponse;

import org.springframework.util.Assert;

/**
 * Refreshes with {@code GetTokensFromRefreshToken}, required for app clients with
 * refresh-token rotation. The new refresh token it returns replaces the old one, which
 * Cognito invalidates after the client's grace period.
 *
 * @author Cognito Session contributors
 */
public final class GetTokensFromRefreshTokenRefresher implements TokenRefresher {

	private final RefreshAppClient appClient;

	private volatile DeviceSecretsStore devices;

	/**
	 * Create an instance.
	 * @param client the Cognito user-pool client
	 * @param clientId the app client id
	 * @param clientSecret the app client secret, or {@code null} for a public client
	 */
	public GetTokensFromRefreshTokenRefresher(CognitoIdentityProviderClient client, String clientId,
			String clientSecret) {
		this.appClient = new RefreshAppClient(client, clientId, clientSecret);
	}

	/**
	 * Send the {@code DEVICE_KEY} of the user's remembered device with each refresh, as
	 * Cognito expects for sign-ins that came from a tracked device.
	 * @param devices the device secrets, or {@code null} to send no device key
	 */
	public void setDeviceSecretsStore(DeviceSecretsStore devices) {
		this.devices = devices;
	}

	@Override
	public RefreshedTokens refresh(String username, String refreshToken) {
		Assert.hasText(refreshToken, "refreshToken cannot be empty");
		GetTokensFromRefreshTokenResponse response = this.appClient.client
			.getTokensFromRefreshToken((request) -> request.clientId(this.appClient.clientId)
				.clientSecret(this.appClient.clientSecret)
				.refreshToken(refreshToken)
				.deviceKey(RefreshAppClient.deviceKey(this.devices, username)));
		return RefreshAppClient.refreshedTokens(response.authenticationResult(), refreshToken,
				"GetTokensFromRefreshToken");
	}

	@Override
	public String toString() {
		return "GetTokensFromRefreshTokenRefresher[" + this.appClient + "]";
	}

}
