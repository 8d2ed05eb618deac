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
package io.github.cognitosession.signin;

import io.github.cognitosession.userpool.SecretHash;
import io.github.cognitosession.userpool.UserPoolClient;

import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.Map;
import java.util.stream.Stream;

import io.github.cognitosession.exception.CodeMismatchException;
import io.github.cognitosession.exception.CognitoSessionException;
import io.github.cognitosession.exception.CognitoUnavailableException;
import io.github.cognitosession.exception.InvalidCredentialsException;
import io.github.cognitosession.exception.PasswordResetRequiredException;
import io.github.cognitosession.exception.ThrottledException;
import io.github.cognitosession.exception.UnsupportedChallengeException;
import io.github.cognitosession.exception.UserNotConfirmedException;
import io.github.cognitosession.exception.UserNotFoundException;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import software.amazon.awssdk.core.exception.SdkClientException;
import software.amazon.awssdk.core.exception.SdkException;
import software.amazon.awssdk.services.cognitoidentityprovider.model.AuthFlowType;
import software.amazon.awssdk.services.cognitoidentityprovider.model.InitiateAuthRequest;
import software.amazon.awssdk.services.cognitoidentityprovider.model.RespondToAuthChallengeRequest;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatExceptionOfType;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;

/**
 * Tests for {@link CognitoUserPoolAuthenticator} against {@link FakeCognitoUserPool},
 * which verifies SRP proofs like Cognito.
 *
 * @author Cognito Session contributors
 */
class CognitoUserPoolAuthenticatorTests {

	private static final String CLIENT_ID = "4lbqp5ng2gdv7ql1h0ttf6q7qe";

	private static final String CLIENT_SECRET = "s3cr3t-client-secret";

	private static final String PASSWORD = "Corr3ct-Horse!";

	private static final Clock CLOCK = Clock.fixed(Instant.parse("2026-03-07T09:05:03Z"), ZoneOffset.UTC);

	@Test
	void initiateWhenSrpAndCorrectPasswordThenServerVerifiesProofAndReturnsTokens() {
		FakeCognitoUserPool pool = publicPool().user("alice", PASSWORD);
		AuthenticationOutcome outcome = authenticator(pool, null, UserPoolAuthFlow.USER_SRP_AUTH).initiate("alice",
				PASSWORD);
		assertThat(outcome).isInstanceOfSatisfying(AuthenticationOutcome.Authenticated.class, (authenticated) -> {
			assertThat(authenticated.tokens().idToken()).isEqualTo(FakeCognitoUserPool.ID_TOKEN);
			assertThat(authenticated.tokens().accessToken()).isEqualTo(FakeCognitoUserPool.ACCESS_TOKEN);
			assertThat(authenticated.tokens().refreshToken()).isEqualTo(FakeCognitoUserPool.REFRESH_TOKEN);
		});
		InitiateAuthRequest initiate = pool.initiateRequests().get(0);
		assertThat(initiate.authFlow()).isEqualTo(AuthFlowType.USER_SRP_AUTH);
		assertThat(initiate.authParameters()).containsOnlyKeys("USERNAME", "SRP_A");
		RespondToAuthChallengeRequest verifier = pool.respondRequests().get(0);
		assertThat(verifier.challengeNameAsString()).isEqualTo("PASSWORD_VERIFIER");
		assertThat(verifier.challengeResponses()).containsOnlyKeys("USERNAME", "PASSWORD_CLAIM_SECRET_BLOCK",
				"PASSWORD_CLAIM_SIGNATURE", "TIMESTAMP");
		assertThat(verifier.challengeResponses()).containsEntry("TIMESTAMP", "Sat Mar 7 09:05:03 UTC 2026");
	}

