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
package io.github.cognitosession.store;

import java.nio.ByteBuffer;
import java.security.GeneralSecurityException;
import java.util.Base64;

import javax.crypto.Cipher;
import javax.crypto.spec.GCMParameterSpec;
import javax.crypto.spec.SecretKeySpec;

/**
 * Writes encrypted store files byte by byte, the way the store's format describes them,
 * so that the tests can build files the current code would never write (earlier format
 * versions, forged headers).
 *
 * @author Cognito Session contributors
 */
final class SealedFiles {

	private SealedFiles() {
	}

	/**
	 * The header, the nonce and the AES-GCM ciphertext of the plaintext with the header
	 * as associated data.
	 */
	static byte[] seal(String base64Key, byte[] header, byte[] nonce, byte[] plaintext)
			throws GeneralSecurityException {
		Cipher cipher = Cipher.getInstance("AES/GCM/NoPadding");
		cipher.init(Cipher.ENCRYPT_MODE, new SecretKeySpec(Base64.getDecoder().decode(base64Key), "AES"),
				new GCMParameterSpec(128, nonce));
		cipher.updateAAD(header);
		byte[] ciphertext = cipher.doFinal(plaintext);
		return ByteBuffer.allocate(header.length + nonce.length + ciphertext.length)
			.put(header)
			.put(nonce)
			.put(ciphertext)
			.array();
	}

}
