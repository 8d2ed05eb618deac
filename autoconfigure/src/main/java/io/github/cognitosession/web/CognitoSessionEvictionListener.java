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
import jakarta.servlet.http.HttpSessionListener;

import org.springframework.util.Assert;

/**
 * Tells the session manager when an HTTP session ends (logout, expiry, invalidation), so
 * that the in-memory state it keeps per user session is dropped with it: without this,
 * memory would grow with every session the application ever served. Spring Boot registers
 * a bean of this type with the servlet container.
 *
 * @author Cognito Session contributors
 */
public final class CognitoSessionEvictionListener implements HttpSessionListener {

	private final SessionEviction sessions;

	/**
	 * Create a listener.
	 * @param sessions the session manager whose sessions are keyed by HTTP session
	 */
	public CognitoSessionEvictionListener(SessionEviction sessions) {
		Assert.notNull(sessions, "sessions cannot be null");
		this.sessions = sessions;
	}

	@Override
	public void sessionDestroyed(HttpSessionEvent event) {
		String key = HttpSessionKeyResolver.keyOf(event.getSession());
		if (key != null) {
			this.sessions.forgetSession(key);
		}
	}

}
