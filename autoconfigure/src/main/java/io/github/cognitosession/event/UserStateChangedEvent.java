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

import io.github.cognitosession.state.UserState;

/**
 * Published once for each change of the user's state, like AWSMobileClient's user-state
 * listener callback.
 *
 * @author Cognito Session contributors
 */
public final class UserStateChangedEvent extends CognitoSessionEvent {

	private final UserState previousState;

	private final UserState state;

	private final Throwable cause;

	/**
	 * Create an event.
	 * @param source the session manager
	 * @param previousState the state before the change
	 * @param state the new state
	 * @param username the user, or {@code null}
	 * @param cause why the state changed (e.g. a rejected refresh token), or {@code null}
	 */
	public UserStateChangedEvent(Object source, UserState previousState, UserState state, String username,
			Throwable cause) {
		super(source, username);
		this.previousState = previousState;
		this.state = state;
		this.cause = cause;
	}

	/**
	 * The state before the change.
	 * @return the previous state
	 */
	public UserState getPreviousState() {
		return this.previousState;
	}

	/**
	 * The new state.
	 * @return the state
	 */
	public UserState getState() {
		return this.state;
	}

	/**
	 * The error that caused the change (e.g. the rejected refresh), or {@code null}.
	 * @return the cause
	 */
	public Throwable getCause() {
		return this.cause;
	}

	@Override
	public String toString() {
		return "UserStateChangedEvent[" + this.previousState + " -> " + this.state + ", username=" + getUsername()
				+ "]";
	}

}
