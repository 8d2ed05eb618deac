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

import java.util.Locale;
import java.util.concurrent.Callable;
import java.util.function.Supplier;

import io.github.cognitosession.mfa.MfaOperations;
import io.github.cognitosession.mfa.MfaPreference;
import io.github.cognitosession.mfa.MfaPreferences;
import io.github.cognitosession.mfa.MfaSettings;
import io.github.cognitosession.mfa.MfaType;
import io.github.cognitosession.mfa.TotpSetup;
import io.github.cognitosession.session.CognitoSessionManager;
import picocli.CommandLine.Command;
import picocli.CommandLine.ITypeConverter;
import picocli.CommandLine.TypeConversionException;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/**
 * {@code mfa setup-totp} and {@code mfa preferences}: multi-factor authentication of the
 * signed-in user.
 *
 * @author Cognito Session contributors
 */
@Command(name = "mfa",
		description = "Set up multi-factor authentication for the signed-in user: 'mfa setup-totp', "
				+ "'mfa preferences [--totp|--sms|--email preferred|enabled|disabled]'.",
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

	/**
	 * {@code mfa preferences [--totp ...] [--sms ...] [--email ...]}: prints the MFA
	 * settings, after changing those given.
	 */
	@Command(name = "preferences",
			description = "Print which MFA types are on and preferred; the options enable, disable or prefer them.")
	static final class Preferences implements Callable<Integer> {

		private final Terminal terminal;

		private final Supplier<CognitoSessionManager> sessionManager;

		@Option(names = "--totp", paramLabel = "preferred|enabled|disabled", converter = PreferenceConverter.class,
				description = "The authenticator app (set it up first with 'mfa setup-totp').")
		private MfaPreference totp;

		@Option(names = "--sms", paramLabel = "preferred|enabled|disabled", converter = PreferenceConverter.class,
				description = "Codes by SMS (needs a verified phone_number).")
		private MfaPreference sms;

		@Option(names = "--email", paramLabel = "preferred|enabled|disabled", converter = PreferenceConverter.class,
				description = "Codes by e-mail (needs a verified email and a pool that allows it).")
		private MfaPreference email;

		Preferences(Terminal terminal, Supplier<CognitoSessionManager> sessionManager) {
			this.terminal = terminal;
			this.sessionManager = sessionManager;
		}

		@Override
		public Integer call() {
			MfaOperations mfa = this.sessionManager.get()
				.mfa()
				.orElseThrow(() -> new CliException("MFA operations are not configured for this session manager"));
			if (this.totp != null || this.sms != null || this.email != null) {
				MfaPreferences.Builder preferences = MfaPreferences.builder();
				if (this.totp != null) {
					preferences.totp(this.totp);
				}
				if (this.sms != null) {
					preferences.sms(this.sms);
				}
				if (this.email != null) {
					preferences.email(this.email);
				}
				try {
					mfa.updateMfaPreferences(preferences.build());
				}
				catch (IllegalArgumentException ex) {
					throw new CliException(ex.getMessage());
				}
			}
			MfaSettings settings = mfa.getMfaSettings();
			for (MfaType type : MfaType.values()) {
				String state = (type == settings.preferred()) ? "preferred"
						: (settings.isEnabled(type) ? "enabled" : "disabled");
				this.terminal.out().println(type.name().toLowerCase(Locale.ROOT) + ": " + state);
			}
			return ExitCodes.OK;
		}

	}

	/**
	 * Reads {@code preferred}, {@code enabled} or {@code disabled}.
	 */
	static final class PreferenceConverter implements ITypeConverter<MfaPreference> {

		@Override
		public MfaPreference convert(String value) {
			try {
				return MfaPreference.parse(value);
			}
			catch (IllegalArgumentException ex) {
				throw new TypeConversionException("'" + value + "' is not preferred, enabled or disabled");
			}
		}

	}

}
