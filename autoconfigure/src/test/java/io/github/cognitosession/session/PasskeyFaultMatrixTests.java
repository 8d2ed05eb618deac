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
import com.github.tomakehurst.wiremock.stubbing.Scenario;
import io.github.cognitosession.exception.CognitoSessionException;
import io.github.cognitosession.faults.Fault;
import io.github.cognitosession.faults.FaultMatrix;
import io.github.cognitosession.faults.UpstreamCalls;
import io.github.cognitosession.passkey.CognitoPasskeyClient;
import io.github.cognitosession.passkey.PasskeyOperations;
import io.github.cognitosession.signin.AuthenticationOutcome;
import io.github.cognitosession.state.UserState;
import io.github.cognitosession.store.SessionRecord;
import io.github.cognitosession.token.CognitoTokens;
import io.github.cognitosession.token.TestTokens;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import software.amazon.awssdk.services.cognitoidentityprovider.CognitoIdentityProviderClient;

import static io.github.cognitosession.token.CognitoWireMock.error;
import static io.github.cognitosession.token.CognitoWireMock.ok;
import static io.github.cognitosession.token.CognitoWireMock.operation;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowable;

/**
 * The fault matrix of the passkey calls of a signed-in user,
 * {@code StartWebAuthnRegistration}, {@code CompleteWebAuthnRegistration},
 * {@code ListWebAuthnCredentials} and {@code DeleteWebAuthnCredential}: a fault or a
 * Cognito error never signs the user out or changes the tokens or the stored record, and
 * the caller gets a clear exception naming the step, with no token or credential in it;
 * each call makes at most the SDK's attempts.
 *
 * @author Cognito Session contributors
 */
class PasskeyFaultMatrixTests {

	private static final String REFRESH_TOKEN = "refresh-token-secret";

	private static final String CREDENTIAL = "{\"id\":\"cred-1\",\"type\":\"public-key\","
			+ "\"response\":{\"attestationObject\":\"YXR0ZXN0YXRpb24tc2VjcmV0\"}}";

	private static final UpstreamCalls calls = new UpstreamCalls();

	@RegisterExtension
	static WireMockExtension cognito = FaultMatrix.server(calls);

	private final SessionFixture fixture = new SessionFixture();

	private CognitoIdentityProviderClient client;

	private DefaultCognitoSessionManager manager;

	static Stream<Arguments> steps() {
		return Stream.of(
				Arguments.of("StartWebAuthnRegistration", "passkey registration",
						(Consumer<PasskeyOperations>) PasskeyOperations::startRegistration),
				Arguments.of("CompleteWebAuthnRegistration", "passkey registration",
						(Consumer<PasskeyOperations>) (passkeys) -> passkeys.completeRegistration(CREDENTIAL)),
				Arguments.of("ListWebAuthnCredentials", "passkey listing",
						(Consumer<PasskeyOperations>) PasskeyOperations::listPasskeys),
				Arguments.of("DeleteWebAuthnCredential", "passkey deletion",
						(Consumer<PasskeyOperations>) (passkeys) -> passkeys.deletePasskey("cred-1")));
	}

	static Stream<Arguments> cells() {
		return steps().flatMap((step) -> Stream.of(Fault.values())
			.map((fault) -> Arguments.of(step.get()[0], step.get()[1], step.get()[2], fault)));
	}

	/**
	 * Cognito's error codes of each step (the library has no type of its own for them): a
	 * generic exception that keeps the code.
	 */
	static Stream<Arguments> errors() {
		Object[][] steps = steps().map(Arguments::get).toArray(Object[][]::new);
		return Stream.of(Arguments.of(steps[0][0], "WebAuthnNotEnabledException", steps[0][1], steps[0][2]),
				Arguments.of(steps[0][0], "WebAuthnConfigurationMissingException", steps[0][1], steps[0][2]),
				Arguments.of(steps[1][0], "WebAuthnChallengeNotFoundException", steps[1][1], steps[1][2]),
				Arguments.of(steps[1][0], "WebAuthnCredentialNotSupportedException", steps[1][1], steps[1][2]),
				Arguments.of(steps[2][0], "ForbiddenException", steps[2][1], steps[2][2]),
				Arguments.of(steps[3][0], "ResourceNotFoundException", steps[3][1], steps[3][2]));
	}

	@BeforeEach
	void signIn() {
		calls.reset();
		this.client = FaultMatrix.userPools(cognito.baseUrl(), TestTokens.POOL_ID);
		this.manager = this.fixture.builder(this.fixture.refresher(false))
			.passkeyClient(new CognitoPasskeyClient(this.client))
			.build();
		this.fixture.authenticator
			.then(new AuthenticationOutcome.Authenticated(this.fixture.rawTokens("alice", REFRESH_TOKEN)));
		this.manager.signIn("alice", "password");
		this.fixture.events.events.clear();
	}

	@AfterEach
	void closeClient() {
		this.client.close();
	}

