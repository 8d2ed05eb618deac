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

import io.github.cognitosession.exception.CognitoErrorTranslator;
import io.github.cognitosession.exception.CognitoSessionException;
import io.github.cognitosession.exception.CognitoUnavailableException;
import io.github.cognitosession.exception.ThrottledException;
import io.github.cognitosession.token.RefreshFailureClassifier;
import software.amazon.awssdk.awscore.exception.AwsServiceException;
import software.amazon.awssdk.core.exception.SdkException;

/**
 * Turns a failed token refresh into the exception the caller sees, and names its error
 * code for log lines without the message (which may quote a request).
 *
 * @author Cognito Session contributors
 */
final class RefreshFailures {

	private RefreshFailures() {
	}

	static RuntimeException translate(RefreshFailureClassifier.Kind kind, RuntimeException failure) {
		if (failure instanceof CognitoSessionException) {
			return failure;
		}
		if (failure instanceof SdkException sdkException) {
			return CognitoErrorTranslator.translate(sdkException, "token refresh");
		}
		return switch (kind) {
			case THROTTLED -> new ThrottledException(errorCode(failure),
					"Cognito throttled the token refresh; try again later", failure);
			case UNAVAILABLE -> new CognitoUnavailableException(errorCode(failure),
					"Cognito could not be reached to refresh the tokens (" + errorCode(failure) + ")", failure);
			default -> new CognitoSessionException(errorCode(failure),
					"Token refresh failed (" + errorCode(failure) + ")", failure);
		};
	}

	static String errorCode(Throwable failure) {
		if (failure instanceof AwsServiceException service && service.awsErrorDetails() != null
				&& service.awsErrorDetails().errorCode() != null) {
			return service.awsErrorDetails().errorCode();
		}
		if (failure instanceof CognitoSessionException session && session.getErrorCode() != null) {
			return session.getErrorCode();
		}
		return failure.getClass().getSimpleName();
	}

}
