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
import java.util.concurrent.Callable;
import java.util.function.Supplier;

import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

import io.github.cognitosession.session.CognitoSessionManager;
import io.github.cognitosession.signin.SignInResult;

/**
 * {@code sign-in <username> [--password-stdin]}: signs in and answers the challenges (MFA
 * code, new password, ...) at prompts.
 *
 * @author Cognito Session contributors
 */
@Command(name = "sign-in", description = "Sign in; the password is prompted for without echo.")
final class SignInCommand implements Callable<Integer> {

	private final Terminal terminal;

	private final Supplier<CognitoSessionManager> sessionManager;

	@Parameters(index = "0", paramLabel = "<username>", description = "The username or an alias such as the e-mail.")
	private String username;

	@Option(names = "--password-stdin",
			description = "Read the password from the first line of standard input (and challenge answers from the next lines).")
	private boolean passwordStdin;

	SignInCommand(Terminal terminal, Supplier<CognitoSessionManager> sessionManager) {
		this.terminal = terminal;
		this.sessionManager = sessionManager;
	}

	@Override
	public Integer call() {
		CognitoSessionManager manager = this.sessionManager.get();
		ChallengePrompter prompter = new ChallengePrompter(this.terminal, this.passwordStdin);
		SignInResult result = manager.signIn(this.username, readPassword());
		while (!result.isDone()) {
			result = prompter.answer(manager, result);
		}
		String signedIn = manager.getUsername();
		this.terminal.out().println("Signed in as " + ((signedIn != null) ? signedIn : this.username) + ".");
		return ExitCodes.OK;
	}

	private String readPassword() {
		if (this.passwordStdin) {
			String line = this.terminal.readStandardInput();
			if (line == null || line.isEmpty()) {
				throw new CliException("no password on standard input");
			}
			return line;
		}
		char[] password = this.terminal.readPassword("Password: ");
		if (password == null || password.length == 0) {
			throw new CliException("no password given");
		}
		try {
			return new String(password);
		}
		finally {
			Arrays.fill(password, '\0');
		}
	}

}
