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
package io.github.cognitosession.it;

import java.io.BufferedReader;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.HexFormat;
import java.util.concurrent.atomic.AtomicInteger;

import io.github.cognitosession.autoconfigure.CognitoSessionAutoConfiguration;
import io.github.cognitosession.event.TokenRefreshFailedEvent;
import io.github.cognitosession.event.TokensRefreshedEvent;
import io.github.cognitosession.session.CognitoSessionManager;
import io.github.cognitosession.token.CognitoTokens;

import org.springframework.boot.Banner;
import org.springframework.boot.WebApplicationType;
import org.springframework.boot.autoconfigure.ImportAutoConfiguration;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.context.event.EventListener;
import org.springframework.core.env.Environment;

/**
 * One process of a CLI-like application on a shared encrypted file store: it starts the
 * auto-configured session manager (arguments are its {@code --cognito.*} properties, and
 * {@code --test.clock=<instant>} fixes its clock), says {@code CHILD ready}, waits for a
 * line on its input, asks for the tokens, and reports {@code CHILD tokens <sha-256 of the
 * ID token> <sha-256 of the refresh token>} (or {@code CHILD failed <exception>}),
 * {@code CHILD refresh-calls=<n>} (the refresh calls this process made, successful or
 * not) and {@code CHILD state=<user state>}. It never prints a token.
 *
 * @author Cognito Session contributors
 */
public final class FileStoreRefreshMain {

	private FileStoreRefreshMain() {
	}

	public static void main(String[] args) throws Exception {
		try (ConfigurableApplicationContext context = new SpringApplicationBuilder(Application.class)
			.web(WebApplicationType.NONE)
			.bannerMode(Banner.Mode.OFF)
			.logStartupInfo(false)
			.run(args)) {
			CognitoSessionManager manager = context.getBean(CognitoSessionManager.class);
			RefreshCalls calls = context.getBean(RefreshCalls.class);
			say("ready " + manager.currentUserState());
			new BufferedReader(new InputStreamReader(System.in, StandardCharsets.UTF_8)).readLine();
			say("calling");
			try {
				CognitoTokens tokens = manager.getTokens();
				say("tokens " + sha256(tokens.getIdToken().getTokenValue()) + " " + sha256(tokens.getRefreshToken()));
			}
			catch (RuntimeException ex) {
				say("failed " + ex.getClass().getSimpleName());
			}
			say("refresh-calls=" + calls.count.get());
			say("state=" + manager.currentUserState());
		}
		System.exit(0);
	}

	private static void say(String line) {
		System.out.println("CHILD " + line);
		System.out.flush();
	}

	static String sha256(String value) throws NoSuchAlgorithmException {
		return HexFormat.of()
			.formatHex(MessageDigest.getInstance("SHA-256").digest(value.getBytes(StandardCharsets.UTF_8)));
	}

	@Configuration(proxyBeanMethods = false)
	@ImportAutoConfiguration(CognitoSessionAutoConfiguration.class)
	static class Application {

		@Bean(name = CognitoSessionAutoConfiguration.CLOCK_BEAN_NAME)
		Clock cognitoClock(Environment environment) {
			return Clock.fixed(Instant.parse(environment.getRequiredProperty("test.clock")), ZoneOffset.UTC);
		}

		@Bean
		RefreshCalls refreshCalls() {
			return new RefreshCalls();
		}

	}

	static class RefreshCalls {

		final AtomicInteger count = new AtomicInteger();

		@EventListener
		void refreshed(TokensRefreshedEvent event) {
			this.count.incrementAndGet();
		}

		@EventListener
		void failed(TokenRefreshFailedEvent event) {
			this.count.incrementAndGet();
		}

	}

}
