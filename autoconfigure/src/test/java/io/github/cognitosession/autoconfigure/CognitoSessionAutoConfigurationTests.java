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

import io.github.cognitosession.account.AccountOperations;
import io.github.cognitosession.device.CognitoDeviceClient;
import io.github.cognitosession.device.DeviceOperations;
import io.github.cognitosession.device.DeviceSecretsStore;
import io.github.cognitosession.mfa.MfaOperations;
import io.github.cognitosession.passkey.PasskeyOperations;
import io.github.cognitosession.session.SessionKeyResolver;

import java.net.URI;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;

import com.github.tomakehurst.wiremock.WireMockServer;
import org.junit.jupiter.api.Test;
import software.amazon.awssdk.auth.credentials.AnonymousCredentialsProvider;
import software.amazon.awssdk.regions.Region;
import software.amazon.awssdk.services.cognitoidentity.CognitoIdentityClient;
import software.amazon.awssdk.services.cognitoidentityprovider.CognitoIdentityProviderClient;

import org.springframework.beans.factory.annotation.Qualifier;
import org.springframework.boot.autoconfigure.AutoConfigurations;
import org.springframework.boot.autoconfigure.condition.ConditionEvaluationReport;
import org.springframework.boot.test.context.runner.ApplicationContextRunner;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.annotation.Order;

import io.github.cognitosession.signin.UserPoolAuthFlow;
import io.github.cognitosession.token.RefreshTokenRotation;
import io.github.cognitosession.autoconfigure.CognitoProperties.StoreType;
import io.github.cognitosession.session.CognitoSessionManager;
import io.github.cognitosession.signin.UserPoolAuthenticator;
import io.github.cognitosession.store.SessionRepository;

import static com.github.tomakehurst.wiremock.core.WireMockConfiguration.options;
import static org.assertj.core.api.Assertions.assertThat;
import static org.mockito.Mockito.mock;

/**
 * Tests for {@link CognitoSessionAutoConfiguration}.
 *
 * @author Cognito Session contributors
 */
class CognitoSessionAutoConfigurationTests {

	private static final String POOL_ID = "eu-west-1_AbCdEf123";

	private final ApplicationContextRunner contextRunner = new ApplicationContextRunner()
		.withConfiguration(AutoConfigurations.of(CognitoSessionAutoConfiguration.class));

	/**
	 * A user-pool configuration whose session components (store, authenticator, manager)
	 * are test doubles, so that everything else is tested on its own.
	 */
	private final ApplicationContextRunner configuredRunner = this.contextRunner
		.withPropertyValues("cognito.user-pool.id=" + POOL_ID, "cognito.user-pool.client-id=client123")
		.withBean(SessionRepository.class, () -> mock(SessionRepository.class))
		.withBean(UserPoolAuthenticator.class, () -> mock(UserPoolAuthenticator.class))
		.withBean(CognitoSessionManager.class, () -> mock(CognitoSessionManager.class));

	@Test
	void autoConfigurationWhenNoUserPoolIdThenBacksOffEntirely() {
		this.contextRunner.run((context) -> {
			assertThat(context).hasNotFailed()
				.doesNotHaveBean(CognitoProperties.class)
				.doesNotHaveBean(CognitoClientConfigurer.class)
				.doesNotHaveBean(CognitoIdentityProviderClient.class)
				.doesNotHaveBean(SessionRepository.class)
				.doesNotHaveBean(CognitoSessionManager.class)
				.doesNotHaveBean(CognitoSessionAutoConfiguration.CLOCK_BEAN_NAME);
			ConditionEvaluationReport report = ConditionEvaluationReport.get(context.getBeanFactory());
			assertThat(report.getConditionAndOutcomesBySource().get(CognitoSessionAutoConfiguration.class.getName()))
				.singleElement()
				.satisfies((conditionAndOutcome) -> {
					assertThat(conditionAndOutcome.getOutcome().isMatch()).isFalse();
					assertThat(conditionAndOutcome.getOutcome().getMessage())
						.isEqualTo("@ConditionalOnUserPool did not find property cognito.user-pool.id");
				});
		});
	}

