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

import java.time.Instant;
import java.util.Collection;
import java.util.Map;

import tools.jackson.databind.JsonNode;
import tools.jackson.databind.ObjectMapper;
import tools.jackson.databind.json.JsonMapper;
import tools.jackson.databind.node.ArrayNode;
import tools.jackson.databind.node.ObjectNode;

/**
 * The emulator's shared JSON mapper and small builders for Cognito's response shapes.
 *
 * @author Cognito Session contributors
 */
public final class Json {

	/** The shared, thread-safe mapper. */
	public static final ObjectMapper MAPPER = JsonMapper.builder().build();

	private Json() {
	}

	public static ObjectNode object() {
		return MAPPER.createObjectNode();
	}

	public static JsonNode empty() {
		return object();
	}

	/**
	 * Write a timestamp the way Cognito does: epoch seconds as a JSON number.
	 * @param target the object
	 * @param name the member name
	 * @param instant the time
	 */
	public static void putTime(ObjectNode target, String name, Instant instant) {
		target.put(name, instant.toEpochMilli() / 1000.0);
	}

	public static ArrayNode strings(Collection<String> values) {
		ArrayNode array = MAPPER.createArrayNode();
		values.forEach(array::add);
		return array;
	}

	public static ArrayNode attributes(Map<String, String> attributes) {
		ArrayNode array = MAPPER.createArrayNode();
		attributes.forEach((name, value) -> array.addObject().put("Name", name).put("Value", value));
		return array;
	}

	public static ObjectNode stringMap(Map<String, String> values) {
		ObjectNode node = object();
		values.forEach(node::put);
		return node;
	}

}
