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
import java.util.Arrays;
import java.util.Base64;

/**
 * Prints the median client-side compute time of one SRP sign-in: generating {@code a} and
 * {@code A}, then answering {@code PASSWORD_VERIFIER} (u, x, S, HKDF, signature). A
 * measurement to run by hand, not a test: wall-clock numbers depend on the machine.
 * <p>
 * Run: {@code java -cp <test and runtime classpath>
 * io.github.cognitosession.signin.srp.SrpSignInTiming [runs]}.
 *
 * @author Cognito Session contributors
 */
public final class SrpSignInTiming {

	private static final int WARM_UP_RUNS = 50;

	private SrpSignInTiming() {
	}

	public static void main(String[] args) {
		int runs = (args.length > 0) ? Integer.parseInt(args[0]) : 200;
		SecureRandom random = new SecureRandom();
		// B does not depend on A, so one server challenge serves every run
		PasswordVerifierChallenge challenge = serverChallenge(random);
		long sink = 0;
		for (int i = 0; i < WARM_UP_RUNS; i++) {
			sink += signIn(random, challenge);
		}
		long[] nanos = new long[runs];
		for (int i = 0; i < runs; i++) {
			long start = System.nanoTime();
			sink += signIn(random, challenge);
			nanos[i] = System.nanoTime() - start;
		}
		Arrays.sort(nanos);
		System.out.printf("SRP client compute over %d runs: median %.2f ms, p10 %.2f ms, p90 %.2f ms (%d)%n", runs,
				nanos[runs / 2] / 1e6, nanos[runs / 10] / 1e6, nanos[runs * 9 / 10] / 1e6, sink % 2);
	}

	private static int signIn(SecureRandom random, PasswordVerifierChallenge challenge) {
		SrpClient client = SrpClient.create(random);
		client.publicAHex();
		return client.claim("KO6fcefgd", "Password123", challenge, Instant.now()).signature().length();
	}

	private static PasswordVerifierChallenge serverChallenge(SecureRandom random) {
		BigInteger salt = new BigInteger(128, random);
		BigInteger x = SrpMath.computeX(salt, "KO6fcefgd", "username", "Password123");
		BigInteger verifier = SrpGroup.G.modPow(x, SrpGroup.N);
		BigInteger b = new BigInteger(1024, random);
		BigInteger publicB = SrpGroup.K.multiply(verifier).add(SrpGroup.G.modPow(b, SrpGroup.N)).mod(SrpGroup.N);
		byte[] secretBlock = new byte[1024];
		random.nextBytes(secretBlock);
		return new PasswordVerifierChallenge("username", salt.toString(16), publicB.toString(16),
				Base64.getEncoder().encodeToString(secretBlock));
	}

}
