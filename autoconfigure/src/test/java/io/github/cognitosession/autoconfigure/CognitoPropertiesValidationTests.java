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
package io.github.cognitosession.autoconfigure;

import java.nio.file.Path;
import java.util.stream.Stream;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

import org.springframework.boot.SpringApplication;
import org.springframework.boot.WebApplicationType;
import org.springframework.boot.autoconfigure.AutoConfigurations;
import org.springframework.boot.autoconfigure.ImportAutoConfiguration;
import org.springframework.boot.diagnostics.FailureAnalysis;
import org.springframework.boot.test.context.runner.ApplicationContextRunner;
import org.springframework.boot.test.system.CapturedOutput;
import org.springframework.boot.test.system.OutputCaptureExtension;
import org.springframework.context.annotation.Configuration;

import io.github.cognitosession.session.CognitoSessionManager;
import io.github.cognitosession.signin.UserPoolAuthenticator;
import io.github.cognitosession.store.SessionRepository;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatException;
import static org.mockito.Mockito.mock;

/**
 * Tests for the start-up validation of {@link CognitoProperties} and its
 * {@link CognitoConfigurationFailureAnalyzer}.
 *
 * @author Cognito Session contributors
 */
class CognitoPropertiesValidationTests {

	private static final String IDENTITY_POOL_ID = "eu-west-1:0a1b2c3d-4e5f-6a7b-8c9d-0e1f2a3b4c5d";

	private final ApplicationContextRunner contextRunner = new ApplicationContextRunner()
		.withConfiguration(AutoConfigurations.of(CognitoSessionAutoConfiguration.class))
		.withBean(SessionRepository.class, () -> mock(SessionRepository.class))
		.withBean(UserPoolAuthenticator.class, () -> mock(UserPoolAuthenticator.class))
		.withBean(CognitoSessionManager.class, () -> mock(CognitoSessionManager.class));

	static Stream<Arguments> badConfigurations() {
		return Stream.of(
				bad("cognito.user-pool.id", "not a user pool id", "<region>_<id>", "cognito.user-pool.id=AbCdEf123"),
				bad("cognito.user-pool.client-id", "is not set", "app client", "cognito.user-pool.client-id="),
				bad("cognito.user-pool.client-secret", "is blank", "Remove cognito.user-pool.client-secret",
						"cognito.user-pool.client-secret= "),
				bad("cognito.user-pool.endpoint", "not an absolute http or https URI", "http://127.0.0.1:9229",
						"cognito.user-pool.endpoint=localhost:9229"),
				bad("cognito.user-pool.endpoint", "not an absolute http or https URI", "scheme and host",
						"cognito.user-pool.endpoint=ftp://127.0.0.1/"),
				bad("cognito.user-pool.issuer", "not an absolute http or https URI", "cognito-idp",
						"cognito.user-pool.issuer=/eu-west-1_AbCdEf123"),
				bad("cognito.user-pool.endpoint", "plain http to a host that is not loopback", "https://",
						"cognito.user-pool.endpoint=http://cognito.example.com"),
				bad("cognito.user-pool.endpoint", "plain http to a host that is not loopback", "127.0.0.1",
						"cognito.user-pool.endpoint=http://10.0.0.7:9229"),
				bad("cognito.user-pool.issuer", "plain http to a host that is not loopback", "https://",
						"cognito.user-pool.issuer=http://issuer.example.com/eu-west-1_AbCdEf123"),
				bad("cognito.identity-pool.endpoint", "plain http to a host that is not loopback", "https://",
						"cognito.identity-pool.id=" + IDENTITY_POOL_ID,
						"cognito.identity-pool.endpoint=http://identity.example.com"),
				bad("cognito.region", "is a pool in region 'eu-west-1'", "set it to 'eu-west-1'",
						"cognito.region=us-east-1"),
				bad("cognito.user-pool.device-name", "is blank", "short name for this device",
						"cognito.user-pool.device-name= "),
				bad("cognito.user-pool.device-name", "longer than Cognito's limit of 1024", "short name",
						"cognito.user-pool.device-name=" + "d".repeat(1025)),
				bad("cognito.region", "not a region name", "AWS region", "cognito.region=EU West"),
				bad("cognito.region", "is a pool in region 'eu-west-1'", "set it to 'eu-west-1'",
						"cognito.region=us-east-1", "cognito.user-pool.endpoint=http://127.0.0.1:9229",
						"cognito.identity-pool.id=" + IDENTITY_POOL_ID),
				bad("cognito.identity-pool.id", "not an identity pool id", "<region>:<uuid>",
						"cognito.identity-pool.id=eu-west-1_AbCdEf123"),
				bad("cognito.identity-pool.endpoint", "not an absolute http or https URI", "http://127.0.0.1:9229",
						"cognito.identity-pool.id=" + IDENTITY_POOL_ID, "cognito.identity-pool.endpoint=127.0.0.1"),
				bad("cognito.identity-pool.custom-role-arn", "not an IAM role ARN", "arn:aws:iam::",
						"cognito.identity-pool.custom-role-arn=MyRole"),
				bad("cognito.session.refresh-ahead", "is negative", "positive duration",
						"cognito.session.refresh-ahead=-1s"),
				bad("cognito.session.reauthentication-timeout", "is negative", "positive duration",
						"cognito.session.reauthentication-timeout=-5s"),
				bad("cognito.session.clock-skew", "is negative", "positive duration", "cognito.session.clock-skew=-1m"),
				bad("cognito.session.clock-skew", "is PT6M, more than the 5 minutes allowed", "at most 5m",
						"cognito.session.clock-skew=6m"),
				bad("cognito.session.encryption-key", "is not valid base64", "openssl rand -base64 32",
						"cognito.session.encryption-key=not*base64!"),
				bad("cognito.session.encryption-key", "decodes to 10 bytes", "256-bit AES key",
						"cognito.session.encryption-key=MDEyMzQ1Njc4OQ=="),
				bad("cognito.session.encryption-key", "decodes to 16 bytes", "256-bit AES key",
						"cognito.session.encryption-key=MDEyMzQ1Njc4OWFiY2RlZg=="));
	}

