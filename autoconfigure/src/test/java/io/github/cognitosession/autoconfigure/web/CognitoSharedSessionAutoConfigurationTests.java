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

import java.util.Base64;

import io.github.cognitosession.autoconfigure.CognitoSessionAutoConfiguration;
import io.github.cognitosession.autoconfigure.InvalidCognitoConfigurationException;
import io.github.cognitosession.lock.LockRegistryRefreshInterceptor;
import io.github.cognitosession.state.UserState;
import io.github.cognitosession.store.SessionRecord;
import io.github.cognitosession.store.SessionRepository;
import io.github.cognitosession.web.HttpSessionKeyResolver;
import io.github.cognitosession.web.HttpSessionSessionRepository;
import io.github.cognitosession.web.SharedHttpSessions;
import org.junit.jupiter.api.Test;

import org.springframework.boot.autoconfigure.AutoConfigurations;
import org.springframework.boot.diagnostics.FailureAnalysis;
import org.springframework.boot.diagnostics.FailureAnalyzer;
import org.springframework.boot.test.context.FilteredClassLoader;
import org.springframework.boot.test.context.runner.WebApplicationContextRunner;
import org.springframework.core.ResolvableType;
import org.springframework.core.io.support.SpringFactoriesLoader;
import org.springframework.core.io.support.SpringFactoriesLoader.ArgumentResolver;
import org.springframework.core.io.support.SpringFactoriesLoader.FailureHandler;
import org.springframework.data.redis.connection.RedisConnectionFactory;
import org.springframework.data.redis.connection.lettuce.LettuceConnectionFactory;
import org.springframework.data.redis.core.RedisTemplate;
import org.springframework.mock.web.MockHttpServletRequest;
import org.springframework.session.FlushMode;
import org.springframework.session.MapSessionRepository;
import org.springframework.session.config.SessionRepositoryCustomizer;
import org.springframework.session.data.redis.RedisSessionRepository;
import org.springframework.test.util.ReflectionTestUtils;
import org.springframework.web.context.request.RequestContextHolder;
import org.springframework.web.context.request.ServletRequestAttributes;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Tests for {@link CognitoSharedSessionAutoConfiguration} and the user scope's repository
 * when the HTTP sessions are kept outside the application (Spring Session).
 *
 * @author Cognito Session contributors
 */
class CognitoSharedSessionAutoConfigurationTests {

	private static final String KEY = Base64.getEncoder().encodeToString(new byte[32]);

	private static final String OLD_KEY = Base64.getEncoder().encodeToString(new byte[32]).replace('A', 'o');

	private final WebApplicationContextRunner runner = new WebApplicationContextRunner()
		.withConfiguration(AutoConfigurations.of(CognitoSharedSessionAutoConfiguration.class,
				CognitoUserScopeAutoConfiguration.class, CognitoSessionAutoConfiguration.class))
		.withPropertyValues("cognito.user-pool.id=eu-west-1_AbC123", "cognito.user-pool.client-id=client-1");

	private final WebApplicationContextRunner springSession = this.runner.withBean(MapSessionRepository.class,
			() -> new MapSessionRepository(new java.util.HashMap<>()));

	@Test
	void startUpWhenSpringSessionAndNoEncryptionKeyThenFailsNamingTheProperty() {
		this.springSession.run((context) -> assertThat(context).hasFailed()
			.getFailure()
			.rootCause()
			.isInstanceOf(InvalidCognitoConfigurationException.class)
			.hasMessageContaining("cognito.session.encryption-key")
			.hasMessageContaining("Spring Session"));
	}

	@Test
	void startUpWhenSpringSessionAndNoEncryptionKeyThenTheFailureAnalysisNamesThePropertyAndTheFix() {
		this.springSession.run((context) -> {
			FailureAnalysis analysis = analyze(context.getStartupFailure());
			assertThat(analysis.getDescription()).isEqualTo("The Cognito property 'cognito.session.encryption-key' "
					+ "is not set, but the HTTP sessions are kept outside the application (Spring Session), where "
					+ "each user's Cognito tokens would be stored readable.");
			assertThat(analysis.getAction())
				.startsWith("Set cognito.session.encryption-key to a base64-encoded 256-bit")
				.contains("the same on every instance")
				.contains("cognito.session.previous-encryption-keys");
		});
	}

	@Test
	void loadWhenTheKeyWasReplacedAndTheOldOneIsListedAsPreviousThenReadAndSealedAgainWithTheNewOne() {
		MockHttpServletRequest request = new MockHttpServletRequest();
		RequestContextHolder.setRequestAttributes(new ServletRequestAttributes(request));
		try {
			String key = new HttpSessionKeyResolver().resolveKey();
			SessionRecord record = SessionRecord.builder().state(UserState.GUEST).identityId("eu-west-1:g").build();
			this.springSession.withPropertyValues("cognito.session.encryption-key=" + OLD_KEY)
				.run((context) -> context.getBean(SessionRepository.class).save(key, record));
			byte[] sealedWithTheOldKey = (byte[]) request.getSession()
				.getAttribute(HttpSessionSessionRepository.RECORD_ATTRIBUTE);

			this.springSession.withPropertyValues("cognito.session.encryption-key=" + KEY).run((context) -> {
				assertThat(context.getBean(SessionRepository.class).load(key)).as("the old key not listed").isEmpty();
			});
			this.springSession
				.withPropertyValues("cognito.session.encryption-key=" + KEY,
						"cognito.session.previous-encryption-keys=" + OLD_KEY)
				.run((context) -> {
					SessionRepository repository = context.getBean(SessionRepository.class);
					assertThat(repository.load(key)).contains(record);
					repository.save(key, record);
				});
			Object resealed = request.getSession().getAttribute(HttpSessionSessionRepository.RECORD_ATTRIBUTE);
			assertThat(resealed).isNotEqualTo(sealedWithTheOldKey);
			this.springSession.withPropertyValues("cognito.session.encryption-key=" + KEY)
				.run((context) -> assertThat(context.getBean(SessionRepository.class).load(key))
					.as("sealed again with the new key")
					.contains(record));
		}
		finally {
			RequestContextHolder.resetRequestAttributes();
		}
	}

