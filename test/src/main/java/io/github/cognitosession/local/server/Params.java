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

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import tools.jackson.databind.JsonNode;

/**
 * Typed access to a request body, answering missing or mistyped members with Cognito's
 * validation error instead of an exception from deep inside a handler.
 *
 * @author Cognito Session contributors
 */
public final class Params {

	private final JsonNode body;

	public Params(JsonNode body) {
		this.body = body;
	}

	public JsonNode node() {
		return this.body;
	}

	/**
	 * A required string member.
	 * @param name the member name
	 * @return the value
	 * @throws CognitoError {@code InvalidParameterException} when missing or blank
	 */
	public String required(String name) {
		String value = optional(name);
		if (value == null || value.isEmpty()) {
			throw CognitoError.invalidParameter("1 validation error detected: Value null at '" + lowerFirst(name)
					+ "' failed to satisfy constraint: Member must not be null");
		}
		return value;
	}

	public String optional(String name) {
		JsonNode value = this.body.get(name);
		if (value == null || value.isNull()) {
			return null;
		}
		if (!value.isString()) {
			throw CognitoError.invalidParameter("Member '" + name + "' must be a string");
		}
		return value.stringValue();
	}

	public boolean bool(String name, boolean defaultValue) {
		JsonNode value = this.body.get(name);
		if (value == null || value.isNull()) {
			return defaultValue;
		}
		if (!value.isBoolean()) {
			throw CognitoError.invalidParameter("Member '" + name + "' must be a boolean");
		}
		return value.booleanValue();
	}

	public Integer integer(String name) {
		JsonNode value = this.body.get(name);
		if (value == null || value.isNull()) {
			return null;
		}
		if (!value.isIntegralNumber()) {
			throw CognitoError.invalidParameter("Member '" + name + "' must be an integer");
		}
		return value.intValue();
	}

	/**
	 * A string-to-string map member such as {@code AuthParameters}.
	 * @param name the member name
	 * @return the map, empty when absent
	 */
	public Map<String, String> map(String name) {
		JsonNode value = this.body.get(name);
		Map<String, String> result = new LinkedHashMap<>();
		if (value == null || value.isNull()) {
			return result;
		}
		if (!value.isObject()) {
			throw CognitoError.invalidParameter("Member '" + name + "' must be a map");
		}
		for (Map.Entry<String, JsonNode> entry : value.properties()) {
			if (!entry.getValue().isString()) {
				throw CognitoError.invalidParameter("Member '" + name + "." + entry.getKey() + "' must be a string");
			}
			result.put(entry.getKey(), entry.getValue().stringValue());
		}
		return result;
	}

	public List<String> strings(String name) {
		JsonNode value = this.body.get(name);
		List<String> result = new ArrayList<>();
		if (value == null || value.isNull()) {
			return result;
		}
		if (!value.isArray()) {
			throw CognitoError.invalidParameter("Member '" + name + "' must be a list");
		}
		for (JsonNode item : value) {
			if (!item.isString()) {
				throw CognitoError.invalidParameter("Member '" + name + "' must be a list of strings");
			}
			result.add(item.stringValue());
		}
		return result;
	}

	/**
	 * A list of {@code {Name, Value}} attribute objects as a map.
	 * @param name the member name, e.g. {@code UserAttributes}
	 * @return the attributes in order, empty when absent
	 */
	public Map<String, String> attributes(String name) {
		JsonNode value = this.body.get(name);
		Map<String, String> result = new LinkedHashMap<>();
		if (value == null || value.isNull()) {
			return result;
		}
		if (!value.isArray()) {
			throw CognitoError.invalidParameter("Member '" + name + "' must be a list");
		}
		for (JsonNode item : value) {
			JsonNode attributeName = item.get("Name");
			JsonNode attributeValue = item.get("Value");
			if (attributeName == null || !attributeName.isString()) {
				throw CognitoError.invalidParameter("Member '" + name + "' has an attribute without a Name");
			}
			result.put(attributeName.stringValue(),
					(attributeValue != null && attributeValue.isString()) ? attributeValue.stringValue() : "");
		}
		return result;
	}

	public Params object(String name) {
		JsonNode value = this.body.get(name);
		if (value == null || value.isNull()) {
			return null;
		}
		if (!value.isObject()) {
			throw CognitoError.invalidParameter("Member '" + name + "' must be an object");
		}
		return new Params(value);
	}

	private static String lowerFirst(String name) {
		return Character.toLowerCase(name.charAt(0)) + name.substring(1);
	}

}
