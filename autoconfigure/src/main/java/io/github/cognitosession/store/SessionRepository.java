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
package io.github.cognitosession.store;

import java.util.Optional;

/**
 * Where session records are kept, by session key: <em>how</em> sessions are saved, not
 * whose session a call acts on (a session manager's key resolver decides that).
 * <p>
 * Implementations must be thread-safe, must never leave a half-written record behind, and
 * must never log a record's secrets. A repository that holds one session for the whole
 * process (the encrypted file, AWSMobileClient's keychain) knows only
 * {@link #APPLICATION_KEY}.
 *
 * @author Cognito Session contributors
 */
public interface SessionRepository {

	/**
	 * The key of the one session of an application-wide scope.
	 */
	String APPLICATION_KEY = "application";

	/**
	 * Return the stored session of a key. Never performs network I/O.
	 * @param key the session key
	 * @return the stored record, or empty when there is none
	 * @throws SessionStoreException if the repository cannot be read at all (a corrupt
	 * record is not such a case: it is moved aside and reported as empty)
	 */
	Optional<SessionRecord> load(String key);

	/**
	 * Replace the stored session of a key atomically.
	 * @param key the session key
	 * @param record the new record
	 * @throws SessionStoreException if the record could not be written; the previous
	 * record is then still intact
	 */
	void save(String key, SessionRecord record);

	/**
	 * Remove the stored session of a key. Removing an absent session is not an error.
	 * @param key the session key
	 */
	void remove(String key);

	/**
	 * Return the record of a key as the shared store holds it now, past any copy this
	 * repository keeps for the request being handled (e.g. the HTTP session that Spring
	 * Session loaded when the request began). Read right before a refresh, and to confirm
	 * that another instance changed a session. Never performs network I/O other than
	 * reading the shared store.
	 * @param key the session key
	 * @return the stored record, or empty when there is none
	 * @throws SessionStoreException if the repository cannot be read at all
	 */
	default Optional<SessionRecord> loadLatest(String key) {
		return load(key);
	}

	/**
	 * Whether other instances change this repository's records while this process holds
	 * their sessions in memory (e.g. HTTP sessions that Spring Session keeps in Redis). A
	 * session manager then compares, at each use of a session, the stored record with the
	 * one it last loaded or saved, and takes the latest record when another instance
	 * changed it (a sign-out, a rejected refresh token, another sign-in), so
	 * {@link #load} must be cheap. Processes sharing a file need not say so: they re-read
	 * the file before each refresh.
	 * @return whether records are shared with other instances (default {@code false})
	 */
	default boolean isShared() {
		return false;
	}

}