	@Test
	void autoConfigurationWhenUserPoolIdIsBlankThenBacksOff() {
		this.contextRunner.withPropertyValues("cognito.user-pool.id= ")
			.run((context) -> assertThat(context).hasNotFailed().doesNotHaveBean(CognitoProperties.class));
	}

	@Test
	void autoConfigurationWhenUserPoolIdSetThenBindsPropertiesWithDefaults() {
		this.configuredRunner.run((context) -> {
			CognitoProperties properties = context.getBean(CognitoProperties.class);
			assertThat(properties.determineRegion()).isEqualTo("eu-west-1");
			assertThat(properties.getUserPool().getAuthFlow()).isEqualTo(UserPoolAuthFlow.USER_SRP_AUTH);
			assertThat(properties.getUserPool().getRefreshTokenRotation()).isEqualTo(RefreshTokenRotation.AUTO);
			assertThat(properties.getSession().getStore()).isEqualTo(StoreType.FILE);
			assertThat(properties.getSession().getRefreshAhead()).hasMinutes(5);
			assertThat(properties.getSession().getReauthenticationTimeout()).isNull();
			assertThat(SessionComponentsConfiguration.reauthenticationTimeout(properties,
					context.getBean(SessionKeyResolver.class)))
				.hasSeconds(30);
			assertThat(properties.getSession().getClockSkew()).hasSeconds(60);
			assertThat(properties.getIdentityPool().isGuestAccess()).isFalse();
			assertThat(properties.getIdentityPool().isDefaultCredentialsProvider()).isTrue();
		});
	}

	@Test
	void authFlowWhenGivenInKebabCaseThenBindsToEnum() {
		this.configuredRunner
			.withPropertyValues("cognito.user-pool.auth-flow=user-password-auth", "cognito.session.store=memory")
			.run((context) -> {
				CognitoProperties properties = context.getBean(CognitoProperties.class);
				assertThat(properties.getUserPool().getAuthFlow()).isEqualTo(UserPoolAuthFlow.USER_PASSWORD_AUTH);
				assertThat(properties.getSession().getStore()).isEqualTo(StoreType.MEMORY);
			});
	}

	@Test
	void identityProviderClientWhenConfiguredThenUsesRegionEndpointAnonymousCredentialsAndStandardRetries() {
		this.configuredRunner.withPropertyValues("cognito.user-pool.endpoint=http://127.0.0.1:9229").run((context) -> {
			assertThat(context).hasSingleBean(CognitoIdentityProviderClient.class);
			var configuration = context.getBean(CognitoIdentityProviderClient.class).serviceClientConfiguration();
			assertThat(configuration.region()).isEqualTo(Region.EU_WEST_1);
			assertThat(configuration.endpointOverride()).contains(URI.create("http://127.0.0.1:9229"));
			assertThat(configuration.credentialsProvider()).isInstanceOf(AnonymousCredentialsProvider.class);
			assertThat(configuration.overrideConfiguration().retryStrategy())
				.hasValueSatisfying((strategy) -> assertThat(strategy.maxAttempts()).isEqualTo(3));
		});
	}

	@Test
	void identityProviderClientWhenExplicitRegionAndEmulatorPoolIdThenUsesExplicitRegion() {
		this.configuredRunner
			.withPropertyValues("cognito.user-pool.id=local_5ad2b2a8", "cognito.region=us-east-2",
					"cognito.user-pool.endpoint=http://127.0.0.1:9229")
			.run((context) -> assertThat(
					context.getBean(CognitoIdentityProviderClient.class).serviceClientConfiguration().region())
				.isEqualTo(Region.US_EAST_2));
	}

	@Test
	void identityProviderClientWhenCustomizersDefinedThenAppliesThemInOrder() {
		this.configuredRunner.withUserConfiguration(OrderedCustomizersConfiguration.class).run((context) -> {
			assertThat(context.getBean(OrderedCustomizersConfiguration.class).calls).containsExactly("first", "second");
			assertThat(context.getBean(CognitoIdentityProviderClient.class)
				.serviceClientConfiguration()
				.endpointOverride()).contains(URI.create("http://127.0.0.1:8002"));
		});
	}

