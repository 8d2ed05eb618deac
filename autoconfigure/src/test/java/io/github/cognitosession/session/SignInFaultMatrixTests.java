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

import com.github.tomakehurst.wiremock.junit5.WireMockExtension;
import io.github.cognitosession.faults.Fault;
import io.github.cognitosession.faults.FaultMatrix;
import io.github.cognitosession.faults.UpstreamCalls;
import io.github.cognitosession.signin.CognitoUserPoolAuthenticator;
import io.github.cognitosession.signin.RawTokens;
import io.github.cognitosession.signin.SignInStep;
import io.github.cognitosession.signin.UserPoolAuthFlow;
import io.github.cognitosession.state.UserState;
import io.github.cognitosession.token.TestTokens;
import io.github.cognitosession.userpool.UserPoolClient;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;
import software.amazon.awssdk.services.cognitoidentityprovider.CognitoIdentityProviderClient;

import static io.github.cognitosession.token.CognitoWireMock.authenticationResult;
import static io.github.cognitosession.token.CognitoWireMock.ok;
import static io.github.cognitosession.token.CognitoWireMock.operation;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowable;

/**
 * The fault matrix of the sign-in calls, {@code InitiateAuth} and
 * {@code RespondToAuthChallenge}, through the session manager with the real authenticator
 * and SDK client: a fault leaves the session as it was (signed out, or still waiting for
 * the challenge answer, which can then be given again; the SRP sign-in's
 * {@code PASSWORD_VERIFIER} answer included), stores and publishes nothing, makes at most
 * the SDK's attempts, and gives the caller a clear exception with no password or secret
 * in it.
 *
 * @author Cognito Session contributors
 */
class SignInFaultMatrixTests {

	private static final String PASSWORD = "Correct-Horse-1";

	private static final String CLIENT_SECRET = "s3cr3t-client-secret";

	private static final UpstreamCalls calls = new UpstreamCalls();

	@RegisterExtension
	static WireMockExtension cognito = FaultMatrix.server(calls);

	private final SessionFixture fixture = new SessionFixture();

	private CognitoIdentityProviderClient client;

	private DefaultCognitoSessionManager manager;

	@BeforeEach
	void createManager() {
		calls.reset();
		this.client = FaultMatrix.userPools(cognito.baseUrl(), TestTokens.POOL_ID);
		UserPoolClient userPool = SessionFixture.userPool(CLIENT_SECRET);
		CognitoUserPoolAuthenticator authenticator = this.fixture.authenticator(this.client, userPool,
				UserPoolAuthFlow.USER_PASSWORD_AUTH);
		this.manager = this.fixture.builder(this.fixture.refresher(false)).authenticator(authenticator).build();
	}

	@AfterEach
	void closeClient() {
		this.client.close();
	}

	@ParameterizedTest
	@EnumSource(Fault.class)
	void initiateAuthWhenFaultThenStillSignedOutNothingStoredAndClearFailure(Fault fault) {
		cognito.stubFor(operation("InitiateAuth").willReturn(fault.awsJson()));

		Throwable failure = catchThrowable(() -> this.manager.signIn("alice", PASSWORD));

		FaultMatrix.assertClearFailure(failure, fault, "sign-in", PASSWORD, CLIENT_SECRET);
		assertThat(this.manager.currentUserState()).isEqualTo(UserState.SIGNED_OUT);
		assertThat(this.fixture.store.record()).isNull();
		assertThat(this.fixture.events.events).isEmpty();
		assertThat(calls.count("InitiateAuth")).isBetween(1, FaultMatrix.MAX_ATTEMPTS);
		// nothing is stuck: the next attempt signs in
		cognito.stubFor(operation("InitiateAuth").willReturn(ok(tokens())));
		assertThat(this.manager.signIn("alice", PASSWORD).getNextStep()).isEqualTo(SignInStep.DONE);
		assertThat(this.manager.currentUserState()).isEqualTo(UserState.SIGNED_IN);
	}

