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
import java.util.List;
import java.util.Map;
import java.util.Objects;

import tools.jackson.databind.JsonNode;

/**
 * Validates a request body against the service model the way Cognito's front end does
 * before any operation runs: a member of the wrong JSON type is a
 * {@code SerializationException}; missing required members, lengths, ranges, patterns and
 * enum values are collected into one {@code InvalidParameterException} in Cognito's
 * wording
 * ({@code 1 validation error detected: Value 'x' at 'userPoolId' failed to satisfy
 * constraint: Member must satisfy regular expression pattern: ...}). Values of sensitive
 * shapes (passwords, tokens, secrets) are never echoed. Members the model does not know
 * are ignored, as Cognito ignores them.
 *
 * @author Cognito Session contributors
 */
public final class RequestValidator {

	private static final int MAX_RENDERED = 256;

	private final ServiceModel model;

	public RequestValidator(ServiceModel model) {
		this.model = Objects.requireNonNull(model, "model cannot be null");
	}

	/**
	 * Validate a request.
	 * @param operation the operation name
	 * @param body the request body (a JSON object)
	 * @throws CognitoError when the body does not satisfy the operation's input shape
	 */
	public void validate(String operation, JsonNode body) {
		ServiceModel.Shape input = this.model.input(operation);
		if (input == null) {
			return;
		}
		List<String> errors = new ArrayList<>();
		structure(input, body, "", errors);
		if (!errors.isEmpty()) {
			throw CognitoError.invalidParameter(errors.size() + " validation error" + ((errors.size() > 1) ? "s" : "")
					+ " detected: " + String.join("; ", errors));
		}
	}

	private void structure(ServiceModel.Shape shape, JsonNode node, String path, List<String> errors) {
		for (Map.Entry<String, String> member : shape.members().entrySet()) {
			String memberPath = path + lowerFirst(member.getKey());
			JsonNode value = node.get(member.getKey());
			if (value == null || value.isNull()) {
				if (shape.required().contains(member.getKey())) {
					errors.add(
							"Value null at '" + memberPath + "' failed to satisfy constraint: Member must not be null");
				}
				continue;
			}
			value(this.model.shape(member.getValue()), value, memberPath, errors);
		}
	}

	private void value(ServiceModel.Shape shape, JsonNode value, String path, List<String> errors) {
		checkType(shape, value, path);
		List<String> violations = new ArrayList<>();
		switch (shape.type()) {
			case "structure" -> structure(shape, value, path + ".", errors);
			case "string" -> violations.addAll(stringViolations(shape, value.stringValue()));
			case "integer", "long" -> violations.addAll(rangeViolations(shape, value.longValue()));
			case "list" -> violations.addAll(listViolations(shape, value, path, errors));
			case "map" -> violations.addAll(mapViolations(shape, value, path));
			default -> {
				// booleans, blobs and timestamps have no constraints in Cognito's models
			}
		}
		violations.forEach((violation) -> errors.add(describe(shape, value, path) + violation));
	}

	private List<String> stringViolations(ServiceModel.Shape shape, String value) {
		List<String> violations = new ArrayList<>();
		long length = value.codePointCount(0, value.length());
		if (shape.min() != null && length < shape.min()) {
			violations.add("Member must have length greater than or equal to " + shape.min());
		}
		if (shape.max() != null && length > shape.max()) {
			violations.add("Member must have length less than or equal to " + shape.max());
		}
		if (shape.pattern() != null && !shape.pattern().matcher(value).matches()) {
			violations.add("Member must satisfy regular expression pattern: " + shape.pattern().pattern());
		}
		if (!shape.enumValues().isEmpty() && !shape.enumValues().contains(value)) {
			violations.add("Member must satisfy enum value set: [" + String.join(", ", shape.enumValues()) + "]");
		}
		return violations;
	}

	private static List<String> rangeViolations(ServiceModel.Shape shape, long value) {
		List<String> violations = new ArrayList<>();
		if (shape.min() != null && value < shape.min()) {
			violations.add("Member must have value greater than or equal to " + shape.min());
		}
		if (shape.max() != null && value > shape.max()) {
			violations.add("Member must have value less than or equal to " + shape.max());
		}
		return violations;
	}

	private List<String> listViolations(ServiceModel.Shape shape, JsonNode list, String path, List<String> errors) {
		List<String> violations = new ArrayList<>(countViolations(shape, list.size()));
		ServiceModel.Shape element = this.model.shape(shape.member());
		for (int i = 0; i < list.size(); i++) {
			JsonNode item = list.get(i);
			String itemPath = path + "." + (i + 1) + ".member";
			if (item == null || item.isNull()) {
				continue;
			}
			if (isScalar(element)) {
				checkType(element, item, itemPath);
				List<String> inner = scalarViolations(element, item);
				if (!inner.isEmpty()) {
					violations.add("Member must satisfy constraint: [" + String.join(", ", inner) + "]");
					break;
				}
			}
			else {
				value(element, item, itemPath, errors);
			}
		}
		return violations;
	}

