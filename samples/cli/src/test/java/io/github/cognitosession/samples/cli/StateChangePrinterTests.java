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

import org.junit.jupiter.api.Test;

import io.github.cognitosession.event.UserStateChangedEvent;
import io.github.cognitosession.state.UserState;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Tests for {@link StateChangePrinter}.
 *
 * @author Cognito Session contributors
 */
class StateChangePrinterTests {

	@Test
	void onUserStateChangedWhenEventReceivedThenPrintsTransitionOnStderr() {
		TestTerminal terminal = new TestTerminal();
		new StateChangePrinter(terminal).onUserStateChanged(new UserStateChangedEvent(this, UserState.SIGNED_IN,
				UserState.SIGNED_OUT_USER_POOLS_TOKEN_INVALID, "alice", null));
		assertThat(terminal.stderr())
			.isEqualTo("event: SIGNED_IN -> SIGNED_OUT_USER_POOLS_TOKEN_INVALID" + System.lineSeparator());
		assertThat(terminal.stdout()).isEmpty();
	}

}
