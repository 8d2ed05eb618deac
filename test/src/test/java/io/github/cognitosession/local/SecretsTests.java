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

package io.github.cognitosession.local;

import java.time.Duration;

import io.github.cognitosession.local.code.DeliveredCode;
import io.github.cognitosession.local.fault.Fault;
import io.github.cognitosession.local.userpool.AppClient;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Value types that hold secrets never print them.
 *
 * @author Cognito Session contributors
 */
class SecretsTests {

	@Test
	void appClientWhenPrintedThenHidesSecret() {
		AppClient client = AppClient.builder("us-east-1_abc", "client-id")
			.clientSecret("s3cr3t-value")
			.refreshTokenRotation(true, Duration.ofSeconds(5))
			.build();
		assertThat(client.toString()).contains("client-id").doesNotContain("s3cr3t-value");
	}

	@Test
	void deliveredCodeWhenPrintedThenHidesCode() {
		DeliveredCode code = new DeliveredCode("us-east-1_abc", "alice", DeliveredCode.Purpose.SMS_MFA, "123456");
		assertThat(code.toString()).contains("alice").doesNotContain("123456");
	}

	@Test
	void faultWhenPrintedThenNamesKindAndError() {
		assertThat(Fault.error("TooManyRequestsException", "Rate exceeded").toString())
			.contains("TooManyRequestsException");
	}

	@Test
	void localCognitoWhenStoppedThenPrintsState() {
		assertThat(LocalCognito.builder().build().toString()).contains("stopped");
	}

}
