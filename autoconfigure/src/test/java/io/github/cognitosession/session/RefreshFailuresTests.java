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

import java.io.IOException;
import java.io.UncheckedIOException;

import io.github.cognitosession.exception.CognitoSessionException;
import io.github.cognitosession.exception.CognitoUnavailableException;
import io.github.cognitosession.exception.ThrottledException;
import io.github.cognitosession.token.RefreshFailureClassifier;
import org.junit.jupiter.api.Test;
import software.amazon.awssdk.awscore.exception.AwsErrorDetails;
import software.amazon.awssdk.awscore.exception.AwsServiceException;
import software.amazon.awssdk.core.exception.SdkClientException;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Tests for {@link RefreshFailures}.
 *
 * @author Cognito Session contributors
 */
class RefreshFailuresTests {

	@Test
	void errorCodeWhenServiceExceptionThenItsErrorCode() {
		AwsServiceException failure = AwsServiceException.builder()
			.awsErrorDetails(AwsErrorDetails.builder().errorCode("TooManyRequestsException").build())
			.build();

		assertThat(RefreshFailures.errorCode(failure)).isEqualTo("TooManyRequestsException");
	}

	@Test
	void errorCodeWhenOtherExceptionThenItsClassName() {
		assertThat(RefreshFailures.errorCode(new IllegalStateException("secret-refresh-token")))
			.isEqualTo("IllegalStateException");
	}

	@Test
	void translateWhenCognitoSessionExceptionThenSameException() {
		CognitoSessionException failure = new ThrottledException("TooManyRequestsException", "throttled", null);

		assertThat(RefreshFailures.translate(RefreshFailureClassifier.Kind.THROTTLED, failure)).isSameAs(failure);
	}

	@Test
	void translateWhenSdkClientExceptionThenUnavailable() {
		SdkClientException failure = SdkClientException.create("connection refused");

		assertThat(RefreshFailures.translate(RefreshFailureClassifier.Kind.UNAVAILABLE, failure))
			.isInstanceOf(CognitoUnavailableException.class)
			.hasCause(failure);
	}

	@Test
	void translateWhenOtherUnavailableFailureThenUnavailableWithoutItsMessage() {
		UncheckedIOException failure = new UncheckedIOException("secret-refresh-token", new IOException("reset"));

		assertThat(RefreshFailures.translate(RefreshFailureClassifier.Kind.UNAVAILABLE, failure))
			.isInstanceOf(CognitoUnavailableException.class)
			.hasMessageNotContaining("secret-refresh-token")
			.hasCause(failure);
	}

	@Test
	void translateWhenOtherFailureThenCognitoSessionExceptionNamingTheCode() {
		IllegalStateException failure = new IllegalStateException("secret-refresh-token");

		assertThat(RefreshFailures.translate(RefreshFailureClassifier.Kind.OTHER, failure))
			.isExactlyInstanceOf(CognitoSessionException.class)
			.hasMessage("Token refresh failed (IllegalStateException)")
			.hasCause(failure);
	}

}