	@ParameterizedTest
	@EnumSource(Fault.class)
	void respondToAuthChallengeWhenFaultThenChallengeStillPendingAndClearFailure(Fault fault) {
		cognito.stubFor(operation("InitiateAuth").willReturn(ok("{\"ChallengeName\":\"SOFTWARE_TOKEN_MFA\","
				+ "\"Session\":\"challenge-session\",\"ChallengeParameters\":{\"USER_ID_FOR_SRP\":\"alice\"}}")));
		assertThat(this.manager.signIn("alice", PASSWORD).getNextStep()).isEqualTo(SignInStep.SOFTWARE_TOKEN_MFA);
		Session waiting = this.manager.currentSession();
		cognito.stubFor(operation("RespondToAuthChallenge").willReturn(fault.awsJson()));

		Throwable failure = catchThrowable(() -> this.manager.confirmSignIn("123456"));

		FaultMatrix.assertClearFailure(failure, fault, "sign-in", PASSWORD, CLIENT_SECRET, "challenge-session");
		assertThat(this.manager.currentSession()).isEqualTo(waiting);
		assertThat(this.fixture.store.record()).isNull();
		assertThat(this.fixture.events.events).isEmpty();
		assertThat(calls.count("RespondToAuthChallenge")).isBetween(1, FaultMatrix.MAX_ATTEMPTS);
		// the challenge can be answered again
		cognito.stubFor(operation("RespondToAuthChallenge").willReturn(ok(tokens())));
		assertThat(this.manager.confirmSignIn("123456").getNextStep()).isEqualTo(SignInStep.DONE);
		assertThat(this.manager.currentUserState()).isEqualTo(UserState.SIGNED_IN);
	}

	@ParameterizedTest
	@EnumSource(Fault.class)
	void srpPasswordVerifierWhenFaultThenStillSignedOutNothingStoredAndClearFailure(Fault fault) {
		this.client.close();
		this.client = FaultMatrix.userPools(cognito.baseUrl(), TestTokens.POOL_ID);
		CognitoUserPoolAuthenticator srp = this.fixture.authenticator(this.client,
				UserPoolClient.of(TestTokens.POOL_ID, TestTokens.CLIENT_ID), UserPoolAuthFlow.USER_SRP_AUTH);
		DefaultCognitoSessionManager manager = this.fixture.builder(this.fixture.refresher(false))
			.authenticator(srp)
			.build();
		cognito.stubFor(operation("InitiateAuth").willReturn(ok("{\"ChallengeName\":\"PASSWORD_VERIFIER\","
				+ "\"ChallengeParameters\":{\"USERNAME\":\"alice\",\"USER_ID_FOR_SRP\":\"alice\",\"SRP_B\":\""
				+ "7d".repeat(64) + "\",\"SALT\":\"e7dc204cebbfda6b62b8493e932f7f4c\","
				+ "\"SECRET_BLOCK\":\"c2VjcmV0LWJsb2Nr\"}}")));
		cognito.stubFor(operation("RespondToAuthChallenge").willReturn(fault.awsJson()));

		Throwable failure = catchThrowable(() -> manager.signIn("alice", PASSWORD));

		FaultMatrix.assertClearFailure(failure, fault, "sign-in", PASSWORD);
		assertThat(calls.count("RespondToAuthChallenge")).isBetween(1, FaultMatrix.MAX_ATTEMPTS);
		assertThat(manager.currentUserState()).isEqualTo(UserState.SIGNED_OUT);
		assertThat(this.fixture.store.record()).isNull();
		assertThat(this.fixture.events.events).isEmpty();
	}

	private String tokens() {
		RawTokens raw = this.fixture.rawTokens("alice", "refresh-token-1");
		return authenticationResult(raw.idToken(), raw.accessToken(), raw.refreshToken());
	}

}
