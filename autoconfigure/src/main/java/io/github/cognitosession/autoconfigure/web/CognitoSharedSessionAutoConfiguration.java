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

import io.github.cognitosession.autoconfigure.CognitoProperties;
import io.github.cognitosession.autoconfigure.CognitoSessionAutoConfiguration;
import io.github.cognitosession.autoconfigure.ConditionalOnUserPool;
import io.github.cognitosession.lock.LockRegistryRefreshInterceptor;
import io.github.cognitosession.token.CognitoTokens;
import io.github.cognitosession.web.SharedHttpSessions;
import jakarta.servlet.http.HttpSession;
import org.apache.commons.logging.Log;
import org.apache.commons.logging.LogFactory;

import org.springframework.beans.factory.annotation.Qualifier;
import org.springframework.boot.autoconfigure.AutoConfiguration;
import org.springframework.boot.autoconfigure.condition.ConditionalOnBean;
import org.springframework.boot.autoconfigure.condition.ConditionalOnBooleanProperty;
import org.springframework.boot.autoconfigure.condition.ConditionalOnClass;
import org.springframework.boot.autoconfigure.condition.ConditionalOnMissingBean;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Conditional;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.env.Environment;
import org.springframework.data.redis.connection.RedisConnectionFactory;
import org.springframework.integration.redis.util.RedisLockRegistry;
import org.springframework.session.FlushMode;
import org.springframework.session.Session;
import org.springframework.session.SessionRepository;
import org.springframework.session.config.SessionRepositoryCustomizer;
import org.springframework.session.data.redis.RedisIndexedSessionRepository;
import org.springframework.session.data.redis.RedisSessionRepository;

/**
 * Instances of a web application that share their HTTP sessions through Spring Session:
 * in the user scope, the store behind the HTTP sessions ({@link SharedHttpSessions}, from
 * Spring Session's {@link SessionRepository}) makes each user's session record shared, so
 * every instance sees what the others wrote (and the record must be encrypted:
 * {@code cognito.session.encryption-key} is required); with Redis, session attributes are
 * written at once (flush mode {@code IMMEDIATE}, unless
 * {@code spring.session.data.redis.flush-mode} is set) so that a refreshed record is in
 * Redis before the refresh lock is released, and a user's token refresh is locked across
 * the instances with Spring Integration's {@link RedisLockRegistry}.
 *
 * @author Cognito Session contributors
 */
@AutoConfiguration(before = CognitoSessionAutoConfiguration.class,
		afterName = { "org.springframework.boot.session.autoconfigure.SessionAutoConfiguration",
				"org.springframework.boot.session.data.redis.autoconfigure.SessionDataRedisAutoConfiguration",
				"org.springframework.boot.session.jdbc.autoconfigure.SessionJdbcAutoConfiguration",
				"org.springframework.boot.data.redis.autoconfigure.DataRedisAutoConfiguration" })
@ConditionalOnUserPool
@EnableConfigurationProperties(CognitoProperties.class)
@ConditionalOnClass({ HttpSession.class, SessionRepository.class })
@Conditional(OnUserScopeCondition.class)
public final class CognitoSharedSessionAutoConfiguration {

	/**
	 * The key of the refresh locks in Redis ({@code <registry key>:<lock>}).
	 */
	public static final String REFRESH_LOCK_REGISTRY_KEY = "cognito-session:refresh-lock";

	@Bean
	@ConditionalOnMissingBean
	@ConditionalOnBean(SessionRepository.class)
	SharedHttpSessions cognitoSharedHttpSessions(SessionRepository<? extends Session> sessions) {
		return (sessionId, attributeName) -> {
			Session session = sessions.findById(sessionId);
			return (session != null) ? session.getAttribute(attributeName) : null;
		};
	}

	@Configuration(proxyBeanMethods = false)
	@ConditionalOnClass(RedisSessionRepository.class)
	static class RedisFlushModeConfiguration {

		private static final Log logger = LogFactory.getLog(CognitoSharedSessionAutoConfiguration.class);

		static final String FLUSH_MODE_PROPERTY = "spring.session.data.redis.flush-mode";

		@Bean
		SessionRepositoryCustomizer<RedisSessionRepository> cognitoRedisSessionFlushMode(Environment environment) {
			return (repository) -> flushImmediately(environment, repository::setFlushMode);
		}

		@Bean
		SessionRepositoryCustomizer<RedisIndexedSessionRepository> cognitoRedisIndexedSessionFlushMode(
				Environment environment) {
			return (repository) -> flushImmediately(environment, repository::setFlushMode);
		}

		/**
		 * Runs after Spring Boot's own customizer, which applies the property.
		 */
		private static void flushImmediately(Environment environment,
				java.util.function.Consumer<FlushMode> flushMode) {
			String configured = environment.getProperty(FLUSH_MODE_PROPERTY);
			if (configured == null) {
				flushMode.accept(FlushMode.IMMEDIATE);
			}
			else if (!"immediate".equalsIgnoreCase(configured.trim().replace('_', '-'))) {
				logger.warn(FLUSH_MODE_PROPERTY + " is '" + configured + "': a refreshed Cognito session reaches Redis "
						+ "only when its request ends, so another instance may refresh the same tokens again, which "
						+ "an app client with refresh-token rotation rejects. Remove the property (Cognito Session "
						+ "then flushes immediately) or set it to immediate.");
			}
		}

	}

	@Configuration(proxyBeanMethods = false)
	@ConditionalOnClass({ RedisLockRegistry.class, RedisConnectionFactory.class })
	@ConditionalOnBean({ RedisConnectionFactory.class, SessionRepository.class })
	@ConditionalOnBooleanProperty(name = "cognito.session.refresh-lock.enabled", matchIfMissing = true)
	static class RedisRefreshLockConfiguration {

		@Bean(destroyMethod = "destroy")
		@ConditionalOnMissingBean(name = "cognitoRefreshLockRegistry")
		RedisLockRegistry cognitoRefreshLockRegistry(RedisConnectionFactory connectionFactory,
				CognitoProperties properties) {
			RedisLockRegistry registry = new RedisLockRegistry(connectionFactory, REFRESH_LOCK_REGISTRY_KEY,
					properties.getSession().getRefreshLock().getLease());
			// waiting is rare (two instances refreshing one user's session at once); a
			// spin lock works with every Redis set-up, replicas and clusters included
			registry.setIdleBetweenTries(java.time.Duration.ofMillis(50));
			return registry;
		}

		@Bean
		@ConditionalOnMissingBean(name = "cognitoRefreshLock")
		LockRegistryRefreshInterceptor<CognitoTokens> cognitoRefreshLock(
				@Qualifier("cognitoRefreshLockRegistry") RedisLockRegistry registry, CognitoProperties properties) {
			// twice the lease: a dead holder's lock is taken over within the wait
			return new LockRegistryRefreshInterceptor<>(registry,
					properties.getSession().getRefreshLock().getLease().multipliedBy(2));
		}

	}

}
