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
import java.security.SecureRandom;
import java.util.Arrays;

import javax.crypto.AEADBadTagException;
import javax.crypto.Cipher;
import javax.crypto.SecretKey;
import javax.crypto.spec.GCMParameterSpec;

/**
 * The encrypted envelope of the store file, format version 1:
 *
 * <pre>
 * offset  size  content
 * 0       4     magic "CGSS" (0x43 0x47 0x53 0x53)
 * 4       1     format version (0x01)
 * 5       12    random GCM nonce, fresh for every write
 * 17      n+16  AES-256-GCM ciphertext of the {@link SessionRecordCodec} plaintext,
 *               followed by the 128-bit authentication tag
 * </pre>
 *
 * The five header bytes are the GCM additional authenticated data, so the ciphertext
 * cannot be replayed under another version or mistaken for another kind of file. The
 * version is checked before decrypting: a file from a newer release is reported as such
 * rather than as a wrong key. Random 96-bit nonces stay far below the 2<sup>32</sup>
 * encryptions per key that NIST SP 800-38D allows for them: a session store is written
 * once per sign-in or token refresh.
 *
 * @author Cognito Session contributors
 */
final class SessionFileFormat {

	static final byte[] MAGIC = { 'C', 'G', 'S', 'S' };

	static final byte VERSION = 1;

	static final int HEADER_LENGTH = MAGIC.length + 1;

	static final int NONCE_LENGTH = 12;

	static final int TAG_LENGTH_BITS = 128;

	static final int OVERHEAD = HEADER_LENGTH + NONCE_LENGTH + TAG_LENGTH_BITS / 8;

	private static final String TRANSFORMATION = "AES/GCM/NoPadding";

	private SessionFileFormat() {
	}

	static byte[] seal(byte[] plaintext, SecretKey key, SecureRandom random) throws GeneralSecurityException {
		byte[] nonce = new byte[NONCE_LENGTH];
		random.nextBytes(nonce);
		Cipher cipher = Cipher.getInstance(TRANSFORMATION);
		cipher.init(Cipher.ENCRYPT_MODE, key, new GCMParameterSpec(TAG_LENGTH_BITS, nonce));
		byte[] header = header();
		cipher.updateAAD(header);
		byte[] ciphertext = cipher.doFinal(plaintext);
		return ByteBuffer.allocate(HEADER_LENGTH + NONCE_LENGTH + ciphertext.length)
			.put(header)
			.put(nonce)
			.put(ciphertext)
			.array();
	}

	static byte[] open(byte[] file, SecretKey key) throws UnreadableSessionFileException, GeneralSecurityException {
		if (file.length == 0) {
			throw new UnreadableSessionFileException("it is empty");
		}
		if (file.length < HEADER_LENGTH || !Arrays.equals(file, 0, MAGIC.length, MAGIC, 0, MAGIC.length)) {
			throw new UnreadableSessionFileException("it is not a session store file (bad magic bytes)");
		}
		int version = file[MAGIC.length] & 0xFF;
		if (version != VERSION) {
			throw new UnreadableSessionFileException(
					"it uses format version " + version + ", which this release cannot read (only version " + VERSION
							+ "); was it written by a newer one?");
		}
		if (file.length < OVERHEAD) {
			throw new UnreadableSessionFileException("it is truncated (" + file.length + " bytes)");
		}
		try {
			Cipher cipher = Cipher.getInstance(TRANSFORMATION);
			cipher.init(Cipher.DECRYPT_MODE, key,
					new GCMParameterSpec(TAG_LENGTH_BITS, file, HEADER_LENGTH, NONCE_LENGTH));
			cipher.updateAAD(file, 0, HEADER_LENGTH);
			return cipher.doFinal(file, HEADER_LENGTH + NONCE_LENGTH, file.length - HEADER_LENGTH - NONCE_LENGTH);
		}
		catch (AEADBadTagException ex) {
			throw new UnreadableSessionFileException(
					"it cannot be decrypted: it was encrypted with another key, or it was truncated or modified");
		}
	}

	private static byte[] header() {
		byte[] header = Arrays.copyOf(MAGIC, HEADER_LENGTH);
		header[MAGIC.length] = VERSION;
		return header;
	}

}
