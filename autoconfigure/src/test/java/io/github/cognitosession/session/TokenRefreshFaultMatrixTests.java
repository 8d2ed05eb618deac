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

package io.github.cognitosession.session;

import java.time.Duration;
import java.util.stream.Stream;

import com.github.tomakehurst.wiremock.junit5.WireMockExtension;
import io.github.cognitosession.event.TokenRefreshFailedEvent;
import io.github.cognitosession.event.UserStateChangedEvent;
import io.github.cognitosession.faults.Fault;
import io.github.cognitosession.faults.FaultMatrix;
import io.github.cognitosession.faults.UpstreamCalls;
import io.github.cognitosession.signin.AuthenticationOutcome;
import io.github.cognitosession.state.UserState;
import io.github.cognitosession.store.SessionRecord;
import io.github.cognitosession.token.CognitoTokens;
import io.github.cognitosession.token.RefreshTokenRotation;
import io.github.cognitosession.token.TestTokens;
import io.github.cognitosession.token.TokenRefresher;
import io.github.cognitosession.userpool.UserPoolClient;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import software.amazon.awssdk.services.cognitoidentityprovider.CognitoIdentityProviderClient;

import static io.github.cognitosession.token.CognitoWireMock.operation;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowable;

/**
 * The fault matrix of the two refresh calls, {@code GetTokensFromRefreshToken} (rotation)
 * and {@code InitiateAuth REFRESH_TOKEN_AUTH}: a fault never signs the user out or drops
 * a token, still-valid tokens keep being served, a caller whose tokens have expired gets
 * a clear exception, and after a failure Cognito is called at most once a second (time
 * driven by the test clock).
 *
 * @author Cognito Session contributors
 */
class TokenRefreshFaultMatrixTests {

	private static final String REFRESH_TOKEN = "refresh-token-secret";

	/** Tokens live an hour; the refresh starts five minutes before expiry. */
	private static final Duration INTO_REFRESH_WINDOW = Duration.ofMinutes(56);

	/** The refresh engine's longest backoff. */
	private static final Duration LONGEST_BACKOFF = Duration.ofSeconds(30);

	private static final UpstreamCalls calls = new UpstreamCalls();

	@RegisterExtension
	static WireMockExtension cognito = FaultMatrix.server(calls);

	private final SessionFixture fixture = new SessionFixture();

	private CognitoIdentityProviderClient client;

	static Stream<Arguments> cells() {
		return Stream.of(RefreshTokenRotation.ENABLED, RefreshTokenRotation.DISABLED)
			.flatMap((rotation) -> Stream.of(Fault.values()).map((fault) -> Arguments.of(rotation, fault)));
	}

	@BeforeEach
	void createClient() {
		calls.reset();
		this.client = FaultMatrix.userPools(cognito.baseUrl(), TestTokens.POOL_ID);
	}

	@AfterEach
	void closeClient() {
		this.client.close();
	}

	@ParameterizedTest(name = "{0} {1}")
	@MethodSource("cells")
	void getTokensWhenRefreshFaultsWhileTokensValidThenServedKeptAndRetriedAtMostOnceASecond(
			RefreshTokenRotation rotation, Fault fault) {
		DefaultCognitoSessionManager manager = signedIn(rotation);
		CognitoTokens signedIn = manager.getTokens();
		SessionRecord stored = this.fixture.store.record();
		this.fixture.clock.advance(INTO_REFRESH_WINDOW);
		cognito.stubFor(operation(operationName(rotation)).willReturn(fault.awsJson()));

		assertThat(manager.getTokens()).isSameAs(signedIn);

		int attempts = calls.count(operationName(rotation));
		assertThat(attempts).isBetween(1, FaultMatrix.MAX_ATTEMPTS);
		assertThat(manager.currentUserState()).isEqualTo(UserState.SIGNED_IN);
		assertThat(this.fixture.store.record()).isEqualTo(stored);
		assertThat(this.fixture.events.eventsOfType(UserStateChangedEvent.class)).isEmpty();
		assertThat(this.fixture.events.eventsOfType(TokenRefreshFailedEvent.class)).singleElement()
			.satisfies((event) -> FaultMatrix.assertNoSecret(event.getException(), REFRESH_TOKEN));
		// within the second after the failure: served without calling Cognito
		this.fixture.clock.advance(Duration.ofMillis(999));
		assertThat(manager.getTokens()).isSameAs(signedIn);
		assertThat(manager.getTokens()).isSameAs(signedIn);
		assertThat(calls.count(operationName(rotation))).isEqualTo(attempts);
		// after the backoff: one more call
		this.fixture.clock.advance(LONGEST_BACKOFF);
		assertThat(manager.getTokens()).isSameAs(signedIn);
		assertThat(calls.count(operationName(rotation))).isBetween(attempts + 1, attempts + FaultMatrix.MAX_ATTEMPTS);
		assertThat(this.fixture.store.record()).isEqualTo(stored);
	}

	@ParameterizedTest(name = "{0} {1}")
	@MethodSource("cells")
	void getTokensWhenRefreshFaultsAfterExpiryThenClearFailureAndSessionKept(RefreshTokenRotation rotation,
			Fault fault) {
		DefaultCognitoSessionManager manager = signedIn(rotation);
		SessionRecord stored = this.fixture.store.record();
		this.fixture.clock.advance(Duration.ofHours(2));
		cognito.stubFor(operation(operationName(rotation)).willReturn(fault.awsJson()));

		Throwable failure = catchThrowable(manager::getTokens);

		FaultMatrix.assertClearFailure(failure, fault, "refresh", REFRESH_TOKEN);
		int attempts = calls.count(operationName(rotation));
		assertThat(attempts).isBetween(1, FaultMatrix.MAX_ATTEMPTS);
		assertThat(manager.currentUserState()).isEqualTo(UserState.SIGNED_IN);
		assertThat(this.fixture.store.record()).isEqualTo(stored);
		assertThat(this.fixture.events.eventsOfType(UserStateChangedEvent.class)).isEmpty();
		// the same failure again within the second, without calling Cognito
		this.fixture.clock.advance(Duration.ofMillis(999));
		FaultMatrix.assertClearFailure(catchThrowable(manager::getTokens), fault, "refresh", REFRESH_TOKEN);
		assertThat(calls.count(operationName(rotation))).isEqualTo(attempts);
	}

	private DefaultCognitoSessionManager signedIn(RefreshTokenRotation rotation) {
		TokenRefresher refresher = TokenRefresher.create(this.client,
				UserPoolClient.of(TestTokens.POOL_ID, TestTokens.CLIENT_ID), rotation);
		DefaultCognitoSessionManager manager = this.fixture.builder(refresher)
			.reauthenticationTimeout(Duration.ZERO)
			.build();
		this.fixture.authenticator
			.then(new AuthenticationOutcome.Authenticated(this.fixture.rawTokens("alice", REFRESH_TOKEN)));
		manager.signIn("alice", "password");
		this.fixture.events.events.clear();
		return manager;
	}

	private static String operationName(RefreshTokenRotation rotation) {
		return (rotation == RefreshTokenRotation.ENABLED) ? "GetTokensFromRefreshToken" : "InitiateAuth";
	}

}
