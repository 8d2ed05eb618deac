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

import java.io.BufferedReader;
import java.io.Console;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.OutputStream;
import java.io.PrintWriter;
import java.io.UncheckedIOException;
import java.nio.charset.Charset;

/**
 * The process's console and standard streams.
 *
 * @author Cognito Session contributors
 */
final class SystemTerminal implements Terminal {

	private final PrintWriter out;

	private final PrintWriter err;

	private final InputStream in;

	private BufferedReader standardInput;

	SystemTerminal() {
		this(System.out, System.err, System.in);
	}

	/**
	 * A terminal on other streams, e.g. to run the application in a test without printing
	 * its results (tokens, secrets) where logs go.
	 */
	SystemTerminal(OutputStream out, OutputStream err, InputStream in) {
		this.out = new PrintWriter(out, true);
		this.err = new PrintWriter(err, true);
		this.in = in;
	}

	@Override
	public PrintWriter out() {
		return this.out;
	}

	@Override
	public PrintWriter err() {
		return this.err;
	}

	@Override
	public String readLine(String prompt) {
		Console console = System.console();
		if (console != null) {
			return console.readLine("%s", prompt);
		}
		this.err.print(prompt);
		this.err.flush();
		return readStandardInput();
	}

	@Override
	public char[] readPassword(String prompt) {
		Console console = System.console();
		if (console == null) {
			throw new CliException("cannot read a password without echo: no terminal (use --password-stdin)");
		}
		return console.readPassword("%s", prompt);
	}

	@Override
	public synchronized String readStandardInput() {
		try {
			if (this.standardInput == null) {
				this.standardInput = new BufferedReader(new InputStreamReader(this.in, Charset.defaultCharset()));
			}
			return this.standardInput.readLine();
		}
		catch (IOException ex) {
			throw new UncheckedIOException("Cannot read standard input", ex);
		}
	}

}
