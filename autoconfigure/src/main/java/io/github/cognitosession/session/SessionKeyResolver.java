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
package io.github.cognitosession.session;

import io.github.cognitosession.store.SessionRepository;

/**
 * Decides <em>whose</em> session a session-manager call acts on: the key of the calling
 * thread's session. The application scope has one key for the whole process (a CLI, a
 * desktop app, a batch job: AWSMobileClient's model); the user scope of a web application
 * resolves the key of the request's user, so that every user has a session of their own.
 * <p>
 * Implementations must be cheap (no I/O) and thread-safe. They never create sessions: an
 * unknown key is simply a session where nobody is signed in yet.
 *
 * @author Cognito Session contributors
 */
@FunctionalInterface
public interface SessionKeyResolver {

	/**
	 * The key of the session the calling thread acts on.
	 * @return the key, never {@code null}
	 */
	String resolveKey();

	/**
	 * Whether {@link #resolveKey()} returns the same key on every thread for the life of
	 * the resolver. Identity changes can then be pushed to caches instead of being
	 * checked on every call. The default, {@code false}, is always correct.
	 * @return whether there is one session for the whole application
	 */
	default boolean isApplicationWide() {
		return false;
	}

	/**
	 * The resolver of the application scope: one session, keyed
	 * {@link SessionRepository#APPLICATION_KEY}, on every thread.
	 * @return the application-wide resolver
	 */
	static SessionKeyResolver application() {
		return ApplicationSessionKeyResolver.INSTANCE;
	}

}
