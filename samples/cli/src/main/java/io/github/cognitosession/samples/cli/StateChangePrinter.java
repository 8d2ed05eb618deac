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

import org.springframework.context.event.EventListener;

import io.github.cognitosession.event.UserStateChangedEvent;

/**
 * Prints each change of the user's state to standard error as
 * {@code event: <OLD> -> <NEW>}.
 *
 * @author Cognito Session contributors
 */
final class StateChangePrinter {

	private final Terminal terminal;

	StateChangePrinter(Terminal terminal) {
		this.terminal = terminal;
	}

	@EventListener
	void onUserStateChanged(UserStateChangedEvent event) {
		this.terminal.err().println("event: " + event.getPreviousState() + " -> " + event.getState());
	}

}
