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

import java.util.List;
import java.util.Locale;
import java.util.concurrent.Callable;
import java.util.function.Supplier;

import picocli.CommandLine.Command;
import picocli.CommandLine.ITypeConverter;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.TypeConversionException;

import io.github.cognitosession.session.CognitoSessionManager;
import io.github.cognitosession.signin.AuthFactor;
import io.github.cognitosession.signin.SignInOptions;
import io.github.cognitosession.signin.SignInResult;

/**
 * {@code sign-in <username> [--password-stdin] [--first-factor ...]}: signs in and
 * answers the challenges (MFA code, new password, the first factor to choose, ...) at
 * prompts.
 *
 * @author Cognito Session contributors
 */
@Command(name = "sign-in",
		description = "Sign in; the password is prompted for without echo. With --first-factor, sign in with an "
				+ "e-mail or SMS code instead.")
final class SignInCommand implements Callable<Integer> {

	private final Terminal terminal;

	private final Supplier<CognitoSessionManager> sessionManager;

	@Parameters(index = "0", paramLabel = "<username>", description = "The username or an alias such as the e-mail.")
	private String username;

	@Option(names = "--password-stdin",
			description = "Read the password from the first line of standard input (and challenge answers from the next lines).")
	private boolean passwordStdin;

	@Option(names = "--first-factor", paramLabel = "email-otp|sms-otp|password|password-srp",
			converter = FirstFactorConverter.class,
			description = "Choice-based sign-in (USER_AUTH) with this first factor; e-mail and SMS codes need no "
					+ "password.")
	private AuthFactor firstFactor;

	SignInCommand(Terminal terminal, Supplier<CognitoSessionManager> sessionManager) {
		this.terminal = terminal;
		this.sessionManager = sessionManager;
	}

	@Override
	public Integer call() {
		CognitoSessionManager manager = this.sessionManager.get();
		ChallengePrompter prompter = new ChallengePrompter(this.terminal, this.passwordStdin);
		SignInResult result;
		if (this.firstFactor == null) {
			result = manager.signIn(this.username, readPassword());
		}
		else {
			String password = this.firstFactor.isPasswordRequired() ? readPassword() : null;
			result = manager.signIn(this.username, password, SignInOptions.preferring(this.firstFactor));
		}
		while (!result.isDone()) {
			result = prompter.answer(manager, result);
		}
		String signedIn = manager.getUsername();
		this.terminal.out().println("Signed in as " + ((signedIn != null) ? signedIn : this.username) + ".");
		return ExitCodes.OK;
	}

	private String readPassword() {
		return new Secrets(this.terminal, this.passwordStdin).read("Password: ", "password");
	}

	/**
	 * Reads a first factor as written on the command line, e.g. {@code email-otp}.
	 */
	static final class FirstFactorConverter implements ITypeConverter<AuthFactor> {

		@Override
		public AuthFactor convert(String value) {
			String name = value.strip().toUpperCase(Locale.ROOT).replace('-', '_');
			if (!List.of("EMAIL_OTP", "SMS_OTP", "PASSWORD", "PASSWORD_SRP").contains(name)) {
				throw new TypeConversionException(
						"'" + value + "' is not a first factor: use email-otp, sms-otp, password or password-srp");
			}
			return AuthFactor.valueOf(name);
		}

	}

}
