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
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;

import tools.jackson.databind.JsonNode;

/**
 * The input constraints of a Cognito service, read from the AWS service model (kept as a
 * resource next to this class, see {@code test/tools/service-model-constraints.py}): each
 * operation's input shape with its members, required members, lengths, ranges, patterns
 * and enums.
 *
 * @author Cognito Session contributors
 */
public final class ServiceModel {

	private final Map<String, String> operations;

	private final Map<String, Shape> shapes;

	private ServiceModel(Map<String, String> operations, Map<String, Shape> shapes) {
		this.operations = operations;
		this.shapes = shapes;
	}

	/**
	 * Load a service's constraints from the classpath.
	 * @param service {@code cognito-idp} or {@code cognito-identity}
	 * @return the model
	 */
	public static ServiceModel load(String service) {
		String resource = service + "-constraints.json";
		try (InputStream in = ServiceModel.class.getResourceAsStream(resource)) {
			if (in == null) {
				throw new IllegalStateException("Missing resource " + resource + " next to " + ServiceModel.class);
			}
			return parse(Json.MAPPER.readTree(in));
		}
		catch (IOException ex) {
			throw new UncheckedIOException("Cannot read " + resource, ex);
		}
	}

	static ServiceModel parse(JsonNode root) {
		Map<String, String> operations = new LinkedHashMap<>();
		root.get("operations")
			.properties()
			.forEach((entry) -> operations.put(entry.getKey(), entry.getValue().stringValue()));
		Map<String, Shape> shapes = new LinkedHashMap<>();
		root.get("shapes")
			.properties()
			.forEach((entry) -> shapes.put(entry.getKey(), Shape.of(entry.getKey(), entry.getValue())));
		return new ServiceModel(Map.copyOf(operations), Map.copyOf(shapes));
	}

	/**
	 * The input shape of an operation.
	 * @param operation the operation name, e.g. {@code InitiateAuth}
	 * @return the shape, or {@code null} when the model does not know the operation
	 */
	public Shape input(String operation) {
		String name = this.operations.get(operation);
		return (name != null) ? shape(name) : null;
	}

	Shape shape(String name) {
		Shape shape = this.shapes.get(name);
		if (shape == null) {
			throw new IllegalStateException("The service model has no shape " + name);
		}
		return shape;
	}

	/**
	 * The operations the model describes.
	 * @return the operation names
	 */
	public Set<String> operations() {
		return this.operations.keySet();
	}

	/**
	 * One shape of the model with the constraints validation needs.
	 *
	 * @param name the shape name
	 * @param type {@code structure}, {@code list}, {@code map}, {@code string},
	 * {@code integer}, {@code long}, {@code boolean}, {@code blob}, ...
	 * @param members a structure's members in model order (member name to shape name)
	 * @param required a structure's required members
	 * @param member a list's element shape
	 * @param key a map's key shape
	 * @param value a map's value shape
	 * @param min the minimum length, count or value, or {@code null}
	 * @param max the maximum length, count or value, or {@code null}
	 * @param pattern the pattern a string must match entirely, or {@code null}
	 * @param enumValues the allowed values of a string, empty when any
	 * @param sensitive whether values must never be echoed in messages
	 */
	public record Shape(String name, String type, Map<String, String> members, List<String> required, String member,
			String key, String value, Long min, Long max, Pattern pattern, List<String> enumValues, boolean sensitive) {

		static Shape of(String name, JsonNode node) {
			Map<String, String> members = new LinkedHashMap<>();
			JsonNode membersNode = node.get("members");
			if (membersNode != null) {
				membersNode.properties()
					.forEach((entry) -> members.put(entry.getKey(), entry.getValue().stringValue()));
			}
			return new Shape(name, node.get("type").stringValue(), members, strings(node.get("required")),
					text(node, "member"), text(node, "key"), text(node, "value"), number(node, "min"),
					number(node, "max"),
					(node.get("pattern") != null) ? Pattern.compile(node.get("pattern").stringValue()) : null,
					strings(node.get("enum")), node.has("sensitive") && node.get("sensitive").booleanValue());
		}

		private static String text(JsonNode node, String name) {
			JsonNode value = node.get(name);
			return (value != null) ? value.stringValue() : null;
		}

		private static Long number(JsonNode node, String name) {
			JsonNode value = node.get(name);
			return (value != null) ? value.longValue() : null;
		}

		private static List<String> strings(JsonNode array) {
			List<String> result = new ArrayList<>();
			if (array != null) {
				array.forEach((item) -> result.add(item.stringValue()));
			}
			return List.copyOf(result);
		}

	}

}
