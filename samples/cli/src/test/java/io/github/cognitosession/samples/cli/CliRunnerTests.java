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

import org.junit.jupiter.api.Test;

import org.springframework.boot.DefaultApplicationArguments;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Tests for {@link CliRunner}.
 *
 * @author Cognito Session contributors
 */
class CliRunnerTests {

	@Test
	void commandArgumentsWhenPropertyArgumentsGivenThenDropsThem() {
		assertThat(CliRunner.commandArguments(new String[] { "--cognito.user-pool.id=eu-west-1_AbC", "tokens", "--id",
				"--logging.level.root=debug", "--spring.main.lazy-initialization" }))
			.containsExactly("tokens", "--id");
	}

	@Test
	void runWhenCommandFailsThenExitCodeIsTheCommands() {
		FakeCognitoSessionManager manager = new FakeCognitoSessionManager();
		TestTerminal terminal = new TestTerminal();
		CliRunner runner = new CliRunner(CognitoCli.create(terminal, () -> manager));
		runner.run(new DefaultApplicationArguments("--cognito.user-pool.id=eu-west-1_AbC", "tokens"));
		assertThat(runner.getExitCode()).isEqualTo(ExitCodes.FAILURE);
		runner.run(new DefaultApplicationArguments("--cognito.user-pool.id=eu-west-1_AbC", "status"));
		assertThat(runner.getExitCode()).isEqualTo(ExitCodes.OK);
		assertThat(terminal.stdout()).isEqualTo("state: SIGNED_OUT" + System.lineSeparator());
	}

}
