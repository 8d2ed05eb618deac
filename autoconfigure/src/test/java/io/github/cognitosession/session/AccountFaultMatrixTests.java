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

import java.util.List;
import java.util.Map;
import java.util.function.Consumer;
import java.util.stream.Collectors;
import java.util.stream.Stream;

import com.github.tomakehurst.wiremock.junit5.WireMockExtension;
import io.github.cognitosession.account.AccountOperations;
import io.github.cognitosession.account.CognitoAccountClient;
import io.github.cognitosession.account.SignUpOptions;
import io.github.cognitosession.account.SignUpStep;
import io.github.cognitosession.device.CognitoDeviceClient;
import io.github.cognitosession.device.DeviceSecrets;
import io.github.cognitosession.device.InMemoryDeviceSecretsStore;
import io.github.cognitosession.event.UserStateChangedEvent;
import io.github.cognitosession.exception.AliasExistsException;
import io.github.cognitosession.exception.AttemptLimitExceededException;
import io.github.cognitosession.exception.CodeDeliveryFailureException;
import io.github.cognitosession.exception.CodeMismatchException;
import io.github.cognitosession.exception.CognitoSessionException;
import io.github.cognitosession.exception.ExpiredCodeException;
import io.github.cognitosession.exception.InvalidCredentialsException;
import io.github.cognitosession.exception.InvalidPasswordException;
import io.github.cognitosession.exception.UserNotFoundException;
import io.github.cognitosession.exception.UsernameExistsException;
import io.github.cognitosession.faults.Fault;
import io.github.cognitosession.faults.FaultMatrix;
import io.github.cognitosession.faults.UpstreamCalls;
import io.github.cognitosession.signin.CognitoUserPoolAuthenticator;
import io.github.cognitosession.signin.RawTokens;
import io.github.cognitosession.signin.UserPoolAuthFlow;
import io.github.cognitosession.state.UserState;
import io.github.cognitosession.store.SessionRecord;
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

import static io.github.cognitosession.token.CognitoWireMock.authenticationResult;
import static io.github.cognitosession.token.CognitoWireMock.error;
import static io.github.cognitosession.token.CognitoWireMock.ok;
import static io.github.cognitosession.token.CognitoWireMock.operation;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowable;

/**
 * The fault matrix of the account calls, through the session manager's account role with
 * the real SDK client: the anonymous ones ({@code SignUp}, {@code ConfirmSignUp},
 * {@code ResendConfirmationCode}, {@code ForgotPassword}, {@code ConfirmForgotPassword}),
 * those of a signed-in user ({@code ChangePassword}, {@code GetUser},
 * {@code UpdateUserAttributes}, {@code GetUserAttributeVerificationCode},
 * {@code VerifyUserAttribute}, {@code DeleteUserAttributes}, {@code DeleteUser}) and the
 * auto sign-in after a confirmed sign-up ({@code InitiateAuth USER_AUTH} with the
 * confirmation's session). A fault or a Cognito error changes nothing: a signed-out
 * session stays signed out (a pending sign-up stays pending), a signed-in user stays
 * signed in with the same tokens, stored record and device secrets (a failed
 * {@code DeleteUser} or {@code ChangePassword} included); the caller gets a clear
 * exception naming the step, of the library's type for Cognito's error code, with no
 * password, code, token or secret in it; each call makes at most the SDK's attempts.
 *
 * @author Cognito Session contributors
 */
class AccountFaultMatrixTests {

	private static final String PASSWORD = "Correct-Horse-1";

	private static final String NEW_PASSWORD = "N3w-Passw0rd!";

	private static final String CODE = "864209";

	private static final String CLIENT_SECRET = "s3cr3t-client-secret";

	private static final String REFRESH_TOKEN = "refresh-token-secret";

	private static final String SIGN_UP_SESSION = "sign-up-session-secret";

	private static final String CONFIRMED_SESSION = "confirmed-session-secret";

	private static final DeviceSecrets DEVICE = new DeviceSecrets("us-east-1_device-key-1", "device-group-1",
			"device-password-1");

	private static final UpstreamCalls calls = new UpstreamCalls();

	@RegisterExtension
	static WireMockExtension cognito = FaultMatrix.server(calls);

	private final SessionFixture fixture = new SessionFixture();

	private final InMemoryDeviceSecretsStore devices = new InMemoryDeviceSecretsStore();

