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

import java.util.Base64;

import io.github.cognitosession.local.junit.RedisServerExtension;
import io.github.cognitosession.lock.LockRegistryRefreshInterceptor;
import io.github.cognitosession.store.SessionRepository;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.data.redis.connection.RedisConnectionFactory;
import org.springframework.session.data.redis.RedisSessionRepository;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The sample's {@code redis} profile against a real Redis: HTTP sessions in Redis, each
 * user's Cognito session record encrypted in them, the refresh locked across instances;
 * without the profile, no Redis at all.
 *
 * @author Cognito Session contributors
 */
class WebSampleRedisProfileTests {

	@RegisterExtension
	static final RedisServerExtension redis = new RedisServerExtension();

	private static final String KEY = Base64.getEncoder().encodeToString(new byte[32]);

	@Test
	void startWhenRedisProfileThenSessionsInRedisEncryptedAndTheRefreshLockedAcrossInstances() {
		try (ConfigurableApplicationContext context = new SpringApplicationBuilder(WebSampleApplication.class)
			.profiles("redis")
			// arguments, not default properties: the profile's file would override those
			.run("--server.port=0", "--spring.data.redis.port=" + redis.port(),
					"--cognito.session.encryption-key=" + KEY, "--sample.local-cognito.password=Demo-Passw0rd")) {
			assertThat(context.getBean(org.springframework.session.SessionRepository.class))
				.isInstanceOf(RedisSessionRepository.class);
			assertThat(context.getBean(SessionRepository.class).isShared()).isTrue();
			assertThat(context.getBeansOfType(LockRegistryRefreshInterceptor.class)).hasSize(1);
			try (var connection = context.getBean(RedisConnectionFactory.class).getConnection()) {
				assertThat(connection.ping()).isEqualTo("PONG");
			}
		}
	}

	@Test
	void startWhenDefaultProfileThenNoRedis() {
		try (ConfigurableApplicationContext context = new SpringApplicationBuilder(WebSampleApplication.class)
			.properties("server.port=0", "sample.local-cognito.password=Demo-Passw0rd")
			.run()) {
			assertThat(context.getBeansOfType(RedisConnectionFactory.class)).isEmpty();
			assertThat(context.getBean(SessionRepository.class).isShared()).isFalse();
		}
	}

}
