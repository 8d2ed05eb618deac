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
package io.github.cognitosession.device;

import java.util.List;
import java.util.function.Supplier;

import io.github.cognitosession.exception.CognitoSessionException;
import io.github.cognitosession.token.CognitoTokens;

import org.springframework.util.Assert;

/**
 * The default {@link DeviceOperations}: {@link CognitoDeviceClient} calls authorised by
 * the current user's access token, for the device whose secrets
 * {@link DeviceSecretsStore} keeps for that user.
 *
 * @author Cognito Session contributors
 */
public final class DefaultDeviceOperations implements DeviceOperations {

	private static final String RESOURCE_NOT_FOUND = "ResourceNotFoundException";

	private final CognitoDeviceClient client;

	private final DeviceSecretsStore secrets;

	private final Supplier<CognitoTokens> tokens;

	/**
	 * Create an instance.
	 * @param client the device client
	 * @param secrets this device's secrets per user
	 * @param tokens the current user's fresh tokens (fails when nobody is signed in)
	 */
	public DefaultDeviceOperations(CognitoDeviceClient client, DeviceSecretsStore secrets,
			Supplier<CognitoTokens> tokens) {
		Assert.notNull(client, "client cannot be null");
		Assert.notNull(secrets, "secrets cannot be null");
		Assert.notNull(tokens, "tokens cannot be null");
		this.client = client;
		this.secrets = secrets;
		this.tokens = tokens;
	}

	@Override
	public void rememberDevice() {
		CognitoTokens current = this.tokens.get();
		DeviceSecrets device = trackedDevice(current.getUsername());
		this.client.updateStatus(current.getAccessToken().getTokenValue(), device.getDeviceKey(), true);
	}

	@Override
	public void forgetDevice() {
		CognitoTokens current = this.tokens.get();
		DeviceSecrets device = trackedDevice(current.getUsername());
		try {
			this.client.forget(current.getAccessToken().getTokenValue(), device.getDeviceKey());
		}
		catch (CognitoSessionException ex) {
			// Already gone from Cognito: dropping the local secrets is all that is left.
			if (!RESOURCE_NOT_FOUND.equals(ex.getErrorCode())) {
				throw ex;
			}
		}
		this.secrets.remove(current.getUsername());
	}

	@Override
	public List<Device> listDevices() {
		return this.client.list(this.tokens.get().getAccessToken().getTokenValue());
	}

	private DeviceSecrets trackedDevice(String username) {
		return this.secrets.load(username)
			.orElseThrow(() -> new CognitoSessionException(DEVICE_NOT_TRACKED,
					"This device has no device key for the signed-in user: the user pool does not track devices, "
							+ "or the device was forgotten (the next sign-in gets a new one)"));
	}

	@Override
	public String toString() {
		return "DefaultDeviceOperations[" + this.client + "]";
	}

}