	@Test
	void identityClientWhenIdentityPoolIdIsBlankThenStartsWithoutValidationError() {
		this.configuredRunner.withPropertyValues("cognito.identity-pool.id=")
			.run((context) -> assertThat(context).hasNotFailed());
	}

	@Test
	void identityClientWhenNoIdentityPoolThenNotCreated() {
		this.configuredRunner.run((context) -> assertThat(context).doesNotHaveBean(CognitoIdentityClient.class));
	}

	@Test
	void identityClientWhenIdentityPoolInAnotherRegionThenUsesItsRegionAndCustomizer() {
		this.configuredRunner
			.withPropertyValues("cognito.identity-pool.id=us-east-1:0a1b2c3d-4e5f-6a7b-8c9d-0e1f2a3b4c5d")
			.withBean(CognitoIdentityClientCustomizer.class,
					() -> (builder) -> builder.endpointOverride(URI.create("http://127.0.0.1:8003")))
			.run((context) -> {
				var configuration = context.getBean(CognitoIdentityClient.class).serviceClientConfiguration();
				assertThat(configuration.region()).isEqualTo(Region.US_EAST_1);
				assertThat(configuration.credentialsProvider()).isInstanceOf(AnonymousCredentialsProvider.class);
				assertThat(configuration.endpointOverride()).contains(URI.create("http://127.0.0.1:8003"));
			});
	}

	@Test
	void identityProviderClientWhenUserDefinesOneThenAutoConfiguredOneBacksOff() {
		CognitoIdentityProviderClient own = mock(CognitoIdentityProviderClient.class);
		this.configuredRunner.withBean("ownClient", CognitoIdentityProviderClient.class, () -> own)
			.run((context) -> assertThat(context).getBean(CognitoIdentityProviderClient.class).isSameAs(own));
	}

	@Test
	void sessionComponentsWhenUserDefinesThemThenTheirBeansAreUsed() {
		SessionRepository store = mock(SessionRepository.class);
		CognitoSessionManager manager = mock(CognitoSessionManager.class);
		this.contextRunner
			.withPropertyValues("cognito.user-pool.id=" + POOL_ID, "cognito.user-pool.client-id=client123",
					"cognito.session.store=memory")
			.withBean("ownStore", SessionRepository.class, () -> store)
			.withBean("ownAuthenticator", UserPoolAuthenticator.class, () -> mock(UserPoolAuthenticator.class))
			.withBean("ownManager", CognitoSessionManager.class, () -> manager)
			.run((context) -> {
				assertThat(context).hasSingleBean(SessionRepository.class)
					.hasSingleBean(UserPoolAuthenticator.class)
					.hasSingleBean(CognitoSessionManager.class);
				assertThat(context.getBean(SessionRepository.class)).isSameAs(store);
				assertThat(context.getBean(CognitoSessionManager.class)).isSameAs(manager);
			});
	}

	@Test
	void clockWhenApplicationHasItsOwnClockThenBothCoexistAndPlainInjectionGetsTheApplications() {
		Clock own = Clock.fixed(Instant.parse("2026-01-01T00:00:00Z"), ZoneOffset.UTC);
		this.configuredRunner.withBean("applicationClock", Clock.class, () -> own)
			.withUserConfiguration(ClockConsumerConfiguration.class)
			.run((context) -> {
				assertThat(context).hasNotFailed();
				assertThat(context.getBean(Clock.class)).isSameAs(own);
				assertThat(context.getBean(ClockConsumerConfiguration.class).cognitoClock).isNotSameAs(own)
					.isEqualTo(Clock.systemUTC());
			});
	}

	@Test
	void clockWhenUserDefinesCognitoClockThenItReplacesTheDefault() {
		Clock testClock = Clock.fixed(Instant.parse("2026-01-01T00:00:00Z"), ZoneOffset.UTC);
		this.configuredRunner.withBean(CognitoSessionAutoConfiguration.CLOCK_BEAN_NAME, Clock.class, () -> testClock)
			.withUserConfiguration(ClockConsumerConfiguration.class)
			.run((context) -> assertThat(context.getBean(ClockConsumerConfiguration.class).cognitoClock)
				.isSameAs(testClock));
	}

