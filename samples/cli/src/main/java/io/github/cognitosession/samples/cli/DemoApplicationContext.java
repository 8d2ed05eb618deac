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
package io.github.cognitosession.samples.cli;

import java.util.LinkedHashMap;
import java.util.Map;

import io.github.cognitosession.autoconfigure.CognitoSessionAutoConfiguration;
import io.github.cognitosession.session.CognitoSessionManager;
import software.amazon.awssdk.auth.credentials.AwsCredentialsProvider;

import org.springframework.boot.autoconfigure.ImportAutoConfiguration;
import org.springframework.context.annotation.AnnotationConfigApplicationContext;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.env.MapPropertySource;
import org.springframework.core.env.MutablePropertySources;
import org.springframework.core.env.StandardEnvironment;

/**
 * The application the demo drives: Cognito Session's own auto-configuration, configured
 * with the demo's properties only, so the user's {@code COGNITO_*} variables and
 * {@code cognito.*} arguments (meant for their real pool) cannot leak into it.
 *
 * @author Cognito Session contributors
 */
final class DemoApplicationContext implements AutoCloseable {

	private final AnnotationConfigApplicationContext context;

	DemoApplicationContext(Map<String, String> properties, DemoOutput output) {
		StandardEnvironment environment = new StandardEnvironment();
		MutablePropertySources sources = environment.getPropertySources();
		sources.remove(StandardEnvironment.SYSTEM_ENVIRONMENT_PROPERTY_SOURCE_NAME);
		sources.remove(StandardEnvironment.SYSTEM_PROPERTIES_PROPERTY_SOURCE_NAME);
		sources.addFirst(new MapPropertySource("demo", new LinkedHashMap<>(properties)));
		this.context = new AnnotationConfigApplicationContext();
		this.context.setEnvironment(environment);
		this.context.register(DemoConfiguration.class);
		this.context.registerBean(DemoEventPrinter.class, () -> new DemoEventPrinter(output));
		this.context.refresh();
	}

	CognitoSessionManager sessionManager() {
		return this.context.getBean(CognitoSessionManager.class);
	}

	/**
	 * The application's {@link AwsCredentialsProvider}: the Cognito identity's, as every
	 * AWS SDK client of an application would use it.
	 */
	AwsCredentialsProvider credentialsProvider() {
		return this.context.getBean(AwsCredentialsProvider.class);
	}

	@Override
	public void close() {
		this.context.close();
	}

	@Configuration(proxyBeanMethods = false)
	@ImportAutoConfiguration(CognitoSessionAutoConfiguration.class)
	static class DemoConfiguration {

	}

}
