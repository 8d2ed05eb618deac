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
import java.util.Map;
import java.util.concurrent.Callable;
import java.util.function.Supplier;

import picocli.CommandLine.Command;
import picocli.CommandLine.Parameters;

import io.github.cognitosession.account.CodeDelivery;
import io.github.cognitosession.session.CognitoSessionManager;

/**
 * {@code attributes [update|verify|send-code]}: the signed-in user's attributes. Without
 * a subcommand it prints them as {@code name: value} lines.
 *
 * @author Cognito Session contributors
 */
@Command(name = "attributes",
		description = "Print the signed-in user's attributes as 'name: value' lines; 'attributes update name=value...', "
				+ "'attributes verify <name> <code>' and 'attributes send-code <name>' change and verify them.",
		synopsisSubcommandLabel = "[COMMAND]")
final class AttributesCommand implements Callable<Integer> {

	private final Terminal terminal;

	private final Supplier<CognitoSessionManager> sessionManager;

	AttributesCommand(Terminal terminal, Supplier<CognitoSessionManager> sessionManager) {
		this.terminal = terminal;
		this.sessionManager = sessionManager;
	}

	@Override
	public Integer call() {
		Accounts.account(this.sessionManager)
			.getUser()
			.getAttributes()
			.forEach((name, value) -> this.terminal.out().println(name + ": " + value));
		return ExitCodes.OK;
	}

	/**
	 * {@code attributes update name=value...}.
	 */
	@Command(name = "update",
			description = "Add or change attributes; a changed e-mail or phone number gets a verification code.")
	static final class Update implements Callable<Integer> {

		private final Terminal terminal;

		private final Supplier<CognitoSessionManager> sessionManager;

		@Parameters(arity = "1..*", paramLabel = "<name=value>",
				description = "The attributes, e.g. email=alice@example.com custom:team=blue.")
		private Map<String, String> attributes;

		Update(Terminal terminal, Supplier<CognitoSessionManager> sessionManager) {
			this.terminal = terminal;
			this.sessionManager = sessionManager;
		}

		@Override
		public Integer call() {
			List<CodeDelivery> deliveries = Accounts.account(this.sessionManager).updateUserAttributes(this.attributes);
			this.terminal.out().println("Attributes updated.");
			for (CodeDelivery delivery : deliveries) {
				Accounts.printAttributeDelivery(this.terminal.out(), delivery);
			}
			if (!deliveries.isEmpty()) {
				this.terminal.out().println("Verify with 'cognito-cli attributes verify <name> <code>'.");
			}
			return ExitCodes.OK;
		}

	}

	/**
	 * {@code attributes verify <name> <code>}.
	 */
	@Command(name = "verify", description = "Verify an attribute with the code Cognito sent.")
	static final class Verify implements Callable<Integer> {

		private final Terminal terminal;

		private final Supplier<CognitoSessionManager> sessionManager;

		@Parameters(index = "0", paramLabel = "<name>", description = "email or phone_number.")
		private String name;

		@Parameters(index = "1", paramLabel = "<code>", description = "The code Cognito sent.")
		private String code;

		Verify(Terminal terminal, Supplier<CognitoSessionManager> sessionManager) {
			this.terminal = terminal;
			this.sessionManager = sessionManager;
		}

		@Override
		public Integer call() {
			Accounts.account(this.sessionManager).verifyAttribute(this.name, this.code.strip());
			this.terminal.out().println(this.name + " verified.");
			return ExitCodes.OK;
		}

	}

	/**
	 * {@code attributes send-code <name>}.
	 */
	@Command(name = "send-code", description = "Send a code to verify an attribute (again).")
	static final class SendCode implements Callable<Integer> {

		private final Terminal terminal;

		private final Supplier<CognitoSessionManager> sessionManager;

		@Parameters(index = "0", paramLabel = "<name>", description = "email or phone_number.")
		private String name;

		SendCode(Terminal terminal, Supplier<CognitoSessionManager> sessionManager) {
			this.terminal = terminal;
			this.sessionManager = sessionManager;
		}

		@Override
		public Integer call() {
			Accounts.printAttributeDelivery(this.terminal.out(),
					Accounts.account(this.sessionManager).sendAttributeVerificationCode(this.name));
			return ExitCodes.OK;
		}

	}

}
