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
import java.util.function.Supplier;

import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

import io.github.cognitosession.session.CognitoSessionManager;

/**
 * {@code forgot-password}, {@code confirm-forgot-password} and {@code change-password}.
 *
 * @author Cognito Session contributors
 */
final class PasswordCommands {

	private PasswordCommands() {
	}

	/**
	 * {@code forgot-password <username>}.
	 */
	@Command(name = "forgot-password", description = "Start resetting a forgotten password; Cognito sends a code.")
	static final class ForgotPassword implements Callable<Integer> {

		private final Terminal terminal;

		private final Supplier<CognitoSessionManager> sessionManager;

		@Parameters(index = "0", paramLabel = "<username>", description = "The username or an alias.")
		private String username;

		ForgotPassword(Terminal terminal, Supplier<CognitoSessionManager> sessionManager) {
			this.terminal = terminal;
			this.sessionManager = sessionManager;
		}

		@Override
		public Integer call() {
			Accounts.printDelivery(this.terminal.out(),
					Accounts.account(this.sessionManager).forgotPassword(this.username));
			this.terminal.out()
				.println("Set a new password with 'cognito-cli confirm-forgot-password " + this.username + " <code>'.");
			return ExitCodes.OK;
		}

	}

	/**
	 * {@code confirm-forgot-password <username> <code> [--password-stdin]}.
	 */
	@Command(name = "confirm-forgot-password",
			description = "Set a new password with the code of forgot-password; the new password is prompted for "
					+ "without echo.")
	static final class ConfirmForgotPassword implements Callable<Integer> {

		private final Terminal terminal;

		private final Supplier<CognitoSessionManager> sessionManager;

		@Parameters(index = "0", paramLabel = "<username>", description = "The username or an alias.")
		private String username;

		@Parameters(index = "1", paramLabel = "<code>", description = "The code Cognito sent.")
		private String code;

		@Option(names = "--password-stdin", description = "Read the new password from standard input.")
		private boolean passwordStdin;

		ConfirmForgotPassword(Terminal terminal, Supplier<CognitoSessionManager> sessionManager) {
			this.terminal = terminal;
			this.sessionManager = sessionManager;
		}

		@Override
		public Integer call() {
			String newPassword = new Secrets(this.terminal, this.passwordStdin).read("New password: ", "new password");
			Accounts.account(this.sessionManager).confirmForgotPassword(this.username, this.code.strip(), newPassword);
			this.terminal.out().println("Password of " + this.username + " reset.");
			return ExitCodes.OK;
		}

	}

	/**
	 * {@code change-password [--password-stdin]}.
	 */
	@Command(name = "change-password",
			description = "Change the signed-in user's password; the current and the new password are prompted for "
					+ "without echo (with --password-stdin: one a line, current first).")
	static final class ChangePassword implements Callable<Integer> {

		private final Terminal terminal;

		private final Supplier<CognitoSessionManager> sessionManager;

		@Option(names = "--password-stdin",
				description = "Read the current password, then the new password, from standard input.")
		private boolean passwordStdin;

		ChangePassword(Terminal terminal, Supplier<CognitoSessionManager> sessionManager) {
			this.terminal = terminal;
			this.sessionManager = sessionManager;
		}

		@Override
		public Integer call() {
			Secrets secrets = new Secrets(this.terminal, this.passwordStdin);
			String current = secrets.read("Current password: ", "current password");
			String next = secrets.read("New password: ", "new password");
			Accounts.account(this.sessionManager).changePassword(current, next);
			this.terminal.out().println("Password changed.");
			return ExitCodes.OK;
		}

	}

}
