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
 * The encrypted envelope of the store files, format version 2:
 *
 * <pre>
 * offset  size  content
 * 0       4     magic "CGSS" (0x43 0x47 0x53 0x53)
 * 4       1     format version (0x02)
 * 5       1     purpose: 0x01 session, 0x02 remembered-device secrets, 0x03 session record
 *               of an HTTP session
 * 6       12    random GCM nonce, fresh for every write
 * 18      n+16  AES-256-GCM ciphertext of the plaintext ({@link SessionRecordCodec} or
 *               {@link DeviceSecretsCodec}), followed by the 128-bit authentication tag
 * </pre>
 *
 * The six header bytes (and a context given by the caller, e.g. the session key of a
 * record in an HTTP session, which is not stored) are the GCM additional authenticated
 * data: the ciphertext cannot be replayed under another version, and a file written for
 * one purpose cannot be read for the other (the session file put in place of the device
 * secrets file, or the other way round), although both are encrypted with the same key.
 * The header is checked before decrypting, so a file of the other purpose or from a newer
 * release is reported as such rather than as a wrong key. Random 96-bit nonces stay far
 * below the 2<sup>32</sup> encryptions per key that NIST SP 800-38D allows for them: a
 * store file is written once per sign-in or token refresh.
 * <p>
 * Version 1, written by earlier releases, is still read: the same layout without the
 * purpose byte (the nonce at offset 5), its five header bytes authenticated. Its purpose
 * is not authenticated, so the caller checks that the plaintext is of the expected kind
 * ({@link Opened#legacy()}); every write is version 2, so a file is migrated the next
 * time it is written.
 *
 * @author Cognito Session contributors
 */
final class SessionFileFormat {

	static final byte[] MAGIC = { 'C', 'G', 'S', 'S' };

	static final byte VERSION = 2;

	/**
	 * The format of earlier releases, read but never written.
	 */
	static final byte LEGACY_VERSION = 1;

	static final int HEADER_LENGTH = MAGIC.length + 2;

	static final int LEGACY_HEADER_LENGTH = MAGIC.length + 1;

	static final int NONCE_LENGTH = 12;

	static final int TAG_LENGTH_BITS = 128;

	static final int OVERHEAD = HEADER_LENGTH + NONCE_LENGTH + TAG_LENGTH_BITS / 8;

	private static final String TRANSFORMATION = "AES/GCM/NoPadding";

	private static final byte[] NO_CONTEXT = new byte[0];

	private SessionFileFormat() {
	}

	static byte[] seal(byte[] plaintext, Purpose purpose, SecretKey key, SecureRandom random)
			throws GeneralSecurityException {
		return seal(plaintext, purpose, key, random, NO_CONTEXT);
	}

	/**
	 * Seal with a context that is authenticated but not stored (e.g. the session key a
	 * record belongs to): opening it needs the same context.
	 */
	static byte[] seal(byte[] plaintext, Purpose purpose, SecretKey key, SecureRandom random, byte[] context)
			throws GeneralSecurityException {
		byte[] nonce = new byte[NONCE_LENGTH];
		random.nextBytes(nonce);
		Cipher cipher = Cipher.getInstance(TRANSFORMATION);
		cipher.init(Cipher.ENCRYPT_MODE, key, new GCMParameterSpec(TAG_LENGTH_BITS, nonce));
		byte[] header = header(purpose);
		cipher.updateAAD(header);
		cipher.updateAAD(context);
		byte[] ciphertext = cipher.doFinal(plaintext);
		return ByteBuffer.allocate(HEADER_LENGTH + NONCE_LENGTH + ciphertext.length)
			.put(header)
			.put(nonce)
			.put(ciphertext)
			.array();
	}

	static Opened open(byte[] file, Purpose purpose, SecretKey key)
			throws UnreadableSessionFileException, GeneralSecurityException {
		return open(file, purpose, key, NO_CONTEXT);
	}

	static Opened open(byte[] file, Purpose purpose, SecretKey key, byte[] context)
			throws UnreadableSessionFileException, GeneralSecurityException {
		if (file.length == 0) {
			throw new UnreadableSessionFileException("it is empty");
		}
		if (file.length < LEGACY_HEADER_LENGTH || !Arrays.equals(file, 0, MAGIC.length, MAGIC, 0, MAGIC.length)) {
			throw new UnreadableSessionFileException("it is not a " + purpose.description + " (bad magic bytes)");
		}
		int version = file[MAGIC.length] & 0xFF;
		if (version == LEGACY_VERSION && context.length == 0) {
			return new Opened(decrypt(file, LEGACY_HEADER_LENGTH, key, context), true);
		}
		if (version != VERSION) {
			throw new UnreadableSessionFileException(
					"it uses format version " + version + ", which this release cannot read (only versions "
							+ LEGACY_VERSION + " and " + VERSION + "); was it written by a newer one?");
		}
		if (file.length < HEADER_LENGTH) {
			throw new UnreadableSessionFileException("it is truncated (" + file.length + " bytes)");
		}
		Purpose written = Purpose.of(file[MAGIC.length + 1]);
		if (written != purpose) {
			throw new UnreadableSessionFileException("it is "
					+ ((written != null) ? "a " + written.description
							: "a file of unknown purpose " + (file[MAGIC.length + 1] & 0xFF))
					+ ", not a " + purpose.description);
		}
		return new Opened(decrypt(file, HEADER_LENGTH, key, context), false);
	}

	private static byte[] decrypt(byte[] file, int headerLength, SecretKey key, byte[] context)
			throws UnreadableSessionFileException, GeneralSecurityException {
		if (file.length < headerLength + NONCE_LENGTH + TAG_LENGTH_BITS / 8) {
			throw new UnreadableSessionFileException("it is truncated (" + file.length + " bytes)");
		}
		try {
			Cipher cipher = Cipher.getInstance(TRANSFORMATION);
			cipher.init(Cipher.DECRYPT_MODE, key,
					new GCMParameterSpec(TAG_LENGTH_BITS, file, headerLength, NONCE_LENGTH));
			cipher.updateAAD(file, 0, headerLength);
			cipher.updateAAD(context);
			return cipher.doFinal(file, headerLength + NONCE_LENGTH, file.length - headerLength - NONCE_LENGTH);
		}
		catch (AEADBadTagException ex) {
			throw new UnreadableSessionFileException(
					"it cannot be decrypted: it was encrypted with another key, or it was truncated or modified");
		}
	}

	private static byte[] header(Purpose purpose) {
		byte[] header = Arrays.copyOf(MAGIC, HEADER_LENGTH);
		header[MAGIC.length] = VERSION;
		header[MAGIC.length + 1] = purpose.code;
		return header;
	}

	/**
	 * What a store file holds; part of the authenticated header.
	 */
	enum Purpose {

		/**
		 * The session ({@link SessionRecordCodec}).
		 */
		SESSION((byte) 1, "session store file"),

		/**
		 * The remembered-device secrets ({@link DeviceSecretsCodec}).
		 */
		DEVICE_SECRETS((byte) 2, "device secrets file"),

		/**
		 * A session record kept in an HTTP session ({@link SessionRecordCodec}), with the
		 * session key as authenticated context.
		 */
		HTTP_SESSION_RECORD((byte) 3, "session record of an HTTP session");

		private final byte code;

		private final String description;

		Purpose(byte code, String description) {
			this.code = code;
			this.description = description;
		}

		static Purpose of(byte code) {
			for (Purpose purpose : values()) {
				if (purpose.code == code) {
					return purpose;
				}
			}
			return null;
		}

	}

	/**
	 * A decrypted file.
	 *
	 * @param plaintext the plaintext
	 * @param legacy whether the file was format version 1, whose purpose is not
	 * authenticated
	 */
	record Opened(byte[] plaintext, boolean legacy) {

	}

}