	private CognitoIdentityProviderClient client;

	private DefaultCognitoSessionManager manager;

	private AccountOperations account;

	/**
	 * The steps that need nobody signed in: operation, the words of the message naming
	 * it, the step.
	 */
	static Stream<Arguments> anonymousSteps() {
		return Stream.of(Arguments.of("SignUp", "sign-up",
				(Consumer<AccountOperations>) (account) -> account.signUp("alice", PASSWORD,
						Map.of("email", "alice@example.com"), SignUpOptions.builder().autoSignIn(true).build())),
				Arguments.of("ConfirmSignUp", "sign-up confirmation",
						(Consumer<AccountOperations>) (account) -> account.confirmSignUp("alice", CODE)),
				Arguments.of("ResendConfirmationCode", "confirmation code request",
						(Consumer<AccountOperations>) (account) -> account.resendSignUpCode("alice")),
				Arguments.of("ForgotPassword", "password reset request",
						(Consumer<AccountOperations>) (account) -> account.forgotPassword("alice")),
				Arguments.of("ConfirmForgotPassword", "password reset",
						(Consumer<AccountOperations>) (account) -> account.confirmForgotPassword("alice", CODE,
								NEW_PASSWORD)));
	}

	/**
	 * The steps of a signed-in user: operation, the words of the message naming it, the
	 * step.
	 */
	static Stream<Arguments> signedInSteps() {
		return Stream.of(
				Arguments.of("ChangePassword", "password change",
						(Consumer<AccountOperations>) (account) -> account.changePassword(PASSWORD, NEW_PASSWORD)),
				Arguments.of("GetUser", "user lookup", (Consumer<AccountOperations>) AccountOperations::getUser),
				Arguments.of("UpdateUserAttributes", "attribute update",
						(Consumer<AccountOperations>) (account) -> account
							.updateUserAttributes(Map.of("email", "alice@example.org"))),
				Arguments.of("GetUserAttributeVerificationCode", "verification code request",
						(Consumer<AccountOperations>) (account) -> account.sendAttributeVerificationCode("email")),
				Arguments.of("VerifyUserAttribute", "attribute verification",
						(Consumer<AccountOperations>) (account) -> account.verifyAttribute("email", CODE)),
				Arguments.of("DeleteUserAttributes", "attribute deletion",
						(Consumer<AccountOperations>) (account) -> account
							.deleteUserAttributes(List.of("custom:team"))),
				Arguments.of("DeleteUser", "user deletion",
						(Consumer<AccountOperations>) AccountOperations::deleteUser));
	}

	static Stream<Arguments> anonymousCells() {
		return anonymousSteps().flatMap((step) -> Stream.of(Fault.values())
			.map((fault) -> Arguments.of(step.get()[0], step.get()[1], step.get()[2], fault)));
	}

	static Stream<Arguments> signedInCells() {
		return signedInSteps().flatMap((step) -> Stream.of(Fault.values())
			.map((fault) -> Arguments.of(step.get()[0], step.get()[1], step.get()[2], fault)));
	}

	/**
	 * Cognito's error codes of each anonymous step, with the library's exception for
	 * each.
	 */
	static Stream<Arguments> anonymousErrors() {
		Map<String, Arguments> steps = steps(anonymousSteps());
		return Stream.of(errorCell(steps, "SignUp", "UsernameExistsException", UsernameExistsException.class),
				errorCell(steps, "SignUp", "InvalidPasswordException", InvalidPasswordException.class),
				errorCell(steps, "SignUp", "CodeDeliveryFailureException", CodeDeliveryFailureException.class),
				errorCell(steps, "ConfirmSignUp", "CodeMismatchException", CodeMismatchException.class),
				errorCell(steps, "ConfirmSignUp", "ExpiredCodeException", ExpiredCodeException.class),
				errorCell(steps, "ConfirmSignUp", "LimitExceededException", AttemptLimitExceededException.class),
				errorCell(steps, "ResendConfirmationCode", "CodeDeliveryFailureException",
						CodeDeliveryFailureException.class),
				errorCell(steps, "ResendConfirmationCode", "UserNotFoundException", UserNotFoundException.class),
				errorCell(steps, "ForgotPassword", "UserNotFoundException", UserNotFoundException.class),
				errorCell(steps, "ForgotPassword", "LimitExceededException", AttemptLimitExceededException.class),
				errorCell(steps, "ConfirmForgotPassword", "CodeMismatchException", CodeMismatchException.class),
				errorCell(steps, "ConfirmForgotPassword", "ExpiredCodeException", ExpiredCodeException.class),
				errorCell(steps, "ConfirmForgotPassword", "InvalidPasswordException", InvalidPasswordException.class));
	}

