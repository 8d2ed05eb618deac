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
import java.nio.charset.StandardCharsets;
import java.util.Base64;

import org.junit.jupiter.api.Test;

import io.github.cognitosession.local.srp.SrpVectors;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Tests for {@link SrpMath} against the published amplify-android vectors
 * ({@code SRPHelperTests.kt}).
 *
 * @author Cognito Session contributors
 */
class SrpMathTests {

	static final String POOL_NAME = "KO6fcefgd";

	static final String USER_ID = "username";

	static final String PASSWORD = "Password123";

	static final BigInteger PRIVATE_A = new BigInteger(
			"9488887383906780169920975115798309747280340386237614989425790548298032630501412070884132"
					+ "7474383776867490835991544401757353458851423548817030650959502170715563858472246798478938383992111"
					+ "8641214763439688576190818458131929816508697212646134511379438491061305971630419332754538817571764"
					+ "16122005373573809300830865");

	static final BigInteger PUBLIC_A = SrpVectors.PUBLIC_A;

	static final String SRP_B_HEX = SrpVectors.SRP_B.toString(16);

	static final String SALT_HEX = "e7dc204cebbfda6b62b8493e932f7f4c";

	static final BigInteger U = SrpVectors.U;

	static final BigInteger X = SrpVectors.X;

	static final BigInteger S = SrpVectors.S;

	static final String KEY_BASE64 = "a0z8GrRyu6bvL/ABfYRAuw==";

	static final String SECRET_BLOCK = "5ZmS3XIpUD0zsSdbIfEuyp6Bh/Gj1/1PoxqfZQxR9NoG8w/tX2COvK/U/Y9N736doE8QOYGKsmYGMtrRrQ7frLmn2kjE9vBByMRqyD8pmLL3Z2p9OwaAdDzkMH8X/9YubQNlkLR2dtu6DrvDv9DC6o6sq6IOT3WITjpVaIgEJ660nZAcqCM4lsZQF+he1ZqhVmqcOnpQVwGelNF9YhSOhHPGFZ9HrGJcADxMdtSVMVr8x5HEmpatsA986HpDMbAmG15GEFo93h7iGH4hwl584I076DyvzKyIGpqhVlJeor/MqvdCEG3/61Bku1es+LVhNrx8zPsLbfDitdqqLavjxZAU+UNUlD+Mqr9Ng3JXNVB3eQ76TazE1lHPpMI5mpkLmsJ9XP2zOI7kN+1UokLLVp7tRHQKJeGbARfSJFJBKneYQOJujmr6CixnYCb7XAOk0jRFOMDbv4Lbh4J70iuixe16WFF9UqtBfUzZobbKTuI4kvLYH+F8b3WtFBvMI9PIRXWhRYuej7SAMu+BOPO35bnURelp5GLCJwOs+GbYkHDWjZGBMNg5DxbdvZXqE/16Rnigw9JGi9Q63brcnFB1jlYagUqbv2ihAm7R0HIib0CEvW7AqK1yxL+0rjkVAI68AYY7eCl2gXjfXNmKLzmGCmExRpWO5DEslDtBcuEpAPVAwYNKdARVVSsXP5HcLxa0YzqjbSmOoSESYIE/1KvmncYcHsctVgR/+wmZziXPYtUYc3mwPDdXxXTkAzro8aAEMTeuMwEdBOh1Vji0xFhhdY/P/m2dIDX1Hct2O+TUKXOM/X0XM+9p0kaheIHg117lG1DIZT7VeD4x2qQaNR95NR7SzkyoGDZKTDXxS9NwVP8ad8qi5hPUhe0JlFq/aqHyjtoIS4TGUgl1ZnGl7dO03KQtara72Ivf6RnGMVN1MCiQavgHHIecyReSdIurpopSVA0DRFKJYK0/HDxynj04OaeuW7oyO0kV2trX5ebxrdtaCuZofHAb/qqEFUnyac8EWMONA2xZkh8JmmOL9n/qTmD3y5zR45LexAnDxLInNHIbSpqh7Tikre7DpqVpwrtGmrHmW1QAEfP95m/YbAdJ/3iMfnB6SEoeK7aTAtRoLKlPFlJjU+bk2387mYOvvwhBEnb50xMM1BW9ZNItj18KIC5E0/e/ePKDGp1HCpX09wO+QFabTJuabxc2j1W3p42y/InyW27R+Yhnqh/hWSN48w+ASNMaJIiixWQbrIlX4zkPuEFKZGYnMY3fMROzRrsNfSf7qJzYQYVw0y4GErt5uOpsaeShEvdBLAw3iVQV/VmfF23p6DT0i80ML+xyQTAJ+aDf6Y7SFKXFeCkkylNL9aDldgQ2qrsEPVicL2WMDEyU56QJD8MqaBlo+0qvQWAxT2ruvngXo3kBRyoOrxjS9hcFuzNoCol5Cvu5grD8tkF+mwnvq2W3l4NKnx5YK5Fi9viEub6hU6fDpgSHIGD/8gXFXNpBTXHtd1XuhCfLZlg7so7/k64CQNGiWlVn2rE+1c3BbT9fNW7Kz9VgLvL7RimjQqIDcynDxvqw6mTpvgQHdHJYrPUOyuCWmY03TbzCUUIt25oBfPVA5IjfwcgXCLczT3CfETJGOi2w3O78uiup3VRxg4vvNFPnNolWlyxtekcxF46Ovlm+qLkVgwENDJTDUlbOjZ+/ekGtTev3PtdYjT+dqNm3rMGU";

