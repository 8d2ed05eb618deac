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
package io.github.cognitosession.spi;

/**
 * Tells a session manager that a session has ended outside it (an HTTP session expired or
 * was invalidated), so that the in-memory state it keeps for that session is dropped:
 * without this, memory would grow with every session the application ever served. Not for
 * application code.
 *
 * @author Cognito Session contributors
 */
@FunctionalInterface
public interface SessionEviction {

	/**
	 * Forget the in-memory state (cached tokens, state, pending challenge, refresh
	 * timers) kept for a session that has ended. The stored record is not touched; a
	 * later use of the same key restores the session from it.
	 * @param sessionKey the ended session's key
	 */
	void forgetSession(String sessionKey);

}