	@Test
	void startUpWhenEndpointIsUnreachableThenContextStarts() {
		this.configuredRunner
			.withPropertyValues("cognito.user-pool.endpoint=http://127.0.0.1:1",
					"cognito.identity-pool.id=eu-west-1:0a1b2c3d-4e5f-6a7b-8c9d-0e1f2a3b4c5d",
					"cognito.identity-pool.endpoint=http://127.0.0.1:1")
			.run((context) -> assertThat(context).hasNotFailed()
				.hasSingleBean(CognitoIdentityProviderClient.class)
				.hasSingleBean(CognitoIdentityClient.class));
	}

	@Test
	void startUpWhenEndpointIsLocalServerThenNoRequestIsMade() {
		WireMockServer server = new WireMockServer(options().bindAddress("127.0.0.1").dynamicPort());
		server.start();
		try {
			this.configuredRunner
				.withPropertyValues("cognito.user-pool.endpoint=" + server.baseUrl(),
						"cognito.identity-pool.id=eu-west-1:0a1b2c3d-4e5f-6a7b-8c9d-0e1f2a3b4c5d",
						"cognito.identity-pool.endpoint=" + server.baseUrl())
				.run((context) -> assertThat(context).hasNotFailed());
			assertThat(server.getAllServeEvents()).isEmpty();
		}
		finally {
			server.stop();
		}
	}

	@Configuration(proxyBeanMethods = false)
	static class OrderedCustomizersConfiguration {

		final List<String> calls = new ArrayList<>();

		@Bean
		@Order(2)
		CognitoIdentityProviderClientCustomizer secondCustomizer() {
			return (builder) -> {
				this.calls.add("second");
				builder.endpointOverride(URI.create("http://127.0.0.1:8002"));
			};
		}

		@Bean
		@Order(1)
		CognitoIdentityProviderClientCustomizer firstCustomizer() {
			return (builder) -> {
				this.calls.add("first");
				builder.endpointOverride(URI.create("http://127.0.0.1:8001"));
			};
		}

	}

	@Configuration(proxyBeanMethods = false)
	static class ClockConsumerConfiguration {

		Clock cognitoClock;

		@Bean
		String clockConsumer(@Qualifier(CognitoSessionAutoConfiguration.CLOCK_BEAN_NAME) Clock clock) {
			this.cognitoClock = clock;
			return "consumer";
		}

	}

	@Test
	void rolesWhenConfiguredThenEachIsABeanAndTheManagersRole() {
		this.contextRunner
			.withPropertyValues("cognito.user-pool.id=" + POOL_ID, "cognito.user-pool.client-id=client123",
					"cognito.session.store=memory")
			.run((context) -> {
				CognitoSessionManager manager = context.getBean(CognitoSessionManager.class);
				assertThat(context.getBean(AccountOperations.class)).isSameAs(manager.account().orElseThrow());
				assertThat(context.getBean(PasskeyOperations.class)).isSameAs(manager.passkeys().orElseThrow());
				assertThat(context.getBean(MfaOperations.class)).isSameAs(manager.mfa().orElseThrow());
				assertThat(context.getBean(DeviceOperations.class)).isSameAs(manager.devices().orElseThrow());
				assertThat(context.getBean(CognitoProperties.class).getUserPool().getDeviceName())
					.isEqualTo("Cognito Session for Spring Boot");
			});
	}

	@Test
	void deviceTrackingWhenDisabledThenNoDevicesRoleNorDeviceBeans() {
		this.contextRunner
			.withPropertyValues("cognito.user-pool.id=" + POOL_ID, "cognito.user-pool.client-id=client123",
					"cognito.session.store=memory", "cognito.user-pool.device-tracking=disabled")
			.run((context) -> {
				assertThat(context).hasNotFailed()
					.doesNotHaveBean(DeviceOperations.class)
					.doesNotHaveBean(DeviceSecretsStore.class)
					.doesNotHaveBean(CognitoDeviceClient.class)
					.hasSingleBean(AccountOperations.class);
				assertThat(context.getBean(CognitoSessionManager.class).devices()).isEmpty();
			});
	}

}
