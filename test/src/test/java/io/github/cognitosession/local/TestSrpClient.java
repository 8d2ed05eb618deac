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

package io.github.cognitosession.local;

import java.math.BigInteger;
import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.security.MessageDigest;
import java.security.SecureRandom;
import java.time.Instant;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.Base64;
import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;

import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;

import io.github.cognitosession.local.srp.SrpGroup;

/**
 * A compact client side of Cognito's SRP, written independently of the server's code (it
 * shares only the published group constants), for driving USER_SRP_AUTH in tests.
 *
 * @author Cognito Session contributors
 */
public final class TestSrpClient {

	private static final DateTimeFormatter TIMESTAMP = DateTimeFormatter
		.ofPattern("EEE MMM d HH:mm:ss 'UTC' yyyy", Locale.US)
		.withZone(ZoneId.of("UTC"));

	private final BigInteger a;

	private final BigInteger publicA;

	public TestSrpClient() {
		this(new BigInteger(256, new SecureRandom()));
	}

	TestSrpClient(BigInteger a) {
		this.a = a;
		this.publicA = SrpGroup.G.modPow(a, SrpGroup.N);
	}

	public String srpA() {
		return this.publicA.toString(16);
	}

	/**
	 * Answer a PASSWORD_VERIFIER challenge.
	 * @param poolId the user pool id
	 * @param password the password
	 * @param challenge the challenge parameters
	 * @param now the time for TIMESTAMP
	 * @return the challenge responses (without SECRET_HASH)
	 */
	public Map<String, String> respond(String poolId, String password, Map<String, String> challenge, Instant now) {
		String poolName = poolId.substring(poolId.indexOf('_') + 1);
		String userId = challenge.get("USER_ID_FOR_SRP");
		BigInteger salt = new BigInteger(challenge.get("SALT"), 16);
		BigInteger publicB = new BigInteger(challenge.get("SRP_B"), 16);
		BigInteger u = number(sha256(this.publicA.toByteArray(), publicB.toByteArray()));
		BigInteger x = x(salt, poolName, userId, password);
		byte[] key = key(s(u, x, publicB), u);
		String timestamp = TIMESTAMP.format(now);
		byte[] secretBlock = Base64.getDecoder().decode(challenge.get("SECRET_BLOCK"));
		byte[] signature = hmac(key, poolName.getBytes(StandardCharsets.UTF_8), userId.getBytes(StandardCharsets.UTF_8),
				secretBlock, timestamp.getBytes(StandardCharsets.UTF_8));
		Map<String, String> responses = new LinkedHashMap<>();
		responses.put("USERNAME", challenge.get("USERNAME"));
		responses.put("PASSWORD_CLAIM_SECRET_BLOCK", challenge.get("SECRET_BLOCK"));
		responses.put("PASSWORD_CLAIM_SIGNATURE", Base64.getEncoder().encodeToString(signature));
		responses.put("TIMESTAMP", timestamp);
		return responses;
	}

	/**
	 * Answer a DEVICE_PASSWORD_VERIFIER challenge: the same proof with the device group
	 * key in place of the pool name and the device key in place of the user id.
	 * @param groupKey the DeviceGroupKey
	 * @param deviceKey the DeviceKey
	 * @param devicePassword the device's password
	 * @param challenge the challenge parameters
	 * @param now the time for TIMESTAMP
	 * @return the challenge responses (USERNAME, DEVICE_KEY and the claim)
	 */
	public Map<String, String> respondForDevice(String groupKey, String deviceKey, String devicePassword,
			Map<String, String> challenge, Instant now) {
		Map<String, String> parameters = new LinkedHashMap<>(challenge);
		parameters.put("USER_ID_FOR_SRP", deviceKey);
		Map<String, String> responses = respond("x_" + groupKey, devicePassword, parameters, now);
		responses.put("DEVICE_KEY", deviceKey);
		return responses;
	}

	/**
	 * The DeviceSecretVerifierConfig of a device password: base64 salt and verifier.
	 * @param salt the salt
	 * @param groupKey the DeviceGroupKey
	 * @param deviceKey the DeviceKey
	 * @param devicePassword the device's password
	 * @return {@code [salt, passwordVerifier]}, both base64
	 */
	public static String[] deviceVerifier(BigInteger salt, String groupKey, String deviceKey, String devicePassword) {
		BigInteger verifier = SrpGroup.G.modPow(x(salt, groupKey, deviceKey, devicePassword), SrpGroup.N);
		return new String[] { Base64.getEncoder().encodeToString(salt.toByteArray()),
				Base64.getEncoder().encodeToString(verifier.toByteArray()) };
	}

	static BigInteger x(BigInteger salt, String poolName, String userId, String password) {
		byte[] inner = sha256((poolName + userId + ":" + password).getBytes(StandardCharsets.UTF_8));
		return number(sha256(salt.toByteArray(), inner));
	}

	BigInteger s(BigInteger u, BigInteger x, BigInteger publicB) {
		BigInteger k = number(sha256(SrpGroup.N.toByteArray(), SrpGroup.G.toByteArray()));
		BigInteger base = publicB.subtract(k.multiply(SrpGroup.G.modPow(x, SrpGroup.N))).mod(SrpGroup.N);
		return base.modPow(this.a.add(u.multiply(x)), SrpGroup.N);
	}

	BigInteger publicA() {
		return this.publicA;
	}

	static byte[] key(BigInteger s, BigInteger u) {
		byte[] prk = hmac(u.toByteArray(), s.toByteArray());
		byte[] okm = hmac(prk, "Caldera Derived Key".getBytes(StandardCharsets.UTF_8), new byte[] { 1 });
		byte[] key = new byte[16];
		System.arraycopy(okm, 0, key, 0, 16);
		return key;
	}

	private static BigInteger number(byte[] bytes) {
		return new BigInteger(1, bytes);
	}

	private static byte[] sha256(byte[]... parts) {
		try {
			MessageDigest digest = MessageDigest.getInstance("SHA-256");
			for (byte[] part : parts) {
				digest.update(part);
			}
			return digest.digest();
		}
		catch (GeneralSecurityException ex) {
			throw new IllegalStateException(ex);
		}
	}

	private static byte[] hmac(byte[] key, byte[]... parts) {
		try {
			Mac mac = Mac.getInstance("HmacSHA256");
			mac.init(new SecretKeySpec(key, "HmacSHA256"));
			for (byte[] part : parts) {
				mac.update(part);
			}
			return mac.doFinal();
		}
		catch (GeneralSecurityException ex) {
			throw new IllegalStateException(ex);
		}
	}

}
