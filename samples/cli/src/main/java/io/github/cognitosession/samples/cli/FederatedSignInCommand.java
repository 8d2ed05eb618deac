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
import io.github.cognitosession.session.FederatedSignInOptions;

/**
 * {@code federated-sign-in}: sign in to the identity pool with a third-party provider's
 * token (Google, Facebook, Apple, an OIDC or SAML provider, or a developer-authenticated
 * identity).
 *
 * @author Cognito Session contributors
 */
@Command(name = "federated-sign-in",
		description = "Sign in to the identity pool with a provider's token, e.g. accounts.google.com <id token>.")
final class FederatedSignInCommand implements Callable<Integer> {

	private final Terminal terminal;

	private final Supplier<CognitoSessionManager> sessionManager;

	@Parameters(index = "0", paramLabel = "<providerKey>",
			description = "The provider's logins key, e.g. accounts.google.com or cognito-identity.amazonaws.com.")
	private String providerKey;

	@Parameters(index = "1", arity = "0..1", paramLabel = "<token>",
			description = "The provider's token (visible to other local users: prefer --token-stdin).")
	private String token;

	@Option(names = "--token-stdin", description = "Read the token from the first line of standard input.")
	private boolean tokenStdin;

	@Option(names = "--identity-id", description = "The identity id (developer-authenticated identities).")
	private String identityId;

	@Option(names = "--role-arn", description = "The IAM role to ask for instead of the pool's default role.")
	private String roleArn;

	FederatedSignInCommand(Terminal terminal, Supplier<CognitoSessionManager> sessionManager) {
		this.terminal = terminal;
		this.sessionManager = sessionManager;
	}

	@Override
	public Integer call() {
		String providerToken = token();
		FederatedSignInOptions.Builder options = FederatedSignInOptions.builder();
		if (this.identityId != null) {
			options.identityId(this.identityId);
		}
		if (this.roleArn != null) {
			options.customRoleArn(this.roleArn);
		}
		CognitoSessionManager manager = this.sessionManager.get();
		IdentityPools.of(manager).federatedSignIn(this.providerKey, providerToken, options.build());
		this.terminal.out().println("Signed in with " + this.providerKey + ".");
		return ExitCodes.OK;
	}

	private String token() {
		if (this.tokenStdin == (this.token != null)) {
			throw new CliException("give the token either as <token> or with --token-stdin");
		}
		if (this.token != null) {
			return this.token;
		}
		String line = this.terminal.readStandardInput();
		if (line == null || line.isBlank()) {
			throw new CliException("no token on standard input");
		}
		return line.strip();
	}

}
