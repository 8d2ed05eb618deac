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

import java.security.SecureRandom;
import java.util.ArrayList;
import java.util.Base64;
import java.util.List;
import java.util.function.Supplier;

import io.github.cognitosession.exception.CognitoErrorTranslator;
import io.github.cognitosession.signin.srp.DeviceVerifier;
import software.amazon.awssdk.core.exception.SdkException;
import software.amazon.awssdk.services.cognitoidentityprovider.CognitoIdentityProviderClient;
import software.amazon.awssdk.services.cognitoidentityprovider.model.AttributeType;
import software.amazon.awssdk.services.cognitoidentityprovider.model.ConfirmDeviceResponse;
import software.amazon.awssdk.services.cognitoidentityprovider.model.DeviceRememberedStatusType;
import software.amazon.awssdk.services.cognitoidentityprovider.model.DeviceType;
import software.amazon.awssdk.services.cognitoidentityprovider.model.ListDevicesResponse;

import org.springframework.util.Assert;
import org.springframework.util.StringUtils;

/**
 * Cognito's device operations on the AWS SDK's {@link CognitoIdentityProviderClient}:
 * ConfirmDevice (with a fresh random device password whose SRP verifier Cognito keeps),
 * UpdateDeviceStatus, ListDevices and ForgetDevice, each authorized by the user's access
 * token and never signed with AWS credentials. Service errors are thrown as
 * {@code CognitoSessionException}s. Thread-safe.
 *
 * @author Cognito Session contributors
 */
public final class CognitoDeviceClient {

	private static final int DEVICE_PASSWORD_BYTES = 40;

	private static final String REMEMBERED = "remembered";

	private final CognitoIdentityProviderClient client;

	private final SecureRandom random;

	/**
	 * Create an instance.
	 * @param client the Cognito user-pool client
	 * @param random the source of device passwords and salts
	 */
	public CognitoDeviceClient(CognitoIdentityProviderClient client, SecureRandom random) {
		Assert.notNull(client, "client cannot be null");
		Assert.notNull(random, "random cannot be null");
		this.client = client;
		this.random = random;
	}

	/**
	 * Confirm a device Cognito announced with {@code NewDeviceMetadata}.
	 * @param accessToken the access token of the sign-in that announced the device
	 * @param deviceKey the {@code DeviceKey}
	 * @param deviceGroupKey the {@code DeviceGroupKey}
	 * @param deviceName the name to show in device lists, or {@code null}
	 * @return the confirmed device's secrets, and whether the user must still choose to
	 * remember it
	 */
	public ConfirmedDevice confirm(String accessToken, String deviceKey, String deviceGroupKey, String deviceName) {
		Assert.hasText(accessToken, "accessToken cannot be empty");
		byte[] password = new byte[DEVICE_PASSWORD_BYTES];
		this.random.nextBytes(password);
		DeviceSecrets secrets = new DeviceSecrets(deviceKey, deviceGroupKey,
				Base64.getEncoder().encodeToString(password));
		DeviceVerifier verifier = DeviceVerifier.create(this.random, deviceGroupKey, deviceKey,
				secrets.getDevicePassword());
		ConfirmDeviceResponse response = call(
				() -> this.client.confirmDevice((request) -> request.accessToken(accessToken)
					.deviceKey(deviceKey)
					.deviceName(deviceName)
					.deviceSecretVerifierConfig(
							(config) -> config.salt(verifier.salt()).passwordVerifier(verifier.passwordVerifier()))),
				"device confirmation");
		return new ConfirmedDevice(secrets, Boolean.TRUE.equals(response.userConfirmationNecessary()));
	}

	/**
	 * Remember a device, so that it skips MFA, or stop remembering it.
	 * @param accessToken the user's access token
	 * @param deviceKey the device key
	 * @param remembered whether to remember it
	 */
	public void updateStatus(String accessToken, String deviceKey, boolean remembered) {
		Assert.hasText(accessToken, "accessToken cannot be empty");
		Assert.hasText(deviceKey, "deviceKey cannot be empty");
		call(() -> this.client.updateDeviceStatus((request) -> request.accessToken(accessToken)
			.deviceKey(deviceKey)
			.deviceRememberedStatus(
					remembered ? DeviceRememberedStatusType.REMEMBERED : DeviceRememberedStatusType.NOT_REMEMBERED)),
				"device status update");
	}

	/**
	 * The user's devices, all pages.
	 * @param accessToken the user's access token
	 * @return the devices
	 */
	public List<Device> list(String accessToken) {
		Assert.hasText(accessToken, "accessToken cannot be empty");
		List<Device> devices = new ArrayList<>();
		String page = null;
		do {
			String token = page;
			ListDevicesResponse response = call(
					() -> this.client.listDevices((request) -> request.accessToken(accessToken).paginationToken(token)),
					"device listing");
			response.devices().forEach((device) -> devices.add(device(device)));
			page = response.paginationToken();
		}
		while (StringUtils.hasText(page));
		return List.copyOf(devices);
	}

	/**
	 * Forget a device: Cognito no longer knows it and it must sign in with MFA again.
	 * @param accessToken the user's access token
	 * @param deviceKey the device key
	 */
	public void forget(String accessToken, String deviceKey) {
		Assert.hasText(accessToken, "accessToken cannot be empty");
		Assert.hasText(deviceKey, "deviceKey cannot be empty");
		call(() -> this.client.forgetDevice((request) -> request.accessToken(accessToken).deviceKey(deviceKey)),
				"device removal");
	}

	private static Device device(DeviceType device) {
		String name = null;
		boolean remembered = false;
		for (AttributeType attribute : device.deviceAttributes()) {
			if ("device_name".equals(attribute.name())) {
				name = attribute.value();
			}
			else if ("dev:device_remembered_status".equals(attribute.name())) {
				remembered = REMEMBERED.equals(attribute.value());
			}
		}
		return new Device(device.deviceKey(), name, device.deviceLastAuthenticatedDate(), remembered);
	}

	private static <T> T call(Supplier<T> call, String operation) {
		try {
			return call.get();
		}
		catch (SdkException ex) {
			throw CognitoErrorTranslator.translate(ex, operation);
		}
	}

	@Override
	public String toString() {
		return "CognitoDeviceClient";
	}

	/**
	 * A device after ConfirmDevice.
	 *
	 * @param secrets what this device keeps to sign in with it
	 * @param userConfirmationNecessary whether the pool remembers devices only when the
	 * user asks (UpdateDeviceStatus)
	 */
	public record ConfirmedDevice(DeviceSecrets secrets, boolean userConfirmationNecessary) {

		@Override
		public String toString() {
			return "ConfirmedDevice[userConfirmationNecessary=" + this.userConfirmationNecessary + "]";
		}

	}

}
