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
package io.github.cognitosession.sample.api;

import java.util.List;

import io.github.cognitosession.local.LocalCognito;
import io.github.cognitosession.local.Provisioned;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.security.core.authority.SimpleGrantedAuthority;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.setup.MockMvcBuilders;
import org.springframework.web.context.WebApplicationContext;

import static org.hamcrest.Matchers.contains;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.jwt;
import static org.springframework.security.test.web.servlet.setup.SecurityMockMvcConfigurers.springSecurity;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/**
 * The README's example of testing the API with Spring Security's {@code jwt()}
 * post-processor carrying Cognito-shaped claims, verbatim: it compiles, and the API
 * answers it as it answers a real access token of the pool.
 *
 * @author Cognito Session contributors
 */
@SpringBootTest
class ApiSampleJwtPostProcessorTests {

	private static final LocalCognito cognito = LocalCognito.builder().build().start();

	private static final Provisioned setup = cognito.provision().user("alice", "Alice-Passw0rd-jwt").create();

	private final String clientId = setup.clientId();

	@Autowired
	private WebApplicationContext context;

	private MockMvc mockMvc;

	@DynamicPropertySource
	static void cognitoProperties(DynamicPropertyRegistry registry) {
		setup.springProperties().forEach((key, value) -> registry.add(key, () -> value));
	}

	@AfterAll
	static void stop() {
		cognito.close();
	}

	@BeforeEach
	void mockMvc() {
		this.mockMvc = MockMvcBuilders.webAppContextSetup(this.context).apply(springSecurity()).build();
	}

	@Test
	void adminWhenReadmeExampleThenAdminAnswered() throws Exception {
		// the README's example, verbatim
		mockMvc
			.perform(
					get("/api/admin").with(
							jwt()
								.jwt((jwt) -> jwt.claim("username", "alice")
									.claim("cognito:groups", List.of("admin"))
									.claim("token_use", "access")
									.claim("client_id", clientId))
								.authorities(new SimpleGrantedAuthority("ROLE_admin"))))
			.andExpect(status().isOk())
			.andExpect(jsonPath("$.username").value("alice"))
			.andExpect(jsonPath("$.admin").value(true));
	}

	@Test
	void meWhenReadmeExampleClaimsThenUsernameGroupsAndClientId() throws Exception {
		this.mockMvc
			.perform(
					get("/api/me").with(
							jwt()
								.jwt((jwt) -> jwt.claim("username", "alice")
									.claim("cognito:groups", List.of("admin"))
									.claim("token_use", "access")
									.claim("client_id", clientId))
								.authorities(new SimpleGrantedAuthority("ROLE_admin"))))
			.andExpect(status().isOk())
			.andExpect(jsonPath("$.username").value("alice"))
			.andExpect(jsonPath("$.groups").value(contains("admin")))
			.andExpect(jsonPath("$.clientId").value(this.clientId))
			.andExpect(jsonPath("$.authorities").value(contains("ROLE_admin")));
	}

	@Test
	void adminWhenNotInTheAdminGroupThenForbidden() throws Exception {
		this.mockMvc.perform(get("/api/admin").with(jwt()
			.jwt((jwt) -> jwt.claim("username", "bob").claim("token_use", "access").claim("client_id", clientId))
			.authorities(List.of()))).andExpect(status().isForbidden());
	}

	@Test
	void meWhenNoTokenThenUnauthorized() throws Exception {
		this.mockMvc.perform(get("/api/me")).andExpect(status().isUnauthorized());
	}

}
