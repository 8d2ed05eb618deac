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
import java.util.Base64;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Checks the server's SRP arithmetic against the published vectors of amplify-android's
 * SRPHelperTests (pool {@code us-east-2_KO6fcefgd}, user {@code username}, password
 * {@code Password123}; the salt has its top bit set, exercising the leading-zero rule).
 *
 * @author Cognito Session contributors
 */
class SrpGroupTests {

	@Test
	void xWhenPublishedVectorThenMatches() {
		BigInteger salt = new BigInteger("e7dc204cebbfda6b62b8493e932f7f4c", 16);
		assertThat(SrpGroup.x(salt, "KO6fcefgd", "username", "Password123")).isEqualTo(SrpVectors.X);
	}

	@Test
	void scramblingParameterWhenPublishedVectorThenMatches() {
		assertThat(SrpGroup.hashToNumber(SrpVectors.PUBLIC_A.toByteArray(), SrpVectors.SRP_B.toByteArray()))
			.isEqualTo(SrpVectors.U);
	}

	@Test
	void derivedKeyWhenPublishedVectorThenMatches() {
		byte[] key = SrpGroup.derivedKey(SrpVectors.S.toByteArray(), SrpVectors.U.toByteArray());
		assertThat(Base64.getEncoder().encodeToString(key)).isEqualTo("a0z8GrRyu6bvL/ABfYRAuw==");
	}

	@Test
	void startWhenClientPublicIsMultipleOfNThenRejected() {
		PasswordVerifier verifier = PasswordVerifier.create(new java.security.SecureRandom(), "pool", "user",
				"Password123");
		org.assertj.core.api.Assertions.assertThatIllegalArgumentException()
			.isThrownBy(() -> SrpServerSession.start(new java.security.SecureRandom(), verifier, SrpGroup.N));
	}

	@Test
	void verifierWhenPasswordDiffersThenDoesNotMatch() {
		PasswordVerifier verifier = PasswordVerifier.create(new java.security.SecureRandom(), "pool", "user",
				"Password123");
		assertThat(verifier.matches("pool", "user", "Password123")).isTrue();
		assertThat(verifier.matches("pool", "user", "Password124")).isFalse();
		assertThat(verifier.toString()).doesNotContain("Password123").doesNotContain(verifier.verifier().toString(16));
	}

}
