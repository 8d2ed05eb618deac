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

import io.github.cognitosession.event.TokensRefreshedEvent;
import io.github.cognitosession.event.UserStateChangedEvent;

import org.springframework.context.event.EventListener;

/**
 * Prints the session events the demo's application receives, in the demo's output, as
 * they happen.
 *
 * @author Cognito Session contributors
 */
final class DemoEventPrinter {

	private final DemoOutput output;

	DemoEventPrinter(DemoOutput output) {
		this.output = output;
	}

	@EventListener
	void onUserStateChanged(UserStateChangedEvent event) {
		this.output.line("event: " + event.getPreviousState() + " -> " + event.getState());
	}

	@EventListener
	void onTokensRefreshed(TokensRefreshedEvent event) {
		this.output.line("event: tokens refreshed, valid until " + event.getExpiresAt()
				+ (event.isRefreshTokenRotated() ? " (new refresh token)" : " (same refresh token)"));
	}

}
