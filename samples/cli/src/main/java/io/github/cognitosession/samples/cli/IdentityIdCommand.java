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

import io.github.cognitosession.session.CognitoSessionManager;

/**
 * {@code identity-id}: print the identity-pool identity id of the signed-in user, the
 * federated identity or the guest (fetched once, then kept with the session).
 *
 * @author Cognito Session contributors
 */
@Command(name = "identity-id", description = "Print the identity-pool identity id (of the user, or of the guest).")
final class IdentityIdCommand implements Callable<Integer> {

	private final Terminal terminal;

	private final Supplier<CognitoSessionManager> sessionManager;

	IdentityIdCommand(Terminal terminal, Supplier<CognitoSessionManager> sessionManager) {
		this.terminal = terminal;
		this.sessionManager = sessionManager;
	}

	@Override
	public Integer call() {
		this.terminal.out().println(IdentityPools.of(this.sessionManager.get()).getIdentityId());
		return ExitCodes.OK;
	}

}