	/**
	 * Cognito's error codes of each signed-in step, with the library's exception for
	 * each.
	 */
	static Stream<Arguments> signedInErrors() {
		Map<String, Arguments> steps = steps(signedInSteps());
		return Stream.of(
				errorCell(steps, "ChangePassword", "NotAuthorizedException", InvalidCredentialsException.class),
				errorCell(steps, "ChangePassword", "InvalidPasswordException", InvalidPasswordException.class),
				errorCell(steps, "ChangePassword", "LimitExceededException", AttemptLimitExceededException.class),
				errorCell(steps, "GetUser", "NotAuthorizedException", InvalidCredentialsException.class),
				errorCell(steps, "UpdateUserAttributes", "AliasExistsException", AliasExistsException.class),
				errorCell(steps, "UpdateUserAttributes", "CodeDeliveryFailureException",
						CodeDeliveryFailureException.class),
				errorCell(steps, "GetUserAttributeVerificationCode", "CodeDeliveryFailureException",
						CodeDeliveryFailureException.class),
				errorCell(steps, "GetUserAttributeVerificationCode", "LimitExceededException",
						AttemptLimitExceededException.class),
				errorCell(steps, "VerifyUserAttribute", "CodeMismatchException", CodeMismatchException.class),
				errorCell(steps, "VerifyUserAttribute", "ExpiredCodeException", ExpiredCodeException.class),
				errorCell(steps, "VerifyUserAttribute", "AliasExistsException", AliasExistsException.class),
				errorCell(steps, "DeleteUserAttributes", "NotAuthorizedException", InvalidCredentialsException.class),
				errorCell(steps, "DeleteUser", "NotAuthorizedException", InvalidCredentialsException.class));
	}

	@BeforeEach
	void createManager() {
		calls.reset();
		this.client = FaultMatrix.userPools(cognito.baseUrl(), TestTokens.POOL_ID);
		UserPoolClient userPool = SessionFixture.userPool(CLIENT_SECRET);
		CognitoUserPoolAuthenticator authenticator = this.fixture.authenticator(this.client, userPool,
				UserPoolAuthFlow.USER_PASSWORD_AUTH);
		authenticator.setDeviceSecretsStore(this.devices);
		this.manager = this.fixture.builder(this.fixture.refresher(false))
			.authenticator(authenticator)
			.accountClient(new CognitoAccountClient(this.client, userPool))
			.deviceTracking(this.devices, new CognitoDeviceClient(this.client))
			.build();
		this.account = this.manager.account().orElseThrow();
	}

	@AfterEach
	void closeClient() {
		this.client.close();
	}

	@ParameterizedTest(name = "{0} {3}")
	@MethodSource("anonymousCells")
	void anonymousStepWhenFaultThenSessionUnchangedAndClearFailure(String operation, String name,
			Consumer<AccountOperations> step, Fault fault) {
		Session before = signedOutWithPendingSignUp(operation);
		cognito.stubFor(operation(operation).willReturn(fault.awsJson()));

		Throwable failure = catchThrowable(() -> step.accept(this.account));

		if (answered(operation, fault)) {
			assertThat(failure).isNull();
		}
		else {
			FaultMatrix.assertClearFailure(failure, fault, name, PASSWORD, NEW_PASSWORD, CODE, CLIENT_SECRET,
					SIGN_UP_SESSION);
			assertThat(this.manager.currentSession()).isEqualTo(before);
		}
		assertThat(calls.count(operation)).isBetween(1, FaultMatrix.MAX_ATTEMPTS);
		assertThat(this.manager.currentUserState()).isEqualTo(UserState.SIGNED_OUT);
		assertThat(this.fixture.store.record()).isNull();
		assertThat(this.fixture.events.events).isEmpty();
	}

