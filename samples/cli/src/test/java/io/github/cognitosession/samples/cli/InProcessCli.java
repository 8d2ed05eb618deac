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

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.InputStream;
import java.nio.charset.Charset;
import java.util.List;

import org.springframework.boot.SpringApplication;
import org.springframework.context.support.GenericApplicationContext;

/**
 * Runs the CLI application as its {@code main} does, minus {@code System.exit}, with a
 * terminal on in-memory streams: its results (tokens, credentials, an authenticator
 * secret) are what the commands are for, and must not reach the test JVM's own output,
 * where the log scan looks for secrets in the logs.
 *
 * @author Cognito Session contributors
 */
final class InProcessCli {

	private InProcessCli() {
	}

	/**
	 * Run one command.
	 * @param args the arguments, properties and command
	 * @param standardInput what is on standard input, or {@code null} for nothing
	 * @param err where the terminal's standard error goes (for watching a running
	 * command)
	 * @return the result
	 */
	static Result run(List<String> args, InputStream standardInput, ByteArrayOutputStream err) {
		ByteArrayOutputStream out = new ByteArrayOutputStream();
		InputStream in = (standardInput != null) ? standardInput : new ByteArrayInputStream(new byte[0]);
		SystemTerminal terminal = new SystemTerminal(out, err, in);
		SpringApplication application = new SpringApplication(CognitoCliApplication.class);
		application.addInitializers((context) -> ((GenericApplicationContext) context).registerBean("terminal",
				Terminal.class, () -> terminal));
		int exitCode = SpringApplication.exit(application.run(args.toArray(String[]::new)));
		return new Result(exitCode, text(out), text(err));
	}

	static String text(ByteArrayOutputStream stream) {
		return stream.toString(Charset.defaultCharset()).replace(System.lineSeparator(), "\n");
	}

	/**
	 * What a command did.
	 *
	 * @param exitCode its exit code
	 * @param out its standard output
	 * @param err its standard error
	 */
	record Result(int exitCode, String out, String err) {

	}

}
