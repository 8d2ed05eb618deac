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
import java.util.Map;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;

/**
 * Tests for {@link SrpClient}.
 *
 * @author Cognito Session contributors
 */
class SrpClientTests {

	private static final Instant VECTOR_TIME = Instant.parse("2021-09-29T06:40:48Z");

	private static final PasswordVerifierChallenge VECTOR_CHALLENGE = new PasswordVerifierChallenge(
			SrpMathTests.USER_ID, SrpMathTests.SALT_HEX, SrpMathTests.SRP_B_HEX, SrpMathTests.SECRET_BLOCK);

	@Test
	void claimWhenVectorsThenRealSignatureAndTimestamp() {
		SrpClient client = new SrpClient(SrpMathTests.PRIVATE_A);
		PasswordClaim claim = client.claim(SrpMathTests.POOL_NAME, SrpMathTests.PASSWORD, VECTOR_CHALLENGE,
				VECTOR_TIME);
		assertThat(claim.signature()).isEqualTo(SrpMathTests.SIGNATURE);
		assertThat(claim.timestamp()).isEqualTo(SrpMathTests.TIMESTAMP);
		assertThat(claim.secretBlock()).isEqualTo(SrpMathTests.SECRET_BLOCK);
	}

	@Test
	void claimWhenOtherPasswordThenDifferentSignature() {
		PasswordClaim claim = new SrpClient(SrpMathTests.PRIVATE_A).claim(SrpMathTests.POOL_NAME, "Password124",
				VECTOR_CHALLENGE, VECTOR_TIME);
		assertThat(claim.signature()).isNotEqualTo(SrpMathTests.SIGNATURE);
	}

	@Test
	void claimWhenBIsMultipleOfNThenRejected() {
		for (BigInteger unsafeB : new BigInteger[] { BigInteger.ZERO, SrpGroup.N, SrpGroup.N.shiftLeft(1) }) {
			PasswordVerifierChallenge challenge = new PasswordVerifierChallenge(SrpMathTests.USER_ID,
					SrpMathTests.SALT_HEX, unsafeB.toString(16), SrpMathTests.SECRET_BLOCK);
			assertThatIllegalArgumentException()
				.isThrownBy(() -> new SrpClient(SrpMathTests.PRIVATE_A).claim(SrpMathTests.POOL_NAME,
						SrpMathTests.PASSWORD, challenge, VECTOR_TIME))
				.withMessageContaining("SRP_B");
		}
	}

	@Test
	void createWhenRandomInjectedThenPrivateValueComesFromIt() {
		SrpClient first = SrpClient.create(new FixedSecureRandom((byte) 0x5a));
		SrpClient second = SrpClient.create(new FixedSecureRandom((byte) 0x5a));
		SrpClient other = SrpClient.create(new FixedSecureRandom((byte) 0x3c));
		assertThat(first.publicAHex()).isEqualTo(second.publicAHex()).isNotEqualTo(other.publicAHex());
		assertThat(new BigInteger(first.publicAHex(), 16).mod(SrpGroup.N)).isNotEqualTo(BigInteger.ZERO);
	}

	@Test
	void createWhenSecureRandomThenFreshValueEachAttempt() {
		SecureRandom random = new SecureRandom();
		assertThat(SrpClient.create(random).publicAHex()).isNotEqualTo(SrpClient.create(random).publicAHex());
	}

	@Test
	void fromWhenParameterMissingThenNamesIt() {
		assertThatIllegalArgumentException()
			.isThrownBy(
					() -> PasswordVerifierChallenge.from(Map.of("USER_ID_FOR_SRP", "u", "SALT", "ab", "SRP_B", "cd")))
			.withMessage("PASSWORD_VERIFIER challenge has no SECRET_BLOCK");
	}

	@Test
	void fromWhenSaltNotHexThenNamesIt() {
		assertThatIllegalArgumentException()
			.isThrownBy(() -> PasswordVerifierChallenge
				.from(Map.of("USER_ID_FOR_SRP", "u", "SALT", "zz", "SRP_B", "cd", "SECRET_BLOCK", "AAAA")))
			.withMessageContaining("SALT");
	}

	@Test
	void toStringWhenCreatedThenNoPrivateValue() {
		SrpClient client = new SrpClient(SrpMathTests.PRIVATE_A);
		assertThat(client.toString()).doesNotContain(SrpMathTests.PRIVATE_A.toString(16))
			.doesNotContain(SrpMathTests.PRIVATE_A.toString());
	}

	/**
	 * A deterministic "random" source, so that a test can pin the private value.
	 */
	static final class FixedSecureRandom extends SecureRandom {

		private final byte value;

		FixedSecureRandom(byte value) {
			this.value = value;
		}

		@Override
		public void nextBytes(byte[] bytes) {
			java.util.Arrays.fill(bytes, this.value);
		}

	}

}
