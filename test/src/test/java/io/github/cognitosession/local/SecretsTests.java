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
import java.time.Instant;

import io.github.cognitosession.local.fault.Fault;
import io.github.cognitosession.local.message.Message;
import io.github.cognitosession.local.userpool.AppClient;
import io.github.cognitosession.local.userpool.TokenValidity;
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
		AppClient client = new AppClient("us-east-1_abc", "client-id", "s3cr3t-value", Instant.EPOCH, Instant.EPOCH,
				AppClient.settings("app", TokenValidity.of(Duration.ofHours(1)), TokenValidity.of(Duration.ofHours(1)),
						TokenValidity.of(Duration.ofDays(30))));
		assertThat(client.toString()).contains("client-id").doesNotContain("s3cr3t-value");
	}

	@Test
	void messageWhenPrintedThenHidesCodeAndDestination() {
		Message message = new Message("us-east-1_abc", "alice", Message.Purpose.SMS_MFA, Message.DeliveryMedium.SMS,
				"+12065551234", "123456");
		assertThat(message.toString()).contains("alice").doesNotContain("123456").doesNotContain("2065551234");
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