	private static Arguments bad(String property, String problem, String action, String... properties) {
		return Arguments.of(property, problem, action, properties);
	}

	@ParameterizedTest(name = "{0}: {3}")
	@MethodSource("badConfigurations")
	void startUpWhenPropertyIsWrongThenFailsWithAnalysisNamingPropertyAndFix(String property, String problem,
			String action, String[] properties) {
		this.contextRunner
			.withPropertyValues("cognito.user-pool.id=eu-west-1_AbCdEf123", "cognito.user-pool.client-id=client123")
			.withPropertyValues(properties)
			.run((context) -> {
				assertThat(context).hasFailed();
				assertThat(context.getStartupFailure()).rootCause()
					.isInstanceOfSatisfying(InvalidCognitoConfigurationException.class,
							(ex) -> assertThat(ex.getProperty()).isEqualTo(property));
				FailureAnalysis analysis = new CognitoConfigurationFailureAnalyzer()
					.analyze(context.getStartupFailure());
				assertThat(analysis).isNotNull();
				assertThat(analysis.getDescription()).startsWith("The Cognito property '" + property + "' ")
					.contains(problem);
				assertThat(analysis.getAction()).contains(action);
			});
	}

	@Test
	void startUpWhenStorePathIsDirectoryThenFails(@TempDir Path directory) {
		this.contextRunner
			.withPropertyValues("cognito.user-pool.id=eu-west-1_AbCdEf123", "cognito.user-pool.client-id=client123",
					"cognito.session.store-path=" + directory)
			.run((context) -> {
				FailureAnalysis analysis = new CognitoConfigurationFailureAnalyzer()
					.analyze(context.getStartupFailure());
				assertThat(analysis.getDescription()).contains("cognito.session.store-path", "is a directory");
				assertThat(analysis.getAction()).contains(directory.resolve("session.bin").toString());
			});
	}

	@Test
	void startUpWhenStorePathIsDirectoryButStoreIsMemoryThenStarts(@TempDir Path directory) {
		this.contextRunner
			.withPropertyValues("cognito.user-pool.id=eu-west-1_AbCdEf123", "cognito.user-pool.client-id=client123",
					"cognito.session.store=memory", "cognito.session.store-path=" + directory)
			.run((context) -> assertThat(context).hasNotFailed());
	}

	@Test
	void startUpWhenEncryptionKeyIsWrongThenNoMessageContainsTheKey() {
		String key = "c2VjcmV0LWtleS0xMjM="; // 14 bytes: valid base64, wrong length
		String notBase64 = "TOP$SECRET$VALUE";
		for (String value : new String[] { key, notBase64 }) {
			this.contextRunner
				.withPropertyValues("cognito.user-pool.id=eu-west-1_AbCdEf123", "cognito.user-pool.client-id=client123",
						"cognito.session.encryption-key=" + value)
				.run((context) -> {
					assertThat(context).hasFailed();
					FailureAnalysis analysis = new CognitoConfigurationFailureAnalyzer()
						.analyze(context.getStartupFailure());
					assertThat(analysis.getDescription()).contains("cognito.session.encryption-key")
						.doesNotContain(value);
					assertThat(analysis.getAction()).doesNotContain(value);
					for (Throwable ex = context.getStartupFailure(); ex != null; ex = ex.getCause()) {
						assertThat(String.valueOf(ex.getMessage())).doesNotContain(value).doesNotContain("SECRET");
					}
				});
		}
	}

