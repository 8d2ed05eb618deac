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

import java.io.PrintWriter;
import java.io.StringWriter;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Tests for {@link DemoOutput}.
 *
 * @author Cognito Session contributors
 */
class DemoOutputTests {

	@Test
	void maskAccessKeyIdWhenTypicalThenKeepsPrefixAndLastFourOnly() {
		assertThat(DemoOutput.maskAccessKeyId("ASIAIOSFODNN7EXAMPLE")).isEqualTo("ASIA****MPLE");
	}

	@Test
	void maskAccessKeyIdWhenTooShortOrMissingThenMasksEverything() {
		assertThat(DemoOutput.maskAccessKeyId("ASIA1234")).isEqualTo("****");
		assertThat(DemoOutput.maskAccessKeyId(null)).isEqualTo("****");
	}

	@Test
	void stepWhenCalledThenNumbersStepsAndAlignsValues() {
		StringWriter text = new StringWriter();
		DemoOutput output = new DemoOutput(new PrintWriter(text, true), 2);
		output.step("First");
		output.value("state", "SIGNED_OUT");
		output.step("Second");
		assertThat(text.toString().lines()).containsExactly("", "[1/2] First", "      state:             SIGNED_OUT",
				"", "[2/2] Second");
	}

}
