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
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;

/**
 * The client-side formulas of Cognito's SRP-6a variant, one method per value so that each
 * can be checked against published vectors.
 *
 * @author Cognito Session contributors
 */
final class SrpMath {

	private static final byte[] DERIVED_KEY_INFO = "Caldera Derived Key".getBytes(StandardCharsets.UTF_8);

	private static final int DERIVED_KEY_LENGTH = 16;

	private SrpMath() {
	}

	/**
	 * Cognito's "pad": the minimal two's-complement encoding, which has a leading zero
	 * byte exactly when the top bit is set. Fixed-width padding would produce different
	 * hashes.
	 */
	static byte[] pad(BigInteger value) {
		return value.toByteArray();
	}

	static BigInteger hash(byte[]... parts) {
		MessageDigest digest = sha256();
		for (byte[] part : parts) {
			digest.update(part);
		}
		return new BigInteger(1, digest.digest());
	}

	static BigInteger computeU(BigInteger publicA, BigInteger publicB) {
		return hash(pad(publicA), pad(publicB));
	}

	static BigInteger computeX(BigInteger salt, String poolName, String userIdForSrp, String password) {
		MessageDigest digest = sha256();
		digest.update(poolName.getBytes(StandardCharsets.UTF_8));
		digest.update(userIdForSrp.getBytes(StandardCharsets.UTF_8));
		digest.update((byte) ':');
		digest.update(password.getBytes(StandardCharsets.UTF_8));
		return hash(pad(salt), digest.digest());
	}

	static BigInteger computeS(BigInteger privateA, BigInteger publicB, BigInteger u, BigInteger x) {
		BigInteger base = publicB.subtract(SrpGroup.K.multiply(SrpGroup.G.modPow(x, SrpGroup.N))).mod(SrpGroup.N);
		return base.modPow(privateA.add(u.multiply(x)), SrpGroup.N);
	}

	static byte[] passwordAuthenticationKey(BigInteger s, BigInteger u) {
		return Hkdf.sha256(pad(s), pad(u), DERIVED_KEY_INFO, DERIVED_KEY_LENGTH);
	}

	static byte[] signature(byte[] key, String poolName, String userIdForSrp, byte[] secretBlock, String timestamp) {
		return Hkdf.hmacSha256(key, poolName.getBytes(StandardCharsets.UTF_8),
				userIdForSrp.getBytes(StandardCharsets.UTF_8), secretBlock, timestamp.getBytes(StandardCharsets.UTF_8));
	}

	private static MessageDigest sha256() {
		try {
			return MessageDigest.getInstance("SHA-256");
		}
		catch (NoSuchAlgorithmException ex) {
			// Every Java platform must provide SHA-256
			throw new IllegalStateException(ex);
		}
	}

}
