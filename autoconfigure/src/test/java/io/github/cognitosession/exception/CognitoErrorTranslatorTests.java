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
package io.github.cognitosession.exception;

import java.util.stream.Stream;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.junit.jupiter.params.provider.ValueSource;
import software.amazon.awssdk.awscore.exception.AwsErrorDetails;
import software.amazon.awssdk.awscore.exception.AwsServiceException;
import software.amazon.awssdk.core.exception.ApiCallTimeoutException;
import software.amazon.awssdk.core.exception.SdkClientException;
import software.amazon.awssdk.core.exception.SdkException;
import software.amazon.awssdk.services.cognitoidentityprovider.model.CognitoIdentityProviderException;
import software.amazon.awssdk.services.cognitoidentityprovider.model.NotAuthorizedException;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Tests for {@link CognitoErrorTranslator}.
 *
 * @author Cognito Session contributors
 */
class CognitoErrorTranslatorTests {

	static Stream<Arguments> serviceErrors() {
		return Stream.of(Arguments.of("NotAuthorizedException", 400, InvalidCredentialsException.class),
				Arguments.of("RefreshTokenReuseException", 400, InvalidCredentialsException.class),
				Arguments.of("UserNotFoundException", 400, UserNotFoundException.class),
				Arguments.of("UserNotConfirmedException", 400, UserNotConfirmedException.class),
				Arguments.of("PasswordResetRequiredException", 400, PasswordResetRequiredException.class),
				Arguments.of("CodeMismatchException", 400, CodeMismatchException.class),
				Arguments.of("ExpiredCodeException", 400, ExpiredCodeException.class),
				Arguments.of("UsernameExistsException", 400, UsernameExistsException.class),
				Arguments.of("AliasExistsException", 400, AliasExistsException.class),
				Arguments.of("CodeDeliveryFailureException", 400, CodeDeliveryFailureException.class),
				Arguments.of("EnableSoftwareTokenMFAException", 400, CodeMismatchException.class),
				Arguments.of("InvalidPasswordException", 400, InvalidPasswordException.class),
				Arguments.of("TooManyRequestsException", 400, ThrottledException.class),
				Arguments.of("LimitExceededException", 400, AttemptLimitExceededException.class),
				Arguments.of("TooManyFailedAttemptsException", 400, AttemptLimitExceededException.class),
				Arguments.of("InternalErrorException", 500, CognitoUnavailableException.class),
				Arguments.of("ServiceUnavailable", 503, CognitoUnavailableException.class),
				Arguments.of("InvalidParameterException", 400, CognitoSessionException.class));
	}

	@ParameterizedTest(name = "{0} -> {2}")
	@MethodSource("serviceErrors")
	void translateWhenServiceErrorThenMatchingTypeWithCodeAndCause(String code, int status,
			Class<? extends CognitoSessionException> type) {
		AwsServiceException error = serviceError(code, "details from Cognito", status);
		CognitoSessionException translated = CognitoErrorTranslator.translate(error, "token refresh");
		assertThat(translated).isExactlyInstanceOf(type).hasCause(error);
		assertThat(translated.getErrorCode()).isEqualTo(code);
		assertThat(translated.getMessage()).contains("token refresh");
	}

	@Test
	void translateWhenNotAuthorizedOnSignInThenIncorrectUsernameOrPassword() {
		NotAuthorizedException error = NotAuthorizedException.builder()
			.awsErrorDetails(AwsErrorDetails.builder()
				.errorCode("NotAuthorizedException")
				.errorMessage("Incorrect username or password.")
				.build())
			.statusCode(400)
			.build();
		assertThat(CognitoErrorTranslator.translate(error, CognitoErrorTranslator.SIGN_IN))
			.isInstanceOf(InvalidCredentialsException.class)
			.hasMessage("Incorrect username or password");
	}

	@Test
	void translateWhenNotAuthorizedOnSignInForMissingSecretThenNamesTheSecretNotThePassword() {
		CognitoSessionException translated = CognitoErrorTranslator.translate(
				serviceError("NotAuthorizedException",
						"Client 1example23456789 is configured for secret but secret was not received", 400),
				CognitoErrorTranslator.SIGN_IN);
		assertThat(translated).isInstanceOf(InvalidCredentialsException.class)
			.hasMessage("Cognito refused the sign-in: Client 1example23456789 is configured for secret but secret "
					+ "was not received (check cognito.user-pool.client-secret)");
	}

	@Test
	void translateWhenNotAuthorizedOnSignInForDisabledUserThenKeepsCognitosReason() {
		assertThat(CognitoErrorTranslator.translate(serviceError("NotAuthorizedException", "User is disabled.", 400),
				CognitoErrorTranslator.SIGN_IN))
			.isInstanceOf(InvalidCredentialsException.class)
			.hasMessage("Cognito refused the sign-in: User is disabled.");
	}

	@Test
	void translateWhenNetworkErrorThenUnavailableWithCodeOfExceptionType() {
		SdkClientException error = SdkClientException.create("Unable to execute HTTP request: Connection refused");
		CognitoSessionException translated = CognitoErrorTranslator.translate(error, "sign-in");
		assertThat(translated).isInstanceOf(CognitoUnavailableException.class)
			.hasMessageContaining("could not be reached")
			.hasMessageContaining("Connection refused");
		assertThat(translated.getErrorCode()).isEqualTo("SdkClientException");
	}