	@ParameterizedTest(name = "{0} {1}")
	@MethodSource("anonymousErrors")
	void anonymousStepWhenCognitoErrorThenSessionUnchangedAndTypedFailure(String operation, String errorCode,
			Class<? extends CognitoSessionException> type, String name, Consumer<AccountOperations> step) {
		Session before = signedOutWithPendingSignUp(operation);
		cognito.stubFor(operation(operation).willReturn(error(400, errorCode, "Cognito says no")));

		Throwable failure = catchThrowable(() -> step.accept(this.account));

		assertTypedFailure(failure, type, errorCode, name, PASSWORD, NEW_PASSWORD, CODE, CLIENT_SECRET,
				SIGN_UP_SESSION);
		assertThat(calls.count(operation)).isEqualTo(1);
		assertThat(this.manager.currentSession()).isEqualTo(before);
		assertThat(this.fixture.store.record()).isNull();
		assertThat(this.fixture.events.events).isEmpty();
	}

	@ParameterizedTest(name = "{0} {3}")
	@MethodSource("signedInCells")
	void signedInStepWhenFaultThenStillSignedInWithTheSameTokensAndDeviceAndClearFailure(String operation, String name,
			Consumer<AccountOperations> step, Fault fault) {
		CognitoTokens tokens = signedInWithDevice();
		SessionRecord stored = this.fixture.store.record();
		cognito.stubFor(operation(operation).willReturn(fault.awsJson()));

		Throwable failure = catchThrowable(() -> step.accept(this.account));

		assertThat(calls.count(operation)).isBetween(1, FaultMatrix.MAX_ATTEMPTS);
		if (answered(operation, fault)) {
			assertThat(failure).isNull();
			if ("DeleteUser".equals(operation)) {
				// a 200 is the whole answer of DeleteUser: the user is gone
				assertThat(this.manager.currentUserState()).isEqualTo(UserState.SIGNED_OUT);
				assertThat(this.devices.load("alice")).isEmpty();
				return;
			}
		}
		else {
			FaultMatrix.assertClearFailure(failure, fault, name, PASSWORD, NEW_PASSWORD, CODE, CLIENT_SECRET,
					REFRESH_TOKEN, tokens.getAccessToken().getTokenValue(), DEVICE.getDevicePassword());
		}
		assertSignedInUnchanged(tokens, stored);
	}

	@ParameterizedTest(name = "{0} {1}")
	@MethodSource("signedInErrors")
	void signedInStepWhenCognitoErrorThenStillSignedInWithTheSameTokensAndDeviceAndTypedFailure(String operation,
			String errorCode, Class<? extends CognitoSessionException> type, String name,
			Consumer<AccountOperations> step) {
		CognitoTokens tokens = signedInWithDevice();
		SessionRecord stored = this.fixture.store.record();
		cognito.stubFor(operation(operation).willReturn(error(400, errorCode, "Cognito says no")));

		Throwable failure = catchThrowable(() -> step.accept(this.account));

		assertTypedFailure(failure, type, errorCode, name, PASSWORD, NEW_PASSWORD, CODE, CLIENT_SECRET, REFRESH_TOKEN,
				tokens.getAccessToken().getTokenValue(), DEVICE.getDevicePassword());
		assertThat(calls.count(operation)).isEqualTo(1);
		assertSignedInUnchanged(tokens, stored);
	}

	@ParameterizedTest
	@EnumSource(Fault.class)
	void autoSignInWhenFaultThenStillSignedOutSignUpStillPendingAndClearFailure(Fault fault) {
		cognito.stubFor(operation("SignUp")
			.willReturn(ok("{\"UserConfirmed\":false,\"UserSub\":\"sub-1\",\"Session\":\"" + SIGN_UP_SESSION + "\"}")));
		cognito.stubFor(operation("ConfirmSignUp").willReturn(ok("{\"Session\":\"" + CONFIRMED_SESSION + "\"}")));
		this.account.signUp("alice", PASSWORD, Map.of(), SignUpOptions.builder().autoSignIn(true).build());
		assertThat(this.account.confirmSignUp("alice", CODE).getNextStep()).isEqualTo(SignUpStep.COMPLETE_AUTO_SIGN_IN);
		Session confirmed = this.manager.currentSession();
		cognito.stubFor(operation("InitiateAuth").willReturn(fault.awsJson()));

		Throwable failure = catchThrowable(this.manager::autoSignIn);

		FaultMatrix.assertClearFailure(failure, fault, "sign-in", PASSWORD, CODE, CLIENT_SECRET, SIGN_UP_SESSION,
				CONFIRMED_SESSION);
		assertThat(calls.count("InitiateAuth")).isBetween(1, FaultMatrix.MAX_ATTEMPTS);
		assertThat(this.manager.currentSession()).as("the confirmed sign-up is still waiting").isEqualTo(confirmed);
		assertThat(this.manager.currentUserState()).isEqualTo(UserState.SIGNED_OUT);
		assertThat(this.fixture.store.record()).isNull();
		assertThat(this.fixture.events.events).isEmpty();
		// nothing is stuck: the auto sign-in can be tried again
		cognito.stubFor(operation("InitiateAuth").willReturn(ok(tokens())));
		assertThat(this.manager.autoSignIn().isDone()).isTrue();
		assertThat(this.manager.currentUserState()).isEqualTo(UserState.SIGNED_IN);
	}

