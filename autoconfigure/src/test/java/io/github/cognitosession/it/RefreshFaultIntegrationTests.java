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
import java.util.stream.Stream;

import io.github.cognitosession.event.TokenRefreshFailedEvent;
import io.github.cognitosession.event.TokensRefreshedEvent;
import io.github.cognitosession.exception.CognitoUnavailableException;
import io.github.cognitosession.local.Provisioned;
import io.github.cognitosession.local.fault.Fault;
import io.github.cognitosession.session.CognitoSessionManager;
import io.github.cognitosession.state.UserState;
import io.github.cognitosession.token.CognitoTokens;
import io.github.cognitosession.local.MutableClock;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

import org.springframework.boot.test.context.runner.ApplicationContextRunner;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatExceptionOfType;

/**
 * Refresh failures that are not the refresh token's fault (server errors, dropped
 * connections, throttling), injected into Local Cognito: they never change the user's
 * state, never drop the session, and still-valid tokens keep being served.
 *
 * @author Cognito Session contributors
 */
class RefreshFaultIntegrationTests {

	private static final Duration INTO_REFRESH_WINDOW = Duration.ofMinutes(56);

	/** More than the session manager's back-off after a transient failure. */
	private static final Duration AFTER_BACK_OFF = Duration.ofSeconds(11);

	/** The SDK's standard retry strategy makes three attempts. */
	private static final int ATTEMPTS = 3;

	private static final String OPERATION = "GetTokensFromRefreshToken";

	private static final MutableClock clock = new MutableClock(Instant.parse("2026-03-04T09:00:00Z"));

	@RegisterExtension
	static final FaultClearingCognitoExtension cognito = FaultClearingCognitoExtension.withClock(clock);

	private static final String PASSWORD = "Correct-Horse-1";

	@TempDir
	Path directory;

	static Stream<Arguments> transientFaults() {
		return Stream.of(Arguments.of("HTTP 500", Fault.serverError()),
				Arguments.of("dropped connection", Fault.dropConnection()),
				Arguments.of("throttling", Fault.error("TooManyRequestsException", "Rate exceeded")));
	}

	@ParameterizedTest(name = "{0}")
	@MethodSource("transientFaults")
	void getTokensWhenRefreshFailsTransientlyThenStateKeptAndStillValidTokensServed(String name, Fault fault) {
		Provisioned setup = cognito.provision().user("alice", PASSWORD).create();
		runner(setup).run((context) -> {
			CognitoSessionManager manager = context.getBean(CognitoSessionManager.class);
			RecordedSessionEvents events = context.getBean(RecordedSessionEvents.class);
			manager.signIn("alice", PASSWORD);
			CognitoTokens signedIn = manager.getTokens();
			clock.advance(INTO_REFRESH_WINDOW);
			cognito.cognito().faults().failNext(OPERATION, ATTEMPTS, fault);

			assertThat(manager.getTokens()).isSameAs(signedIn);

			assertThat(cognito.cognito().faults().remaining(OPERATION)).isZero();
			assertThat(manager.currentUserState()).isEqualTo(UserState.SIGNED_IN);
			assertThat(events.transitions()).containsExactly("SIGNED_OUT -> SIGNED_IN");
			assertThat(events.ofType(TokenRefreshFailedEvent.class)).hasSize(1);
			// The stored session survived the failure (read without refreshing).
			runner(setup)
				.run((restarted) -> assertThat(restarted.getBean(CognitoSessionManager.class).currentUserState())
					.isEqualTo(UserState.SIGNED_IN));
			// Once Cognito answers again, the next call after the back-off refreshes.
			clock.advance(AFTER_BACK_OFF);
			CognitoTokens refreshed = manager.getTokens();
			assertThat(refreshed.getExpiresAt()).isAfter(signedIn.getExpiresAt());
			assertThat(events.ofType(TokensRefreshedEvent.class)).hasSize(1);
		});
	}

	@Test
	void getTokensWhenTokensExpiredAndCognitoFailsThenUnavailableButSessionKept() {
		Provisioned setup = cognito.provision().user("bob", PASSWORD).create();
		runner(setup).run((context) -> {
			CognitoSessionManager manager = context.getBean(CognitoSessionManager.class);
			manager.signIn("bob", PASSWORD);
			CognitoTokens signedIn = manager.getTokens();
			clock.advance(Duration.ofHours(2));
			cognito.cognito().faults().failNext(OPERATION, ATTEMPTS, Fault.serverError());

			assertThatExceptionOfType(CognitoUnavailableException.class).isThrownBy(manager::getTokens);

			assertThat(manager.currentUserState()).isEqualTo(UserState.SIGNED_IN);
			// at most one upstream call per second after a failure, also once expired
			assertThatExceptionOfType(CognitoUnavailableException.class).isThrownBy(manager::getTokens);
			assertThat(cognito.cognito().faults().remaining(OPERATION)).isZero();
			clock.advance(AFTER_BACK_OFF);
			assertThat(manager.getTokens().getExpiresAt()).isAfter(signedIn.getExpiresAt());
			assertThat(context.getBean(RecordedSessionEvents.class).transitions())
				.containsExactly("SIGNED_OUT -> SIGNED_IN");
		});
	}

	private ApplicationContextRunner runner(Provisioned setup) {
		return SessionContexts.runner(setup, clock, this.directory.resolve("session.bin"));
	}

}
