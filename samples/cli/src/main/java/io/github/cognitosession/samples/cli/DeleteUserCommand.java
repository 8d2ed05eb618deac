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
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.Spec;

import io.github.cognitosession.session.CognitoSessionManager;

/**
 * {@code delete-user --yes}: deletes the signed-in user for good, and signs out.
 *
 * @author Cognito Session contributors
 */
@Command(name = "delete-user", description = "Delete the signed-in user for good (needs --yes), then sign out.")
final class DeleteUserCommand implements Callable<Integer> {

	private final Terminal terminal;

	private final Supplier<CognitoSessionManager> sessionManager;

	@Spec
	private CommandSpec spec;

	@Option(names = "--yes", description = "Confirm that the user is to be deleted.")
	private boolean yes;

	DeleteUserCommand(Terminal terminal, Supplier<CognitoSessionManager> sessionManager) {
		this.terminal = terminal;
		this.sessionManager = sessionManager;
	}

	@Override
	public Integer call() {
		if (!this.yes) {
			throw new ParameterException(this.spec.commandLine(),
					"delete-user deletes the user for good: add --yes to confirm");
		}
		CognitoSessionManager manager = this.sessionManager.get();
		String username = manager.getUsername();
		Accounts.account(this.sessionManager).deleteUser();
		this.terminal.out().println("User " + ((username != null) ? username + " " : "") + "deleted.");
		return ExitCodes.OK;
	}

}
