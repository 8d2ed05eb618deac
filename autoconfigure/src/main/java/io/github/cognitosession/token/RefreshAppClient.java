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

import io.github.cognitosession.device.DeviceSecrets;
import io.github.cognitosession.device.DeviceSecretsStore;
import io.github.cognitosession.exception.CognitoSessionException;
import software.amazon.awssdk.services.cognitoidentityprovider.CognitoIdentityProviderClient;
import software.amazon.awssdk.services.cognitoidentityprovider.model.AuthenticationResultType;

import org.springframework.util.Assert;
import org.springframework.util.StringUtils;

/**
 * What the {@link TokenRefresher} implementations share: the app client they refresh as
 * (SDK client, client id, optional secret, checked once; the secret is never printed) and
 * the reading of Cognito's answer into {@link RefreshedTokens}.
 *
 * @author Cognito Session contributors
 */
final class RefreshAppClient {

	final CognitoIdentityProviderClient client;

	final String clientId;

	/**
	 * The app client's secret, {@code null} for a client without one.
	 */
	final String clientSecret;

	RefreshAppClient(CognitoIdentityProviderClient client, String clientId, String clientSecret) {
		Assert.notNull(client, "client cannot be null");
		Assert.hasText(clientId, "clientId cannot be empty");
		this.client = client;
		this.clientId = clientId;
		this.clientSecret = StringUtils.hasText(clientSecret) ? clientSecret : null;
	}

	/**
	 * Read the tokens of a successful refresh.
	 * @param result the authentication result Cognito returned
	 * @param refreshToken the refresh token the refresh was made with
	 * @param operation the refresh operation, for the error message
	 * @return the tokens, with the new refresh token when Cognito rotated it
	 * @throws CognitoSessionException if Cognito returned no ID or access token
	 */
	/**
	 * The key of the user's remembered device, or {@code null} when there is none.
	 */
	static String deviceKey(DeviceSecretsStore devices, String username) {
		if (devices == null || username == null || username.isBlank()) {
			return null;
		}
		return devices.load(username).map(DeviceSecrets::getDeviceKey).orElse(null);
	}

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
		return "clientId=" + this.clientId + ", secret=" + ((this.clientSecret != null) ? "[PROTECTED]" : "none");
	}

}
