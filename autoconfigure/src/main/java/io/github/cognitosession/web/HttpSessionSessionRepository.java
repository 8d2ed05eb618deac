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

import java.util.Optional;

import io.github.cognitosession.store.SessionRecord;
import io.github.cognitosession.store.SessionRepository;
import io.github.cognitosession.store.SessionStoreException;
import jakarta.servlet.http.HttpSession;

import org.springframework.util.Assert;

/**
 * A {@link SessionRepository} that keeps each user's Cognito session in their HTTP
 * session, so that a replicated session store (Spring Session) carries it to every
 * instance. The HTTP session is the one of the request being handled on the calling
 * thread (or the session bound with {@link CognitoSessionScope#runAs}), and only the key
 * stored in it ({@link HttpSessionKeyResolver}) reads or writes it: a call for another
 * user's key finds nothing and cannot write, so one user's record never lands in another
 * user's HTTP session.
 * <p>
 * Outside a request {@link #load} is empty and {@link #save} fails with a
 * {@link SessionStoreException}; in a request, {@code save} creates the HTTP session when
 * there is none yet. The record is immutable and written back with {@code setAttribute}
 * on every change, so replicated session stores see every update.
 *
 * @author Cognito Session contributors
 */
public final class HttpSessionSessionRepository implements SessionRepository {

	/**
	 * The HTTP session attribute holding the {@link SessionRecord}.
	 */
	public static final String RECORD_ATTRIBUTE = HttpSessionSessionRepository.class.getName() + ".RECORD";

	@Override
	public Optional<SessionRecord> load(String key) {
		Assert.notNull(key, "key cannot be null");
		CognitoSessionScope.Snapshot scoped = CognitoSessionScope.current();
		if (scoped != null) {
			return key.equals(scoped.key) ? Optional.ofNullable(scoped.record) : Optional.empty();
		}
		HttpSession session = HttpSessionKeyResolver.currentSession(false);
		if (session == null || !key.equals(HttpSessionKeyResolver.keyOf(session))) {
			return Optional.empty();
		}
		Object value = session.getAttribute(RECORD_ATTRIBUTE);
		// A foreign value (e.g. left by an incompatible version) counts as no session
		// rather than failing every request of that user.
		return (value instanceof SessionRecord record) ? Optional.of(record) : Optional.empty();
	}

	@Override
	public void save(String key, SessionRecord record) {
		Assert.notNull(key, "key cannot be null");
		Assert.notNull(record, "record cannot be null");
		CognitoSessionScope.Snapshot scoped = CognitoSessionScope.current();
		if (scoped != null) {
			requireSameKey(key, scoped.key);
			scoped.record = record;
			return;
		}
		HttpSession session = HttpSessionKeyResolver.currentSession(true);
		if (session == null) {
			throw new SessionStoreException(
					"No HTTP request is bound to this thread: a per-user Cognito session can only be saved while handling a request",
					null);
		}
		requireSameKey(key, HttpSessionKeyResolver.ensureKey(session));
		session.setAttribute(RECORD_ATTRIBUTE, record);
	}

	@Override
	public void remove(String key) {
		Assert.notNull(key, "key cannot be null");
		CognitoSessionScope.Snapshot scoped = CognitoSessionScope.current();
		if (scoped != null) {
			if (key.equals(scoped.key)) {
				scoped.record = null;
			}
			return;
		}
		HttpSession session = HttpSessionKeyResolver.currentSession(false);
		if (session != null && key.equals(HttpSessionKeyResolver.keyOf(session))) {
			try {
				session.removeAttribute(RECORD_ATTRIBUTE);
			}
			catch (IllegalStateException ex) {
				// already invalidated: nothing left to remove
			}
		}
	}

	private static void requireSameKey(String key, String boundKey) {
		if (!key.equals(boundKey)) {
			throw new SessionStoreException(
					"The Cognito session being saved is not the one of the HTTP session "
							+ "handled on this thread; it can only be saved while handling its own user's request",
					null);
		}
	}

	@Override
	public String toString() {
		return "HttpSessionSessionRepository";
	}

}
