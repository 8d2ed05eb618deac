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
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.net.http.HttpTimeoutException;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.Objects;

import io.github.cognitosession.local.server.Json;
import tools.jackson.core.JacksonException;
import tools.jackson.databind.JsonNode;

/**
 * A trigger served over HTTP, for the standalone emulator: the event is POSTed as JSON,
 * and the answer is the event with its {@code response} filled in (as a Lambda function
 * returns it). A non-2xx answer fails the operation with its {@code errorMessage} (the
 * shape of a Lambda error) or body; 5 seconds without an answer is a failure, as with
 * Cognito's Lambda triggers.
 *
 * @author Cognito Session contributors
 */
public final class WebhookTrigger implements Trigger {

	/** How long Cognito waits for a trigger. */
	static final Duration TIMEOUT = Duration.ofSeconds(5);

	private static final int MAX_MESSAGE = 200;

	private static final HttpClient http = HttpClient.newBuilder()
		.connectTimeout(TIMEOUT)
		.followRedirects(HttpClient.Redirect.NEVER)
		.build();

	private final URI uri;

	private WebhookTrigger(URI uri) {
		this.uri = uri;
	}

	/**
	 * A trigger at a URL.
	 * @param url an absolute http or https URL
	 * @return the trigger
	 * @throws IllegalArgumentException when the URL is not one
	 */
	public static WebhookTrigger of(String url) {
		Objects.requireNonNull(url, "url cannot be null");
		URI uri;
		try {
			uri = URI.create(url);
		}
		catch (IllegalArgumentException ex) {
			throw new IllegalArgumentException("trigger URL '" + url + "' is not a URL");
		}
		if (uri.getHost() == null || !("http".equals(uri.getScheme()) || "https".equals(uri.getScheme()))) {
			throw new IllegalArgumentException("trigger URL '" + url + "' must be an absolute http or https URL");
		}
		return new WebhookTrigger(uri);
	}

	@Override
	public void handle(TriggerEvent event) throws Exception {
		HttpRequest request = HttpRequest.newBuilder(this.uri)
			.timeout(TIMEOUT)
			.header("Content-Type", "application/json")
			.POST(HttpRequest.BodyPublishers.ofByteArray(Json.MAPPER.writeValueAsBytes(event.toJson())))
			.build();
		HttpResponse<String> response;
		try {
			response = http.send(request, HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
		}
		catch (HttpTimeoutException ex) {
			throw new Triggers.TriggerUnreachableException("Socket timeout while invoking " + this.uri);
		}
		catch (IOException ex) {
			throw new Triggers.TriggerUnreachableException(
					"cannot reach " + this.uri + " (" + ex.getClass().getSimpleName() + ")");
		}
		if (response.statusCode() / 100 != 2) {
			throw new TriggerFailedException(errorMessage(response.body(), response.statusCode()));
		}
		JsonNode returned;
		try {
			returned = Json.MAPPER.readTree(response.body());
		}
		catch (JacksonException ex) {
			throw new Triggers.InvalidTriggerResponseException("not JSON");
		}
		if (returned == null || !returned.isObject() || !event.takeResponse(returned)) {
			throw new Triggers.InvalidTriggerResponseException("no response object");
		}
	}

	private static String errorMessage(String body, int status) {
		try {
			JsonNode error = Json.MAPPER.readTree(body);
			if (error != null && error.path("errorMessage").isString()) {
				return truncate(error.get("errorMessage").stringValue());
			}
		}
		catch (JacksonException ex) {
			// not the shape of a Lambda error: the body is the message
		}
		return (body == null || body.isBlank()) ? "HTTP " + status : truncate(body.strip());
	}

	private static String truncate(String message) {
		return (message.length() > MAX_MESSAGE) ? message.substring(0, MAX_MESSAGE) + "..." : message;
	}

	@Override
	public String toString() {
		return "WebhookTrigger[" + this.uri + "]";
	}

	/**
	 * The webhook answered with an error, as a failing Lambda function does.
	 */
	static final class TriggerFailedException extends Exception {

		TriggerFailedException(String message) {
			super(message, null, false, false);
		}

	}

}
