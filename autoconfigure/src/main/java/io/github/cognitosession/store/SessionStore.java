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
 * Where the current session is kept: the strategy that decides <em>whose</em> session a
 * {@code CognitoSessionManager} call acts on.
 * <p>
 * The application-wide implementations (in memory, encrypted file) hold one session for
 * the whole process, like AWSMobileClient's keychain. A web implementation holds one per
 * logged-in user in the HTTP session. Implementations must be thread-safe, must never
 * leave a half-written record behind, and must never log the record's secrets.
 *
 * @author Cognito Session contributors
 */
public interface SessionStore {

	/**
	 * Return the stored session, if any. Never performs network I/O.
	 * @return the stored record, or empty when nobody is signed in
	 * @throws SessionStoreException if the store cannot be read at all (a corrupt store
	 * is not such a case: it is moved aside and reported as empty)
	 */
	Optional<SessionRecord> load();

	/**
	 * Replace the stored session atomically.
	 * @param record the new record
	 * @throws SessionStoreException if the record could not be written; the previous
	 * record is then still intact
	 */
	void save(SessionRecord record);

	/**
	 * Remove the stored session. Removing an absent session is not an error.
	 */
	void clear();

	/**
	 * A key identifying the session this store currently resolves to, used to merge
	 * concurrent refreshes of one session. Application-wide stores return a constant;
	 * per-user stores return something unique to the user's session.
	 * @return a non-null key
	 */
	default String sessionKey() {
		return "application";
	}

	/**
	 * Whether {@link #sessionKey()} is the same on every thread for the life of the
	 * store, as an application-wide store's is. The session manager can then tell the
	 * credentials provider of every identity change instead of the provider checking the
	 * identity on every call. The default, {@code false}, is always correct; a per-user
	 * store must keep it.
	 * @return whether this store holds one session for the whole application
	 */
	default boolean isApplicationWide() {
		return false;
	}

}
