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

import io.github.cognitosession.mfa.MfaOperations;
import io.github.cognitosession.mfa.TotpSetup;
import io.github.cognitosession.session.CognitoSessionManager;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/**
 * {@code mfa setup-totp}: multi-factor authentication of the signed-in user.
 *
 * @author Cognito Session contributors
 */
@Command(name = "mfa", description = "Set up multi-factor authentication for the signed-in user.",
		synopsisSubcommandLabel = "COMMAND")
final class MfaCommand implements Runnable {

	@Spec
	private CommandSpec spec;

	@Override
	public void run() {
		this.spec.commandLine().usage(this.spec.commandLine().getOut());
	}

	/**
	 * {@code mfa setup-totp [--device-name <name>] [--code-stdin]}: registers an
	 * authenticator app and makes it the second factor of every sign-in.
	 */
	@Command(name = "setup-totp",
			description = "Register an authenticator app (TOTP) and ask for its codes at every sign-in.")
	static final class SetupTotp implements Callable<Integer> {

		private final Terminal terminal;

		private final Supplier<CognitoSessionManager> sessionManager;

		@Option(names = "--device-name", paramLabel = "<name>", description = "A name for the authenticator app.")
		private String deviceName;

		@Option(names = "--code-stdin", description = "Read the code from standard input instead of prompting.")
		private boolean codeStdin;

		SetupTotp(Terminal terminal, Supplier<CognitoSessionManager> sessionManager) {
			this.terminal = terminal;
			this.sessionManager = sessionManager;
		}

		@Override
		public Integer call() {
			CognitoSessionManager manager = this.sessionManager.get();
			MfaOperations mfa = manager.mfa().orElseThrow();
			TotpSetup setup = mfa.setUpTotp();
			TotpEnrollment.show(this.terminal.err(), setup);
			String code = this.codeStdin ? this.terminal.readStandardInput() : this.terminal.readLine("Code: ");
			if (code == null || code.isBlank()) {
				throw new CliException("no code given: the authenticator app was not registered");
			}
			mfa.verifyTotp(code.strip(), this.deviceName);
			mfa.setTotpMfaEnabled(true);
			this.terminal.out().println("Authenticator app set up for " + setup.getUsername() + ".");
			return ExitCodes.OK;
		}

	}

}
