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

package io.github.cognitosession.sample.web;

import java.util.List;
import java.util.Map;

import io.github.cognitosession.local.LocalCognito;
import org.junit.jupiter.api.Test;

import org.springframework.boot.SpringApplication;
import org.springframework.boot.logging.DeferredLogs;
import org.springframework.context.ApplicationContextInitializer;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.context.support.GenericApplicationContext;
import org.springframework.core.env.MapPropertySource;
import org.springframework.core.env.StandardEnvironment;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Tests for {@link LocalCognitoEnvironmentPostProcessor}.
 *
 * @author Cognito Session contributors
 */
class LocalCognitoEnvironmentPostProcessorTests {

	private final LocalCognitoEnvironmentPostProcessor postProcessor = new LocalCognitoEnvironmentPostProcessor(
			new DeferredLogs());

	private final StandardEnvironment environment = new StandardEnvironment();

	private final SpringApplication application = new SpringApplication();

	LocalCognitoEnvironmentPostProcessorTests() {
		// Only what the post-processor adds: not Boot's own initializers.
		this.application.setInitializers(List.of());
	}

	@Test
	void postProcessEnvironmentWhenHostedUiDomainSetThenNoEmulator() {
		withProperties(Map.of("cognito.hosted-ui.domain", "myapp.auth.eu-west-1.amazoncognito.com"));

		this.postProcessor.postProcessEnvironment(this.environment, this.application);

		assertThat(this.environment.getPropertySources()
			.contains(LocalCognitoEnvironmentPostProcessor.PROPERTY_SOURCE_NAME)).isFalse();
		assertThat(this.application.getInitializers()).isEmpty();
	}

	@Test
	void postProcessEnvironmentWhenDisabledThenNoEmulator() {
		withProperties(Map.of("sample.local-cognito.enabled", "false"));

		this.postProcessor.postProcessEnvironment(this.environment, this.application);

		assertThat(this.environment.containsProperty("cognito.user-pool.id")).isFalse();
	}

	@Test
	void postProcessEnvironmentWhenRandomPortThenFixesThePortAndPointsEverythingAtTheEmulator() {
		withProperties(Map.of("server.port", "0", "sample.local-cognito.password", "Demo-Passw0rd"));

		this.postProcessor.postProcessEnvironment(this.environment, this.application);

		try (GenericApplicationContext context = contextOf(this.application)) {
			LocalCognito cognito = context.getBean(LocalCognito.class);
			int port = this.environment.getProperty("server.port", Integer.class);
			assertThat(port).isPositive();
			assertThat(this.environment.getProperty("cognito.hosted-ui.base-url"))
				.isEqualTo("http://localhost:" + port);
			assertThat(this.environment.getProperty("cognito.hosted-ui.domain")).isEqualTo(cognito.endpoint());
			assertThat(this.environment.getProperty("cognito.user-pool.issuer"))
				.startsWith(cognito.endpoint() + "/us-east-1_");
			assertThat(this.environment.getProperty("cognito.identity-pool.id")).startsWith("us-east-1:");
			assertThat(this.environment.getProperty("spring.cloud.aws.s3.endpoint")).isEqualTo(cognito.s3Endpoint());
			assertThat(this.environment.getProperty("spring.cloud.aws.s3.path-style-access-enabled")).isEqualTo("true");
			assertThat(context.getBean(LocalCognitoDemo.class))
				.isEqualTo(new LocalCognitoDemo(cognito.endpoint(), "demo", "Demo-Passw0rd"))
				.hasToString("LocalCognitoDemo[endpoint=" + cognito.endpoint() + ", username=demo]");
		}
	}

	@Test
	void contextCloseWhenEmulatorStartedThenStopsIt() {
		this.postProcessor.postProcessEnvironment(this.environment, this.application);
		GenericApplicationContext context = contextOf(this.application);
		LocalCognito cognito = context.getBean(LocalCognito.class);
		assertThat(cognito.isRunning()).isTrue();
		assertThat(this.environment.getProperty("server.port")).isEqualTo("8080");

		context.close();

		assertThat(cognito.isRunning()).isFalse();
	}

	@SuppressWarnings("unchecked")
	private static GenericApplicationContext contextOf(SpringApplication application) {
		GenericApplicationContext context = new GenericApplicationContext();
		for (ApplicationContextInitializer<?> initializer : application.getInitializers()) {
			((ApplicationContextInitializer<ConfigurableApplicationContext>) initializer).initialize(context);
		}
		context.refresh();
		return context;
	}

	private void withProperties(Map<String, Object> properties) {
		this.environment.getPropertySources().addFirst(new MapPropertySource("test", properties));
	}

}
