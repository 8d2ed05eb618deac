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

import java.util.Map;

import com.github.tomakehurst.wiremock.core.WireMockConfiguration;
import com.github.tomakehurst.wiremock.junit5.WireMockExtension;
import io.github.cognitosession.exception.CodeMismatchException;
import io.github.cognitosession.exception.InvalidSessionStateException;
import io.github.cognitosession.mfa.TotpMfaClient;
import io.github.cognitosession.mfa.TotpSetup;
import io.github.cognitosession.signin.AuthenticationOutcome;
import io.github.cognitosession.signin.PendingChallenge;
import io.github.cognitosession.signin.SignInResult;
import io.github.cognitosession.signin.SignInStep;
import io.github.cognitosession.token.CognitoWireMock;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

import static com.github.tomakehurst.wiremock.client.WireMock.equalToJson;
import static io.github.cognitosession.token.CognitoWireMock.error;
import static io.github.cognitosession.token.CognitoWireMock.ok;
import static io.github.cognitosession.token.CognitoWireMock.operation;
import static io.github.cognitosession.token.CognitoWireMock.requested;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatExceptionOfType;
import static org.assertj.core.api.Assertions.assertThatIllegalStateException;

/**
 * The {@code MFA_SETUP} sign-in of {@link DefaultCognitoSessionManager}: which Cognito
 * session each step uses, what reaches the authenticator, and that a wrong code keeps the
 * challenge.
 *
 * @author Cognito Session contributors
 */
class MfaSetupSignInTests {

	private static final String SECRET = "JBSWY3DPEHPK3PXPJBSWY3DPEHPK3PXP";

	@RegisterExtension
	static WireMockExtension cognito = WireMockExtension.newInstance()
		.options(WireMockConfiguration.wireMockConfig().dynamicPort().bindAddress("127.0.0.1"))
		.build();

	private final SessionFixture fixture = new SessionFixture();

	@Test
	void confirmSignInWhenAssociatedThenVerifiesWithAssociatedSessionAndAnswersWithVerifiedSession() {
		DefaultCognitoSessionManager manager = managerWithTotp();
		SignInResult challenge = signInToMfaSetup(manager);
		assertThat(challenge.getNextStep()).isEqualTo(SignInStep.MFA_SETUP);
		assertThat(challenge.toString()).doesNotContain("setup-session-1");
		cognito.stubFor(operation("AssociateSoftwareToken")
			.willReturn(ok("{\"SecretCode\":\"" + SECRET + "\",\"Session\":\"setup-session-2\"}")));
		cognito.stubFor(operation("VerifySoftwareToken")
			.willReturn(ok("{\"Status\":\"SUCCESS\",\"Session\":\"setup-session-3\"}")));
		this.fixture.authenticator
			.then(new AuthenticationOutcome.Authenticated(this.fixture.rawTokens("alice", "refresh-token-1")));

		TotpSetup setup = manager.associateSoftwareToken();
		SignInResult done = manager.confirmSignIn("123456",
				Map.of(CognitoSessionManager.FRIENDLY_DEVICE_NAME, "phone", "CLIENT_EXTRA", "x"));

		assertThat(setup.getSecretCode()).isEqualTo(SECRET);
		assertThat(setup.getUsername()).isEqualTo("alice");
		cognito.verify(
				requested("AssociateSoftwareToken").withRequestBody(equalToJson("{\"Session\":\"setup-session-1\"}")));
		cognito.verify(requested("VerifySoftwareToken").withRequestBody(equalToJson(
				"{\"Session\":\"setup-session-2\",\"UserCode\":\"123456\",\"FriendlyDeviceName\":\"phone\"}")));
		assertThat(done.isDone()).isTrue();
		assertThat(this.fixture.authenticator.lastAnsweredChallenge.session()).isEqualTo("setup-session-3");
		assertThat(this.fixture.authenticator.lastAnswer).isNull();
		assertThat(this.fixture.authenticator.lastResponses).containsExactly(Map.entry("CLIENT_EXTRA", "x"));
		assertThat(manager.isSignedIn()).isTrue();
	}

	@Test
	void confirmSignInWhenCodeRejectedThenCodeMismatchAndNextCodeVerifiesWithTheSameSession() {
		DefaultCognitoSessionManager manager = managerWithTotp();
		signInToMfaSetup(manager);
		cognito.stubFor(operation("AssociateSoftwareToken")
			.willReturn(ok("{\"SecretCode\":\"" + SECRET + "\",\"Session\":\"setup-session-2\"}")));
		cognito.stubFor(
				operation("VerifySoftwareToken").withRequestBody(equalToJson("{\"UserCode\":\"000000\"}", true, true))
					.willReturn(error(400, "EnableSoftwareTokenMFAException", "Code mismatch")));
		cognito.stubFor(
				operation("VerifySoftwareToken").withRequestBody(equalToJson("{\"UserCode\":\"123456\"}", true, true))
					.willReturn(ok("{\"Status\":\"SUCCESS\",\"Session\":\"setup-session-3\"}")));
		this.fixture.authenticator
			.then(new AuthenticationOutcome.Authenticated(this.fixture.rawTokens("alice", "refresh-token-1")));
		manager.associateSoftwareToken();

		assertThatExceptionOfType(CodeMismatchException.class).isThrownBy(() -> manager.confirmSignIn("000000"))
			.withMessageNotContaining("setup-session");
		assertThat(manager.confirmSignIn("123456").isDone()).isTrue();

		cognito.verify(2, requested("VerifySoftwareToken")
			.withRequestBody(equalToJson("{\"Session\":\"setup-session-2\"}", true, true)));
	}

	@Test
	void associateSoftwareTokenWhenNoTotpClientConfiguredThenIllegalStateNamingTheBuilderMethod() {
		DefaultCognitoSessionManager manager = this.fixture.manager(this.fixture.refresher(false));
		signInToMfaSetup(manager);
		assertThatIllegalStateException().isThrownBy(manager::associateSoftwareToken)
			.withMessageContaining("Builder#totpMfaClient");
	}

	@Test
	void associateSoftwareTokenWhenAnotherChallengeIsPendingThenInvalidSessionState() {
		DefaultCognitoSessionManager manager = managerWithTotp();
		this.fixture.authenticator.then(new AuthenticationOutcome.ChallengeRequired(
				new PendingChallenge("SMS_MFA", "sms-session", "alice", Map.of())));
		manager.signIn("alice", "password");
		assertThatExceptionOfType(InvalidSessionStateException.class).isThrownBy(manager::associateSoftwareToken)
			.withMessageContaining("MFA_SETUP");
		assertThat(cognito.getAllServeEvents()).isEmpty();
	}

	private DefaultCognitoSessionManager managerWithTotp() {
		return this.fixture.builder(this.fixture.refresher(false))
			.totpMfaClient(new TotpMfaClient(CognitoWireMock.client(cognito)))
			.build();
	}

	private SignInResult signInToMfaSetup(DefaultCognitoSessionManager manager) {
		this.fixture.authenticator.then(new AuthenticationOutcome.ChallengeRequired(new PendingChallenge("MFA_SETUP",
				"setup-session-1", "alice", Map.of("MFAS_CAN_SETUP", "[\"SOFTWARE_TOKEN_MFA\"]"))));
		return manager.signIn("alice", "password");
	}

}
