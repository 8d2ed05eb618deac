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

import java.util.concurrent.Callable;

import picocli.CommandLine.Command;

/**
 * {@code demo}: reserved for a guided sign-in against Local Cognito, the bundled
 * emulator.
 *
 * @author Cognito Session contributors
 */
@Command(name = "demo", description = "Sign in against Local Cognito, the bundled emulator (coming soon).")
final class DemoCommand implements Callable<Integer> {

	private final Terminal terminal;

	DemoCommand(Terminal terminal) {
		this.terminal = terminal;
	}

	@Override
	public Integer call() {
		this.terminal.err().println("error: the demo needs Local Cognito, which this build does not include yet");
		return ExitCodes.FAILURE;
	}

}
