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

import io.github.cognitosession.autoconfigure.CognitoSessionAutoConfiguration;
import io.github.cognitosession.session.SessionKeyResolver;
import io.github.cognitosession.store.InMemorySessionRepository;
import io.github.cognitosession.store.SessionRepository;
import io.github.cognitosession.web.CognitoSessionEvictionListener;
import io.github.cognitosession.web.HttpSessionKeyResolver;
import io.github.cognitosession.web.HttpSessionSessionRepository;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

import org.springframework.boot.autoconfigure.AutoConfigurations;
import org.springframework.boot.test.context.FilteredClassLoader;
import org.springframework.boot.test.context.runner.ApplicationContextRunner;
import org.springframework.boot.test.context.runner.WebApplicationContextRunner;
import org.springframework.boot.test.system.CapturedOutput;
import org.springframework.boot.test.system.OutputCaptureExtension;
import org.springframework.security.config.annotation.web.configuration.EnableWebSecurity;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Tests for {@link CognitoUserScopeAutoConfiguration}: who shares a Cognito session is an
 * explicit property with a documented default, never a side effect of another feature.
 *
 * @author Cognito Session contributors
 */
@ExtendWith(OutputCaptureExtension.class)
class CognitoUserScopeAutoConfigurationTests {

	private static final String WARNING = "every request shares one Cognito session";

	private static final String[] POOL = { "cognito.user-pool.id=eu-west-1_AbC123",
			"cognito.user-pool.client-id=client-1", "cognito.session.store=memory" };

	private final WebApplicationContextRunner webRunner = new WebApplicationContextRunner()
		.withConfiguration(
				AutoConfigurations.of(CognitoUserScopeAutoConfiguration.class, CognitoSessionAutoConfiguration.class))
		.withPropertyValues(POOL);

	@Test
	void scopeWhenServletWebApplicationWithSpringSecurityThenOneSessionPerUserByDefault(CapturedOutput output) {
		this.webRunner.run((context) -> {
			assertThat(context).hasNotFailed();
			assertThat(context).getBean(SessionKeyResolver.class).isInstanceOf(HttpSessionKeyResolver.class);
			assertThat(context).getBean(SessionRepository.class).isInstanceOf(HttpSessionSessionRepository.class);
			assertThat(context).hasSingleBean(CognitoSessionEvictionListener.class);
			assertThat(context.getBean(SessionKeyResolver.class).isApplicationWide()).isFalse();
		});
		assertThat(output).doesNotContain(WARNING);
	}

	@Test
	void scopeWhenApplicationInAWebApplicationThenOneWarningAtStartUp(CapturedOutput output) {
		this.webRunner.withPropertyValues("cognito.session.scope=application").run((context) -> {
			assertThat(context).hasNotFailed();
			assertThat(context.getBean(SessionKeyResolver.class).isApplicationWide()).isTrue();
			assertThat(context).getBean(SessionRepository.class).isInstanceOf(InMemorySessionRepository.class);
			assertThat(context).doesNotHaveBean(CognitoSessionEvictionListener.class);
		});
		assertThat(output.getOut().split(WARNING, -1)).as("exactly one warning").hasSize(2);
		assertThat(output).contains("WARN").contains("cognito.session.scope=user");
	}

	@Test
	void scopeWhenWebApplicationWithoutSpringSecurityThenApplicationScopeWithTheWarning(CapturedOutput output) {
		this.webRunner.withClassLoader(new FilteredClassLoader(EnableWebSecurity.class)).run((context) -> {
			assertThat(context).hasNotFailed();
			assertThat(context.getBean(SessionKeyResolver.class).isApplicationWide()).isTrue();
		});
		assertThat(output).contains(WARNING);
	}

	@Test
	void scopeWhenUserExplicitlyWithoutSpringSecurityThenOneSessionPerUser(CapturedOutput output) {
		this.webRunner.withClassLoader(new FilteredClassLoader(EnableWebSecurity.class))
			.withPropertyValues("cognito.session.scope=user")
			.run((context) -> assertThat(context).getBean(SessionKeyResolver.class)
				.isInstanceOf(HttpSessionKeyResolver.class));
		assertThat(output).doesNotContain(WARNING);
	}

	@Test
	void scopeWhenUserInAnApplicationThatIsNotAWebOneThenStartUpFailsNamingTheProperty() {
		new ApplicationContextRunner()
			.withConfiguration(AutoConfigurations.of(CognitoUserScopeAutoConfiguration.class,
					CognitoSessionAutoConfiguration.class))
			.withPropertyValues(POOL)
			.withPropertyValues("cognito.session.scope=user")
			.run((context) -> assertThat(context).hasFailed()
				.getFailure()
				.rootCause()
				.hasMessageContaining("cognito.session.scope")
				.hasMessageContaining("not a servlet web application"));
	}

	@Test
	void scopeWhenNotAWebApplicationThenApplicationScopeWithoutWarning(CapturedOutput output) {
		new ApplicationContextRunner()
			.withConfiguration(AutoConfigurations.of(CognitoUserScopeAutoConfiguration.class,
					CognitoSessionAutoConfiguration.class))
			.withPropertyValues(POOL)
			.run((context) -> assertThat(context.getBean(SessionKeyResolver.class).isApplicationWide()).isTrue());
		assertThat(output).doesNotContain(WARNING);
	}

}
