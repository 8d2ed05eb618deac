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

/**
 * The SRP-6a group Cognito uses: the 3072-bit prime of RFC 3526 (also RFC 5054),
 * generator 2, and the multiplier {@code k = H(pad(N) || pad(g))}.
 *
 * @author Cognito Session contributors
 */
public final class SrpGroup {

	private static final String N_HEX = "FFFFFFFFFFFFFFFFC90FDAA22168C234C4C6628B80DC1CD129024E088A67CC74"
			+ "020BBEA63B139B22514A08798E3404DDEF9519B3CD3A431B302B0A6DF25F1437"
			+ "4FE1356D6D51C245E485B576625E7EC6F44C42E9A637ED6B0BFF5CB6F406B7ED"
			+ "EE386BFB5A899FA5AE9F24117C4B1FE649286651ECE45B3DC2007CB8A163BF05"
			+ "98DA48361C55D39A69163FA8FD24CF5F83655D23DCA3AD961C62F356208552BB"
			+ "9ED529077096966D670C354E4ABC9804F1746C08CA18217C32905E462E36CE3B"
			+ "E39E772C180E86039B2783A2EC07A28FB5C55DF06F4C52C9DE2BCBF695581718"
			+ "3995497CEA956AE515D2261898FA051015728E5A8AAAC42DAD33170D04507A33"
			+ "A85521ABDF1CBA64ECFB850458DBEF0A8AEA71575D060C7DB3970F85A6E1E4C7"
			+ "ABF5AE8CDB0933D71E8C94E04A25619DCEE3D2261AD2EE6BF12FFA06D98A0864"
			+ "D87602733EC86A64521F2B18177B200CBBE117577A615D6C770988C0BAD946E2"
			+ "08E24FA074E5AB3143DB5BFCE0FD108E4B82D120A93AD2CAFFFFFFFFFFFFFFFF";

	/** The safe prime modulus N. */
	public static final BigInteger N = new BigInteger(N_HEX, 16);

	/** The generator g. */
	public static final BigInteger G = BigInteger.TWO;

	/** The multiplier parameter k. */
	public static final BigInteger K = SrpMath.hash(SrpMath.pad(N), SrpMath.pad(G));

	private SrpGroup() {
	}

}
