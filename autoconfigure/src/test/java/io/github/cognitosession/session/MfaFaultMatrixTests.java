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

import java.util.function.Consumer;
import java.util.stream.Stream;

import com.github.tomakehurst.wiremock.junit5.WireMockExtension;
import io.github.cognitosession.faults.Fault;
import io.github.cognitosession.faults.FaultMatrix;
import io.github.cognitosession.faults.UpstreamCalls;
import io.github.cognitosession.mfa.MfaOperations;
import io.github.cognitosession.mfa.TotpMfaClient;
import io.github.cognitosession.signin.AuthenticationOutcome;
import io.github.cognitosession.signin.PendingChallenge;
import io.github.cognitosession.state.UserState;
import io.github.cognitosession.store.SessionRecord;
import io.github.cognitosession.token.CognitoTokens;
import io.github.cognitosession.token.TestTokens;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import software.amazon.awssdk.services.cognitoidentityprovider.CognitoIdentityProviderClient;

import static io.github.cognitosession.token.CognitoWireMock.ok;
import static io.github.cognitosession.token.CognitoWireMock.operation;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowable;

/**
 * The fault matrix of the authenticator-app (TOTP) calls, {@code AssociateSoftwareToken},
 * {@code VerifySoftwareToken} and {@code SetUserMFAPreference}, for a signed-in user and
 * during an {@code MFA_SETUP} sign-in: a fault changes nothing (the user stays signed in
 * with the same tokens, or the challenge stays pending), and the caller gets a clear
 * exception naming the step.
 *
 * @author Cognito Session contributors
 */
class MfaFaultMatrixTests {

	private static final String REFRESH_TOKEN = "refresh-token-secret";

	private static final UpstreamCalls calls = new UpstreamCalls();

	@RegisterExtension
	static WireMockExtension cognito = FaultMatrix.server(calls);

	private final SessionFixture fixture = new SessionFixture();

	private CognitoIdentityProviderClient client;

	private DefaultCognitoSessionManager manager;

	static Stream<Arguments> signedInCells() {
		Stream<Arguments> steps = Stream.of(
				Arguments.of("AssociateSoftwareToken", "TOTP setup",
						(Consumer<MfaOperations>) MfaOperations::setUpTotp),
				Arguments.of("VerifySoftwareToken", "TOTP verification",
						(Consumer<MfaOperations>) (mfa) -> mfa.verifyTotp("123456", "phone")),
				Arguments.of("SetUserMFAPreference", "MFA preference",
						(Consumer<MfaOperations>) (mfa) -> mfa.setTotpMfaEnabled(true)));
		return steps.flatMap((step) -> Stream.of(Fault.values())
			.map((fault) -> Arguments.of(step.get()[0], step.get()[1], step.get()[2], fault)));
	}

	static Stream<Arguments> signInCells() {
		return Stream.of("AssociateSoftwareToken", "VerifySoftwareToken")
			.flatMap((operation) -> Stream.of(Fault.values()).map((fault) -> Arguments.of(operation, fault)));
	}

	@BeforeEach
	void createManager() {
		calls.reset();
		this.client = FaultMatrix.userPools(cognito.baseUrl(), TestTokens.POOL_ID);
		this.manager = this.fixture.builder(this.fixture.refresher(false))
			.totpMfaClient(new TotpMfaClient(this.client))
			.build();
	}

	@AfterEach
	void closeClient() {
		this.client.close();
	}

	@ParameterizedTest(name = "{0} {3}")
	@MethodSource("signedInCells")
	void mfaStepWhenFaultThenStillSignedInWithTheSameTokensAndClearFailure(String operation, String name,
			Consumer<MfaOperations> step, Fault fault) {
		this.fixture.authenticator
			.then(new AuthenticationOutcome.Authenticated(this.fixture.rawTokens("alice", REFRESH_TOKEN)));
		this.manager.signIn("alice", "password");
		CognitoTokens tokens = this.manager.getTokens();
		SessionRecord stored = this.fixture.store.record();
		this.fixture.events.events.clear();
		cognito.stubFor(operation(operation).willReturn(fault.awsJson()));

		Throwable failure = catchThrowable(() -> step.accept(this.manager.mfa().orElseThrow()));

		if (fault.isTimelyOk() && "SetUserMFAPreference".equals(operation)) {
			// a 200 is the whole answer of an operation that returns nothing
			assertThat(failure).isNull();
		}
		else {
			FaultMatrix.assertClearFailure(failure, fault, name, REFRESH_TOKEN,
					tokens.getAccessToken().getTokenValue());
		}
		assertThat(calls.count(operation)).isBetween(1, FaultMatrix.MAX_ATTEMPTS);
		assertThat(this.manager.currentUserState()).isEqualTo(UserState.SIGNED_IN);
		assertThat(this.manager.getTokens()).isSameAs(tokens);
		assertThat(this.fixture.store.record()).isEqualTo(stored);
		assertThat(this.fixture.events.events).isEmpty();
	}

	@ParameterizedTest(name = "{0} {1}")
	@MethodSource("signInCells")
	void mfaSetupChallengeWhenFaultThenChallengeStillPendingAndClearFailure(String operation, Fault fault) {
		this.fixture.authenticator.then(new AuthenticationOutcome.ChallengeRequired(
				new PendingChallenge("MFA_SETUP", "setup-session", "alice", java.util.Map.of())));
		this.manager.signIn("alice", "password");
		if ("VerifySoftwareToken".equals(operation)) {
			cognito.stubFor(operation("AssociateSoftwareToken")
				.willReturn(ok("{\"SecretCode\":\"JBSWY3DPEHPK3PXP\",\"Session\":\"associated-session\"}")));
			this.manager.associateSoftwareToken();
		}
		Session waiting = this.manager.currentSession();
		cognito.stubFor(operation(operation).willReturn(fault.awsJson()));

		Throwable failure = catchThrowable(() -> {
			if ("AssociateSoftwareToken".equals(operation)) {
				this.manager.associateSoftwareToken();
			}
			else {
				this.manager.confirmSignIn("123456");
			}
		});

		FaultMatrix.assertClearFailure(failure, fault, "sign-in", "setup-session", "associated-session",
				"JBSWY3DPEHPK3PXP");
		assertThat(calls.count(operation)).isBetween(1, FaultMatrix.MAX_ATTEMPTS);
		assertThat(this.manager.currentSession()).isEqualTo(waiting);
		assertThat(this.fixture.store.record()).isNull();
	}

}
