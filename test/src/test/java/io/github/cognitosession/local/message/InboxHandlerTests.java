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

package io.github.cognitosession.local.message;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;

import io.github.cognitosession.local.Provisioned;
import io.github.cognitosession.local.UserPoolsClientExtension;
import io.github.cognitosession.local.junit.LocalCognitoExtension;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import software.amazon.awssdk.services.cognitoidentityprovider.model.AttributeType;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The outbox over HTTP ({@code GET /_local/inbox}) and from the JUnit extension: what a
 * user would have received, filtered by address or by user.
 *
 * @author Cognito Session contributors
 */
class InboxHandlerTests {

	@RegisterExtension
	static final LocalCognitoExtension cognito = LocalCognitoExtension.create();

	@RegisterExtension
	static final UserPoolsClientExtension userPools = UserPoolsClientExtension.on(cognito);

	private final HttpClient http = HttpClient.newHttpClient();

	@Test
	void getWhenFilteredByDestinationThenOnlyThatAddressesMessagesWithTheirCodes() throws Exception {
		Provisioned setup = cognito.provision().create();
		signUp(setup, "gus", "gus@example.com");
		signUp(setup, "hilda", "hilda@example.com");
		JsonNode inbox = get("?destination=" + "gus%40example.com");
		assertThat(inbox.get("Messages")).singleElement().satisfies((message) -> {
			assertThat(message.get("Username").asString()).isEqualTo("gus");
			assertThat(message.get("PoolId").asString()).isEqualTo(setup.userPoolId());
			assertThat(message.get("Purpose").asString()).isEqualTo("SIGN_UP");
			assertThat(message.get("DeliveryMedium").asString()).isEqualTo("EMAIL");
			assertThat(message.get("Destination").asString()).isEqualTo("gus@example.com");
			assertThat(message.get("Code").asString()).isEqualTo(cognito.lastCode(setup.userPoolId(), "gus"));
		});
		assertThat(cognito.inbox("hilda@example.com")).singleElement()
			.extracting(Message::code)
			.isEqualTo(cognito.lastCode(setup.userPoolId(), "hilda"));
		assertThat(get("?username=hilda&poolId=" + setup.userPoolId()).get("Messages")).hasSize(1);
	}

	@Test
	void postWhenAskedThenMethodNotAllowed() throws Exception {
		HttpResponse<String> response = this.http.send(HttpRequest.newBuilder(URI.create(cognito.cognito().inboxUri()))
			.POST(HttpRequest.BodyPublishers.noBody())
			.build(), HttpResponse.BodyHandlers.ofString());
		assertThat(response.statusCode()).isEqualTo(405);
	}

	private JsonNode get(String query) throws IOException, InterruptedException {
		HttpResponse<String> response = this.http.send(
				HttpRequest.newBuilder(URI.create(cognito.cognito().inboxUri() + query)).GET().build(),
				HttpResponse.BodyHandlers.ofString());
		assertThat(response.statusCode()).isEqualTo(200);
		return JsonMapper.builder().build().readTree(response.body());
	}

	private static void signUp(Provisioned setup, String username, String email) {
		userPools.client()
			.signUp((request) -> request.clientId(setup.clientId())
				.username(username)
				.password("Passw0rd-user")
				.userAttributes(AttributeType.builder().name("email").value(email).build()));
	}

}
