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
import java.security.MessageDigest;
import java.security.SecureRandom;

/**
 * What the emulator keeps of a password: the SRP salt and verifier v = g^x, never the
 * password itself. A plain password check recomputes the verifier.
 *
 * @author Cognito Session contributors
 */
public final class PasswordVerifier {

	private static final int SALT_BYTES = 16;

	private final BigInteger salt;

	private final BigInteger verifier;

	private PasswordVerifier(BigInteger salt, BigInteger verifier) {
		this.salt = salt;
		this.verifier = verifier;
	}

	/**
	 * Derive the verifier of a new password with a fresh salt.
	 * @param random the randomness source
	 * @param poolName the pool id part after the underscore
	 * @param userId the username used as USER_ID_FOR_SRP
	 * @param password the password
	 * @return the verifier
	 */
	public static PasswordVerifier create(SecureRandom random, String poolName, String userId, String password) {
		byte[] bytes = new byte[SALT_BYTES];
		random.nextBytes(bytes);
		BigInteger salt = new BigInteger(1, bytes);
		return new PasswordVerifier(salt, compute(salt, poolName, userId, password));
	}

	/**
	 * A verifier registered by a client, as ConfirmDevice does for a device password.
	 * @param salt the salt
	 * @param verifier the verifier g^x
	 * @return the verifier
	 * @throws IllegalArgumentException when a value is not positive or the verifier is
	 * outside the group
	 */
	public static PasswordVerifier of(BigInteger salt, BigInteger verifier) {
		if (salt.signum() <= 0 || verifier.signum() <= 0 || verifier.compareTo(SrpGroup.N) >= 0) {
			throw new IllegalArgumentException("salt and verifier must be positive and the verifier below N");
		}
		return new PasswordVerifier(salt, verifier);
	}

	/**
	 * Whether a password is the one this verifier was made from, in constant time.
	 * @param poolName the pool id part after the underscore
	 * @param userId the USER_ID_FOR_SRP
	 * @param password the candidate password
	 * @return whether it matches
	 */
	public boolean matches(String poolName, String userId, String password) {
		BigInteger candidate = compute(this.salt, poolName, userId, password);
		return MessageDigest.isEqual(candidate.toByteArray(), this.verifier.toByteArray());
	}

	public BigInteger salt() {
		return this.salt;
	}

	public BigInteger verifier() {
		return this.verifier;
	}

	private static BigInteger compute(BigInteger salt, String poolName, String userId, String password) {
		return SrpGroup.G.modPow(SrpGroup.x(salt, poolName, userId, password), SrpGroup.N);
	}

	@Override
	public String toString() {
		return "PasswordVerifier[PROTECTED]";
	}

}
