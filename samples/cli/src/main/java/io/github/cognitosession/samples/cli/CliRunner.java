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

import java.util.Arrays;

import picocli.CommandLine;

import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.boot.ExitCodeGenerator;

/**
 * Runs the command given on the command line once the application has started, and hands
 * its exit code to {@code SpringApplication.exit}.
 *
 * @author Cognito Session contributors
 */
final class CliRunner implements ApplicationRunner, ExitCodeGenerator {

	private final CommandLine commandLine;

	private volatile int exitCode = ExitCodes.OK;

	CliRunner(CommandLine commandLine) {
		this.commandLine = commandLine;
	}

	@Override
	public void run(ApplicationArguments args) {
		this.exitCode = this.commandLine.execute(commandArguments(args.getSourceArgs()));
	}

	@Override
	public int getExitCode() {
		return this.exitCode;
	}

	/**
	 * Drop the property arguments ({@code --cognito.user-pool.id=...},
	 * {@code --logging.level.root=debug}) that Spring Boot has already bound: their names
	 * contain a dot, which no command option does.
	 * @param args the process arguments
	 * @return the arguments meant for the commands
	 */
	static String[] commandArguments(String[] args) {
		return Arrays.stream(args).filter((arg) -> !isPropertyArgument(arg)).toArray(String[]::new);
	}

	private static boolean isPropertyArgument(String arg) {
		if (!arg.startsWith("--")) {
			return false;
		}
		int end = arg.indexOf('=');
		String name = (end != -1) ? arg.substring(2, end) : arg.substring(2);
		return name.contains(".");
	}

}
