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

import io.github.cognitosession.exception.CognitoSessionException;
import io.github.cognitosession.exception.CognitoUnavailableException;
import io.github.cognitosession.exception.ThrottledException;
import io.github.cognitosession.token.RefreshFailureClassifier.Kind;
import org.junit.jupiter.api.Test;
import software.amazon.awssdk.awscore.exception.AwsErrorDetails;
import software.amazon.awssdk.awscore.exception.AwsServiceException;
import software.amazon.awssdk.core.exception.SdkClientException;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Tests for {@link RefreshFailureClassifier}.
 *
 * @author Cognito Session contributors
 */
class RefreshFailureClassifierTests {

	private final RefreshFailureClassifier classifier = new RefreshFailureClassifier();

	private static AwsServiceException service(String code, int status) {
		return AwsServiceException.builder()
			.awsErrorDetails(AwsErrorDetails.builder().errorCode(code).build())
			.statusCode(status)
			.build();
	}

	@Test
	void classifyWhenRefreshTokenRejectedThenTokenRejected() {
		assertThat(this.classifier.classify(service("NotAuthorizedException", 400))).isEqualTo(Kind.TOKEN_REJECTED);
		assertThat(this.classifier.classify(service("RefreshTokenReuseException", 400))).isEqualTo(Kind.TOKEN_REJECTED);
		assertThat(this.classifier.classify(service("UserNotFoundException", 400))).isEqualTo(Kind.TOKEN_REJECTED);
	}

	@Test
	void classifyWhenThrottledThenThrottled() {
		assertThat(this.classifier.classify(service("TooManyRequestsException", 400))).isEqualTo(Kind.THROTTLED);
		assertThat(this.classifier.classify(service("LimitExceededException", 400))).isEqualTo(Kind.THROTTLED);
		assertThat(this.classifier.classify(new ThrottledException("TooManyRequestsException", "slow down", null)))
			.isEqualTo(Kind.THROTTLED);
	}

	@Test
	void classifyWhenNetworkOrServerErrorThenUnavailable() {
		assertThat(this.classifier.classify(SdkClientException.create("Connection reset"))).isEqualTo(Kind.UNAVAILABLE);
		assertThat(this.classifier.classify(service("InternalErrorException", 500))).isEqualTo(Kind.UNAVAILABLE);
		assertThat(this.classifier.classify(new CognitoUnavailableException("SdkClientException", "down", null)))
			.isEqualTo(Kind.UNAVAILABLE);
	}

	@Test
	void classifyWhenTranslatedServiceErrorThenUsesItsErrorCode() {
		assertThat(this.classifier.classify(new CognitoSessionException("NotAuthorizedException", "revoked")))
			.isEqualTo(Kind.TOKEN_REJECTED);
		assertThat(this.classifier
			.classify(new CognitoSessionException("Wrapped", "wrapped", SdkClientException.create("reset"))))
			.isEqualTo(Kind.UNAVAILABLE);
	}

	@Test
	void classifyWhenOtherClientErrorThenOther() {
		assertThat(this.classifier.classify(service("InvalidParameterException", 400))).isEqualTo(Kind.OTHER);
		assertThat(this.classifier.classify(new IllegalStateException("bug"))).isEqualTo(Kind.OTHER);
	}

}