	private List<String> mapViolations(ServiceModel.Shape shape, JsonNode map, String path) {
		List<String> violations = new ArrayList<>(countViolations(shape, map.size()));
		ServiceModel.Shape keyShape = this.model.shape(shape.key());
		ServiceModel.Shape valueShape = this.model.shape(shape.value());
		for (Map.Entry<String, JsonNode> entry : map.properties()) {
			List<String> keyViolations = stringViolations(keyShape, entry.getKey());
			if (!keyViolations.isEmpty()) {
				violations.add("Map keys must satisfy constraint: [" + String.join(", ", keyViolations) + "]");
				break;
			}
			if (isScalar(valueShape) && entry.getValue() != null && !entry.getValue().isNull()) {
				checkType(valueShape, entry.getValue(), path);
				List<String> valueViolations = scalarViolations(valueShape, entry.getValue());
				if (!valueViolations.isEmpty()) {
					violations.add("Map value must satisfy constraint: [" + String.join(", ", valueViolations) + "]");
					break;
				}
			}
		}
		return violations;
	}

	private List<String> scalarViolations(ServiceModel.Shape shape, JsonNode value) {
		return switch (shape.type()) {
			case "string" -> stringViolations(shape, value.stringValue());
			case "integer", "long" -> rangeViolations(shape, value.longValue());
			default -> List.of();
		};
	}

	private static List<String> countViolations(ServiceModel.Shape shape, int size) {
		List<String> violations = new ArrayList<>();
		if (shape.min() != null && size < shape.min()) {
			violations.add("Member must have length greater than or equal to " + shape.min());
		}
		if (shape.max() != null && size > shape.max()) {
			violations.add("Member must have length less than or equal to " + shape.max());
		}
		return violations;
	}

	/**
	 * Cognito cannot even read a member of the wrong JSON type; that is a serialization
	 * error, reported before any constraint.
	 */
	private static void checkType(ServiceModel.Shape shape, JsonNode value, String path) {
		boolean matches = switch (shape.type()) {
			case "structure", "map" -> value.isObject();
			case "list" -> value.isArray();
			case "string", "blob" -> value.isString();
			case "integer", "long" -> value.isIntegralNumber();
			case "boolean" -> value.isBoolean();
			case "timestamp", "double", "float" -> value.isNumber();
			default -> true;
		};
		if (!matches) {
			throw CognitoError.of("SerializationException",
					"Value at '" + path + "' must be " + expected(shape.type()) + ", not " + actual(value) + ".");
		}
	}

	private static String expected(String type) {
		return switch (type) {
			case "structure", "map" -> "an object";
			case "list" -> "a list";
			case "string", "blob" -> "a string";
			case "integer", "long" -> "an integer";
			case "boolean" -> "a boolean";
			default -> "a number";
		};
	}

	private static String actual(JsonNode value) {
		if (value.isObject()) {
			return "an object";
		}
		if (value.isArray()) {
			return "a list";
		}
		if (value.isString()) {
			return "a string";
		}
		if (value.isBoolean()) {
			return "a boolean";
		}
		return "a number";
	}

	private static boolean isScalar(ServiceModel.Shape shape) {
		return !"structure".equals(shape.type()) && !"list".equals(shape.type()) && !"map".equals(shape.type());
	}

	private static String describe(ServiceModel.Shape shape, JsonNode value, String path) {
		if (shape.sensitive()) {
			return "Value at '" + path + "' failed to satisfy constraint: ";
		}
		return "Value '" + render(value) + "' at '" + path + "' failed to satisfy constraint: ";
	}

	private static String render(JsonNode value) {
		String rendered = rendered(value);
		// A hostile body could be a megabyte long; the message names the value, no more.
		return (rendered.length() > MAX_RENDERED) ? rendered.substring(0, MAX_RENDERED) + "..." : rendered;
	}

	private static String rendered(JsonNode value) {
		if (value.isString()) {
			return value.stringValue();
		}
		if (value.isArray()) {
			List<String> items = new ArrayList<>();
			value.forEach((item) -> items.add(rendered(item)));
			return "[" + String.join(", ", items) + "]";
		}
		return value.toString();
	}

	private static String lowerFirst(String name) {
		return Character.toLowerCase(name.charAt(0)) + name.substring(1);
	}

}