	@Test
	void initiateWhenSrpAndWrongPasswordThenServerRejectsProof() {
		FakeCognitoUserPool pool = publicPool().user("alice", PASSWORD);
		CognitoUserPoolAuthenticator authenticator = authenticator(pool, null, UserPoolAuthFlow.USER_SRP_AUTH);
		assertThatExceptionOfType(InvalidCredentialsException.class)
			.isThrownBy(() -> authenticator.initiate("alice", "Wrong-Horse!"))
			.withMessage("Incorrect username or password")
			.satisfies((ex) -> assertThat(ex.getErrorCode()).isEqualTo("NotAuthorizedException"));
		// The proof was sent and rejected: the password itself never was
		assertThat(pool.respondRequests()).hasSize(1);
		assertThat(pool.respondRequests().get(0).challengeResponses().values()).doesNotContain("Wrong-Horse!");
		assertThat(pool.initiateRequests().get(0).authParameters().values()).doesNotContain("Wrong-Horse!");
	}

	@Test
	void initiateWhenSrpWithClientSecretThenSecretHashOnInitiateAndOnPasswordVerifier() {
		FakeCognitoUserPool pool = new FakeCognitoUserPool(CLIENT_ID, CLIENT_SECRET).user("alice", PASSWORD)
			.alias("alice@example.com", "alice");
		AuthenticationOutcome outcome = authenticator(pool, CLIENT_SECRET, UserPoolAuthFlow.USER_SRP_AUTH)
			.initiate("alice@example.com", PASSWORD);
		assertThat(outcome).isInstanceOf(AuthenticationOutcome.Authenticated.class);
		// InitiateAuth hashes the name as typed; the answer hashes the USERNAME Cognito
		// returned
		assertThat(pool.initiateRequests().get(0).authParameters()).containsEntry("SECRET_HASH",
				SecretHash.calculate("alice@example.com", CLIENT_ID, CLIENT_SECRET));
		assertThat(pool.respondRequests().get(0).challengeResponses()).containsEntry("USERNAME", "alice")
			.containsEntry("SECRET_HASH", SecretHash.calculate("alice", CLIENT_ID, CLIENT_SECRET));
	}

	@Test
	void initiateWhenPublicClientThenNoSecretHash() {
		FakeCognitoUserPool pool = publicPool().user("alice", PASSWORD);
		authenticator(pool, null, UserPoolAuthFlow.USER_SRP_AUTH).initiate("alice", PASSWORD);
		assertThat(pool.initiateRequests().get(0).authParameters()).doesNotContainKey("SECRET_HASH");
		assertThat(pool.respondRequests().get(0).challengeResponses()).doesNotContainKey("SECRET_HASH");
	}

	@Test
	void initiateWhenClientSecretWrongThenServerRejects() {
		FakeCognitoUserPool pool = new FakeCognitoUserPool(CLIENT_ID, CLIENT_SECRET).user("alice", PASSWORD);
		assertThatExceptionOfType(InvalidCredentialsException.class).isThrownBy(
				() -> authenticator(pool, "other-secret", UserPoolAuthFlow.USER_SRP_AUTH).initiate("alice", PASSWORD))
			.satisfies((ex) -> assertThat(ex.getMessage()).doesNotContain("other-secret"));
	}

	@Test
	void initiateWhenUserPasswordAuthThenPasswordAndSecretHashSent() {
		FakeCognitoUserPool pool = new FakeCognitoUserPool(CLIENT_ID, CLIENT_SECRET).user("alice", PASSWORD);
		AuthenticationOutcome outcome = authenticator(pool, CLIENT_SECRET, UserPoolAuthFlow.USER_PASSWORD_AUTH)
			.initiate("alice", PASSWORD);
		assertThat(outcome).isInstanceOf(AuthenticationOutcome.Authenticated.class);
		InitiateAuthRequest request = pool.initiateRequests().get(0);
		assertThat(request.authFlow()).isEqualTo(AuthFlowType.USER_PASSWORD_AUTH);
		assertThat(request.authParameters()).containsEntry("PASSWORD", PASSWORD)
			.containsEntry("SECRET_HASH", SecretHash.calculate("alice", CLIENT_ID, CLIENT_SECRET))
			.doesNotContainKey("SRP_A");
	}

