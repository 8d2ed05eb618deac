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

/**
 * The command's input and output. Standard output carries only the command's result (e.g.
 * a raw token), so that it can be captured by a script; prompts, challenges and events go
 * to standard error.
 *
 * @author Cognito Session contributors
 */
interface Terminal {

	/**
	 * Standard output: the command's result.
	 * @return the writer
	 */
	PrintWriter out();

	/**
	 * Standard error: prompts, events and errors.
	 * @return the writer
	 */
	PrintWriter err();

	/**
	 * Prompt for a value and read one line; the line is echoed when typed at a terminal.
	 * @param prompt the prompt
	 * @return the line, or {@code null} at the end of the input
	 */
	String readLine(String prompt);

	/**
	 * Prompt for a secret and read it without echo.
	 * @param prompt the prompt
	 * @return the secret, or {@code null} at the end of the input
	 * @throws CliException when there is no terminal to read from without echo
	 */
	char[] readPassword(String prompt);

	/**
	 * Read one line from standard input, without a prompt (for {@code --password-stdin}).
	 * @return the line, or {@code null} at the end of the input
	 */
	String readStandardInput();

}
