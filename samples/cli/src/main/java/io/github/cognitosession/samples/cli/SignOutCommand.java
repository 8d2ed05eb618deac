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

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.function.Supplier;

import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

import io.github.cognitosession.session.CognitoSessionManager;
import io.github.cognitosession.session.SignOutOptions;
import io.github.cognitosession.session.SignOutResult;

/**
 * {@code sign-out [--global] [--revoke]}: forgets the local session, always, and
 * optionally signs out everywhere and revokes the refresh token.
 *
 * @author Cognito Session contributors
 */
@Command(name = "sign-out", description = "Sign out; the local session is always forgotten, offline too.")
final class SignOutCommand implements Callable<Integer> {

	private final Terminal terminal;

	private final Supplier<CognitoSessionManager> sessionManager;

	@Option(names = "--global", description = "Also sign out of all devices (GlobalSignOut).")
	private boolean global;

	@Option(names = "--revoke", description = "Also revoke the refresh token (RevokeToken).")
	private boolean revoke;

	SignOutCommand(Terminal terminal, Supplier<CognitoSessionManager> sessionManager) {
		this.terminal = terminal;
		this.sessionManager = sessionManager;
	}

	@Override
	public Integer call() {
		SignOutResult result = this.sessionManager.get().signOut(new SignOutOptions(this.global, this.revoke));
		this.terminal.out().println("Signed out.");
		if (!result.isComplete()) {
			List<String> failures = new ArrayList<>();
			result.errors().forEach((error) -> failures.add(CognitoCli.describe(error)));
			throw new CliException("signed out locally, but a remote step failed: " + String.join("; ", failures));
		}
		return ExitCodes.OK;
	}

}
