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
import java.security.SecureRandom;
import java.time.Instant;
import java.util.Base64;
import java.util.Objects;

import org.springframework.util.Assert;

/**
 * The client side of one SRP sign-in attempt: holds the ephemeral private value
 * {@code a}, sends {@code A} with {@code InitiateAuth}, and computes the
 * {@code PASSWORD_VERIFIER} proof. Create a new instance per attempt; never reuse
 * {@code a}.
 *
 * @author Cognito Session contributors
 */
public final class SrpClient {

	// Same size as the AWS SDKs and amplify use; the protocol needs at least 256 bits
	private static final int PRIVATE_VALUE_BITS = 1024;

	private final BigInteger privateA;

	private final BigInteger publicA;

	SrpClient(BigInteger privateA) {
		Assert.isTrue(privateA.signum() > 0, "privateA must be positive");
		this.privateA = privateA;
		this.publicA = SrpGroup.G.modPow(privateA, SrpGroup.N);
	}

	/**
	 * Start an attempt with a fresh random private value.
	 * @param random the source of randomness
	 * @return the client
	 */
	public static SrpClient create(SecureRandom random) {
		Objects.requireNonNull(random, "random cannot be null");
		while (true) {
			BigInteger a = new BigInteger(PRIVATE_VALUE_BITS, random).mod(SrpGroup.N);
			// A = g^a mod N is 0 or 1 only for degenerate a; both would void the proof
			if (a.signum() > 0 && SrpGroup.G.modPow(a, SrpGroup.N).compareTo(BigInteger.ONE) > 0) {
				return new SrpClient(a);
			}
		}
	}

	/**
	 * The public value {@code A}, hex, for the {@code SRP_A} parameter.
	 * @return {@code A} in hex
	 */
	public String publicAHex() {
		return this.publicA.toString(16);
	}

	BigInteger publicA() {
		return this.publicA;
	}

	/**
	 * Compute the answer to a {@code PASSWORD_VERIFIER} challenge.
	 * @param poolName the part of the user pool id after {@code _}
	 * @param password the password
	 * @param challenge the challenge
	 * @param now the time to sign (sent as {@code TIMESTAMP})
	 * @return the claim
	 * @throws IllegalArgumentException if the server's values are unsafe ({@code B mod N}
	 * or {@code u} is zero)
	 */
	public PasswordClaim claim(String poolName, String password, PasswordVerifierChallenge challenge, Instant now) {
		BigInteger publicB = challenge.publicB();
		if (publicB.mod(SrpGroup.N).signum() == 0) {
			throw new IllegalArgumentException("PASSWORD_VERIFIER challenge has an unsafe SRP_B (B mod N is 0)");
		}
		BigInteger u = SrpMath.computeU(this.publicA, publicB);
		if (u.signum() == 0) {
			throw new IllegalArgumentException("PASSWORD_VERIFIER challenge gives u = 0");
		}
		BigInteger x = SrpMath.computeX(challenge.salt(), poolName, challenge.userIdForSrp(), password);
		BigInteger s = SrpMath.computeS(this.privateA, publicB, u, x);
		byte[] key = SrpMath.passwordAuthenticationKey(s, u);
		String timestamp = SrpTimestamp.format(now);
		byte[] signature = SrpMath.signature(key, poolName, challenge.userIdForSrp(), challenge.secretBlockBytes(),
				timestamp);
		return new PasswordClaim(challenge.secretBlock(), Base64.getEncoder().encodeToString(signature), timestamp);
	}

	@Override
	public String toString() {
		return "SrpClient[PROTECTED]";
	}

}
