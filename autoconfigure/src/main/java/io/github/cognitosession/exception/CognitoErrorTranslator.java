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

import java.util.Locale;
import java.util.Set;
import java.util.function.Supplier;

import software.amazon.awssdk.awscore.exception.AwsServiceException;
import software.amazon.awssdk.core.exception.SdkException;

import org.springframework.util.Assert;
import org.springframework.util.StringUtils;

/**
 * Turns AWS SDK exceptions from Cognito calls into this library's exception hierarchy,
 * and tells a rejected refresh token (the session is over) from a transient fault (the
 * session stays). Shared by sign-in, refresh and sign-out so that every component
 * classifies errors the same way.
 * <p>
 * Messages name the operation and Cognito's error code. They never contain request
 * values: a generic service error adds Cognito's own message, which does not echo
 * passwords, tokens or secrets.
 *
 * @author Cognito Session contributors
 */
public final class CognitoErrorTranslator {

	/**
	 * Operation name for the password step of a sign-in: {@code NotAuthorizedException}
	 * then means a wrong username or password.
	 */
	public static final String SIGN_IN = "sign-in";

	/**
	 * Operation name for answering a sign-in challenge: {@code NotAuthorizedException}
	 * then usually means the challenge session expired.
	 */
	public static final String CONFIRM_SIGN_IN = "sign-in challenge";

	/**
	 * Operation name for a signed-in user's password change:
	 * {@code NotAuthorizedException} then means the current password is wrong.
	 */
	public static final String CHANGE_PASSWORD = "password change";

	private static final String NOT_AUTHORIZED = "NotAuthorizedException";

	private static final String INCORRECT_USERNAME_OR_PASSWORD = "Incorrect username or password";

	private static final Set<String> ATTEMPT_LIMITS = Set.of("LimitExceededException",
			"TooManyFailedAttemptsException");

	private static final Set<String> THROTTLING = Set.of("TooManyRequestsException", "LimitExceededException",
			"TooManyFailedAttemptsException", "ThrottlingException");

	private static final Set<String> REFRESH_TOKEN_REJECTED = Set.of(NOT_AUTHORIZED, "RefreshTokenReuseException",
			"UserNotFoundException");

	private static final int MAX_DETAIL_LENGTH = 200;

	private CognitoErrorTranslator() {
	}

	/**
	 * Make a call to a Cognito SDK client, translating what it throws.
	 * @param <T> the result type
	 * @param call the SDK call
	 * @param operation what is being done, for the message
	 * @return the call's result
	 * @throws CognitoSessionException the translated SDK exception
	 */
	public static <T> T call(Supplier<T> call, String operation) {
		try {
			return call.get();
		}
		catch (SdkException ex) {
			throw translate(ex, operation);
		}
	}

	/**
	 * Translate an SDK exception.
	 * @param ex the exception the SDK client threw
	 * @param operation what was being done, for the message (e.g. {@link #SIGN_IN},
	 * {@code "token refresh"}, {@code "global sign-out"})
	 * @return the exception to throw, with {@code ex} as its cause
	 */
	public static CognitoSessionException translate(SdkException ex, String operation) {
		Assert.notNull(ex, "ex cannot be null");
		Assert.hasText(operation, "operation cannot be empty");
		String code = errorCode(ex);
		if (!(ex instanceof AwsServiceException serviceException)) {
			return new CognitoUnavailableException(code,
					"Cognito could not be reached during " + operation + detail(ex.getMessage()), ex);
		}
		if (serviceException.statusCode() >= 500 || "InternalErrorException".equals(code)) {
			return new CognitoUnavailableException(code, "Cognito failed on its side during " + operation + " (" + code
					+ ", HTTP " + serviceException.statusCode() + "); try again later", ex);
		}
		if (ATTEMPT_LIMITS.contains(code)) {
			return new AttemptLimitExceededException(code, "Too many attempts during " + operation + " (" + code
					+ "); wait before trying again" + detail(serviceMessage(serviceException)), ex);
		}
		if (THROTTLING.contains(code) || serviceException.isThrottlingException()) {
			return new ThrottledException(code,
					"Cognito throttled the " + operation + " (" + code + "); try again later", ex);
		}
		return switch (code) {
			case NOT_AUTHORIZED -> new InvalidCredentialsException(code,
					notAuthorizedMessage(operation, serviceMessage(serviceException)), ex);
			case "RefreshTokenReuseException" -> new InvalidCredentialsException(code,
					"The refresh token was already rotated and its grace period is over (" + operation + ")", ex);
			case "UserNotFoundException" ->
				new UserNotFoundException(code, "User does not exist (" + operation + ")", ex);
			case "UserNotConfirmedException" -> new UserNotConfirmedException(code,
					"User is not confirmed: confirm the sign-up before " + operation, ex);
			case "PasswordResetRequiredException" -> new PasswordResetRequiredException(code,
					"Password reset required: reset the password before " + operation, ex);
			case "CodeMismatchException" ->
				new CodeMismatchException(code, "Invalid code during " + operation + "; check it and try again", ex);
			case "EnableSoftwareTokenMFAException" ->
				new CodeMismatchException(code, "The authenticator code is wrong or out of date during " + operation
						+ "; check the device's clock and enter the current code", ex);
			case "ExpiredCodeException" ->
				new ExpiredCodeException(code, "The code has expired during " + operation + "; request a new one", ex);
			case "UsernameExistsException" -> new UsernameExistsException(code,
					"An account with this username already exists (" + operation + ")", ex);
			case "AliasExistsException" -> new AliasExistsException(code,
					"The e-mail address or phone number is already used by another account (" + operation + ")", ex);
			case "CodeDeliveryFailureException" -> new CodeDeliveryFailureException(code,
					"Cognito could not send the code during " + operation + detail(serviceMessage(serviceException)),
					ex);
			case "InvalidPasswordException" ->
				new InvalidPasswordException(code, "The password does not satisfy the user pool's password policy ("
						+ operation + ")" + detail(serviceMessage(serviceException)), ex);
			default -> new CognitoSessionException(code,
					"Cognito rejected the " + operation + " (" + code + ")" + detail(serviceMessage(serviceException)),
					ex);
		};
	}

