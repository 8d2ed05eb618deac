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

package io.github.cognitosession.local.standalone;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;

import io.github.cognitosession.local.LocalCognito;
import io.github.cognitosession.local.message.Message;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;

/**
 * The command line of the standalone emulator.
 *
 * @author Cognito Session contributors
 */
class LocalCognitoMainTests {

	@Test
	void parseWhenOptionsGivenThenEmulatorUsesThemAndPrintsWhereItListens() {
		try (LocalCognito cognito = LocalCognitoMain
			.parse(new String[] { "--port", "0", "--host", "127.0.0.1", "--region", "eu-central-1", "--issuer-base",
					"self" })
			.build()
			.start()) {
			ByteArrayOutputStream out = new ByteArrayOutputStream();
			LocalCognitoMain.print(cognito, new PrintStream(out, true, StandardCharsets.UTF_8));
			assertThat(out.toString(StandardCharsets.UTF_8))
				.contains("Local Cognito listening on http://127.0.0.1:" + cognito.port())
				.contains(cognito.s3Endpoint())
				.contains("inbox (messages sent):         " + cognito.inboxUri())
				.contains("eu-central-1");
			assertThat(cognito.issuerBase()).isEqualTo(cognito.endpoint());
		}
	}

	@Test
	void printMessageWhenCodeSentThenOneLineWithPurposeDestinationAndCode() {
		ByteArrayOutputStream out = new ByteArrayOutputStream();
		LocalCognitoMain
			.printMessage(
					new Message("us-east-1_Pool1", "ivan", Message.Purpose.FORGOT_PASSWORD,
							Message.DeliveryMedium.EMAIL, "ivan@example.com", "135246"),
					new PrintStream(out, true, StandardCharsets.UTF_8));
		assertThat(out.toString(StandardCharsets.UTF_8))
			.isEqualTo("message FORGOT_PASSWORD (EMAIL to ivan@example.com, user ivan in us-east-1_Pool1): 135246"
					+ System.lineSeparator());
	}

	@Test
	void parseWhenOptionIsUnknownThenNamesIt() {
		assertThatIllegalArgumentException().isThrownBy(() -> LocalCognitoMain.parse(new String[] { "--prot", "1" }))
			.withMessageContaining("--prot");
	}

	@Test
	void parseWhenPortIsNotANumberThenNamesTheValue() {
		assertThatIllegalArgumentException().isThrownBy(() -> LocalCognitoMain.parse(new String[] { "--port", "abc" }))
			.withMessageContaining("abc");
	}

	@Test
	void parseWhenValueIsMissingThenNamesTheOption() {
		assertThatIllegalArgumentException().isThrownBy(() -> LocalCognitoMain.parse(new String[] { "--port" }))
			.withMessageContaining("--port");
	}

	@Test
	void parseWhenRegionIsInvalidThenRejected() {
		assertThatIllegalArgumentException()
			.isThrownBy(() -> LocalCognitoMain.parse(new String[] { "--region", "mars" }))
			.withMessageContaining("mars");
	}

}
