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
import io.github.cognitosession.signin.AuthenticationOutcome;
import io.github.cognitosession.state.UserState;
import io.github.cognitosession.token.CognitoTokens;
import io.github.cognitosession.token.TestTokens;
import io.github.cognitosession.userpool.UserPoolClient;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.EnumSource;
import org.junit.jupiter.params.provider.MethodSource;
import software.amazon.awssdk.services.cognitoidentityprovider.CognitoIdentityProviderClient;

import static io.github.cognitosession.token.CognitoWireMock.operation;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * The fault matrix of the remote sign-out calls, {@code GlobalSignOut} and
 * {@code RevokeToken}: the user is always signed out locally, the failed step is reported
 * as a clear exception naming it (with no token in it), a plain {@code signOut()} never
 * throws, and each call makes at most the SDK's attempts.
 *
 * @author Cognito Session contributors
 */
class SignOutFaultMatrixTests {

	private static final String REFRESH_TOKEN = "refresh-token-secret";

	private static final UpstreamCalls calls = new UpstreamCalls();

	@RegisterExtension
	static WireMockExtension cognito = FaultMatrix.server(calls);

	private final SessionFixture fixture = new SessionFixture();

	private CognitoIdentityProviderClient client;

	private DefaultCognitoSessionManager manager;

	private CognitoTokens tokens;

	static Stream<Arguments> cells() {
		return Stream.of("GlobalSignOut", "RevokeToken")
			.flatMap((operation) -> Stream.of(Fault.values()).map((fault) -> Arguments.of(operation, fault)));
	}

	@BeforeEach
	void signIn() {
		calls.reset();
		this.client = FaultMatrix.userPools(cognito.baseUrl(), TestTokens.POOL_ID);
		this.manager = this.fixture.builder(this.fixture.refresher(false))
			.remoteSignOut(new RemoteSignOut(this.client, UserPoolClient.of(TestTokens.POOL_ID, TestTokens.CLIENT_ID)))
			.build();
		this.fixture.authenticator
			.then(new AuthenticationOutcome.Authenticated(this.fixture.rawTokens("alice", REFRESH_TOKEN)));
		this.manager.signIn("alice", "password");
		this.tokens = this.manager.getTokens();
	}

	@AfterEach
	void closeClient() {
		this.client.close();
	}

	@ParameterizedTest(name = "{0} {1}")
	@MethodSource("cells")
	void signOutWhenRemoteStepFaultsThenSignedOutLocallyAndClearFailureReported(String operation, Fault fault) {
		cognito.stubFor(operation(operation).willReturn(fault.awsJson()));
		boolean global = "GlobalSignOut".equals(operation);

		SignOutResult result = this.manager.signOut(new SignOutOptions(global, !global));

		if (fault.isTimelyOk()) {
			// a 200 is the whole answer of an operation that returns nothing
			assertThat(result.isComplete()).isTrue();
		}
		else {
			assertThat(result.globalSignOutDone()).isEqualTo(!global);
			assertThat(result.tokenRevoked()).isEqualTo(global);
			assertThat(result.errors()).singleElement()
				.satisfies((error) -> FaultMatrix.assertClearFailure(error, fault,
						global ? "GlobalSignOut" : "RevokeToken", REFRESH_TOKEN,
						this.tokens.getAccessToken().getTokenValue()));
		}
		assertThat(calls.count(operation)).isBetween(1, FaultMatrix.MAX_ATTEMPTS);
		assertThat(this.manager.currentUserState()).isEqualTo(UserState.SIGNED_OUT);
		assertThat(this.fixture.store.record()).isNull();
	}

	@ParameterizedTest
	@EnumSource(Fault.class)
	void signOutWhenRevocationFaultsThenNeverThrowsAndSignedOut(Fault fault) {
		cognito.stubFor(operation("RevokeToken").willReturn(fault.awsJson()));

		this.manager.signOut();

		assertThat(calls.count("RevokeToken")).isBetween(1, FaultMatrix.MAX_ATTEMPTS);
		assertThat(this.manager.currentUserState()).isEqualTo(UserState.SIGNED_OUT);
		assertThat(this.fixture.store.record()).isNull();
	}

}
