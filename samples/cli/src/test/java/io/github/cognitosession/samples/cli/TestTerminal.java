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
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Deque;
import java.util.List;

/**
 * A {@link Terminal} with scripted input that records its output, prompts included.
 *
 * @author Cognito Session contributors
 */
class TestTerminal implements Terminal {

	private final StringWriter out = new StringWriter();

	private final StringWriter err = new StringWriter();

	private final PrintWriter outWriter = new PrintWriter(this.out, true);

	private final PrintWriter errWriter = new PrintWriter(this.err, true);

	/** Lines typed at the terminal (echoed). */
	final Deque<String> typedLines = new ArrayDeque<>();

	/** Secrets typed at the terminal (not echoed); empty with no console. */
	final Deque<String> typedSecrets = new ArrayDeque<>();

	/** Lines of standard input. */
	final Deque<String> standardInput = new ArrayDeque<>();

	final List<String> prompts = new ArrayList<>();

	final List<char[]> handedOutSecrets = new ArrayList<>();

	boolean console = true;

	@Override
	public PrintWriter out() {
		return this.outWriter;
	}

	@Override
	public PrintWriter err() {
		return this.errWriter;
	}

	@Override
	public String readLine(String prompt) {
		this.prompts.add(prompt);
		this.errWriter.print(prompt);
		String line = this.typedLines.poll();
		// A terminal echoes what is typed
		this.errWriter.println((line != null) ? line : "");
		return line;
	}

	@Override
	public char[] readPassword(String prompt) {
		if (!this.console) {
			throw new CliException("cannot read a password without echo: no terminal (use --password-stdin)");
		}
		this.prompts.add(prompt);
		this.errWriter.println(prompt);
		String secret = this.typedSecrets.poll();
		char[] chars = (secret != null) ? secret.toCharArray() : null;
		this.handedOutSecrets.add(chars);
		return chars;
	}

	@Override
	public String readStandardInput() {
		return this.standardInput.poll();
	}

	String stdout() {
		return this.out.toString();
	}

	String stderr() {
		return this.err.toString();
	}

	boolean secretsWiped() {
		return this.handedOutSecrets.stream()
			.allMatch((chars) -> chars == null || Arrays.equals(chars, new char[chars.length]));
	}

}