	@Test
	void saveWhenSpringSessionAndAKeyThenTheHttpSessionHoldsTheSealedRecordAndTheRepositoryIsShared() {
		this.springSession.withPropertyValues("cognito.session.encryption-key=" + KEY).run((context) -> {
			assertThat(context).hasSingleBean(SharedHttpSessions.class);
			SessionRepository repository = context.getBean(SessionRepository.class);
			assertThat(repository.isShared()).isTrue();
			MockHttpServletRequest request = new MockHttpServletRequest();
			RequestContextHolder.setRequestAttributes(new ServletRequestAttributes(request));
			try {
				String key = new HttpSessionKeyResolver().resolveKey();
				SessionRecord record = SessionRecord.builder().state(UserState.GUEST).identityId("eu-west-1:g").build();
				repository.save(key, record);
				assertThat(request.getSession().getAttribute(HttpSessionSessionRepository.RECORD_ATTRIBUTE))
					.isInstanceOf(byte[].class);
				assertThat(repository.load(key)).contains(record);
			}
			finally {
				RequestContextHolder.resetRequestAttributes();
			}
		});
	}

	@Test
	void startUpWhenNoSpringSessionThenPlainRecordsInTheApplicationsOwnHttpSessions() {
		this.runner.withClassLoader(new FilteredClassLoader(MapSessionRepository.class.getPackageName()))
			.run((context) -> {
				assertThat(context).hasNotFailed().doesNotHaveBean(SharedHttpSessions.class);
				assertThat(context.getBean(SessionRepository.class).isShared()).isFalse();
			});
	}

	@Test
	void startUpWhenSpringSessionOnRedisThenTheRefreshIsLockedAcrossInstances() {
		this.springSession.withPropertyValues("cognito.session.encryption-key=" + KEY)
			.withBean(RedisConnectionFactory.class, () -> new LettuceConnectionFactory("127.0.0.1", 1))
			.run((context) -> assertThat(context).hasSingleBean(LockRegistryRefreshInterceptor.class));
	}

	@Test
	void startUpWhenTheRefreshLockIsTurnedOffThenNone() {
		this.springSession
			.withPropertyValues("cognito.session.encryption-key=" + KEY, "cognito.session.refresh-lock.enabled=false")
			.withBean(RedisConnectionFactory.class, () -> new LettuceConnectionFactory("127.0.0.1", 1))
			.run((context) -> assertThat(context).doesNotHaveBean(LockRegistryRefreshInterceptor.class));
	}

	@Test
	void flushModeWhenNotConfiguredThenImmediateAndWhenConfiguredThenKept() {
		this.springSession.withPropertyValues("cognito.session.encryption-key=" + KEY).run((context) -> {
			RedisSessionRepository repository = new RedisSessionRepository(new RedisTemplate<>());
			customizer(context).customize(repository);
			assertThat(ReflectionTestUtils.getField(repository, "flushMode")).isEqualTo(FlushMode.IMMEDIATE);
		});
		this.springSession
			.withPropertyValues("cognito.session.encryption-key=" + KEY, "spring.session.data.redis.flush-mode=on-save")
			.run((context) -> {
				RedisSessionRepository repository = new RedisSessionRepository(new RedisTemplate<>());
				customizer(context).customize(repository);
				assertThat(ReflectionTestUtils.getField(repository, "flushMode")).isEqualTo(FlushMode.ON_SAVE);
			});
	}

	/**
	 * The analysis of the failure analyzers registered in {@code spring.factories}, as at
	 * start-up.
	 */
	private static FailureAnalysis analyze(Throwable failure) {
		// the analyzers that need the bean factory are left out, ours needs nothing
		for (FailureAnalyzer analyzer : SpringFactoriesLoader.forDefaultResourceLocation()
			.load(FailureAnalyzer.class, ArgumentResolver.none(), FailureHandler.handleMessage((message, ex) -> {
			}))) {
			FailureAnalysis analysis = analyzer.analyze(failure);
			if (analysis != null) {
				return analysis;
			}
		}
		throw new AssertionError("No failure analysis of " + failure);
	}

	@SuppressWarnings("unchecked")
	private static SessionRepositoryCustomizer<RedisSessionRepository> customizer(
			org.springframework.context.ApplicationContext context) {
		return (SessionRepositoryCustomizer<RedisSessionRepository>) context
			.getBeanProvider(ResolvableType.forClassWithGenerics(SessionRepositoryCustomizer.class,
					RedisSessionRepository.class))
			.getObject();
	}

}
