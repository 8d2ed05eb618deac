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

package io.github.cognitosession.local.trigger;

import java.io.IOException;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.ServerSocket;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.function.Function;

import com.sun.net.httpserver.HttpServer;
import io.github.cognitosession.local.LocalCognito;
import io.github.cognitosession.local.Provisioned;
import io.github.cognitosession.local.Sdk;
import io.github.cognitosession.local.server.Json;
import io.github.cognitosession.local.standalone.LocalCognitoMain;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import software.amazon.awssdk.services.cognitoidentityprovider.CognitoIdentityProviderClient;
import software.amazon.awssdk.services.cognitoidentityprovider.model.InvalidLambdaResponseException;
import software.amazon.awssdk.services.cognitoidentityprovider.model.UnexpectedLambdaException;
import software.amazon.awssdk.services.cognitoidentityprovider.model.UserLambdaValidationException;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.node.ObjectNode;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatExceptionOfType;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;

/**
 * Triggers of the standalone emulator ({@code --trigger NAME=URL}) as HTTP webhooks: the
 * event is posted as Cognito's Lambda event JSON and the returned event's response
 * applies; failures are Cognito's Lambda errors. The webhook is a loopback server.
 *
 * @author Cognito Session contributors
 */
class WebhookTriggerTests {

	private final List<JsonNode> received = new CopyOnWriteArrayList<>();

	private volatile Answer answer = (event) -> new Reply(200, event.toString());

	private HttpServer webhook;

	@BeforeEach
	void startWebhook() throws IOException {
		this.webhook = HttpServer.create(new InetSocketAddress("127.0.0.1", 0), 0);
		this.webhook.createContext("/hook", (exchange) -> {
			JsonNode event = Json.MAPPER.readTree(exchange.getRequestBody().readAllBytes());
			this.received.add(event);
			Reply reply = this.answer.apply(event);
			byte[] body = reply.body().getBytes(StandardCharsets.UTF_8);
			exchange.getResponseHeaders().set("Content-Type", "application/json");
			exchange.sendResponseHeaders(reply.status(), body.length);
			exchange.getResponseBody().write(body);
			exchange.close();
		});
		this.webhook.start();
	}

	@AfterEach
	void stopWebhook() {
		this.webhook.stop(0);
	}

	@Test
	void webhookWhenItAnswersTheEventThenResponseAppliesAndEventIsCognitosJson() {
		this.answer = (event) -> {
			((ObjectNode) event.get("response")).put("autoConfirmUser", true);
			return new Reply(200, event.toString());
		};
		try (LocalCognito cognito = standalone("PreSignUp=" + url());
				CognitoIdentityProviderClient client = Sdk.userPools(cognito)) {
			Provisioned setup = cognito.provision().create();
			assertThat(client
				.signUp((request) -> request.clientId(setup.clientId()).username("alice").password("Passw0rd!"))
				.userConfirmed()).isTrue();
			assertThat(this.received).singleElement().satisfies((event) -> {
				assertThat(event.path("triggerSource").asString()).isEqualTo("PreSignUp_SignUp");
				assertThat(event.path("userPoolId").asString()).isEqualTo(setup.userPoolId());
				assertThat(event.path("userName").asString()).isEqualTo("alice");
				assertThat(event.path("callerContext").path("clientId").asString()).isEqualTo(setup.clientId());
				assertThat(event.path("request").has("userAttributes")).isTrue();
				assertThat(event.path("request").has("password")).isFalse();
			});
		}
	}

	@Test
	void webhookWhenItFailsLikeALambdaThenUserLambdaValidationExceptionWithItsMessage() {
		this.answer = (event) -> new Reply(400, "{\"errorType\":\"Error\",\"errorMessage\":\"Invites only\"}");
		try (LocalCognito cognito = standalone("PreSignUp=" + url());
				CognitoIdentityProviderClient client = Sdk.userPools(cognito)) {
			Provisioned setup = cognito.provision().create();
			assertThatExceptionOfType(UserLambdaValidationException.class)
				.isThrownBy(() -> client
					.signUp((request) -> request.clientId(setup.clientId()).username("bob").password("Passw0rd!")))
				.withMessageContaining("PreSignUp failed with error Invites only.");
		}
	}

	@Test
	void webhookWhenAnswerIsNotAnEventThenInvalidLambdaResponse() {
		this.answer = (event) -> new Reply(200, "[\"not an event\"]");
		try (LocalCognito cognito = standalone("PreSignUp=" + url());
				CognitoIdentityProviderClient client = Sdk.userPools(cognito)) {
			Provisioned setup = cognito.provision().create();
			assertThatExceptionOfType(InvalidLambdaResponseException.class)
				.isThrownBy(() -> client
					.signUp((request) -> request.clientId(setup.clientId()).username("carl").password("Passw0rd!")))
				.withMessageContaining("Unrecognizable lambda output");
		}
	}

	@Test
	void webhookWhenUnreachableThenUnexpectedLambdaException() throws IOException {
		int closedPort;
		try (ServerSocket socket = new ServerSocket(0, 1, InetAddress.getLoopbackAddress())) {
			closedPort = socket.getLocalPort();
		}
		try (LocalCognito cognito = standalone("PreSignUp=http://127.0.0.1:" + closedPort + "/hook");
				CognitoIdentityProviderClient client = Sdk.userPools(cognito)) {
			Provisioned setup = cognito.provision().create();
			assertThatExceptionOfType(UnexpectedLambdaException.class)
				.isThrownBy(() -> client
					.signUp((request) -> request.clientId(setup.clientId()).username("dora").password("Passw0rd!")))
				.withMessageContaining("PreSignUp invocation failed");
		}
	}

	@Test
	void triggerOptionWhenMalformedThenNamesTheProblem() {
		assertThatIllegalArgumentException()
			.isThrownBy(() -> LocalCognitoMain.parse(new String[] { "--trigger", "PreSignUp" }))
			.withMessageContaining("NAME=URL");
		assertThatIllegalArgumentException()
			.isThrownBy(() -> LocalCognitoMain.parse(new String[] { "--trigger", "PreLogin=http://127.0.0.1:1/" }))
			.withMessageContaining("unknown trigger 'PreLogin'")
			.withMessageContaining("PreTokenGeneration");
		assertThatIllegalArgumentException()
			.isThrownBy(() -> LocalCognitoMain.parse(new String[] { "--trigger", "PreSignUp=file:///etc/passwd" }))
			.withMessageContaining("http or https");
	}

	private LocalCognito standalone(String trigger) {
		return LocalCognitoMain.parse(new String[] { "--port", "0", "--trigger", trigger }).build().start();
	}

	private String url() {
		return "http://127.0.0.1:" + this.webhook.getAddress().getPort() + "/hook";
	}

	private interface Answer extends Function<JsonNode, Reply> {

	}

	private record Reply(int status, String body) {

	}

}
