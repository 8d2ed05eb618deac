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
import java.security.MessageDigest;
import java.security.SecureRandom;
import java.util.Base64;

/**
 * The server half of one SRP exchange: from the client's A and the stored verifier it
 * makes B, and later checks the client's PASSWORD_CLAIM_SIGNATURE.
 *
 * @author Cognito Session contributors
 */
public final class SrpServerSession {

	private final PasswordVerifier verifier;

	private final BigInteger a;

	private final BigInteger b;

	private final BigInteger publicB;

	private SrpServerSession(PasswordVerifier verifier, BigInteger a, BigInteger b, BigInteger publicB) {
		this.verifier = verifier;
		this.a = a;
		this.b = b;
		this.publicB = publicB;
	}

	/**
	 * Start an exchange.
	 * @param random the randomness source for the server's private value
	 * @param verifier the user's verifier
	 * @param clientPublic the client's A
	 * @return the session
	 * @throws IllegalArgumentException when A mod N is 0 (a known attack)
	 */
	public static SrpServerSession start(SecureRandom random, PasswordVerifier verifier, BigInteger clientPublic) {
		if (clientPublic.signum() <= 0 || clientPublic.mod(SrpGroup.N).signum() == 0) {
			throw new IllegalArgumentException("SRP_A is not valid");
		}
		BigInteger b;
		BigInteger publicB;
		do {
			b = new BigInteger(256, random);
			publicB = SrpGroup.K.multiply(verifier.verifier()).add(SrpGroup.G.modPow(b, SrpGroup.N)).mod(SrpGroup.N);
		}
		while (publicB.signum() == 0);
		return new SrpServerSession(verifier, clientPublic, b, publicB);
	}

	public BigInteger publicB() {
		return this.publicB;
	}

	public BigInteger salt() {
		return this.verifier.salt();
	}

	/**
	 * Check the client's proof.
	 * @param poolName the pool id part after the underscore
	 * @param userId the USER_ID_FOR_SRP
	 * @param secretBlock the decoded SECRET_BLOCK
	 * @param timestamp the TIMESTAMP as sent
	 * @param signature the PASSWORD_CLAIM_SIGNATURE as sent (base64)
	 * @return whether the client knows the password
	 */
	public boolean verify(String poolName, String userId, byte[] secretBlock, String timestamp, String signature) {
		byte[] claimed;
		try {
			claimed = Base64.getDecoder().decode(signature);
		}
		catch (IllegalArgumentException ex) {
			return false;
		}
		BigInteger u = SrpGroup.hashToNumber(this.a.toByteArray(), this.publicB.toByteArray());
		if (u.signum() == 0) {
			return false;
		}
		BigInteger s = this.a.multiply(this.verifier.verifier().modPow(u, SrpGroup.N)).modPow(this.b, SrpGroup.N);
		byte[] key = SrpGroup.derivedKey(s.toByteArray(), u.toByteArray());
		byte[] expected = SrpGroup.hmac(key, poolName.getBytes(StandardCharsets.UTF_8),
				userId.getBytes(StandardCharsets.UTF_8), secretBlock, timestamp.getBytes(StandardCharsets.UTF_8));
		return MessageDigest.isEqual(expected, claimed);
	}

	@Override
	public String toString() {
		return "SrpServerSession[PROTECTED]";
	}

}
