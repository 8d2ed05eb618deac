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
package io.github.cognitosession.token;

import java.util.Set;

import io.github.cognitosession.exception.CognitoSessionException;
import io.github.cognitosession.exception.CognitoUnavailableException;
import io.github.cognitosession.exception.ThrottledException;
import software.amazon.awssdk.awscore.exception.AwsServiceException;
import software.amazon.awssdk.core.exception.SdkClientException;

/**
 * Decides what a failed refresh means for the session: only a rejected refresh token
 * signs the user out; network errors, throttling and server errors never do.
 *
 * @author Cognito Session contributors
 */
public final class RefreshFailureClassifier {

	private static final Set<String> TOKEN_REJECTED = Set.of("NotAuthorizedException", "RefreshTokenReuseException",
			"UserNotFoundException");

	private static final Set<String> THROTTLING = Set.of("TooManyRequestsException", "LimitExceededException",
			"TooManyFailedAttemptsException", "ThrottlingException");

	/**
	 * Classify a refresh failure.
	 * @param failure what the refresh threw
	 * @return the kind of failure
	 */
	public Kind classify(Throwable failure) {
		for (Throwable current = failure; current != null; current = current.getCause()) {
			Kind kind = classifyOne(current);
			if (kind != null) {
				return kind;
			}
			if (current.getCause() == current) {
				break;
			}
		}
		return Kind.OTHER;
	}

	private Kind classifyOne(Throwable failure) {
		if (failure instanceof ThrottledException) {
			return Kind.THROTTLED;
		}
		if (failure instanceof CognitoUnavailableException) {
			return Kind.UNAVAILABLE;
		}
		if (failure instanceof AwsServiceException service) {
			String code = (service.awsErrorDetails() != null) ? service.awsErrorDetails().errorCode() : null;
			Kind kind = classifyCode(code);
			if (kind != null) {
				return kind;
			}
			if (service.isThrottlingException()) {
				return Kind.THROTTLED;
			}
			return (service.statusCode() >= 500 || "InternalErrorException".equals(code)) ? Kind.UNAVAILABLE
					: Kind.OTHER;
		}
		if (failure instanceof SdkClientException) {
			return Kind.UNAVAILABLE;
		}
		if (failure instanceof CognitoSessionException session) {
			// A translated service error keeps Cognito's exception name as its code.
			return classifyCode(session.getErrorCode());
		}
		return null;
	}

	private Kind classifyCode(String code) {
		if (code == null) {
			return null;
		}
		if (TOKEN_REJECTED.contains(code)) {
			return Kind.TOKEN_REJECTED;
		}
		if (THROTTLING.contains(code)) {
			return Kind.THROTTLED;
		}
		return null;
	}

	/**
	 * What a refresh failure means for the session.
	 */
	public enum Kind {

		/**
		 * The refresh token is invalid, revoked or expired, or the user is gone: the user
		 * must sign in again.
		 */
		TOKEN_REJECTED,

		/** Cognito throttled the request: keep the session, retry later. */
		THROTTLED,

		/** Network error or server-side failure: keep the session, retry later. */
		UNAVAILABLE,

		/** Anything else (e.g. a configuration error): keep the session, report it. */
		OTHER

	}

}
