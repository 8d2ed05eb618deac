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

package io.github.cognitosession.local.hostedui;

import java.time.Instant;
import java.util.List;

import io.github.cognitosession.local.server.Json;
import io.github.cognitosession.local.userpool.AppClient;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The hosted UI's values never print their tokens.
 *
 * @author Cognito Session contributors
 */
class HostedUiSecretsTests {

	private final AppClient client = new AppClient("us-east-1_abc", "client-id", "s3cr3t-value", Instant.EPOCH,
			Instant.EPOCH,
			Json.object().put("ClientName", "web").set("CallbackURLs", Json.strings(List.of("http://127.0.0.1/cb"))));

	@Test
	void pendingLoginWhenPrintedThenHidesFormAndBrowserTokens() {
		AuthorizationRequest request = new AuthorizationRequest(this.client, "http://127.0.0.1/cb", "openid", "st",
				"no", "challenge-value", false);
		PendingLogin pending = new PendingLogin(request, "form-token-value", "browser-token-value", null);
		assertThat(pending.toString()).contains("client-id")
			.doesNotContain("form-token-value", "browser-token-value", "s3cr3t-value", "challenge-value");
	}

}