	@Test
	void translateWhenGenericErrorThenMessageHasCognitoReasonOnOneLine() {
		CognitoSessionException translated = CognitoErrorTranslator.translate(
				serviceError("InvalidParameterException", "USER_SRP_AUTH is not enabled for the client.\nmore", 400),
				"sign-in");
		assertThat(translated.getMessage()).isEqualTo(
				"Cognito rejected the sign-in (InvalidParameterException): USER_SRP_AUTH is not enabled for the client.");
	}

	@Test
	void translateWhenPasswordPolicyRefusesThenInvalidPasswordWithCognitosReason() {
		assertThat(CognitoErrorTranslator.translate(
				serviceError("InvalidPasswordException",
						"Password did not conform with policy: Password must have uppercase characters", 400),
				"sign-up"))
			.isInstanceOf(InvalidPasswordException.class)
			.hasMessage("The password does not satisfy the user pool's password policy (sign-up): Password did not "
					+ "conform with policy: Password must have uppercase characters");
	}

	@Test
	void translateWhenWrongCurrentPasswordOnPasswordChangeThenNamesTheCurrentPassword() {
		assertThat(CognitoErrorTranslator.translate(
				serviceError("NotAuthorizedException", "Incorrect username or password.", 400),
				CognitoErrorTranslator.CHANGE_PASSWORD))
			.isInstanceOf(InvalidCredentialsException.class)
			.hasMessage("The current password is incorrect (password change)");
	}

	@Test
	void translateWhenAttemptLimitExceededThenTellsToWaitWithCognitosReason() {
		assertThat(CognitoErrorTranslator.translate(
				serviceError("LimitExceededException", "Attempt limit exceeded, please try after some time.", 400),
				"password reset request"))
			.isInstanceOf(ThrottledException.class)
			.hasMessage("Too many attempts during password reset request (LimitExceededException); wait before "
					+ "trying again: Attempt limit exceeded, please try after some time.");
	}

	@Test
	void translateWhenExpiredCodeThenAlsoACodeMismatchAskingForANewCode() {
		assertThat(CognitoErrorTranslator.translate(
				serviceError("ExpiredCodeException", "Invalid code provided, please request a code again.", 400),
				"sign-up confirmation"))
			.isInstanceOf(CodeMismatchException.class)
			.hasMessage("The code has expired during sign-up confirmation; request a new one");
	}

	@Test
	void translateWhenCodeDeliveryFailsThenNamesTheDelivery() {
		assertThat(CognitoErrorTranslator
			.translate(serviceError("CodeDeliveryFailureException", "Unable to deliver message", 400), "sign-up"))
			.hasMessage("Cognito could not send the code during sign-up: Unable to deliver message");
	}

	@Test
	void translateWhenThrottledThenMessageDoesNotRepeatServiceText() {
		CognitoSessionException translated = CognitoErrorTranslator
			.translate(serviceError("TooManyRequestsException", "Rate exceeded for token abc.def.ghi", 400), "sign-in");
		assertThat(translated.getMessage()).doesNotContain("abc.def.ghi");
	}

	@ParameterizedTest
	@ValueSource(strings = { "NotAuthorizedException", "RefreshTokenReuseException", "UserNotFoundException" })
	void isRefreshTokenRejectedWhenTokenRejectedThenTrue(String code) {
		AwsServiceException error = serviceError(code, "Refresh Token has been revoked", 400);
		assertThat(CognitoErrorTranslator.isRefreshTokenRejected(error)).isTrue();
		assertThat(CognitoErrorTranslator.isTransient(error)).isFalse();
	}

	static Stream<SdkException> transientErrors() {
		return Stream.of(SdkClientException.create("Connection reset"), ApiCallTimeoutException.create(1000L),
				serviceError("TooManyRequestsException", "Rate exceeded", 400),
				serviceError("LimitExceededException", "limit", 400),
				serviceError("InternalErrorException", "oops", 500), serviceError("BadGateway", "", 502));
	}

	@ParameterizedTest
	@MethodSource("transientErrors")
	void isRefreshTokenRejectedWhenTransientThenFalse(SdkException error) {
		assertThat(CognitoErrorTranslator.isRefreshTokenRejected(error)).isFalse();
		assertThat(CognitoErrorTranslator.isTransient(error)).isTrue();
	}

	@Test
	void isRefreshTokenRejectedWhenOtherClientErrorThenNeither() {
		AwsServiceException error = serviceError("InvalidParameterException", "bad", 400);
		assertThat(CognitoErrorTranslator.isRefreshTokenRejected(error)).isFalse();
		assertThat(CognitoErrorTranslator.isTransient(error)).isFalse();
	}

	@Test
	void errorCodeWhenNoErrorDetailsThenClassName() {
		assertThat(CognitoErrorTranslator.errorCode(SdkClientException.create("x"))).isEqualTo("SdkClientException");
	}

	private static AwsServiceException serviceError(String code, String message, int status) {
		return CognitoIdentityProviderException.builder()
			.awsErrorDetails(AwsErrorDetails.builder().errorCode(code).errorMessage(message).build())
			.message(message)
			.statusCode(status)
			.build();
	}

}