	@Test
	void startUpWhenValidKeyAndExplicitMatchingRegionThenStarts() {
		this.contextRunner
			.withPropertyValues("cognito.user-pool.id=eu-west-1_AbCdEf123", "cognito.user-pool.client-id=client123",
					"cognito.region=eu-west-1", "cognito.identity-pool.id=" + IDENTITY_POOL_ID,
					"cognito.identity-pool.custom-role-arn=arn:aws:iam::123456789012:role/Reader",
					"cognito.session.encryption-key=AAECAwQFBgcICQoLDA0ODxAREhMUFRYXGBkaGxwdHh8=",
					"cognito.session.reauthentication-timeout=0", "cognito.user-pool.issuer=http://127.0.0.1:9229/p")
			.run((context) -> assertThat(context).hasNotFailed());
	}

	@ParameterizedTest
	@org.junit.jupiter.params.provider.ValueSource(strings = { "http://127.0.0.1:9229", "http://localhost:9229",
			"http://[::1]:9229", "http://127.0.0.2:9229", "https://cognito.example.com" })
	void startUpWhenEndpointsAreHttpsOrLoopbackThenStarts(String url) {
		this.contextRunner
			.withPropertyValues("cognito.user-pool.id=eu-west-1_AbCdEf123", "cognito.user-pool.client-id=client123",
					"cognito.user-pool.endpoint=" + url, "cognito.user-pool.issuer=" + url + "/eu-west-1_AbCdEf123",
					"cognito.identity-pool.id=" + IDENTITY_POOL_ID, "cognito.identity-pool.endpoint=" + url)
			.run((context) -> assertThat(context).hasNotFailed());
	}

	@Test
	@ExtendWith(OutputCaptureExtension.class)
	void startUpWhenEndpointOverriddenWithoutIssuerThenWarnsOnceThatTheEndpointSignsForTheAwsIssuer(
			CapturedOutput output) {
		this.contextRunner
			.withPropertyValues("cognito.user-pool.id=eu-west-1_AbCdEf123", "cognito.user-pool.client-id=client123",
					"cognito.user-pool.endpoint=http://127.0.0.1:9229")
			.run((context) -> {
				assertThat(context).hasNotFailed();
				assertThat(context).hasSingleBean(io.github.cognitosession.userpool.UserPoolClient.class);
			});
		assertThat(output.getOut().lines().filter((line) -> line.contains("WARN")))
			.singleElement(org.assertj.core.api.InstanceOfAssertFactories.STRING)
			.contains("cognito.user-pool.endpoint", "http://127.0.0.1:9229", "cognito.user-pool.issuer",
					"https://cognito-idp.eu-west-1.amazonaws.com/eu-west-1_AbCdEf123");
	}

	@Test
	@ExtendWith(OutputCaptureExtension.class)
	void startUpWhenEndpointOverriddenWithIssuerThenNoWarning(CapturedOutput output) {
		this.contextRunner
			.withPropertyValues("cognito.user-pool.id=eu-west-1_AbCdEf123", "cognito.user-pool.client-id=client123",
					"cognito.user-pool.endpoint=http://127.0.0.1:9229",
					"cognito.user-pool.issuer=http://127.0.0.1:9229/eu-west-1_AbCdEf123")
			.run((context) -> assertThat(context)
				.hasSingleBean(io.github.cognitosession.userpool.UserPoolClient.class));
		assertThat(output.getOut()).doesNotContain("WARN");
	}

	@Test
	void startUpWhenAuthFlowIsUnknownThenBindingFailureNamesTheProperty() {
		this.contextRunner
			.withPropertyValues("cognito.user-pool.id=eu-west-1_AbCdEf123", "cognito.user-pool.client-id=client123",
					"cognito.user-pool.auth-flow=user-magic-auth")
			.run((context) -> {
				assertThat(context).hasFailed();
				assertThat(context.getStartupFailure()).hasStackTraceContaining("cognito.user-pool.auth-flow");
			});
	}

	@Test
	@ExtendWith(OutputCaptureExtension.class)
	void applicationRunWhenPropertyIsWrongThenPrintsAnalysisWithoutStackTrace(CapturedOutput output) {
		SpringApplication application = new SpringApplication(MinimalApplication.class);
		application.setWebApplicationType(WebApplicationType.NONE);
		assertThatException().isThrownBy(() -> application.run("--cognito.user-pool.id=AbCdEf123",
				"--cognito.user-pool.client-id=client123", "--spring.main.banner-mode=off"));
		assertThat(output).contains("APPLICATION FAILED TO START")
			.contains("The Cognito property 'cognito.user-pool.id' is 'AbCdEf123', which is not a user pool id.")
			.contains("Set cognito.user-pool.id to the pool id shown in the Cognito console")
			.doesNotContain("\tat io.github.cognitosession");
	}

	@Test
	void failureAnalyzerWhenFailureIsUnrelatedThenDoesNotAnalyze() {
		assertThat(new CognitoConfigurationFailureAnalyzer().analyze(new IllegalStateException("other"))).isNull();
	}

	@Configuration(proxyBeanMethods = false)
	@ImportAutoConfiguration(CognitoSessionAutoConfiguration.class)
	static class MinimalApplication {

	}

}