	@ParameterizedTest(name = "{0} {3}")
	@MethodSource("cells")
	void passkeyStepWhenFaultThenStillSignedInWithTheSameTokensAndClearFailure(String operation, String name,
			Consumer<PasskeyOperations> step, Fault fault) {
		CognitoTokens tokens = this.manager.getTokens();
		SessionRecord stored = this.fixture.store.record();
		cognito.stubFor(operation(operation).willReturn(fault.awsJson()));

		Throwable failure = catchThrowable(() -> step.accept(this.manager.passkeys().orElseThrow()));

		if (answered(operation, fault)) {
			assertThat(failure).isNull();
		}
		else {
			FaultMatrix.assertClearFailure(failure, fault, name, REFRESH_TOKEN, tokens.getAccessToken().getTokenValue(),
					"YXR0ZXN0YXRpb24tc2VjcmV0");
		}
		assertThat(calls.count(operation)).isBetween(1, FaultMatrix.MAX_ATTEMPTS);
		assertSignedInUnchanged(tokens, stored);
	}

	@ParameterizedTest(name = "{0} {1}")
	@MethodSource("errors")
	void passkeyStepWhenCognitoErrorThenStillSignedInWithTheSameTokensAndFailureWithTheCode(String operation,
			String errorCode, String name, Consumer<PasskeyOperations> step) {
		CognitoTokens tokens = this.manager.getTokens();
		SessionRecord stored = this.fixture.store.record();
		cognito.stubFor(operation(operation).willReturn(error(400, errorCode, "Cognito says no")));

		Throwable failure = catchThrowable(() -> step.accept(this.manager.passkeys().orElseThrow()));

		assertThat(failure).isInstanceOf(CognitoSessionException.class);
		assertThat(((CognitoSessionException) failure).getErrorCode()).isEqualTo(errorCode);
		assertThat(failure.getMessage()).as("names the operation").containsIgnoringCase(name).contains(errorCode);
		FaultMatrix.assertNoSecret(failure, REFRESH_TOKEN, tokens.getAccessToken().getTokenValue(),
				"YXR0ZXN0YXRpb24tc2VjcmV0");
		assertThat(calls.count(operation)).isEqualTo(1);
		assertSignedInUnchanged(tokens, stored);
	}

	@Test
	void listPasskeysWhenCognitoRepeatsAPageTokenThenClearFailureAfterTheRepeat() {
		CognitoTokens tokens = this.manager.getTokens();
		SessionRecord stored = this.fixture.store.record();
		String page = "{\"Credentials\":[{\"CredentialId\":\"cred-1\",\"RelyingPartyId\":\"example.com\","
				+ "\"CreatedAt\":1767225600}],\"NextToken\":\"page-2\"}";
		cognito.stubFor(operation("ListWebAuthnCredentials").inScenario("pages")
			.whenScenarioStateIs(Scenario.STARTED)
			.willReturn(ok(page))
			.willSetStateTo("repeated"));
		cognito.stubFor(operation("ListWebAuthnCredentials").inScenario("pages")
			.whenScenarioStateIs("repeated")
			.willReturn(ok(page))
			.willSetStateTo("last"));
		cognito.stubFor(operation("ListWebAuthnCredentials").inScenario("pages")
			.whenScenarioStateIs("last")
			.willReturn(ok("{\"Credentials\":[]}")));

		Throwable failure = catchThrowable(() -> this.manager.passkeys().orElseThrow().listPasskeys());

		assertThat(failure).isInstanceOf(CognitoSessionException.class).hasMessageContaining("passkey listing");
		FaultMatrix.assertNoSecret(failure, REFRESH_TOKEN, tokens.getAccessToken().getTokenValue());
		assertThat(calls.count("ListWebAuthnCredentials")).as("no request after the repeated token").isEqualTo(2);
		assertSignedInUnchanged(tokens, stored);
	}

	/**
	 * Whether a fault is in fact Cognito's complete answer: an HTTP 200 of an operation
	 * whose answer has no fields (the SDK reads no body), or an empty body of the listing
	 * (no passkeys). An empty answer to {@code StartWebAuthnRegistration} has no creation
	 * options, which is an error.
	 */
	private static boolean answered(String operation, Fault fault) {
		return switch (operation) {
			case "CompleteWebAuthnRegistration", "DeleteWebAuthnCredential" -> fault.isTimelyOk();
			case "ListWebAuthnCredentials" -> fault == Fault.EMPTY_BODY;
			default -> false;
		};
	}

	private void assertSignedInUnchanged(CognitoTokens tokens, SessionRecord stored) {
		assertThat(this.manager.currentUserState()).isEqualTo(UserState.SIGNED_IN);
		assertThat(this.manager.getTokens()).isSameAs(tokens);
		assertThat(this.fixture.store.record()).isEqualTo(stored);
		assertThat(this.fixture.events.events).isEmpty();
	}

}
