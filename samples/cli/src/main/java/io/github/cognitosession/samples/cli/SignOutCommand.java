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

import picocli.CommandLine.ArgGroup;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

import io.github.cognitosession.session.CognitoSessionManager;
import io.github.cognitosession.session.SignOutOptions;
import io.github.cognitosession.session.SignOutResult;

/**
 * {@code sign-out [--global] [--no-revoke]}: revokes the refresh token (unless
 * {@code --no-revoke}), optionally signs out everywhere, and forgets the local session,
 * always. {@code --revoke}, the default since revocation became it, is still accepted.
 *
 * @author Cognito Session contributors
 */
@Command(name = "sign-out",
		description = "Sign out: revoke the refresh token, then forget the local session " + "(always, offline too).")
final class SignOutCommand implements Callable<Integer> {

	private final Terminal terminal;

	private final Supplier<CognitoSessionManager> sessionManager;

	@Option(names = "--global", description = "Also sign out of all devices (GlobalSignOut).")
	private boolean global;

	@ArgGroup(exclusive = true)
	private Revocation revocation = new Revocation();

	SignOutCommand(Terminal terminal, Supplier<CognitoSessionManager> sessionManager) {
		this.terminal = terminal;
		this.sessionManager = sessionManager;
	}

	@Override
	public Integer call() {
		SignOutResult result = this.sessionManager.get()
			.signOut(new SignOutOptions(this.global, !this.revocation.noRevoke));
		this.terminal.out().println("Signed out.");
		if (!result.isComplete()) {
			List<String> failures = new ArrayList<>();
			result.errors().forEach((error) -> failures.add(CognitoCli.describe(error)));
			throw new CliException("signed out locally, but a remote step failed: " + String.join("; ", failures));
		}
		return ExitCodes.OK;
	}

	static final class Revocation {

		@Option(names = "--no-revoke",
				description = "Keep the refresh token valid at Cognito (by default it is revoked with RevokeToken).")
		boolean noRevoke;

		@Option(names = "--revoke", description = "Revoke the refresh token (the default; accepted for older scripts).")
		boolean revoke;

	}

}
