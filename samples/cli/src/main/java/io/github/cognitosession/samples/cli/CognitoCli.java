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

import java.util.function.Supplier;

import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Spec;
import software.amazon.awssdk.services.s3.S3Client;

import io.github.cognitosession.exception.CognitoSessionException;
import io.github.cognitosession.exception.ReauthenticationTimeoutException;
import io.github.cognitosession.session.CognitoSessionManager;

/**
 * The {@code cognito-cli} command line: its commands, usage help, and the rule that every
 * failure is one {@code error: ...} line on standard error with a non-zero exit code.
 *
 * @author Cognito Session contributors
 */
@Command(name = "cognito-cli",
		description = "Sign up, sign in to an Amazon Cognito user pool, manage the account, and print tokens and AWS "
				+ "credentials for scripts.",
		synopsisSubcommandLabel = "COMMAND",
		footer = { "%nConfiguration: every cognito.* property can be given as --cognito.x=y or as an environment "
				+ "variable, e.g. --cognito.user-pool.id=eu-west-1_AbCdEf123 --cognito.user-pool.client-id=... "
				+ "or COGNITO_USER_POOL_ID=... COGNITO_USER_POOL_CLIENT_ID=... "
				+ "AWS credentials need --cognito.identity-pool.id=... (and --cognito.identity-pool.guest-access=true "
				+ "for a guest). The session is kept in an encrypted file between runs.",
				"%nExit codes: 0 success, 1 failure, 2 wrong command line, 3 wrong configuration." })
final class CognitoCli implements Runnable {

	@Spec
	private CommandSpec spec;

	private CognitoCli() {
	}

	/**
	 * Create the command line.
	 * @param terminal the input and output
	 * @param sessionManager the session manager, or a supplier of {@code null} when
	 * Cognito is not configured
	 * @return the command line
	 */
	static CommandLine create(Terminal terminal, Supplier<CognitoSessionManager> sessionManager) {
		return create(terminal, sessionManager, () -> null);
	}

	/**
	 * Create the command line.
	 * @param terminal the input and output
	 * @param sessionManager the session manager, or a supplier of {@code null} when
	 * Cognito is not configured
	 * @param s3Client Spring Cloud AWS's S3 client, or a supplier of {@code null} when it
	 * is not available
	 * @return the command line
	 */
	static CommandLine create(Terminal terminal, Supplier<CognitoSessionManager> sessionManager,
			Supplier<S3Client> s3Client) {
		Supplier<S3Client> requiredS3Client = () -> {
			S3Client client = s3Client.get();
			if (client == null) {
				throw new CliException("S3 is not available: Spring Cloud AWS's S3Client is not configured");
			}
			return client;
		};
		Supplier<CognitoSessionManager> required = () -> {
			CognitoSessionManager manager = sessionManager.get();
			if (manager == null) {
				throw new CliException("Cognito is not configured: set cognito.user-pool.id and "
						+ "cognito.user-pool.client-id (e.g. --cognito.user-pool.id=eu-west-1_AbCdEf123 "
						+ "or the environment variable COGNITO_USER_POOL_ID)");
			}
			return manager;
		};
		CommandLine commandLine = new CommandLine(new CognitoCli());
		commandLine.addSubcommand(new SignUpCommands.SignUp(terminal, required));
		commandLine.addSubcommand(new SignUpCommands.ConfirmSignUp(terminal, required));
		commandLine.addSubcommand(new SignUpCommands.ResendCode(terminal, required));
		commandLine.addSubcommand(new SignInCommand(terminal, required));
		commandLine.addSubcommand(new StatusCommand(terminal, required));
		commandLine.addSubcommand(new TokensCommand(terminal, required));
		commandLine.addSubcommand(new SignOutCommand(terminal, required));
		commandLine.addSubcommand(new PasswordCommands.ForgotPassword(terminal, required));
		commandLine.addSubcommand(new PasswordCommands.ConfirmForgotPassword(terminal, required));
		commandLine.addSubcommand(new PasswordCommands.ChangePassword(terminal, required));
		commandLine.addSubcommand(new CommandLine(new AttributesCommand(terminal, required))
			.addSubcommand(new AttributesCommand.Update(terminal, required))
			.addSubcommand(new AttributesCommand.Verify(terminal, required))
			.addSubcommand(new AttributesCommand.SendCode(terminal, required)));
		commandLine.addSubcommand(new DeleteUserCommand(terminal, required));
		commandLine.addSubcommand(new FederatedSignInCommand(terminal, required));
		commandLine.addSubcommand(new IdentityIdCommand(terminal, required));
		commandLine.addSubcommand(new CredentialsCommand(terminal, required));
		commandLine
			.addSubcommand(new CommandLine(new MfaCommand()).addSubcommand(new MfaCommand.SetupTotp(terminal, required))
				.addSubcommand(new MfaCommand.Preferences(terminal, required)));
		commandLine.addSubcommand(
				new CommandLine(new DevicesCommand()).addSubcommand(new DevicesCommand.ListDevices(terminal, required))
					.addSubcommand(new DevicesCommand.Remember(terminal, required))
					.addSubcommand(new DevicesCommand.Forget(terminal, required)));
		commandLine
			.addSubcommand(new CommandLine(new S3Command()).addSubcommand(new S3Command.Put(terminal, requiredS3Client))
				.addSubcommand(new S3Command.List(terminal, requiredS3Client)));
		commandLine.addSubcommand(new DemoCommand(terminal));
		commandLine.addSubcommand(new CommandLine.HelpCommand());
		commandLine.setOut(terminal.out());
		commandLine.setErr(terminal.err());
		commandLine.setExecutionExceptionHandler((ex, failed, parseResult) -> {
			terminal.err().println("error: " + describe(ex));
			return ExitCodes.FAILURE;
		});
		commandLine.setParameterExceptionHandler((ex, args) -> {
			// picocli starts some messages with its own "Error: "
			String message = oneLine(ex.getMessage()).replaceFirst("^Error: ", "");
			terminal.err().println("error: " + message + " (see 'cognito-cli help')");
			return ExitCodes.USAGE;
		});
		return commandLine;
	}

	/**
	 * Describe a failure in one line, with Cognito's error code when there is one. The
	 * library's messages never contain a secret.
	 * @param failure the failure
	 * @return the description
	 */
	static String describe(Throwable failure) {
		if (failure instanceof CliException) {
			return oneLine(failure.getMessage());
		}
		if (failure instanceof ReauthenticationTimeoutException) {
			// Only a new sign-in helps; the library's message is about waiting for one.
			return "the session has ended (its refresh token was revoked or has expired): "
					+ "sign in again with 'cognito-cli sign-in <username>'";
		}
		if (failure instanceof CognitoSessionException ex) {
			return oneLine(ex.getMessage()) + " (" + ex.getErrorCode() + ")";
		}
		String message = failure.getMessage();
		return failure.getClass().getSimpleName() + ((message != null) ? ": " + oneLine(message) : "");
	}

	static String oneLine(String text) {
		return (text != null) ? text.strip().replaceAll("\\s*\\R\\s*", " ") : "";
	}

	@Override
	public void run() {
		this.spec.commandLine().usage(this.spec.commandLine().getOut());
	}

}