	/**
	 * Whether a refresh failed because the refresh token itself is no longer valid
	 * (expired, revoked, reused after rotation, or its user deleted), so that signing in
	 * again is the only way on. Network errors, throttling and 5xx are not.
	 * @param ex the exception from the refresh call
	 * @return {@code true} if the refresh token was rejected
	 */
	public static boolean isRefreshTokenRejected(SdkException ex) {
		return ex instanceof AwsServiceException serviceException && !isTransient(ex)
				&& REFRESH_TOKEN_REJECTED.contains(errorCode(serviceException));
	}

	/**
	 * Whether the failure is transient: network faults, timeouts, throttling, 5xx and
	 * {@code InternalErrorException}. A transient failure must never end a session.
	 * @param ex the exception
	 * @return {@code true} if trying again later may succeed
	 */
	public static boolean isTransient(SdkException ex) {
		// Anything that is not a service answer (network, timeout, client-side fault)
		// says
		// nothing about the session, matching translate()
		if (!(ex instanceof AwsServiceException serviceException)) {
			return true;
		}
		String code = errorCode(serviceException);
		return serviceException.statusCode() >= 500 || "InternalErrorException".equals(code)
				|| THROTTLING.contains(code) || serviceException.isThrottlingException();
	}

	/**
	 * Cognito's error code ({@code __type}, e.g. {@code NotAuthorizedException}), or the
	 * exception's class name when the service gave none.
	 * @param ex the exception
	 * @return the error code
	 */
	public static String errorCode(SdkException ex) {
		if (ex instanceof AwsServiceException serviceException && serviceException.awsErrorDetails() != null
				&& StringUtils.hasText(serviceException.awsErrorDetails().errorCode())) {
			return serviceException.awsErrorDetails().errorCode();
		}
		return ex.getClass().getSimpleName();
	}

	private static String notAuthorizedMessage(String operation, String serviceMessage) {
		if (SIGN_IN.equals(operation)) {
			return signInNotAuthorizedMessage(serviceMessage);
		}
		if (CONFIRM_SIGN_IN.equals(operation)) {
			return "Cognito rejected the challenge answer or the sign-in session expired; sign in again";
		}
		if (CHANGE_PASSWORD.equals(operation) && StringUtils.hasText(serviceMessage)
				&& serviceMessage.startsWith(INCORRECT_USERNAME_OR_PASSWORD)) {
			return "The current password is incorrect (" + operation + ")";
		}
		return "Cognito rejected the credentials or token during " + operation + " (" + NOT_AUTHORIZED + ")";
	}

	/**
	 * Cognito says "not authorized" for more than a wrong password: a missing or wrong
	 * client secret, a disabled user, too many attempts. Blaming the password then sends
	 * the user the wrong way, so Cognito's reason is kept when it is another one.
	 */
	private static String signInNotAuthorizedMessage(String serviceMessage) {
		if (!StringUtils.hasText(serviceMessage) || serviceMessage.startsWith(INCORRECT_USERNAME_OR_PASSWORD)) {
			return INCORRECT_USERNAME_OR_PASSWORD;
		}
		String message = "Cognito refused the sign-in" + detail(serviceMessage);
		if (serviceMessage.toLowerCase(Locale.ROOT).contains("secret")) {
			return message + " (check cognito.user-pool.client-secret)";
		}
		return message;
	}

	private static String serviceMessage(AwsServiceException ex) {
		return (ex.awsErrorDetails() != null) ? ex.awsErrorDetails().errorMessage() : null;
	}

	private static String detail(String message) {
		if (!StringUtils.hasText(message)) {
			return "";
		}
		String line = message.lines().findFirst().orElse("").strip();
		return ": " + ((line.length() > MAX_DETAIL_LENGTH) ? line.substring(0, MAX_DETAIL_LENGTH) + "..." : line);
	}

}
