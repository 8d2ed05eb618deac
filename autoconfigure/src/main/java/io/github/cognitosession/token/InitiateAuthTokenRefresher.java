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

import io.github.cognitosession.device.DeviceSecretsStore;
import io.github.cognitosession.signin.SecretHash;
import software.amazon.awssdk.services.cognitoidentityprovider.CognitoIdentityProviderClient;
import software.amazon.awssdk.services.cognitoidentityprovider.model.AuthFlowType;
import software.amazon.awssdk.services.cognitoidentityprovider.model.InitiateAuthResponse;

import org.springframework.util.Assert;

/**
 * Refreshes with {@code InitiateAuth REFRESH_TOKEN_AUTH}, for app clients without
 * refresh-token rotation. Cognito returns no new refresh token, so the old one is kept.
 * <p>
 * For clients with a secret, {@code SECRET_HASH} is computed over the user's
 * {@code cognito:username}: the name the pool itself stores (the {@code sub} in pools
 * that sign users in by e-mail or phone), not the alias typed at sign-in, which Cognito
 * rejects for this flow.
 *
 * @author Cognito Session contributors
 */
public final class InitiateAuthTokenRefresher implements TokenRefresher {

	private final RefreshAppClient appClient;

	private volatile DeviceSecretsStore devices;

	/**
	 * Create an instance.
	 * @param client the Cognito user-pool client
	 * @param clientId the app client id
	 * @param clientSecret the app client secret, or {@code null} for a public client
	 */
	public InitiateAuthTokenRefresher(CognitoIdentityProviderClient client, String clientId, String clientSecret) {
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
		Map<String, String> parameters = new HashMap<>();
		parameters.put("REFRESH_TOKEN", refreshToken);
		if (this.appClient.clientSecret != null) {
			Assert.hasText(username, "username is required to compute SECRET_HASH");
			parameters.put("SECRET_HASH",
					SecretHash.calculate(username, this.appClient.clientId, this.appClient.clientSecret));
		}
		String deviceKey = RefreshAppClient.deviceKey(this.devices, username);
		if (deviceKey != null) {
			parameters.put("DEVICE_KEY", deviceKey);
		}
		InitiateAuthResponse response = this.appClient.client
			.initiateAuth((request) -> request.authFlow(AuthFlowType.REFRESH_TOKEN_AUTH)
				.clientId(this.appClient.clientId)
				.authParameters(parameters));
		return RefreshAppClient.refreshedTokens(response.authenticationResult(), refreshToken, "REFRESH_TOKEN_AUTH");
	}

	@Override
	public String toString() {
		return "InitiateAuthTokenRefresher[" + this.appClient + "]";
	}

}
