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

/**
 * Published when a token refresh failed, whether or not the failure changed the user's
 * state (a network error does not; a rejected refresh token does).
 *
 * @author Cognito Session contributors
 */
public final class TokenRefreshFailedEvent extends CognitoSessionEvent {

	private final Exception exception;

	/**
	 * Create an event.
	 * @param source the session manager
	 * @param username the user whose refresh failed
	 * @param exception the failure
	 */
	public TokenRefreshFailedEvent(Object source, String username, Exception exception) {
		super(source, username);
		this.exception = exception;
	}

	/**
	 * The failure.
	 * @return the exception
	 */
	public Exception getException() {
		return this.exception;
	}

	@Override
	public String toString() {
		return "TokenRefreshFailedEvent[username=" + getUsername() + ", error="
				+ this.exception.getClass().getSimpleName() + "]";
	}

}