	@Test
	void initiateWhenCustomAuthWithSrpThenPasswordVerifiedThenCustomChallenge() {
		FakeCognitoUserPool pool = publicPool().user("alice", PASSWORD)
			.thenChallenge("CUSTOM_CHALLENGE", Map.of("question", "2+2?"), Map.of("ANSWER", "4"));
		CognitoUserPoolAuthenticator authenticator = authenticator(pool, null, UserPoolAuthFlow.CUSTOM_AUTH_WITH_SRP);
		PendingChallenge challenge = challengeOf(authenticator.initiate("alice", PASSWORD));
		assertThat(pool.initiateRequests().get(0).authFlow()).isEqualTo(AuthFlowType.CUSTOM_AUTH);
		assertThat(pool.initiateRequests().get(0).authParameters()).containsEntry("CHALLENGE_NAME", "SRP_A")
			.containsKey("SRP_A");
		assertThat(challenge.step()).isEqualTo(SignInStep.CUSTOM_CHALLENGE);
		assertThat(challenge.parameters()).containsEntry("question", "2+2?");
		assertThat(authenticator.respond(challenge, "4", Map.of()))
			.isInstanceOf(AuthenticationOutcome.Authenticated.class);
	}

	@Test
	void initiateWhenCustomAuthWithoutSrpThenNoPasswordNeeded() {
		FakeCognitoUserPool pool = publicPool().user("alice", PASSWORD)
			.thenChallenge("CUSTOM_CHALLENGE", Map.of(), Map.of("ANSWER", "magic-link-code"));
		CognitoUserPoolAuthenticator authenticator = authenticator(pool, null,
				UserPoolAuthFlow.CUSTOM_AUTH_WITHOUT_SRP);
		PendingChallenge challenge = challengeOf(authenticator.initiate("alice", null));
		assertThat(pool.initiateRequests().get(0).authParameters()).containsOnlyKeys("USERNAME");
		assertThat(authenticator.respond(challenge, "magic-link-code", null))
			.isInstanceOf(AuthenticationOutcome.Authenticated.class);
	}

	@Test
	void initiateWhenPasswordMissingForSrpThenIllegalArgument() {
		CognitoUserPoolAuthenticator authenticator = authenticator(publicPool(), null, UserPoolAuthFlow.USER_SRP_AUTH);
		assertThatIllegalArgumentException().isThrownBy(() -> authenticator.initiate("alice", ""))
			.withMessage("password cannot be empty");
		assertThatIllegalArgumentException().isThrownBy(() -> authenticator.initiate(" ", PASSWORD))
			.withMessage("username cannot be empty");
	}

	@Test
	void initiateWhenServerSendsUnsafePublicBThenFailsWithoutAnswering() {
		FakeCognitoUserPool pool = publicPool().user("alice", PASSWORD)
			.sendPublicB(io.github.cognitosession.signin.srp.SrpGroup.N.toString(16));
		assertThatExceptionOfType(CognitoSessionException.class)
			.isThrownBy(() -> authenticator(pool, null, UserPoolAuthFlow.USER_SRP_AUTH).initiate("alice", PASSWORD))
			.withMessageContaining("SRP_B")
			.satisfies((ex) -> assertThat(ex.getErrorCode()).isEqualTo("InvalidSrpChallenge"));
		assertThat(pool.respondRequests()).isEmpty();
	}

	@Test
	void initiateWhenDeviceSrpAuthRequestedWithoutDeviceSecretsThenUnsupportedChallenge() {
		FakeCognitoUserPool pool = publicPool().user("alice", PASSWORD)
			.thenChallenge("DEVICE_SRP_AUTH", Map.of(), Map.of());
		assertThatExceptionOfType(UnsupportedChallengeException.class)
			.isThrownBy(() -> authenticator(pool, null, UserPoolAuthFlow.USER_SRP_AUTH).initiate("alice", PASSWORD))
			.withMessageContaining("DEVICE_SRP_AUTH")
			.withMessageContaining("no device secrets for the user")
			.satisfies((ex) -> assertThat(ex.getChallengeName()).isEqualTo("DEVICE_SRP_AUTH"));
	}

