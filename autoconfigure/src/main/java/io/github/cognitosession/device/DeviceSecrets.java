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

import java.util.Objects;

import org.springframework.util.Assert;

/**
 * What this device keeps to sign in as a remembered device: Cognito's device key and
 * device group key and the random device password whose SRP verifier was registered with
 * ConfirmDevice (AWSMobileClient's device key, group and secret). Immutable;
 * {@link #toString()} prints none of them.
 *
 * @author Cognito Session contributors
 */
public final class DeviceSecrets {

	private final String deviceKey;

	private final String deviceGroupKey;

	private final String devicePassword;

	/**
	 * Create an instance.
	 * @param deviceKey the {@code DeviceKey}
	 * @param deviceGroupKey the {@code DeviceGroupKey}
	 * @param devicePassword the device's password
	 */
	public DeviceSecrets(String deviceKey, String deviceGroupKey, String devicePassword) {
		Assert.hasText(deviceKey, "deviceKey cannot be empty");
		Assert.hasText(deviceGroupKey, "deviceGroupKey cannot be empty");
		Assert.hasText(devicePassword, "devicePassword cannot be empty");
		this.deviceKey = deviceKey;
		this.deviceGroupKey = deviceGroupKey;
		this.devicePassword = devicePassword;
	}

	public String getDeviceKey() {
		return this.deviceKey;
	}

	public String getDeviceGroupKey() {
		return this.deviceGroupKey;
	}

	public String getDevicePassword() {
		return this.devicePassword;
	}

	@Override
	public boolean equals(Object other) {
		return other instanceof DeviceSecrets that && this.deviceKey.equals(that.deviceKey)
				&& this.deviceGroupKey.equals(that.deviceGroupKey) && this.devicePassword.equals(that.devicePassword);
	}

	@Override
	public int hashCode() {
		return Objects.hash(this.deviceKey, this.deviceGroupKey, this.devicePassword);
	}

	@Override
	public String toString() {
		return "DeviceSecrets[PROTECTED]";
	}

}
