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

package io.github.cognitosession.local.srp;

import java.math.BigInteger;
import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;

import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;

/**
 * The arithmetic of Cognito's SRP-6a variant: the 3072-bit group of RFC 5054, g = 2,
 * SHA-256, and "pad" meaning the minimal two's-complement bytes of a number.
 *
 * @author Cognito Session contributors
 */
public final class SrpGroup {

	/** The 3072-bit safe prime of RFC 3526 / RFC 5054. */
	public static final BigInteger N = new BigInteger("FFFFFFFFFFFFFFFFC90FDAA22168C234C4C6628B80DC1CD1"
			+ "29024E088A67CC74020BBEA63B139B22514A08798E3404DD" + "EF9519B3CD3A431B302B0A6DF25F14374FE1356D6D51C245"
			+ "E485B576625E7EC6F44C42E9A637ED6B0BFF5CB6F406B7ED" + "EE386BFB5A899FA5AE9F24117C4B1FE649286651ECE45B3D"
			+ "C2007CB8A163BF0598DA48361C55D39A69163FA8FD24CF5F" + "83655D23DCA3AD961C62F356208552BB9ED529077096966D"
			+ "670C354E4ABC9804F1746C08CA18217C32905E462E36CE3B" + "E39E772C180E86039B2783A2EC07A28FB5C55DF06F4C52C9"
			+ "DE2BCBF6955817183995497CEA956AE515D2261898FA0510" + "15728E5A8AAAC42DAD33170D04507A33A85521ABDF1CBA64"
			+ "ECFB850458DBEF0A8AEA71575D060C7DB3970F85A6E1E4C7" + "ABF5AE8CDB0933D71E8C94E04A25619DCEE3D2261AD2EE6B"
			+ "F12FFA06D98A0864D87602733EC86A64521F2B18177B200C" + "BBE117577A615D6C770988C0BAD946E208E24FA074E5AB31"
			+ "43DB5BFCE0FD108E4B82D120A93AD2CAFFFFFFFFFFFFFFFF", 16);

	/** The generator. */
	public static final BigInteger G = BigInteger.TWO;

	/** The multiplier k = H(pad(N) | pad(g)). */
	public static final BigInteger K = hashToNumber(N.toByteArray(), G.toByteArray());

	private static final byte[] DERIVED_KEY_INFO = "Caldera Derived Key".getBytes(StandardCharsets.UTF_8);

	private SrpGroup() {
	}

	/**
	 * SHA-256 over the concatenation of the parts.
	 * @param parts the byte arrays
	 * @return the digest
	 */
	public static byte[] hash(byte[]... parts) {
		MessageDigest digest = sha256();
		for (byte[] part : parts) {
			digest.update(part);
		}
		return digest.digest();
	}

	public static BigInteger hashToNumber(byte[]... parts) {
		return new BigInteger(1, hash(parts));
	}

	/**
	 * HKDF-SHA256 with Cognito's info string, 16 bytes of output.
	 * @param ikm the input key material, pad(S)
	 * @param salt the salt, pad(u)
	 * @return the 16-byte key
	 */
	public static byte[] derivedKey(byte[] ikm, byte[] salt) {
		byte[] prk = hmac(salt, ikm);
		byte[] okm = hmac(prk, DERIVED_KEY_INFO, new byte[] { 1 });
		byte[] key = new byte[16];
		System.arraycopy(okm, 0, key, 0, key.length);
		return key;
	}

	/**
	 * HMAC-SHA256 over the concatenation of the parts.
	 * @param key the key
	 * @param parts the data
	 * @return the MAC
	 */
	public static byte[] hmac(byte[] key, byte[]... parts) {
		try {
			Mac mac = Mac.getInstance("HmacSHA256");
			mac.init(new SecretKeySpec(key, "HmacSHA256"));
			for (byte[] part : parts) {
				mac.update(part);
			}
			return mac.doFinal();
		}
		catch (GeneralSecurityException ex) {
			throw new IllegalStateException("HmacSHA256 is not available", ex);
		}
	}

	/**
	 * x = H(pad(salt) | H(poolName | userId | ":" | password)).
	 * @param salt the salt
	 * @param poolName the pool id part after the underscore
	 * @param userId the USER_ID_FOR_SRP
	 * @param password the password
	 * @return x
	 */
	public static BigInteger x(BigInteger salt, String poolName, String userId, String password) {
		byte[] identity = hash((poolName + userId + ":" + password).getBytes(StandardCharsets.UTF_8));
		return hashToNumber(salt.toByteArray(), identity);
	}

	private static MessageDigest sha256() {
		try {
			return MessageDigest.getInstance("SHA-256");
		}
		catch (NoSuchAlgorithmException ex) {
			throw new IllegalStateException("SHA-256 is not available", ex);
		}
	}

}
