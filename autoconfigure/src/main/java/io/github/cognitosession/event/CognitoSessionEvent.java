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
package io.github.cognitosession.event;

import org.springframework.context.ApplicationEvent;

/**
 * Base of the events a Cognito session publishes. Events name the user but never carry a
 * token or any other secret.
 *
 * @author Cognito Session contributors
 */
public abstract class CognitoSessionEvent extends ApplicationEvent {

	private final String username;

	/**
	 * Create an event.
	 * @param source the session manager
	 * @param username the user, or {@code null} for a guest or an unknown user
	 */
	protected CognitoSessionEvent(Object source, String username) {
		super(source);
		this.username = username;
	}

	/**
	 * The user the event is about, or {@code null} for a guest or an unknown user.
	 * @return the username
	 */
	public String getUsername() {
		return this.username;
	}

}