	@Test
	void initiateWhenUnknownChallengeThenUnsupportedChallenge() {
		FakeCognitoUserPool pool = publicPool().user("alice", PASSWORD)
			.thenChallenge("ADMIN_NO_SRP_AUTH", Map.of(), Map.of());
		assertThatExceptionOfType(UnsupportedChallengeException.class)
			.isThrownBy(() -> authenticator(pool, null, UserPoolAuthFlow.USER_SRP_AUTH).initiate("alice", PASSWORD))
			.withMessageContaining("ADMIN_NO_SRP_AUTH");
	}

	static Stream<Arguments> challenges() {
		return Stream.of(
				Arguments.of("SMS_MFA", Map.of("CODE_DELIVERY_DESTINATION", "+*******1234"), "123456", Map.of(),
						SignInStep.SMS_MFA, Map.of("SMS_MFA_CODE", "123456")),
				Arguments.of("SMS_OTP", Map.of("CODE_DELIVERY_DESTINATION", "+*******1234"), "123456", Map.of(),
						SignInStep.SMS_OTP, Map.of("SMS_OTP_CODE", "123456")),
				Arguments.of("WEB_AUTHN", Map.of("CREDENTIAL_REQUEST_OPTIONS", "{\"challenge\":\"Y2hhbGxlbmdl\"}"),
						"{\"id\":\"credential-1\"}", Map.of(), SignInStep.WEB_AUTHN,
						Map.of("CREDENTIAL", "{\"id\":\"credential-1\"}")),
				Arguments.of("SOFTWARE_TOKEN_MFA", Map.of(), "654321", Map.of(), SignInStep.SOFTWARE_TOKEN_MFA,
						Map.of("SOFTWARE_TOKEN_MFA_CODE", "654321")),
				Arguments.of("EMAIL_OTP", Map.of("CODE_DELIVERY_DESTINATION", "a***@e***"), "11223344", Map.of(),
						SignInStep.EMAIL_OTP, Map.of("EMAIL_OTP_CODE", "11223344")),
				Arguments.of("SELECT_MFA_TYPE", Map.of("MFAS_CAN_CHOOSE", "[\"SMS_MFA\",\"SOFTWARE_TOKEN_MFA\"]"),
						"SOFTWARE_TOKEN_MFA", Map.of(), SignInStep.SELECT_MFA_TYPE,
						Map.of("ANSWER", "SOFTWARE_TOKEN_MFA")),
				Arguments.of("CUSTOM_CHALLENGE", Map.of("hint", "colour"), "blue", Map.of(),
						SignInStep.CUSTOM_CHALLENGE, Map.of("ANSWER", "blue")),
				Arguments.of("NEW_PASSWORD_REQUIRED",
						Map.of("requiredAttributes", "[\"userAttributes.name\"]", "userAttributes",
								"{\"email\":\"alice@example.com\"}"),
						"N3w-Passw0rd!", Map.of("userAttributes.name", "Alice"), SignInStep.NEW_PASSWORD_REQUIRED,
						Map.of("NEW_PASSWORD", "N3w-Passw0rd!", "userAttributes.name", "Alice")));
	}