	/**
	 * Whether a fault is in fact Cognito's complete answer: an HTTP 200 of an operation
	 * whose answer has no fields (the SDK reads no body), or an empty body of one whose
	 * fields are all optional.
	 */
	private static boolean answered(String operation, Fault fault) {
		boolean noFields = switch (operation) {
			case "ConfirmForgotPassword", "ChangePassword", "VerifyUserAttribute", "DeleteUserAttributes",
					"DeleteUser" ->
				true;
			default -> false;
		};
		return fault == Fault.EMPTY_BODY || (fault.isTimelyOk() && noFields);
	}

	/**
	 * Signed out; for {@code ConfirmSignUp}, with this session's sign-up waiting for its
	 * confirmation (so that the confirmation carries Cognito's session).
	 */
	private Session signedOutWithPendingSignUp(String operation) {
		if ("ConfirmSignUp".equals(operation)) {
			cognito.stubFor(operation("SignUp").willReturn(
					ok("{\"UserConfirmed\":false,\"UserSub\":\"sub-1\",\"Session\":\"" + SIGN_UP_SESSION + "\"}")));
			this.account.signUp("alice", PASSWORD, Map.of(), SignUpOptions.builder().autoSignIn(true).build());
			assertThat(this.manager.currentSession().pendingSignUp()).isNotNull();
		}
		return this.manager.currentSession();
	}

	private CognitoTokens signedInWithDevice() {
		this.devices.save("alice", DEVICE);
		cognito.stubFor(operation("InitiateAuth").willReturn(ok(tokens())));
		this.manager.signIn("alice", PASSWORD);
		assertThat(this.fixture.events.eventsOfType(UserStateChangedEvent.class)).isNotEmpty();
		this.fixture.events.events.clear();
		return this.manager.getTokens();
	}

	private void assertSignedInUnchanged(CognitoTokens tokens, SessionRecord stored) {
		assertThat(this.manager.currentUserState()).isEqualTo(UserState.SIGNED_IN);
		assertThat(this.manager.getTokens()).isSameAs(tokens);
		assertThat(this.fixture.store.record()).isEqualTo(stored);
		assertThat(this.devices.load("alice")).as("the device secrets are kept").contains(DEVICE);
		assertThat(this.fixture.events.events).isEmpty();
	}

	private static void assertTypedFailure(Throwable failure, Class<? extends CognitoSessionException> type,
			String errorCode, String name, String... secrets) {
		assertThat(failure).isInstanceOf(type);
		assertThat(((CognitoSessionException) failure).getErrorCode()).isEqualTo(errorCode);
		assertThat(failure.getMessage()).as("names the operation").containsIgnoringCase(name);
		FaultMatrix.assertNoSecret(failure, secrets);
	}

	private static Map<String, Arguments> steps(Stream<Arguments> steps) {
		return steps.collect(Collectors.toMap((step) -> (String) step.get()[0], (step) -> step));
	}

	private static Arguments errorCell(Map<String, Arguments> steps, String operation, String errorCode,
			Class<? extends CognitoSessionException> type) {
		Object[] step = steps.get(operation).get();
		return Arguments.of(operation, errorCode, type, step[1], step[2]);
	}

	private String tokens() {
		RawTokens raw = this.fixture.rawTokens("alice", REFRESH_TOKEN);
		return authenticationResult(raw.idToken(), raw.accessToken(), raw.refreshToken());
	}

}
