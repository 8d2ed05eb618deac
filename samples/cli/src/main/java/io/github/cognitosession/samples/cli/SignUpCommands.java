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

import java.util.LinkedHashMap;
import java.util.Map;
import java.util.concurrent.Callable;
import java.util.function.Supplier;

import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

import io.github.cognitosession.account.SignUpResult;
import io.github.cognitosession.account.SignUpStep;
import io.github.cognitosession.session.CognitoSessionManager;

/**
 * {@code sign-up}, {@code confirm-sign-up} and {@code resend-code}: registering a new
 * user and confirming them with the code Cognito sends.
 *
 * @author Cognito Session contributors
 */
final class SignUpCommands {

	private SignUpCommands() {
	}

	/**
	 * {@code sign-up <username> [--attribute name=value]... [--password-stdin]}.
	 */
	@Command(name = "sign-up", description = "Register a new user; Cognito sends a confirmation code.")
	static final class SignUp implements Callable<Integer> {

		private final Terminal terminal;

		private final Supplier<CognitoSessionManager> sessionManager;

		@Parameters(index = "0", paramLabel = "<username>",
				description = "The username (or the e-mail address or phone number, in a pool that uses them).")
		private String username;

		@Option(names = "--attribute", paramLabel = "<name=value>",
				description = "A user attribute, e.g. --attribute email=alice@example.com (repeatable).")
		private Map<String, String> attributes = new LinkedHashMap<>();

		@Option(names = "--password-stdin", description = "Read the password from standard input.")
		private boolean passwordStdin;

		SignUp(Terminal terminal, Supplier<CognitoSessionManager> sessionManager) {
			this.terminal = terminal;
			this.sessionManager = sessionManager;
		}

		@Override
		public Integer call() {
			String password = new Secrets(this.terminal, this.passwordStdin).read("Password: ", "password");
			SignUpResult result = Accounts.account(this.sessionManager)
				.signUp(this.username, password, this.attributes);
			result.getCodeDelivery().ifPresent((delivery) -> Accounts.printDelivery(this.terminal.out(), delivery));
			if (result.getNextStep() == SignUpStep.CONFIRM_SIGN_UP) {
				this.terminal.out()
					.println("Signed up " + this.username + "; confirm with 'cognito-cli confirm-sign-up "
							+ this.username + " <code>'.");
			}
			else {
				this.terminal.out().println("Signed up " + this.username + " (confirmed).");
			}
			return ExitCodes.OK;
		}

	}

	/**
	 * {@code confirm-sign-up <username> <code>}.
	 */
	@Command(name = "confirm-sign-up", description = "Confirm a sign-up with the code Cognito sent.")
	static final class ConfirmSignUp implements Callable<Integer> {

		private final Terminal terminal;

		private final Supplier<CognitoSessionManager> sessionManager;

		@Parameters(index = "0", paramLabel = "<username>", description = "The username.")
		private String username;

		@Parameters(index = "1", paramLabel = "<code>", description = "The confirmation code.")
		private String code;

		ConfirmSignUp(Terminal terminal, Supplier<CognitoSessionManager> sessionManager) {
			this.terminal = terminal;
			this.sessionManager = sessionManager;
		}

		@Override
		public Integer call() {
			Accounts.account(this.sessionManager).confirmSignUp(this.username, this.code.strip());
			this.terminal.out()
				.println("Sign-up of " + this.username + " confirmed; sign in with 'cognito-cli sign-in "
						+ this.username + "'.");
			return ExitCodes.OK;
		}

	}

	/**
	 * {@code resend-code <username>}.
	 */
	@Command(name = "resend-code", description = "Send the sign-up's confirmation code again.")
	static final class ResendCode implements Callable<Integer> {

		private final Terminal terminal;

		private final Supplier<CognitoSessionManager> sessionManager;

		@Parameters(index = "0", paramLabel = "<username>", description = "The username.")
		private String username;

		ResendCode(Terminal terminal, Supplier<CognitoSessionManager> sessionManager) {
			this.terminal = terminal;
			this.sessionManager = sessionManager;
		}

		@Override
		public Integer call() {
			Accounts.printDelivery(this.terminal.out(),
					Accounts.account(this.sessionManager).resendSignUpCode(this.username));
			return ExitCodes.OK;
		}

	}

}
