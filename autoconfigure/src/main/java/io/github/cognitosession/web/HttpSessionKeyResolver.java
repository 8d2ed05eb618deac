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

import java.util.UUID;

import io.github.cognitosession.session.SessionKeyResolver;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpSession;

import org.springframework.web.context.request.RequestAttributes;
import org.springframework.web.context.request.RequestContextHolder;
import org.springframework.web.context.request.ServletRequestAttributes;

/**
 * The {@link SessionKeyResolver} of a web application's user scope: every user has a
 * Cognito session of their own, keyed by a random id kept in their HTTP session. The
 * request is found through {@link RequestContextHolder}, which Spring MVC (and Boot's
 * {@code RequestContextFilter}) bind to the request thread; a session bound with
 * {@link CognitoSessionScope#runAs} takes precedence.
 * <p>
 * The key is not the servlet session id: session-fixation protection changes that id on
 * login, while attributes (and this key) move to the new session. Without an HTTP session
 * the key is one of the request (there is no stored session to share), and outside a
 * request a constant under which nobody is ever signed in.
 *
 * @author Cognito Session contributors
 */
public final class HttpSessionKeyResolver implements SessionKeyResolver {

	/**
	 * The HTTP session attribute holding the session key.
	 */
	public static final String KEY_ATTRIBUTE = HttpSessionKeyResolver.class.getName() + ".KEY";

	private static final String REQUEST_KEY_ATTRIBUTE = HttpSessionKeyResolver.class.getName() + ".REQUEST_KEY";

	/**
	 * The key of threads that handle no request.
	 */
	public static final String NO_REQUEST_KEY = "no-request";

	@Override
	public String resolveKey() {
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

	/**
	 * The key of an HTTP session, or {@code null} when it has none yet.
	 * @param session the HTTP session
	 * @return the key
	 */
	static String keyOf(HttpSession session) {
		Object key = session.getAttribute(KEY_ATTRIBUTE);
		return (key instanceof String value) ? value : null;
	}

	/**
	 * The key of an HTTP session, created when it has none. A request without an HTTP
	 * session that creates one keeps the key it already had.
	 * @param session the HTTP session
	 * @return the key
	 */
	static String ensureKey(HttpSession session) {
		String key = keyOf(session);
		if (key != null) {
			return key;
		}
		HttpServletRequest request = currentRequest();
		Object requestKey = (request != null) ? request.getAttribute(REQUEST_KEY_ATTRIBUTE) : null;
		// Two concurrent first requests of one session may each create a key; the last
		// one written wins, so at worst one early refresh is not merged with another.
		String created = (requestKey != null) ? requestKey.toString() : "session:" + UUID.randomUUID();
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
		return "HttpSessionKeyResolver";
	}

}
