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

import java.security.GeneralSecurityException;

import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;

/**
 * HKDF with HMAC-SHA256 (RFC 5869), small enough not to need a dependency.
 *
 * @author Cognito Session contributors
 */
public final class Hkdf {

	private static final String HMAC_SHA256 = "HmacSHA256";

	private static final int HASH_LENGTH = 32;

	private Hkdf() {
	}

	/**
	 * Derive key material.
	 * @param ikm the input key material
	 * @param salt the salt
	 * @param info the context information
	 * @param length the number of bytes to derive (at most 255 * 32)
	 * @return the output key material
	 */
	public static byte[] sha256(byte[] ikm, byte[] salt, byte[] info, int length) {
		if (length < 1 || length > 255 * HASH_LENGTH) {
			throw new IllegalArgumentException("HKDF length must be between 1 and " + 255 * HASH_LENGTH);
		}
		// RFC 5869: an absent salt is a string of HashLen zeros
		byte[] prk = hmacSha256((salt.length != 0) ? salt : new byte[HASH_LENGTH], ikm);
		byte[] okm = new byte[length];
		byte[] block = new byte[0];
		int offset = 0;
		for (int counter = 1; offset < length; counter++) {
			block = hmacSha256(prk, block, info, new byte[] { (byte) counter });
			int count = Math.min(block.length, length - offset);
			System.arraycopy(block, 0, okm, offset, count);
			offset += count;
		}
		return okm;
	}

	/**
	 * HMAC-SHA256 over the concatenation of the given parts.
	 * @param key the key
	 * @param parts the message parts
	 * @return the MAC
	 */
	public static byte[] hmacSha256(byte[] key, byte[]... parts) {
		try {
			Mac mac = Mac.getInstance(HMAC_SHA256);
			mac.init(new SecretKeySpec(key, HMAC_SHA256));
			for (byte[] part : parts) {
				mac.update(part);
			}
			return mac.doFinal();
		}
		catch (GeneralSecurityException ex) {
			// HmacSHA256 is mandatory on every Java platform; a failure here is a broken
			// JCE
			throw new IllegalStateException("HmacSHA256 is not available", ex);
		}
	}

}
