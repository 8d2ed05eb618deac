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
import java.util.UUID;

import io.github.cognitosession.store.SessionRecord;
import io.github.cognitosession.store.SessionStore;
import io.github.cognitosession.store.SessionStoreException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpSession;

import org.springframework.web.context.request.RequestAttributes;
import org.springframework.web.context.request.RequestContextHolder;
import org.springframework.web.context.request.ServletRequestAttributes;

/**
 * A {@link SessionStore} that keeps one Cognito session per logged-in user in the HTTP
 * session of the request being handled, so that a {@code CognitoSessionManager} acts on
 * the session of whoever sent the current request.
 * <p>
 * The request is found through {@link RequestContextHolder}, which Spring MVC (and Boot's
 * {@code RequestContextFilter}) bind to the request thread. A session bound with
 * {@link CognitoSessionScope#runAs} takes precedence. Outside a request {@link #load()}
 * is empty (nobody is signed in) and {@link #save(SessionRecord)} fails with a
 * {@link SessionStoreException}; in a request, {@code save} creates the HTTP session when
 * there is none yet. The record is immutable and written back with {@code setAttribute}
 * on every change, so replicated session stores such as Spring Session see every update.
 * <p>
 * {@link #sessionKey()} is a random id kept in the HTTP session, not the servlet session
 * id: session-fixation protection changes the servlet id on login, while attributes (and
 * this key) move to the new session.
 *
 * @author Cognito Session contributors
 */
public final class HttpSessionSessionStore implements SessionStore {

	/**
	 * The HTTP session attribute holding the {@link SessionRecord}.
	 */
	public static final String RECORD_ATTRIBUTE = HttpSessionSessionStore.class.getName() + ".RECORD";

	/**
	 * The HTTP session attribute holding the session key.
	 */
	public static final String KEY_ATTRIBUTE = HttpSessionSessionStore.class.getName() + ".KEY";

	private static final String REQUEST_KEY_ATTRIBUTE = HttpSessionSessionStore.class.getName() + ".REQUEST_KEY";

	private static final String NO_REQUEST_KEY = "no-request";

	@Override
	public Optional<SessionRecord> load() {
		CognitoSessionScope.Snapshot scoped = CognitoSessionScope.current();
		if (scoped != null) {
			return Optional.ofNullable(scoped.record);
		}
		HttpSession session = currentSession(false);
		if (session == null) {
			return Optional.empty();
		}
		Object value = session.getAttribute(RECORD_ATTRIBUTE);
		// A foreign value (e.g. left by an incompatible version) counts as no session
		// rather than failing every request of that user.
		return (value instanceof SessionRecord record) ? Optional.of(record) : Optional.empty();
	}

	@Override
	public void save(SessionRecord record) {
		if (record == null) {
			throw new IllegalArgumentException("record cannot be null");
		}
		CognitoSessionScope.Snapshot scoped = CognitoSessionScope.current();
		if (scoped != null) {
			scoped.record = record;
			return;
		}
		HttpSession session = currentSession(true);
		if (session == null) {
			throw new SessionStoreException(
					"No HTTP request is bound to this thread: a per-user Cognito session can only be saved while handling a request",
					null);
		}
		ensureKey(session);
		session.setAttribute(RECORD_ATTRIBUTE, record);
	}

	@Override
	public void clear() {
		CognitoSessionScope.Snapshot scoped = CognitoSessionScope.current();
		if (scoped != null) {
			scoped.record = null;
			return;
		}
		HttpSession session = currentSession(false);
		if (session != null) {
			try {
				session.removeAttribute(RECORD_ATTRIBUTE);
			}
			catch (IllegalStateException ex) {
				// already invalidated: nothing left to remove
			}
		}
	}

	/**
	 * A random id stored in the HTTP session, stable across session-id changes. Without
	 * an HTTP session it is a per-request id (there is no stored session to share), and
	 * outside a request a constant.
	 * @return the key
	 */
	@Override
	public String sessionKey() {
		CognitoSessionScope.Snapshot scoped = CognitoSessionScope.current();
		if (scoped != null) {
			return scoped.key;
		}
		HttpServletRequest request = currentRequest();
		if (request == null) {
			return NO_REQUEST_KEY;
		}
		HttpSession session = request.getSession(false);
		if (session != null) {
			return ensureKey(session);
		}
		Object requestKey = request.getAttribute(REQUEST_KEY_ATTRIBUTE);
		if (requestKey == null) {
			requestKey = "request:" + UUID.randomUUID();
			request.setAttribute(REQUEST_KEY_ATTRIBUTE, requestKey);
		}
		return requestKey.toString();
	}

	static String ensureKey(HttpSession session) {
		Object key = session.getAttribute(KEY_ATTRIBUTE);
		if (key instanceof String value) {
			return value;
		}
		// Two concurrent first requests of one session may each create a key; the last
		// one written wins, so at worst one early refresh is not merged with another.
		String created = "session:" + UUID.randomUUID();
		session.setAttribute(KEY_ATTRIBUTE, created);
		return created;
	}

	static HttpSession currentSession(boolean create) {
		HttpServletRequest request = currentRequest();
		return (request != null) ? request.getSession(create) : null;
	}

	private static HttpServletRequest currentRequest() {
		RequestAttributes attributes = RequestContextHolder.getRequestAttributes();
		return (attributes instanceof ServletRequestAttributes servlet) ? servlet.getRequest() : null;
	}

	@Override
	public String toString() {
		return "HttpSessionSessionStore";
	}

}
