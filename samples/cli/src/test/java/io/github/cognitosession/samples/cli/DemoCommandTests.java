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
package io.github.cognitosession.samples.cli;

import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;

import org.springframework.boot.SpringApplication;
import org.springframework.boot.test.system.CapturedOutput;
import org.springframework.boot.test.system.OutputCaptureExtension;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Tests for the {@code demo} command, which runs against an embedded Local Cognito.
 *
 * @author Cognito Session contributors
 */
@ExtendWith(OutputCaptureExtension.class)
class DemoCommandTests {

	/** The user's {@code sub}, which is shown. */
	private static final String UUID = "\\p{XDigit}{8}(-\\p{XDigit}{4}){3}-\\p{XDigit}{12}";

	private final TestTerminal terminal = new TestTerminal();

	@Test
	void demoWhenRunThenWalksThroughEveryStepInOrderAndExitsZero() {
		int exitCode = CognitoCli.create(this.terminal, () -> null).execute("demo");

		assertThat(exitCode).isZero();
		assertThat(this.terminal.stderr()).isEmpty();
		String out = this.terminal.stdout();
		assertThat(out).containsSubsequence("[1/8] Starting Local Cognito", "[2/8] Before signing in",
				"state:             GUEST", "guest identity id: us-east-1:", "[3/8] Signing in as demo with SRP",
				"event: GUEST -> SIGNED_IN", "[4/8] Token claims", "cognito:username:  demo", "token_use=id",
				"token_use=access", "[5/8] AWS credentials", "(the guest identity, now linked to demo)",
				"[6/8] Using the credentials", "uploaded:          s3://cognito-demo/hello/demo.txt",
				"listed:            s3://cognito-demo/hello/demo.txt", "[7/8] Forcing a token refresh",
				"event: tokens refreshed", "new ID token:      yes", "[8/8] Signing out", "event: SIGNED_IN -> GUEST",
				"token revoked:     yes", "state:             GUEST", "Demo complete");
		assertThat(out).containsPattern("access key id: +ASIA\\*{4}[A-Z0-9]{4}\\R");
	}

	@Test
	void demoWhenRunThenPrintsNoTokenPasswordOrSecretKey() {
		CognitoCli.create(this.terminal, () -> null).execute("demo");

		String out = this.terminal.stdout();
		// JWTs start with a base64 '{"'; refresh tokens, secret keys and session tokens
		// are long runs of base64 characters.
		assertThat(out).doesNotContain("eyJ").doesNotContainIgnoringCase("password:");
		List<String> longOpaqueWords = Arrays.stream(out.split("\\s+"))
			.filter((word) -> word.length() >= 32 && word.matches("[A-Za-z0-9+/=_-]+"))
			.filter((word) -> !word.matches(UUID))
			.toList();
		assertThat(longOpaqueWords).isEmpty();
		assertThat(out).contains("secret key:        (not shown)", "session token:     (not shown)");
	}

	@Test
	void demoWhenCognitoPropertiesGivenThenTheDemoIgnoresThemAndLeavesTheUserStoreAlone(CapturedOutput output,
			@TempDir Path home) {
		Path userStore = home.resolve("user.session");

		int exitCode = SpringApplication
			.exit(SpringApplication.run(CognitoCliApplication.class, "--cognito.user-pool.id=eu-west-1_NotTheDemo",
					"--cognito.user-pool.client-id=not-the-demo", "--cognito.session.store-path=" + userStore, "demo"));

		assertThat(exitCode).isZero();
		assertThat(output.getOut()).contains("Demo complete").doesNotContain("eu-west-1_NotTheDemo");
		assertThat(home).isEmptyDirectory();
	}

}
