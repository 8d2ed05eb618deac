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

package io.github.cognitosession.signin.srp;

import java.math.BigInteger;
import java.security.SecureRandom;
import java.util.Base64;

import org.springframework.util.Assert;

/**
 * A device's {@code DeviceSecretVerifierConfig} for ConfirmDevice: the SRP salt and
 * verifier {@code g^x} of the device's random password, where the device group key stands
 * in for the pool name and the device key for the username. Cognito keeps these and later
 * checks the device's {@code DEVICE_PASSWORD_VERIFIER} proof against them.
 *
 * @param salt the salt, base64 of its minimal big-endian bytes
 * @param passwordVerifier the verifier, base64 of its minimal big-endian bytes
 * @author Cognito Session contributors
 */
public record DeviceVerifier(String salt, String passwordVerifier) {

	private static final int SALT_BYTES = 16;

	/**
	 * Make the verifier of a device password with a fresh random salt.
	 * @param random the source of randomness
	 * @param deviceGroupKey the {@code DeviceGroupKey}
	 * @param deviceKey the {@code DeviceKey}
	 * @param devicePassword the device's password
	 * @return the verifier
	 */
	public static DeviceVerifier create(SecureRandom random, String deviceGroupKey, String deviceKey,
			String devicePassword) {
		Assert.notNull(random, "random cannot be null");
		byte[] bytes = new byte[SALT_BYTES];
		random.nextBytes(bytes);
		return compute(new BigInteger(1, bytes), deviceGroupKey, deviceKey, devicePassword);
	}

	static DeviceVerifier compute(BigInteger salt, String deviceGroupKey, String deviceKey, String devicePassword) {
		Assert.hasText(deviceGroupKey, "deviceGroupKey cannot be empty");
		Assert.hasText(deviceKey, "deviceKey cannot be empty");
		Assert.hasText(devicePassword, "devicePassword cannot be empty");
		BigInteger x = SrpMath.computeX(salt, deviceGroupKey, deviceKey, devicePassword);
		BigInteger verifier = SrpGroup.G.modPow(x, SrpGroup.N);
		Base64.Encoder base64 = Base64.getEncoder();
		return new DeviceVerifier(base64.encodeToString(SrpMath.pad(salt)),
				base64.encodeToString(SrpMath.pad(verifier)));
	}

	@Override
	public String toString() {
		return "DeviceVerifier[PROTECTED]";
	}

}
