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

/**
 * Reads passwords: from standard input, one a line ({@code --password-stdin}), or at a
 * prompt without echo. A password is never printed.
 *
 * @author Cognito Session contributors
 */
final class Secrets {

	private final Terminal terminal;

	private final boolean fromStandardInput;

	Secrets(Terminal terminal, boolean fromStandardInput) {
		this.terminal = terminal;
		this.fromStandardInput = fromStandardInput;
	}

	/**
	 * Read a password.
	 * @param prompt the prompt at a terminal, e.g. {@code "Password: "}
	 * @param what what is read, for the error when there is nothing, e.g.
	 * {@code "password"}
	 * @return the password
	 */
	String read(String prompt, String what) {
		if (this.fromStandardInput) {
			String line = this.terminal.readStandardInput();
			if (line == null || line.isEmpty()) {
				throw new CliException("no " + what + " on standard input");
			}
			return line;
		}
		char[] secret = this.terminal.readPassword(prompt);
		if (secret == null || secret.length == 0) {
			throw new CliException("no " + what + " given");
		}
		try {
			return new String(secret);
		}
		finally {
			Arrays.fill(secret, '\0');
		}
	}

}