	@ParameterizedTest(name = "{0}")
	@MethodSource("challenges")
	void respondWhenChallengeThenStepParametersAndResponseKeys(String challengeName, Map<String, String> parameters,
			String answer, Map<String, String> extraResponses, SignInStep expectedStep,
			Map<String, String> expectedResponses) {
		FakeCognitoUserPool pool = new FakeCognitoUserPool(CLIENT_ID, CLIENT_SECRET).user("alice", PASSWORD)
			.thenChallenge(challengeName, parameters, expectedResponses);
		CognitoUserPoolAuthenticator authenticator = authenticator(pool, CLIENT_SECRET, UserPoolAuthFlow.USER_SRP_AUTH);
		PendingChallenge challenge = challengeOf(authenticator.initiate("alice", PASSWORD));
		assertThat(challenge.challengeName()).isEqualTo(challengeName);
		assertThat(challenge.step()).isEqualTo(expectedStep);
		assertThat(challenge.username()).isEqualTo("alice");
		assertThat(challenge.parameters()).containsAllEntriesOf(parameters);
		AuthenticationOutcome outcome = authenticator.respond(challenge, answer, extraResponses);
		assertThat(outcome).isInstanceOf(AuthenticationOutcome.Authenticated.class);
		RespondToAuthChallengeRequest request = pool.respondRequests().get(1);
		assertThat(request.challengeNameAsString()).isEqualTo(challengeName);
		assertThat(request.session()).isEqualTo(challenge.session());
		assertThat(request.challengeResponses()).containsAllEntriesOf(expectedResponses)
			.containsEntry("USERNAME", "alice")
			.containsEntry("SECRET_HASH", SecretHash.calculate("alice", CLIENT_ID, CLIENT_SECRET));
	}

	@Test
	void respondWhenMfaSetupThenResponsesPassedThrough() {
		FakeCognitoUserPool pool = publicPool().user("alice", PASSWORD)
			.thenChallenge("MFA_SETUP", Map.of("MFAS_CAN_SETUP", "[\"SOFTWARE_TOKEN_MFA\"]"), Map.of());
		CognitoUserPoolAuthenticator authenticator = authenticator(pool, null, UserPoolAuthFlow.USER_SRP_AUTH);
		PendingChallenge challenge = challengeOf(authenticator.initiate("alice", PASSWORD));
		assertThat(challenge.step()).isEqualTo(SignInStep.MFA_SETUP);
		assertThat(challenge.parameters()).containsEntry("MFAS_CAN_SETUP", "[\"SOFTWARE_TOKEN_MFA\"]");
		assertThat(authenticator.respond(challenge, null, Map.of("EXTRA", "value")))
			.isInstanceOf(AuthenticationOutcome.Authenticated.class);
		assertThat(pool.respondRequests().get(1).challengeResponses()).containsOnlyKeys("USERNAME", "EXTRA");
	}

	@Test
	void respondWhenMfaSetupAnsweredWithCodeThenIllegalArgumentNamingTotpSetup() {
		FakeCognitoUserPool pool = publicPool().user("alice", PASSWORD).thenChallenge("MFA_SETUP", Map.of(), Map.of());
		CognitoUserPoolAuthenticator authenticator = authenticator(pool, null, UserPoolAuthFlow.USER_SRP_AUTH);
		PendingChallenge challenge = challengeOf(authenticator.initiate("alice", PASSWORD));
		assertThatIllegalArgumentException().isThrownBy(() -> authenticator.respond(challenge, "123456", Map.of()))
			.withMessageContaining("AssociateSoftwareToken");
	}

	@Test
	void respondWhenChallengesChainedThenNextChallengeThenTokens() {
		FakeCognitoUserPool pool = publicPool().user("alice", PASSWORD)
			.thenChallenge("SELECT_MFA_TYPE", Map.of(), Map.of("ANSWER", "SOFTWARE_TOKEN_MFA"))
			.thenChallenge("SOFTWARE_TOKEN_MFA", Map.of(), Map.of("SOFTWARE_TOKEN_MFA_CODE", "000111"));
		CognitoUserPoolAuthenticator authenticator = authenticator(pool, null, UserPoolAuthFlow.USER_SRP_AUTH);
		PendingChallenge select = challengeOf(authenticator.initiate("alice", PASSWORD));
		PendingChallenge totp = challengeOf(authenticator.respond(select, "SOFTWARE_TOKEN_MFA", Map.of()));
		assertThat(totp.step()).isEqualTo(SignInStep.SOFTWARE_TOKEN_MFA);
		assertThat(totp.session()).isNotEqualTo(select.session());
		assertThat(authenticator.respond(totp, "000111", Map.of()))
			.isInstanceOf(AuthenticationOutcome.Authenticated.class);
	}

