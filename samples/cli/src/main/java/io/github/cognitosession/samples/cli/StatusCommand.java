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

import java.io.PrintWriter;
import java.util.concurrent.Callable;
import java.util.function.Supplier;

import picocli.CommandLine.Command;

import io.github.cognitosession.session.CognitoSessionManager;
import io.github.cognitosession.state.UserState;
import io.github.cognitosession.token.CognitoTokens;

/**
 * {@code status}: the session as {@code key: value} lines.
 *
 * @author Cognito Session contributors
 */
@Command(name = "status", description = "Print the session state, the user and the token expiry times.")
final class StatusCommand implements Callable<Integer> {

	private final Terminal terminal;

	private final Supplier<CognitoSessionManager> sessionManager;

	StatusCommand(Terminal terminal, Supplier<CognitoSessionManager> sessionManager) {
		this.terminal = terminal;
		this.sessionManager = sessionManager;
	}

	@Override
	public Integer call() {
		CognitoSessionManager manager = this.sessionManager.get();
		PrintWriter out = this.terminal.out();
		UserState state = manager.currentUserState();
		out.println("state: " + state);
		String username = manager.getUsername();
		if (username != null) {
			out.println("username: " + username);
		}
		String identityId = manager.currentSession().identityId();
		if (identityId != null) {
			out.println("identity-id: " + identityId);
		}
		if (state == UserState.SIGNED_IN && username != null) {
			// Fetching the tokens refreshes them when due, so the times shown are the
			// ones a following "tokens" call would get.
			CognitoTokens tokens = manager.getTokens();
			out.println("id-token-expires: " + tokens.getIdToken().getExpiresAt());
			out.println("access-token-expires: " + tokens.getAccessToken().getExpiresAt());
		}
		return ExitCodes.OK;
	}

}
