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

package io.github.cognitosession.local.totp;

import java.nio.ByteBuffer;
import java.security.GeneralSecurityException;
import java.security.MessageDigest;
import java.security.SecureRandom;
import java.time.Duration;
import java.time.Instant;
import java.util.Locale;
import java.util.Objects;

import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;

import org.apache.commons.codec.binary.Base32;

/**
 * Time-based one-time passwords (RFC 6238) as Cognito and authenticator apps compute
 * them: HMAC-SHA1, 6 digits, 30-second steps, the shared secret in base32 (Cognito's
 * {@code SecretCode}). Tests use {@link #code(String, Instant)} to act as the
 * authenticator app:
 *
 * <pre class="code">
 * String secret = client.associateSoftwareToken((r) -&gt; r.accessToken(token)).secretCode();
 * client.verifySoftwareToken((r) -&gt; r.accessToken(token).userCode(Totp.code(secret, clock.instant())));
 * </pre>
 *
 * @author Cognito Session contributors
 */
public final class Totp {

	/** The length of a time step. */
	public static final Duration STEP = Duration.ofSeconds(30);

	/** How many steps before or after the current one a code is still accepted. */
	public static final int ACCEPTED_STEP_DRIFT = 1;

	private static final int DIGITS = 6;

	private static final int MODULUS = 1_000_000;

	/** 160 bits, the key length RFC 4226 recommends for HMAC-SHA1. */
	private static final int SECRET_BYTES = 20;

	private static final String ALGORITHM = "HmacSHA1";

	private Totp() {
	}

	/**
	 * The code an authenticator app shows at a given time.
	 * @param base32Secret the shared secret in base32 (as Cognito's {@code SecretCode})
	 * @param at the time
	 * @return the six-digit code
	 * @throws IllegalArgumentException if the secret is not base32
	 */
	public static String code(String base32Secret, Instant at) {
		Objects.requireNonNull(at, "at cannot be null");
		return code(decode(base32Secret), step(at));
	}

	/**
	 * Whether a code is the one of the step at {@code now} or of an adjacent step (for
	 * clocks that differ a little and codes typed just as a step ends).
	 * @param base32Secret the shared secret in base32
	 * @param code the code the user typed
	 * @param now the current time
	 * @return whether the code is accepted
	 */
	public static boolean matches(String base32Secret, String code, Instant now) {
		Objects.requireNonNull(now, "now cannot be null");
		if (code == null || code.length() != DIGITS || !code.chars().allMatch(Character::isDigit)) {
			return false;
		}
		byte[] key = decode(base32Secret);
		long current = step(now);
		boolean matched = false;
		for (long step = current - ACCEPTED_STEP_DRIFT; step <= current + ACCEPTED_STEP_DRIFT; step++) {
			// Every candidate is compared, in constant time, so that timing tells
			// nothing.
			matched |= MessageDigest.isEqual(code(key, step).getBytes(), code.getBytes());
		}
		return matched;
	}

	/**
	 * A new random shared secret, base32 without padding (32 characters).
	 * @param random the randomness source
	 * @return the secret
	 */
	public static String newSecret(SecureRandom random) {
		byte[] key = new byte[SECRET_BYTES];
		random.nextBytes(key);
		return new Base32().encodeToString(key);
	}

	private static long step(Instant at) {
		return Math.floorDiv(at.getEpochSecond(), STEP.toSeconds());
	}

	private static byte[] decode(String base32Secret) {
		Objects.requireNonNull(base32Secret, "base32Secret cannot be null");
		String normalized = base32Secret.replace(" ", "").toUpperCase(Locale.ROOT);
		Base32 base32 = new Base32();
		if (normalized.isEmpty() || !base32.isInAlphabet(normalized.replace("=", ""))) {
			throw new IllegalArgumentException("The TOTP secret is not base32");
		}
		return base32.decode(normalized);
	}

	private static String code(byte[] key, long step) {
		byte[] hash;
		try {
			Mac mac = Mac.getInstance(ALGORITHM);
			mac.init(new SecretKeySpec(key, ALGORITHM));
			hash = mac.doFinal(ByteBuffer.allocate(Long.BYTES).putLong(step).array());
		}
		catch (GeneralSecurityException ex) {
			throw new IllegalStateException("HmacSHA1 is not available", ex);
		}
		// RFC 4226 dynamic truncation.
		int offset = hash[hash.length - 1] & 0x0f;
		int binary = ((hash[offset] & 0x7f) << 24) | ((hash[offset + 1] & 0xff) << 16)
				| ((hash[offset + 2] & 0xff) << 8) | (hash[offset + 3] & 0xff);
		return String.format("%0" + DIGITS + "d", binary % MODULUS);
	}

}
