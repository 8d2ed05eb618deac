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
package io.github.cognitosession.autoconfigure.web;

import org.springframework.boot.test.context.assertj.AssertableWebApplicationContext;
import org.springframework.mock.web.MockHttpSession;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.ResultMatcher;
import org.springframework.test.web.servlet.setup.MockMvcBuilders;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.setup.SecurityMockMvcConfigurers.springSecurity;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/**
 * Users signing in through an application's own Spring Security form login, as the tests
 * of web applications without the hosted UI need them.
 *
 * @author Cognito Session contributors
 */
public final class FormLogins {

	private FormLogins() {
	}

	/**
	 * MockMvc over a started web application context, with Spring Security's filters.
	 * @param context the context (must have started)
	 * @return the MockMvc
	 */
	public static MockMvc mockMvc(AssertableWebApplicationContext context) {
		assertThat(context).hasNotFailed();
		return MockMvcBuilders.webAppContextSetup(context).apply(springSecurity()).build();
	}

	/**
	 * Sign a user in with the form at {@code /login} in a new HTTP session, expecting a
	 * redirect.
	 * @param mvc the MockMvc
	 * @param username the username
	 * @param password the password
	 * @param expectations more expectations of the login's response
	 * @return the user's HTTP session
	 * @throws Exception if the request fails
	 */
	public static MockHttpSession login(MockMvc mvc, String username, String password, ResultMatcher... expectations)
			throws Exception {
		MockHttpSession session = new MockHttpSession();
		mvc.perform(post("/login").param("username", username)
			.param("password", password)
			.session(session)
			.with(csrf())
			.with((request) -> {
				// the browser's session cookie, which session-fixation protection checks
				request.setRequestedSessionId(session.getId());
				request.setRequestedSessionIdValid(true);
				return request;
			})).andExpect(status().isFound()).andExpectAll(expectations);
		return session;
	}

}