	static final String TIMESTAMP = "Wed Sep 29 06:40:48 UTC 2021";

	/**
	 * amplify-android's M1: HMAC keyed with the base64 TEXT of the key (a quirk of that
	 * test only).
	 */
	static final String AMPLIFY_M1_WITH_TEXT_KEY = "QG7a57h+ndPBVasvx/OkmsJdy5uoMEVRshboEd4S+j8=";

	/**
	 * The real PASSWORD_CLAIM_SIGNATURE for the same inputs: HMAC keyed with the 16
	 * decoded key bytes. Derived independently with
	 * {@code openssl dgst -sha256 -mac HMAC -macopt
	 * hexkey:6b4cfc1ab472bbaaef2ff0017d8440bb} over {@code KO6fcefgd || username ||
	 * base64decode(SECRET_BLOCK) || TIMESTAMP}; the same openssl command keyed with the
	 * base64 text reproduces {@link #AMPLIFY_M1_WITH_TEXT_KEY}, which checks the message
	 * layout.
	 */
	static final String SIGNATURE = "ehnqdfUzwXcTYDzTtjDIe5nbKwsHuC0I9LhPfsYQ9qM=";

	@Test
	void groupWhenLoadedThenIsRfc3526ThreeThousandBitPrime() {
		assertThat(SrpGroup.N.bitLength()).isEqualTo(3072);
		assertThat(SrpGroup.N.toString(16)).startsWith("ffffffffffffffffc90fdaa2").endsWith("ffffffffffffffff");
		assertThat(SrpGroup.N.isProbablePrime(20)).isTrue();
		assertThat(SrpGroup.G).isEqualTo(BigInteger.TWO);
	}

	@Test
	void padWhenTopBitSetThenLeadingZeroByte() {
		BigInteger salt = new BigInteger(SALT_HEX, 16);
		assertThat(SrpMath.pad(salt)).hasSize(17).startsWith((byte) 0);
		assertThat(SrpMath.pad(BigInteger.valueOf(0x7f))).containsExactly(0x7f);
	}

	@Test
	void publicAWhenPrivateAFromVectorsThenMatchesPublishedA() {
		assertThat(new SrpClient(PRIVATE_A).publicA()).isEqualTo(PUBLIC_A);
	}

	@Test
	void computeUWhenVectorsThenPublishedU() {
		assertThat(SrpMath.computeU(PUBLIC_A, new BigInteger(SRP_B_HEX, 16))).isEqualTo(U);
	}

	@Test
	void computeXWhenVectorsThenPublishedX() {
		assertThat(SrpMath.computeX(new BigInteger(SALT_HEX, 16), POOL_NAME, USER_ID, PASSWORD)).isEqualTo(X);
	}

	@Test
	void computeSWhenVectorsThenPublishedS() {
		assertThat(SrpMath.computeS(PRIVATE_A, new BigInteger(SRP_B_HEX, 16), U, X)).isEqualTo(S);
	}

	@Test
	void passwordAuthenticationKeyWhenVectorsThenPublishedKey() {
		assertThat(Base64.getEncoder().encodeToString(SrpMath.passwordAuthenticationKey(S, U))).isEqualTo(KEY_BASE64);
	}

	@Test
	void signatureWhenKeyedWithBase64TextThenReproducesAmplifyM1() {
		byte[] m1 = SrpMath.signature(KEY_BASE64.getBytes(StandardCharsets.US_ASCII), POOL_NAME, USER_ID,
				Base64.getDecoder().decode(SECRET_BLOCK), TIMESTAMP);
		assertThat(Base64.getEncoder().encodeToString(m1)).isEqualTo(AMPLIFY_M1_WITH_TEXT_KEY);
	}

	@Test
	void signatureWhenKeyedWithDecodedKeyThenRealSignature() {
		byte[] signature = SrpMath.signature(Base64.getDecoder().decode(KEY_BASE64), POOL_NAME, USER_ID,
				Base64.getDecoder().decode(SECRET_BLOCK), TIMESTAMP);
		assertThat(Base64.getEncoder().encodeToString(signature)).isEqualTo(SIGNATURE)
			.isNotEqualTo(AMPLIFY_M1_WITH_TEXT_KEY);
	}

}
