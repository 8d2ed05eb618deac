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
import io.github.cognitosession.session.SessionKeyResolver;
import io.github.cognitosession.spi.SessionEviction;
import io.github.cognitosession.autoconfigure.InvalidCognitoConfigurationException;
import io.github.cognitosession.store.SessionRecordCipher;
import io.github.cognitosession.store.SessionRepository;
import io.github.cognitosession.web.CognitoSessionEvictionListener;
import io.github.cognitosession.web.HttpSessionKeyResolver;
import io.github.cognitosession.web.HttpSessionSessionRepository;
import io.github.cognitosession.web.SharedHttpSessions;
import jakarta.servlet.http.HttpSession;
import org.apache.commons.logging.Log;
import org.apache.commons.logging.LogFactory;

import org.springframework.beans.factory.InitializingBean;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.boot.autoconfigure.AutoConfiguration;
import org.springframework.boot.autoconfigure.condition.ConditionalOnClass;
import org.springframework.boot.autoconfigure.condition.ConditionalOnMissingBean;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Conditional;
import org.springframework.context.annotation.Configuration;
import org.springframework.web.context.request.RequestContextHolder;

/**
 * The session scope of a servlet web application. In the user scope
 * ({@code cognito.session.scope=user}, the default with Spring Security) every user has a
 * Cognito session of their own, keyed by their HTTP session
 * ({@link HttpSessionKeyResolver}) and kept in it ({@link HttpSessionSessionRepository}),
 * and the in-memory state of a session is dropped when its HTTP session ends. In the
 * application scope every request shares one Cognito session: start-up logs a WARN saying
 * so.
 * <p>
 * Runs before the core session auto-configuration, whose application-scope defaults then
 * back off.
 *
 * @author Cognito Session contributors
 */
@AutoConfiguration(before = CognitoSessionAutoConfiguration.class)
@ConditionalOnUserPool
@EnableConfigurationProperties(CognitoProperties.class)
@ConditionalOnClass({ HttpSession.class, RequestContextHolder.class })
public final class CognitoUserScopeAutoConfiguration {

	@Configuration(proxyBeanMethods = false)
	@Conditional(OnUserScopeCondition.class)
	static class UserScopeConfiguration {

		@Bean
		@ConditionalOnMissingBean(SessionKeyResolver.class)
		HttpSessionKeyResolver cognitoSessionKeyResolver() {
			return new HttpSessionKeyResolver();
		}

		/**
		 * Records are encrypted when a key is set, and must be when the HTTP sessions are
		 * kept outside the application: plain, they would leave each user's refresh token
		 * readable in Redis or a database. Without an external store they are kept plain
		 * by default: the HTTP sessions are in the application's memory, as the session
		 * manager's own cache of the same tokens is.
		 */
		@Bean
		@ConditionalOnMissingBean(SessionRepository.class)
		HttpSessionSessionRepository cognitoSessionRepository(CognitoProperties properties,
				ObjectProvider<SharedHttpSessions> sharedSessions) {
			SharedHttpSessions shared = sharedSessions.getIfAvailable();
			CognitoProperties.Session session = properties.getSession();
			if (shared != null && session.getEncryptionKey() == null) {
				throw new InvalidCognitoConfigurationException("cognito.session.encryption-key",
						"is not set, but the HTTP sessions are kept outside the application (Spring Session), where "
								+ "each user's Cognito tokens would be stored readable",
						"Set cognito.session.encryption-key to a base64-encoded 256-bit AES key (e.g. the output of "
								+ "'openssl rand -base64 32'), the same on every instance, for example from an "
								+ "environment variable or a secret store; list earlier keys in "
								+ "cognito.session.previous-encryption-keys when replacing it.");
			}
			SessionRecordCipher cipher = (session.getEncryptionKey() != null)
					? SessionRecordCipher.of(session.getEncryptionKey(), session.getPreviousEncryptionKeys()) : null;
			return new HttpSessionSessionRepository(cipher, shared);
		}

		// Spring Boot registers HttpSessionListener beans with the servlet container.
		@Bean
		@ConditionalOnMissingBean
		CognitoSessionEvictionListener cognitoSessionEvictionListener(ObjectProvider<SessionEviction> sessions) {
			return new CognitoSessionEvictionListener(
					(key) -> sessions.ifAvailable((eviction) -> eviction.forgetSession(key)));
		}

	}

	@Configuration(proxyBeanMethods = false)
	@Conditional(OnApplicationScopeWebCondition.class)
	static class ApplicationScopeConfiguration {

		@Bean
		ApplicationScopeWarning cognitoApplicationScopeWarning() {
			return new ApplicationScopeWarning();
		}

	}

	/**
	 * Logs, once at start-up, that a web application shares one Cognito session among all
	 * its requests.
	 */
	static final class ApplicationScopeWarning implements InitializingBean {

		private static final Log logger = LogFactory.getLog(CognitoUserScopeAutoConfiguration.class);

		@Override
		public void afterPropertiesSet() {
			logger.warn("The Cognito session scope is 'application' in a web application: every request shares "
					+ "one Cognito session, so a user who signs in is signed in for all users. Set "
					+ "cognito.session.scope=user (the default with Spring Security) to give each user a session of "
					+ "their own.");
		}

	}

}
