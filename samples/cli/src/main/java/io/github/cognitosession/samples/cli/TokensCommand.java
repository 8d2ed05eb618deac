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

import picocli.CommandLine.ArgGroup;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

import io.github.cognitosession.session.CognitoSessionManager;
import io.github.cognitosession.token.CognitoTokens;

/**
 * {@code tokens [--id|--access|--refresh] [--force-refresh]}: prints one raw token, e.g.
 * for {@code curl -H "Authorization: Bearer $(cognito-cli tokens)"}.
 *
 * @author Cognito Session contributors
 */
@Command(name = "tokens", description = "Print a raw token (default: the access token), refreshed when due.")
final class TokensCommand implements Callable<Integer> {

	private final Terminal terminal;

	private final Supplier<CognitoSessionManager> sessionManager;

	@ArgGroup(exclusive = true)
	private TokenChoice choice = new TokenChoice();

	@Option(names = "--force-refresh", description = "Refresh the tokens even if they are still fresh.")
	private boolean forceRefresh;

	TokensCommand(Terminal terminal, Supplier<CognitoSessionManager> sessionManager) {
		this.terminal = terminal;
		this.sessionManager = sessionManager;
	}

	@Override
	public Integer call() {
		CognitoTokens tokens = this.sessionManager.get().getTokens(this.forceRefresh);
		String token;
		if (this.choice.id) {
			token = tokens.getIdToken().getTokenValue();
		}
		else if (this.choice.refresh) {
			token = tokens.getRefreshToken();
			if (token == null) {
				throw new CliException("the session has no refresh token");
			}
		}
		else {
			token = tokens.getAccessToken().getTokenValue();
		}
		this.terminal.out().println(token);
		return ExitCodes.OK;
	}

	static class TokenChoice {

		@Option(names = "--id", description = "Print the ID token.")
		boolean id;

		@Option(names = "--access", description = "Print the access token (the default).")
		boolean access;

		@Option(names = "--refresh", description = "Print the refresh token.")
		boolean refresh;

	}

}
