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

package io.github.cognitosession.local;

import java.math.BigInteger;

import io.github.cognitosession.local.srp.SrpVectors;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Proves the test-side SRP client against amplify-android's published vectors, so the
 * emulator's SRP tests do not rest on two copies of one mistake.
 *
 * @author Cognito Session contributors
 */
class TestSrpClientTests {

	private static final BigInteger PRIVATE_A = new BigInteger(
			"9488887383906780169920975115798309747280340386237614989425790548298032630501412070884132"
					+ "7474383776867490835991544401757353458851423548817030650959502170715563858472246798478938383992111"
					+ "8641214763439688576190818458131929816508697212646134511379438491061305971630419332754538817571764"
					+ "16122005373573809300830865");

	@Test
	void publicAWhenPublishedPrivateAThenMatchesPublishedPublicA() {
		assertThat(new TestSrpClient(PRIVATE_A).publicA()).isEqualTo(SrpVectors.PUBLIC_A);
	}

	@Test
	void sharedSecretWhenPublishedVectorThenMatches() {
		TestSrpClient client = new TestSrpClient(PRIVATE_A);
		assertThat(client.s(SrpVectors.U, SrpVectors.X, SrpVectors.SRP_B)).isEqualTo(SrpVectors.S);
	}

}
