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

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

import org.springframework.boot.SpringApplication;
import org.springframework.boot.diagnostics.FailureAnalysis;
import org.springframework.boot.test.system.CapturedOutput;
import org.springframework.boot.test.system.OutputCaptureExtension;
import org.springframework.context.ConfigurableApplicationContext;

import io.github.cognitosession.event.UserStateChangedEvent;
import io.github.cognitosession.state.UserState;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatException;

/**
 * Tests for {@link CognitoCliApplication} started as the jar starts it.
 *
 * @author Cognito Session contributors
 */
@ExtendWith(OutputCaptureExtension.class)
class CognitoCliApplicationTests {

	@Test
	void runWhenHelpWithoutConfigurationThenPrintsOnlyUsageOnStdout(CapturedOutput output) {
		ConfigurableApplicationContext context = SpringApplication.run(CognitoCliApplication.class, "help");
		assertThat(SpringApplication.exit(context)).isZero();
		assertThat(output.getOut()).startsWith("Usage: cognito-cli").doesNotContain("INFO").doesNotContain("Spring");
		assertThat(output.getErr()).isEmpty();
	}

	@Test
	void runWhenStateChangeEventPublishedThenPrintedOnStderr(CapturedOutput output) {
		ConfigurableApplicationContext context = SpringApplication.run(CognitoCliApplication.class, "help");
		context.publishEvent(new UserStateChangedEvent(this, UserState.SIGNED_OUT, UserState.SIGNED_IN, "alice", null));
		SpringApplication.exit(context);
		assertThat(output.getErr()).isEqualTo("event: SIGNED_OUT -> SIGNED_IN" + System.lineSeparator());
	}

	@Test
	void runWhenPropertyIsWrongThenOneErrorLineAndNoStackTrace(CapturedOutput output) {
		assertThatException().isThrownBy(() -> SpringApplication.run(CognitoCliApplication.class,
				"--cognito.user-pool.id=AbCdEf123", "--cognito.user-pool.client-id=abc", "status"));
		assertThat(output.getOut()).isEmpty();
		assertThat(output.getErr())
			.startsWith("error: The Cognito property 'cognito.user-pool.id' is 'AbCdEf123', which is not a user "
					+ "pool id. Fix: Set cognito.user-pool.id")
			.hasLineCount(1);
		assertThat(CliFailureAnalysisReporter.hasReported()).isTrue();
	}

	@Test
	void reportWhenAnalysisIsMultiLineThenPrintsOneLine() {
		ByteArrayOutputStream bytes = new ByteArrayOutputStream();
		new CliFailureAnalysisReporter(new PrintStream(bytes, true, StandardCharsets.UTF_8))
			.report(new FailureAnalysis("Something\nis wrong.", "Fix\n  it.", null));
		assertThat(bytes.toString(StandardCharsets.UTF_8))
			.isEqualTo("error: Something is wrong. Fix: Fix it." + System.lineSeparator());
	}

}
