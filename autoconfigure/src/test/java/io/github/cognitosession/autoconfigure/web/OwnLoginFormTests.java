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

import java.util.ArrayList;
import java.util.List;

import io.github.cognitosession.autoconfigure.CognitoSessionAutoConfiguration;
import io.github.cognitosession.local.Provisioned;
import io.github.cognitosession.local.junit.LocalCognitoExtension;
import io.github.cognitosession.session.CognitoSessionManager;
import io.github.cognitosession.session.IdentityPoolOperations;
import io.github.cognitosession.web.CognitoAuthenticationProvider;
import io.github.cognitosession.web.HttpSessionSessionRepository;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

import org.springframework.boot.autoconfigure.AutoConfigurations;
import org.springframework.boot.security.autoconfigure.SecurityAutoConfiguration;
import org.springframework.boot.security.autoconfigure.UserDetailsServiceAutoConfiguration;
import org.springframework.boot.security.autoconfigure.web.servlet.ServletWebSecurityAutoConfiguration;
import org.springframework.boot.test.context.runner.WebApplicationContextRunner;
import org.springframework.context.annotation.Configuration;
import org.springframework.mock.web.MockHttpSession;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.MvcResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.servlet.config.annotation.EnableWebMvc;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/**
 * A web application that signs its users in with its own login form (Spring Boot's
 * default form login, no hosted UI), against Local Cognito: each user gets a Cognito
 * session and AWS credentials of their own, never another user's.
 *
 * @author Cognito Session contributors
 */
class OwnLoginFormTests {

	private static final String PASSWORD = "Passw0rd-form";

	@RegisterExtension
	static LocalCognitoExtension cognito = LocalCognitoExtension.create();

	private static Provisioned setup;

	@BeforeAll
	static void provision() {
		setup = cognito.provision().user("alice", PASSWORD).otherUser("bob", PASSWORD).identityPool(false).create();
	}

	private WebApplicationContextRunner contextRunner() {
		List<String> values = new ArrayList<>();
		setup.springProperties().forEach((key, value) -> values.add(key + "=" + value));
		return new WebApplicationContextRunner()
			.withConfiguration(AutoConfigurations.of(CognitoUserScopeAutoConfiguration.class,
					CognitoSessionAutoConfiguration.class, CognitoWebSessionAutoConfiguration.class,
					SecurityAutoConfiguration.class, ServletWebSecurityAutoConfiguration.class,
					UserDetailsServiceAutoConfiguration.class))
			.withUserConfiguration(WebConfiguration.class)
			.withPropertyValues(values.toArray(String[]::new));
	}

	@Test
	void loginWhenTwoUsersSignInThroughTheFormThenEachHasOwnSessionAndOwnAwsCredentials() {
		contextRunner().run((context) -> {
			MockMvc mvc = FormLogins.mockMvc(context);
			assertThat(context).hasSingleBean(CognitoAuthenticationProvider.class)
				.doesNotHaveBean(UserDetailsService.class);
			assertThat(context).getBean("cognitoSessionRepository").isInstanceOf(HttpSessionSessionRepository.class);
			MockHttpSession alice = login(mvc, "alice");
			MockHttpSession bob = login(mvc, "bob");

			String[] aliceSeen = whoAmI(mvc, alice);
			String[] bobSeen = whoAmI(mvc, bob);

			assertThat(aliceSeen[0]).isEqualTo("alice");
			assertThat(bobSeen[0]).isEqualTo("bob");
			assertThat(aliceSeen[1]).as("identity ids").isNotEqualTo(bobSeen[1]);
			assertThat(aliceSeen[2]).as("AWS access keys").isNotEqualTo(bobSeen[2]);
			assertThat(whoAmI(mvc, alice)).containsExactly(aliceSeen);
			assertThat(whoAmI(mvc, bob)).containsExactly(bobSeen);
			assertThat(context.getBean(CognitoSessionManager.class).currentUserState())
				.as("outside a request nobody is signed in")
				.hasToString("SIGNED_OUT");
		});
	}

	@Test
	void loginWhenPasswordWrongThenFormLoginFailsAndNoSession() {
		contextRunner().run((context) -> {
			MockMvc mvc = FormLogins.mockMvc(context);
			MockHttpSession session = new MockHttpSession();
			mvc.perform(post("/login").param("username", "alice")
				.param("password", "wrong-password")
				.session(session)
				.with(csrf())).andExpect(redirectedUrl("/login?error"));
			assertThat(session.getAttribute(HttpSessionSessionRepository.RECORD_ATTRIBUTE)).isNull();
			// still anonymous: a request that is not a browser's is asked for credentials
			mvc.perform(get("/me").session(session)).andExpect(status().isUnauthorized());
		});
	}

	private static MockHttpSession login(MockMvc mvc, String username) throws Exception {
		return FormLogins.login(mvc, username, PASSWORD, redirectedUrl("/"));
	}

	/** The username, identity id and access key id the app sees in the user's request. */
	private static String[] whoAmI(MockMvc mvc, MockHttpSession session) throws Exception {
		MvcResult result = mvc.perform(get("/me").session(session)).andExpect(status().isOk()).andReturn();
		return result.getResponse().getContentAsString().split(" ");
	}

	@Configuration(proxyBeanMethods = false)
	@EnableWebMvc
	static class WebConfiguration {

		@RestController
		static class MeController {

			private final CognitoSessionManager sessionManager;

			private final IdentityPoolOperations identityPool;

			MeController(CognitoSessionManager sessionManager, IdentityPoolOperations identityPool) {
				this.sessionManager = sessionManager;
				this.identityPool = identityPool;
			}

			@GetMapping("/me")
			String me() {
				return this.sessionManager.getUsername() + " " + this.identityPool.getIdentityId() + " "
						+ this.identityPool.getCredentials().accessKeyId();
			}

		}

	}

}
