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

import java.util.Arrays;
import java.util.Base64;

import javax.crypto.SecretKey;
import javax.crypto.spec.SecretKeySpec;

/**
 * A {@link SessionKeySource} for a key given in configuration
 * ({@code cognito.session.encryption-key}), typically from an environment variable.
 * <p>
 * The value must be standard or URL-safe base64 that decodes to exactly 32 bytes
 * (AES-256); shorter AES keys are refused rather than silently accepted, so the store's
 * strength is what its documentation says. Generate one with
 * {@code openssl rand -base64 32}.
 *
 * @author Cognito Session contributors
 */
public final class Base64SessionKeySource implements SessionKeySource {

	/**
	 * The configuration property the key comes from, named in every error.
	 */
	public static final String PROPERTY = "cognito.session.encryption-key";

	static final int KEY_LENGTH_BYTES = 32;

	private final SecretKey key;

	/**
	 * Create a key source from a base64 key, validating it at once so that bad
	 * configuration fails start-up.
	 * @param base64Key the base64-encoded 256-bit key
	 * @throws IllegalArgumentException if the value is empty, not base64, or not 32 bytes
	 * long; the message names the property but never repeats the value
	 */
	public Base64SessionKeySource(String base64Key) {
		byte[] bytes = decode(base64Key);
		this.key = new SecretKeySpec(bytes, "AES");
		// SecretKeySpec keeps its own copy.
		Arrays.fill(bytes, (byte) 0);
	}

	private static byte[] decode(String base64Key) {
		if (base64Key == null || base64Key.isBlank()) {
			throw new IllegalArgumentException(PROPERTY + " must not be empty; set it to a base64-encoded "
					+ "256-bit AES key (for example the output of 'openssl rand -base64 32') or leave it unset "
					+ "to use a generated key file");
		}
		String value = base64Key.strip();
		byte[] bytes;
		try {
			// The decoder's own message quotes the offending character, a piece of the
			// secret, so it is neither repeated nor chained.
			bytes = (value.indexOf('-') >= 0 || value.indexOf('_') >= 0) ? Base64.getUrlDecoder().decode(value)
					: Base64.getDecoder().decode(value);
		}
		catch (IllegalArgumentException ex) {
			throw new IllegalArgumentException(PROPERTY + " is not valid base64; set it to a base64-encoded "
					+ "256-bit AES key, for example the output of 'openssl rand -base64 32'");
		}
		if (bytes.length != KEY_LENGTH_BYTES) {
			int length = bytes.length;
			Arrays.fill(bytes, (byte) 0);
			throw new IllegalArgumentException(
					PROPERTY + " must decode to " + KEY_LENGTH_BYTES + " bytes (a 256-bit AES key) but decodes to "
							+ length + " bytes; generate one with 'openssl rand -base64 32'");
		}
		return bytes;
	}

	@Override
	public SecretKey getKey() {
		return this.key;
	}

	@Override
	public String toString() {
		return "Base64SessionKeySource[property=" + PROPERTY + ", key=[PROTECTED]]";
	}

}