	@Test
	void respondWhenWrongCodeThenCodeMismatch() {
		FakeCognitoUserPool pool = publicPool().user("alice", PASSWORD)
			.thenChallenge("SMS_MFA", Map.of(), Map.of("SMS_MFA_CODE", "123456"));
		CognitoUserPoolAuthenticator authenticator = authenticator(pool, null, UserPoolAuthFlow.USER_SRP_AUTH);
		PendingChallenge challenge = challengeOf(authenticator.initiate("alice", PASSWORD));
		assertThatExceptionOfType(CodeMismatchException.class)
			.isThrownBy(() -> authenticator.respond(challenge, "999999", Map.of()))
			.satisfies((ex) -> assertThat(ex.getErrorCode()).isEqualTo("CodeMismatchException"));
	}

	@Test
	void respondWhenSessionExpiredThenMessageSaysSignInAgain() {
		FakeCognitoUserPool pool = publicPool().user("alice", PASSWORD)
			.thenChallenge("SMS_MFA", Map.of(), Map.of("SMS_MFA_CODE", "123456"));
		CognitoUserPoolAuthenticator authenticator = authenticator(pool, null, UserPoolAuthFlow.USER_SRP_AUTH);
		challengeOf(authenticator.initiate("alice", PASSWORD));
		PendingChallenge expired = new PendingChallenge("SMS_MFA", "unknown-session", "alice", Map.of());
		assertThatExceptionOfType(InvalidCredentialsException.class)
			.isThrownBy(() -> authenticator.respond(expired, "123456", Map.of()))
			.withMessageContaining("sign in again");
	}

	@Test
	void respondWhenAnswerMissingThenIllegalArgumentNamingKey() {
		FakeCognitoUserPool pool = publicPool().user("alice", PASSWORD)
			.thenChallenge("SOFTWARE_TOKEN_MFA", Map.of(), Map.of());
		CognitoUserPoolAuthenticator authenticator = authenticator(pool, null, UserPoolAuthFlow.USER_SRP_AUTH);
		PendingChallenge challenge = challengeOf(authenticator.initiate("alice", PASSWORD));
		assertThatIllegalArgumentException().isThrownBy(() -> authenticator.respond(challenge, "", Map.of()))
			.withMessageContaining("SOFTWARE_TOKEN_MFA_CODE");
		assertThat(pool.respondRequests()).hasSize(1);
	}

	@Test
	void respondWhenChallengeCannotBeAnsweredThenUnsupportedChallengeBeforeAnyCall() {
		FakeCognitoUserPool pool = publicPool();
		PendingChallenge challenge = new PendingChallenge("PASSWORD_VERIFIER", "session", "alice", Map.of());
		assertThatExceptionOfType(UnsupportedChallengeException.class)
			.isThrownBy(
					() -> authenticator(pool, null, UserPoolAuthFlow.USER_SRP_AUTH).respond(challenge, "x", Map.of()))
			.withMessageContaining("PASSWORD_VERIFIER");
		assertThat(pool.respondRequests()).isEmpty();
	}

	static Stream<Arguments> serviceErrors() {
		return Stream.of(
				Arguments.of(FakeCognitoUserPool.serviceError("UserNotFoundException", "x", 400),
						UserNotFoundException.class),
				Arguments.of(FakeCognitoUserPool.serviceError("UserNotConfirmedException", "x", 400),
						UserNotConfirmedException.class),
				Arguments.of(FakeCognitoUserPool.serviceError("PasswordResetRequiredException", "x", 400),
						PasswordResetRequiredException.class),
				Arguments.of(FakeCognitoUserPool.serviceError("TooManyRequestsException", "x", 400),
						ThrottledException.class),
				Arguments.of(FakeCognitoUserPool.serviceError("InternalErrorException", "x", 500),
						CognitoUnavailableException.class),
				Arguments.of(SdkClientException.create("Unable to execute HTTP request: Connection refused"),
						CognitoUnavailableException.class));
	}

