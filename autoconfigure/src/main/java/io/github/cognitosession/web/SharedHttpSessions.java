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

/**
 * The store outside the application that keeps its HTTP sessions (e.g. Spring Session's
 * {@code SessionRepository} on Redis or a database), read past the copy of the HTTP
 * session that the request being handled loaded when it began: another instance may have
 * changed an attribute since.
 *
 * @author Cognito Session contributors
 * @see HttpSessionSessionRepository
 */
@FunctionalInterface
public interface SharedHttpSessions {

	/**
	 * Return an attribute of an HTTP session as the store holds it now.
	 * @param sessionId the HTTP session's id
	 * @param attributeName the attribute
	 * @return its value, or {@code null} when the store has no such session (e.g. another
	 * instance invalidated it) or no such attribute
	 */
	Object latestAttribute(String sessionId, String attributeName);

}
