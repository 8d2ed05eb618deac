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

import java.util.concurrent.Callable;

import org.springframework.mock.web.MockHttpServletRequest;
import org.springframework.mock.web.MockHttpSession;
import org.springframework.web.context.request.RequestContextHolder;
import org.springframework.web.context.request.ServletRequestAttributes;

import io.github.cognitosession.store.SessionRecord;
import io.github.cognitosession.web.HttpSessionSessionRepository;

/**
 * Requests of a web application in the session manager's tests: work done with a request
 * of an HTTP session bound to the thread, as the servlet container binds it, and the
 * session record kept in that HTTP session.
 *
 * @author Cognito Session contributors
 */
final class HttpSessionRequests {

	private HttpSessionRequests() {
	}

	static <T> T inRequest(MockHttpSession session, Callable<T> work) throws Exception {
		MockHttpServletRequest request = new MockHttpServletRequest();
		request.setSession(session);
		RequestContextHolder.setRequestAttributes(new ServletRequestAttributes(request));
		try {
			return work.call();
		}
		finally {
			RequestContextHolder.resetRequestAttributes();
		}
	}

	static SessionRecord record(MockHttpSession session) {
		return (SessionRecord) session.getAttribute(HttpSessionSessionRepository.RECORD_ATTRIBUTE);
	}

}
