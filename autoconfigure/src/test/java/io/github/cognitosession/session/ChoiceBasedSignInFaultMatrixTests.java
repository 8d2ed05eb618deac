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

import java.util.stream.Stream;

import com.github.tomakehurst.wiremock.junit5.WireMockExtension;
import io.github.cognitosession.faults.Fault;
import io.github.cognitosession.faults.FaultMatrix;
import io.github.cognitosession.faults.UpstreamCalls;
import io.github.cognitosession.signin.AuthFactor;
import io.github.cognitosession.signin.CognitoUserPoolAuthenticator;
import io.github.cognitosession.signin.RawTokens;
import io.github.cognitosession.signin.SignInOptions;
import io.github.cognitosession.signin.SignInStep;
import io.github.cognitosession.signin.UserPoolAuthFlow;
import io.github.cognitosession.state.UserState;
import io.github.cognitosession.token.TestTokens;
import io.github.cognitosession.userpool.UserPoolClient;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import software.amazon.awssdk.services.cognitoidentityprovider.CognitoIdentityProviderClient;

import static io.github.cognitosession.token.CognitoWireMock.authenticationResult;
import static io.github.cognitosession.token.CognitoWireMock.ok;
import static io.github.cognitosession.token.CognitoWireMock.operation;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowable;

/**
 * The fault matrix of the answers of choice-based sign-in ({@code USER_AUTH}), each a
 * {@code RespondToAuthChallenge} of its own code path: {@code SELECT_CHALLENGE} answered
 * with a factor that sends a code ({@code EMAIL_OTP}), {@code SELECT_CHALLENGE} answered
 * with the password (after the local {@code PASSWORD} step), and the passkey's
 * {@code WEB_AUTHN} answer. A fault leaves the sign-in waiting at the same step (which
 * can then be answered again), stores and publishes nothing, makes at most the SDK's
 * attempts, and gives the caller a clear exception with no password, session or secret in
 * it.
 *
 * @author Cognito Session contributors
 */
class ChoiceBasedSignInFaultMatrixTests {

	private static final String PASSWORD = "Correct-Horse-1";

	private static final String CLIENT_SECRET = "s3cr3t-client-secret";

	private static final String SESSION = "choice-session-secret";

	private static final String CREDENTIAL = "{\"id\":\"cred-1\",\"type\":\"public-key\","
			+ "\"response\":{\"signature\":\"c2lnbmF0dXJlLXNlY3JldA\"}}";

	private static final UpstreamCalls calls = new UpstreamCalls();

	@RegisterExtension
	static WireMockExtension cognito = FaultMatrix.server(calls);

	private final SessionFixture fixture = new SessionFixture();

	private CognitoIdentityProviderClient client;

	private DefaultCognitoSessionManager manager;

	static Stream<Arguments> cells() {
		return Stream.of("SELECT_CHALLENGE EMAIL_OTP", "SELECT_CHALLENGE PASSWORD", "WEB_AUTHN")
			.flatMap((answer) -> Stream.of(Fault.values()).map((fault) -> Arguments.of(answer, fault)));
	}

	@BeforeEach
	void createManager() {
		calls.reset();
		this.client = FaultMatrix.userPools(cognito.baseUrl(), TestTokens.POOL_ID);
		UserPoolClient userPool = SessionFixture.userPool(CLIENT_SECRET);
		CognitoUserPoolAuthenticator authenticator = this.fixture.authenticator(this.client, userPool,
				UserPoolAuthFlow.USER_AUTH);
		this.manager = this.fixture.builder(this.fixture.refresher(false)).authenticator(authenticator).build();
	}

	@AfterEach
	void closeClient() {
		this.client.close();
	}

	@ParameterizedTest(name = "{0} {1}")
	@MethodSource("cells")
	void choiceAnswerWhenFaultThenStillWaitingAtTheSameStepAndClearFailure(String answer, Fault fault) {
		String response = waitingFor(answer);
		Session waiting = this.manager.currentSession();
		cognito.stubFor(operation("RespondToAuthChallenge").willReturn(fault.awsJson()));

		Throwable failure = catchThrowable(() -> this.manager.confirmSignIn(response));

		FaultMatrix.assertClearFailure(failure, fault, "sign-in", PASSWORD, CLIENT_SECRET, SESSION,
				"c2lnbmF0dXJlLXNlY3JldA");
		assertThat(calls.count("RespondToAuthChallenge")).isBetween(1, FaultMatrix.MAX_ATTEMPTS);
		assertThat(this.manager.currentSession()).isEqualTo(waiting);
		assertThat(this.manager.currentUserState()).isEqualTo(UserState.SIGNED_OUT);
		assertThat(this.fixture.store.record()).isNull();
		assertThat(this.fixture.events.events).isEmpty();
		// the same step can be answered again
		cognito.stubFor(operation("RespondToAuthChallenge").willReturn(ok(tokens())));
		assertThat(this.manager.confirmSignIn(response).getNextStep()).isEqualTo(SignInStep.DONE);
		assertThat(this.manager.currentUserState()).isEqualTo(UserState.SIGNED_IN);
	}

	/**
	 * Start the sign-in and bring it to the step whose answer is sent to Cognito.
	 * @return the answer
	 */
	private String waitingFor(String answer) {
		if ("WEB_AUTHN".equals(answer)) {
			cognito.stubFor(operation("InitiateAuth").willReturn(ok("{\"ChallengeName\":\"WEB_AUTHN\",\"Session\":\""
					+ SESSION + "\",\"ChallengeParameters\":{\"USERNAME\":\"alice\",\"CREDENTIAL_REQUEST_OPTIONS\":"
					+ "\"{\\\"challenge\\\":\\\"Y2hhbGxlbmdl\\\"}\"}}")));
			assertThat(this.manager.signIn("alice", null, SignInOptions.preferring(AuthFactor.WEB_AUTHN)).getNextStep())
				.isEqualTo(SignInStep.WEB_AUTHN);
			return CREDENTIAL;
		}
		cognito.stubFor(operation("InitiateAuth").willReturn(ok("{\"ChallengeName\":\"SELECT_CHALLENGE\","
				+ "\"Session\":\"" + SESSION + "\",\"ChallengeParameters\":{\"USERNAME\":\"alice\"},"
				+ "\"AvailableChallenges\":[\"PASSWORD\",\"EMAIL_OTP\",\"WEB_AUTHN\"]}")));
		assertThat(this.manager.signIn("alice", null).getNextStep()).isEqualTo(SignInStep.SELECT_CHALLENGE);
		if ("SELECT_CHALLENGE PASSWORD".equals(answer)) {
			// the password factor is answered locally first: nothing is sent yet
			assertThat(this.manager.confirmSignIn("PASSWORD").getNextStep()).isEqualTo(SignInStep.PASSWORD);
			assertThat(calls.count("RespondToAuthChallenge")).isZero();
			return PASSWORD;
		}
		return "EMAIL_OTP";
	}

	private String tokens() {
		RawTokens raw = this.fixture.rawTokens("alice", "refresh-token-1");
		return authenticationResult(raw.idToken(), raw.accessToken(), raw.refreshToken());
	}

}
