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

import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;

import io.github.cognitosession.event.TokensRefreshedEvent;
import io.github.cognitosession.local.Provisioned;
import io.github.cognitosession.local.fault.Fault;
import io.github.cognitosession.session.CognitoSessionManager;
import io.github.cognitosession.state.UserState;
import io.github.cognitosession.token.CognitoTokens;
import io.github.cognitosession.local.MutableClock;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.api.io.TempDir;
import software.amazon.awssdk.services.cognitoidentityprovider.CognitoIdentityProviderClient;
import software.amazon.awssdk.services.cognitoidentityprovider.model.RefreshTokenReuseException;

import org.springframework.boot.test.context.runner.ApplicationContextRunner;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatExceptionOfType;

/**
 * Token refresh through the auto-configured session manager against Local Cognito, with
 * time moved by one clock shared by the emulator and the library: app clients with and
 * without refresh-token rotation, with and without a secret.
 *
 * @author Cognito Session contributors
 */
class RefreshIntegrationTests {

	private static final Duration TOKEN_LIFETIME = Duration.ofHours(1);

	/** Within the default 5-minute refresh-ahead time of a 1-hour token. */
	private static final Duration INTO_REFRESH_WINDOW = Duration.ofMinutes(56);

	private static final Duration GRACE_PERIOD = Duration.ofSeconds(10);

	private static final MutableClock clock = new MutableClock(Instant.parse("2026-03-02T09:00:00Z"));

	@RegisterExtension
	static final FaultClearingCognitoExtension cognito = FaultClearingCognitoExtension.withClock(clock);

	private static final String PASSWORD = "Correct-Horse-1";

	@TempDir
	Path directory;

	@Test
	void getTokensWhenNotDueThenCachedAndWhenDueThenRefreshedKeepingTheRefreshToken() {
		Provisioned setup = cognito.provision().user("alice", PASSWORD).create();
		runner(setup).run((context) -> {
			CognitoSessionManager manager = context.getBean(CognitoSessionManager.class);
			RecordedSessionEvents events = context.getBean(RecordedSessionEvents.class);
			manager.signIn("alice", PASSWORD);
			CognitoTokens first = manager.getTokens();
			clock.advance(Duration.ofMinutes(30));
			assertThat(manager.getTokens()).isSameAs(first);
			assertThat(events.ofType(TokensRefreshedEvent.class)).isEmpty();
			clock.advance(INTO_REFRESH_WINDOW.minusMinutes(30));
			CognitoTokens refreshed = manager.getTokens();
			assertThat(refreshed.getExpiresAt()).isEqualTo(clock.instant().plus(TOKEN_LIFETIME));
			assertThat(refreshed.getIdToken().getTokenValue()).isNotEqualTo(first.getIdToken().getTokenValue());
			assertThat(refreshed.getRefreshToken()).isEqualTo(first.getRefreshToken());
			assertThat(events.ofType(TokensRefreshedEvent.class)).singleElement()
				.satisfies((event) -> assertThat(event.isRefreshTokenRotated()).isFalse());
			assertThat(events.transitions()).containsExactly("SIGNED_OUT -> SIGNED_IN");
		});
		// The refreshed tokens were stored.
		runner(setup)
			.run((context) -> assertThat(context.getBean(CognitoSessionManager.class).getTokens().getExpiresAt())
				.isEqualTo(clock.instant().plus(TOKEN_LIFETIME)));
	}

	@Test
	void getTokensWhenRotationDisabledWithClientSecretThenRefreshedWithInitiateAuth() {
		Provisioned setup = cognito.provision().clientSecret(true).user("bob", PASSWORD).create();
		// Were GetTokensFromRefreshToken called, the refresh would fail.
		cognito.cognito()
			.faults()
			.failNext("GetTokensFromRefreshToken", 10, Fault.error("NotAuthorizedException", "not this operation"));
		runner(setup, "cognito.user-pool.refresh-token-rotation=disabled").run((context) -> {
			CognitoSessionManager manager = context.getBean(CognitoSessionManager.class);
			manager.signIn("bob", PASSWORD);
			CognitoTokens first = manager.getTokens();
			clock.advance(INTO_REFRESH_WINDOW);
			CognitoTokens refreshed = manager.getTokens();
			assertThat(refreshed.getExpiresAt()).isEqualTo(clock.instant().plus(TOKEN_LIFETIME));
			assertThat(refreshed.getRefreshToken()).isEqualTo(first.getRefreshToken());
			assertThat(manager.currentUserState()).isEqualTo(UserState.SIGNED_IN);
		});
	}

