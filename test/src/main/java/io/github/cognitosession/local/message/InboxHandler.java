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
import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Objects;

import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpHandler;
import io.github.cognitosession.local.server.HttpResponses;
import io.github.cognitosession.local.server.Json;
import tools.jackson.databind.node.ArrayNode;
import tools.jackson.databind.node.ObjectNode;

/**
 * The outbox over HTTP, for tests and scripts that run the emulator in another process:
 * {@code GET /_local/inbox} lists every message sent, oldest first, as
 * {@code {"Messages": [{"PoolId", "Username", "Purpose", "DeliveryMedium", "Destination",
 * "Code"}]}}; {@code ?destination=alice@example.com} keeps those sent to an address or
 * number, {@code ?username=alice} (with {@code &poolId=...}) those of a user. Like the
 * admin API it has no authentication: bind the emulator to loopback.
 *
 * @author Cognito Session contributors
 */
public final class InboxHandler implements HttpHandler {

	/** Where the inbox is served. */
	public static final String CONTEXT_PATH = "/_local/inbox";

	private final Outbox outbox;

	public InboxHandler(Outbox outbox) {
		this.outbox = Objects.requireNonNull(outbox, "outbox cannot be null");
	}

	@Override
	public void handle(HttpExchange exchange) throws IOException {
		String method = exchange.getRequestMethod();
		if (!"GET".equals(method) && !"HEAD".equals(method)) {
			HttpResponses.send(exchange, 405, "application/json", "{\"message\":\"Method not allowed\"}");
			return;
		}
		if (!CONTEXT_PATH.equals(exchange.getRequestURI().getPath())) {
			HttpResponses.send(exchange, 404, "application/json", "{\"message\":\"Not found\"}");
			return;
		}
		Map<String, String> query = query(exchange.getRequestURI().getRawQuery());
		ObjectNode response = Json.object();
		ArrayNode messages = response.putArray("Messages");
		for (Message message : this.outbox.all()) {
			if (matches(message, query)) {
				ObjectNode item = messages.addObject()
					.put("PoolId", message.poolId())
					.put("Username", message.username())
					.put("Purpose", message.purpose().name())
					.put("Code", message.code());
				if (message.medium() != null) {
					item.put("DeliveryMedium", message.medium().name()).put("Destination", message.destination());
				}
			}
		}
		HttpResponses.send(exchange, 200, "application/json", Json.MAPPER.writeValueAsString(response));
	}

	private static boolean matches(Message message, Map<String, String> query) {
		String destination = query.get("destination");
		String username = query.get("username");
		String poolId = query.get("poolId");
		return (destination == null || destination.equalsIgnoreCase(message.destination()))
				&& (username == null || username.equals(message.username()))
				&& (poolId == null || poolId.equals(message.poolId()));
	}

	private static Map<String, String> query(String rawQuery) {
		Map<String, String> parameters = new LinkedHashMap<>();
		if (rawQuery == null || rawQuery.isEmpty()) {
			return parameters;
		}
		for (String pair : rawQuery.split("&")) {
			int equals = pair.indexOf('=');
			String name = URLDecoder.decode((equals < 0) ? pair : pair.substring(0, equals), StandardCharsets.UTF_8);
			String value = (equals < 0) ? "" : URLDecoder.decode(pair.substring(equals + 1), StandardCharsets.UTF_8);
			parameters.putIfAbsent(name, value);
		}
		return parameters;
	}

}
