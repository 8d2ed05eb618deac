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
package io.github.cognitosession.web;

import io.github.cognitosession.spi.SessionEviction;
import jakarta.servlet.http.HttpSessionEvent;
import org.junit.jupiter.api.Test;

import org.springframework.mock.web.MockHttpSession;

import static org.mockito.ArgumentMatchers.any;
import static org.mockito.Mockito.mock;
import static org.mockito.Mockito.never;
import static org.mockito.Mockito.verify;

/**
 * Tests for {@link CognitoSessionEvictionListener}.
 *
 * @author Cognito Session contributors
 */
class CognitoSessionEvictionListenerTests {

	private final SessionEviction sessionManager = mock(SessionEviction.class);

	private final CognitoSessionEvictionListener listener = new CognitoSessionEvictionListener(this.sessionManager);

	@Test
	void sessionDestroyedWhenSessionHasCognitoKeyThenManagerForgetsThatKey() {
		MockHttpSession session = new MockHttpSession();
		session.setAttribute(HttpSessionKeyResolver.KEY_ATTRIBUTE, "session:1234");

		this.listener.sessionDestroyed(new HttpSessionEvent(session));

		verify(this.sessionManager).forgetSession("session:1234");
	}

	@Test
	void sessionDestroyedWhenSessionNeverHadCognitoSessionThenNothingIsForgotten() {
		this.listener.sessionDestroyed(new HttpSessionEvent(new MockHttpSession()));

		verify(this.sessionManager, never()).forgetSession(any());
	}

}