	@ParameterizedTest(name = "{1}")
	@MethodSource("serviceErrors")
	void initiateWhenServiceErrorThenTranslated(SdkException failure, Class<? extends CognitoSessionException> type) {
		FakeCognitoUserPool pool = publicPool().user("alice", PASSWORD).failNextCall(failure);
		assertThatExceptionOfType(type)
			.isThrownBy(() -> authenticator(pool, null, UserPoolAuthFlow.USER_SRP_AUTH).initiate("alice", PASSWORD))
			.withCause(failure);
	}

	@Test
	void initiateWhenUserUnknownThenUserNotFound() {
		assertThatExceptionOfType(UserNotFoundException.class).isThrownBy(
				() -> authenticator(publicPool(), null, UserPoolAuthFlow.USER_SRP_AUTH).initiate("nobody", PASSWORD));
	}

	@Test
	void toStringWhenChallengePendingThenNoSecrets() {
		FakeCognitoUserPool pool = new FakeCognitoUserPool(CLIENT_ID, CLIENT_SECRET).user("alice", PASSWORD)
			.thenChallenge("SMS_MFA", Map.of(), Map.of("SMS_MFA_CODE", "123456"));
		CognitoUserPoolAuthenticator authenticator = authenticator(pool, CLIENT_SECRET, UserPoolAuthFlow.USER_SRP_AUTH);
		AuthenticationOutcome outcome = authenticator.initiate("alice", PASSWORD);
		PendingChallenge challenge = challengeOf(outcome);
		AuthenticationOutcome done = authenticator.respond(challenge, "123456", Map.of());
		String printed = outcome + " " + challenge + " " + done + " " + authenticator;
		assertThat(printed).contains("SMS_MFA")
			.doesNotContain(challenge.session())
			.doesNotContain(PASSWORD)
			.doesNotContain(CLIENT_SECRET)
			.doesNotContain(FakeCognitoUserPool.ID_TOKEN)
			.doesNotContain(FakeCognitoUserPool.ACCESS_TOKEN)
			.doesNotContain(FakeCognitoUserPool.REFRESH_TOKEN);
	}

	@Test
	void initiateWhenWrongPasswordThenExceptionChainHasNoSecrets() {
		FakeCognitoUserPool pool = new FakeCognitoUserPool(CLIENT_ID, CLIENT_SECRET).user("alice", PASSWORD);
		CognitoUserPoolAuthenticator authenticator = authenticator(pool, CLIENT_SECRET, UserPoolAuthFlow.USER_SRP_AUTH);
		assertThatExceptionOfType(InvalidCredentialsException.class)
			.isThrownBy(() -> authenticator.initiate("alice", "Secret-Guess-42"))
			.satisfies((ex) -> {
				for (Throwable cause = ex; cause != null; cause = cause.getCause()) {
					assertThat(String.valueOf(cause.getMessage())).doesNotContain("Secret-Guess-42")
						.doesNotContain(CLIENT_SECRET)
						.doesNotContain("cognito-session-secret");
				}
			});
	}

	private static PendingChallenge challengeOf(AuthenticationOutcome outcome) {
		assertThat(outcome).isInstanceOf(AuthenticationOutcome.ChallengeRequired.class);
		return ((AuthenticationOutcome.ChallengeRequired) outcome).challenge();
	}

	private static FakeCognitoUserPool publicPool() {
		return new FakeCognitoUserPool(CLIENT_ID, null);
	}

	private static CognitoUserPoolAuthenticator authenticator(FakeCognitoUserPool pool, String clientSecret,
			UserPoolAuthFlow flow) {
		return new CognitoUserPoolAuthenticator(pool,
				UserPoolAuthenticatorSettings.builder()
					.userPool(UserPoolClient.builder()
						.userPoolId(FakeCognitoUserPool.POOL_ID)
						.clientId(CLIENT_ID)
						.clientSecret(clientSecret)
						.build())
					.authFlow(flow)
					.clock(CLOCK)
					.build());
	}

}
