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

package io.github.cognitosession.local.server;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.util.Objects;
import java.util.UUID;

import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpHandler;
import io.github.cognitosession.local.fault.Fault;
import io.github.cognitosession.local.fault.FaultInjector;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import tools.jackson.core.JacksonException;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.node.ObjectNode;

/**
 * Dispatches Cognito's JSON 1.1 protocol ({@code POST /} with {@code X-Amz-Target}) to
 * the registered operations and answers every failure in Cognito's error shape. Other
 * requests to {@code /} (the well-known documents) go to a fallback handler.
 *
 * @author Cognito Session contributors
 */
public final class JsonProtocolHandler implements HttpHandler {

	private static final Logger logger = LoggerFactory.getLogger(JsonProtocolHandler.class);

	private static final String CONTENT_TYPE = "application/x-amz-json-1.1";

	/** Far above any real Cognito request; protects the emulator from hostile bodies. */
	static final int MAX_BODY_BYTES = 1024 * 1024;

	private final OperationRegistry operations;

	private final FaultInjector faults;

	private final HttpHandler fallback;

	public JsonProtocolHandler(OperationRegistry operations, FaultInjector faults, HttpHandler fallback) {
		this.operations = Objects.requireNonNull(operations, "operations cannot be null");
		this.faults = Objects.requireNonNull(faults, "faults cannot be null");
		this.fallback = Objects.requireNonNull(fallback, "fallback cannot be null");
	}

	@Override
	public void handle(HttpExchange exchange) throws IOException {
		String target = exchange.getRequestHeaders().getFirst("X-Amz-Target");
		if (!"POST".equals(exchange.getRequestMethod()) || !"/".equals(exchange.getRequestURI().getPath())) {
			this.fallback.handle(exchange);
			return;
		}
		exchange.getResponseHeaders().set("x-amzn-RequestId", UUID.randomUUID().toString());
		try {
			JsonNode response = dispatch(exchange, target);
			if (response == null) {
				return;
			}
			HttpResponses.send(exchange, 200, CONTENT_TYPE, Json.MAPPER.writeValueAsBytes(response));
		}
		catch (CognitoError error) {
			sendError(exchange, error);
		}
		catch (RuntimeException ex) {
			// Never a stack trace to the caller; the log names the operation only.
			logger.warn("Operation {} failed inside the emulator: {}", target, ex.getClass().getName());
			logger.debug("Emulator failure", ex);
			sendError(exchange, CognitoError.internal());
		}
	}

	private JsonNode dispatch(HttpExchange exchange, String target) throws IOException {
		if (target == null) {
			throw CognitoError.of("UnknownOperationException", "Missing X-Amz-Target header");
		}
		Operation operation = this.operations.find(target);
		if (operation == null) {
			throw CognitoError.of("UnknownOperationException", "Unknown operation " + target);
		}
		String name = target.substring(target.indexOf('.') + 1);
		RequestValidator validator = Validators.forService(target.substring(0, target.indexOf('.')));
		Fault fault = this.faults.take(name);
		if (fault != null) {
			switch (fault.kind()) {
				case ERROR -> throw new CognitoError(fault.errorType(), fault.message(), fault.status());
				case DROP_CONNECTION -> {
					// Closing before any response header makes the server drop the
					// connection, which is what a network failure looks like to a client.
					exchange.getRequestBody().transferTo(OutputStream.nullOutputStream());
					exchange.close();
					return null;
				}
				case DELAY -> fault.awaitRelease();
			}
		}
		JsonNode body = readBody(exchange);
		if (validator != null) {
			validator.validate(name, body);
		}
		return operation.handle(new Params(body));
	}

	private JsonNode readBody(HttpExchange exchange) throws IOException {
		try (InputStream body = exchange.getRequestBody()) {
			byte[] bytes = body.readNBytes(MAX_BODY_BYTES + 1);
			if (bytes.length > MAX_BODY_BYTES) {
				throw CognitoError.invalidParameter("The request body is larger than " + MAX_BODY_BYTES + " bytes");
			}
			if (bytes.length == 0) {
				return Json.object();
			}
			JsonNode node = Json.MAPPER.readTree(bytes);
			if (node == null || !node.isObject()) {
				throw CognitoError.of("SerializationException", "The request body must be a JSON object");
			}
			return node;
		}
		catch (JacksonException ex) {
			throw CognitoError.of("SerializationException", "The request body is not valid JSON");
		}
	}

	/**
	 * The validators of both services, read once per JVM: the models do not change and
	 * tests start many emulators.
	 */
	private static final class Validators {

		private static final RequestValidator USER_POOLS = new RequestValidator(ServiceModel.load("cognito-idp"));

		private static final RequestValidator IDENTITY_POOLS = new RequestValidator(
				ServiceModel.load("cognito-identity"));

		static RequestValidator forService(String service) {
			return switch (service) {
				case OperationRegistry.USER_POOLS -> USER_POOLS;
				case OperationRegistry.IDENTITY_POOLS -> IDENTITY_POOLS;
				default -> null;
			};
		}

	}

	private void sendError(HttpExchange exchange, CognitoError error) throws IOException {
		ObjectNode body = Json.object().put("__type", error.type());
		if (error.getMessage() != null) {
			body.put("message", error.getMessage());
		}
		exchange.getResponseHeaders().set("x-amzn-ErrorType", error.type());
		HttpResponses.send(exchange, error.status(), CONTENT_TYPE, Json.MAPPER.writeValueAsBytes(body));
	}

}
