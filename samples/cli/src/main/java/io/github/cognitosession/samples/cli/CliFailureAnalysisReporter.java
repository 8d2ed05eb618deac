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

import java.io.PrintStream;

import org.springframework.boot.diagnostics.FailureAnalysis;
import org.springframework.boot.diagnostics.FailureAnalysisReporter;

/**
 * Prints a start-up failure analysis (e.g. a wrong {@code cognito.*} property) as one
 * {@code error: ...} line instead of Spring Boot's multi-line report.
 *
 * @author Cognito Session contributors
 */
final class CliFailureAnalysisReporter implements FailureAnalysisReporter {

	private static volatile boolean reported;

	private final PrintStream err;

	CliFailureAnalysisReporter() {
		this(System.err);
	}

	CliFailureAnalysisReporter(PrintStream err) {
		this.err = err;
	}

	@Override
	public void report(FailureAnalysis analysis) {
		reported = true;
		String action = CognitoCli.oneLine(analysis.getAction());
		this.err.println("error: " + CognitoCli.oneLine(analysis.getDescription())
				+ (action.isEmpty() ? "" : " Fix: " + action));
	}

	/**
	 * Whether a start-up failure of this process was reported already.
	 * @return {@code true} once a failure analysis was printed
	 */
	static boolean hasReported() {
		return reported;
	}

}
