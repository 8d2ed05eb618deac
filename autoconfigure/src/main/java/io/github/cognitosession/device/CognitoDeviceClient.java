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

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

import io.github.cognitosession.exception.CognitoErrorTranslator;
import io.github.cognitosession.exception.CognitoSessionException;
import software.amazon.awssdk.services.cognitoidentityprovider.CognitoIdentityProviderClient;
import software.amazon.awssdk.services.cognitoidentityprovider.model.AttributeType;
import software.amazon.awssdk.services.cognitoidentityprovider.model.DeviceRememberedStatusType;
import software.amazon.awssdk.services.cognitoidentityprovider.model.DeviceType;
import software.amazon.awssdk.services.cognitoidentityprovider.model.ListDevicesResponse;

import org.springframework.util.Assert;
import org.springframework.util.StringUtils;

/**
 * Cognito's operations on a signed-in user's devices on the AWS SDK's
 * {@link CognitoIdentityProviderClient}: UpdateDeviceStatus, ListDevices and
 * ForgetDevice, each authorized by the user's access token and never signed with AWS
 * credentials (ConfirmDevice belongs to the sign-in, see
 * {@code CognitoUserPoolAuthenticator}). Service errors are thrown as
 * {@code CognitoSessionException}s. Thread-safe.
 *
 * @author Cognito Session contributors
 */
public final class CognitoDeviceClient {

	private static final String REMEMBERED = "remembered";

	private final CognitoIdentityProviderClient client;

	/**
	 * Create an instance.
	 * @param client the Cognito user-pool client
	 */
	public CognitoDeviceClient(CognitoIdentityProviderClient client) {
		Assert.notNull(client, "client cannot be null");
		this.client = client;
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
		CognitoErrorTranslator.call(() -> this.client.updateDeviceStatus((request) -> request.accessToken(accessToken)
			.deviceKey(deviceKey)
			.deviceRememberedStatus(
					remembered ? DeviceRememberedStatusType.REMEMBERED : DeviceRememberedStatusType.NOT_REMEMBERED)),
				"device status update");
	}

	/**
	 * The user's devices, all pages.
	 * @param accessToken the user's access token
	 * @return the devices
	 * @throws CognitoSessionException if a call fails, or Cognito returns a page token a
	 * second time (which would make the listing endless)
	 */
	public List<Device> list(String accessToken) {
		Assert.hasText(accessToken, "accessToken cannot be empty");
		List<Device> devices = new ArrayList<>();
		Set<String> pages = new HashSet<>();
		String page = null;
		do {
			String token = page;
			ListDevicesResponse response = CognitoErrorTranslator.call(
					() -> this.client.listDevices((request) -> request.accessToken(accessToken).paginationToken(token)),
					"device listing");
			response.devices().forEach((device) -> devices.add(device(device)));
			page = response.paginationToken();
			// a token Cognito gave before would make this loop request the same pages
			// forever
			if (StringUtils.hasText(page) && !pages.add(page)) {
				throw new CognitoSessionException("InvalidResponse",
						"Cognito returned a page token it had already returned during the device listing");
			}
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
		CognitoErrorTranslator.call(
				() -> this.client.forgetDevice((request) -> request.accessToken(accessToken).deviceKey(deviceKey)),
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

	@Override
	public String toString() {
		return "CognitoDeviceClient";
	}

}