	@Test
	void getTokensWhenClientRotatesThenNewRefreshTokenKeptAndOldOneRejectedAfterGracePeriod() {
		Provisioned setup = cognito.provision()
			.clientSecret(true)
			.refreshTokenRotation(GRACE_PERIOD)
			.user("carol", PASSWORD)
			.create();
		List<String> refreshTokens = new ArrayList<>();
		runner(setup).run((context) -> {
			CognitoSessionManager manager = context.getBean(CognitoSessionManager.class);
			RecordedSessionEvents events = context.getBean(RecordedSessionEvents.class);
			manager.signIn("carol", PASSWORD);
			refreshTokens.add(manager.getTokens().getRefreshToken());
			clock.advance(INTO_REFRESH_WINDOW);
			CognitoTokens rotated = manager.getTokens();
			refreshTokens.add(rotated.getRefreshToken());
			assertThat(rotated.getRefreshToken()).isNotEqualTo(refreshTokens.get(0));
			assertThat(events.ofType(TokensRefreshedEvent.class)).singleElement()
				.satisfies((event) -> assertThat(event.isRefreshTokenRotated()).isTrue());
		});
		clock.advance(GRACE_PERIOD.plusSeconds(1));
		try (CognitoIdentityProviderClient client = SessionContexts.userPools(cognito.cognito())) {
			assertThatExceptionOfType(RefreshTokenReuseException.class)
				.isThrownBy(() -> client.getTokensFromRefreshToken((request) -> request.clientId(setup.clientId())
					.clientSecret(setup.clientSecret())
					.refreshToken(refreshTokens.get(0))));
		}
		// A restart uses the kept token, which Cognito still accepts.
		runner(setup).run((context) -> {
			CognitoSessionManager manager = context.getBean(CognitoSessionManager.class);
			assertThat(manager.getTokens().getRefreshToken()).isEqualTo(refreshTokens.get(1));
			clock.advance(INTO_REFRESH_WINDOW);
			CognitoTokens rotatedAgain = manager.getTokens();
			assertThat(rotatedAgain.getRefreshToken()).isNotIn(refreshTokens);
			assertThat(manager.currentUserState()).isEqualTo(UserState.SIGNED_IN);
		});
	}

	@Test
	void getTokensWhenManyThreadsAtExpiryWithRotationThenOneRefreshServesThemAll() {
		Provisioned setup = cognito.provision().refreshTokenRotation(Duration.ZERO).user("dave", PASSWORD).create();
		runner(setup).run((context) -> {
			CognitoSessionManager manager = context.getBean(CognitoSessionManager.class);
			manager.signIn("dave", PASSWORD);
			clock.advance(INTO_REFRESH_WINDOW);
			int threads = 16;
			CountDownLatch start = new CountDownLatch(1);
			ExecutorService executor = Executors.newFixedThreadPool(threads);
			try {
				List<Future<CognitoTokens>> results = new ArrayList<>();
				for (int i = 0; i < threads; i++) {
					results.add(executor.submit(() -> {
						start.await();
						return manager.getTokens();
					}));
				}
				start.countDown();
				CognitoTokens expected = results.get(0).get(30, TimeUnit.SECONDS);
				for (Future<CognitoTokens> result : results) {
					assertThat(result.get(30, TimeUnit.SECONDS)).isSameAs(expected);
				}
			}
			finally {
				executor.shutdownNow();
			}
			assertThat(context.getBean(RecordedSessionEvents.class).ofType(TokensRefreshedEvent.class)).hasSize(1);
			assertThat(manager.currentUserState()).isEqualTo(UserState.SIGNED_IN);
		});
	}

	private ApplicationContextRunner runner(Provisioned setup, String... properties) {
		return SessionContexts.runner(setup, clock, this.directory.resolve("session.bin"), properties);
	}

}
