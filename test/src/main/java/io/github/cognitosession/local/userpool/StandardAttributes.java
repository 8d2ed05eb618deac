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

package io.github.cognitosession.local.userpool;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

import io.github.cognitosession.local.server.CognitoError;
import io.github.cognitosession.local.server.Json;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.node.ArrayNode;
import tools.jackson.databind.node.ObjectNode;

/**
 * The attributes every user pool has (OpenID Connect's standard claims plus Cognito's),
 * and the rules for custom ones ({@code custom:} prefix, declared in the schema).
 *
 * @author Cognito Session contributors
 */
public final class StandardAttributes {

	/** Cognito's standard attributes in the order DescribeUserPool lists them. */
	public static final List<String> NAMES = List.of("sub", "name", "given_name", "family_name", "middle_name",
			"nickname", "preferred_username", "profile", "picture", "website", "email", "email_verified", "gender",
			"birthdate", "zoneinfo", "locale", "phone_number", "phone_number_verified", "address", "updated_at");

	private static final String CUSTOM = "custom:";

	private StandardAttributes() {
	}

	/**
	 * Check that attributes exist in a pool's schema and may be written.
	 * @param settings the pool's settings
	 * @param names the attribute names
	 * @throws CognitoError {@code InvalidParameterException} naming the attribute
	 */
	public static void checkWritable(UserPoolSettings settings, Iterable<String> names) {
		Set<String> custom = settings.customAttributes();
		for (String name : names) {
			if ("sub".equals(name)) {
				throw CognitoError.invalidParameter("Cannot modify the non-mutable attribute sub");
			}
			if (!NAMES.contains(name) && !custom.contains(name) && !name.startsWith("dev:")) {
				throw CognitoError.invalidParameter("Attribute does not exist in the schema.");
			}
		}
	}

	/**
	 * The names of a schema's custom attributes with their prefix ({@code Schema} entries
	 * that are not standard attributes).
	 * @param schema the {@code Schema} list, may be {@code null}
	 * @return the names
	 */
	static Set<String> customNames(JsonNode schema) {
		Set<String> names = new LinkedHashSet<>();
		if (schema != null && schema.isArray()) {
			for (JsonNode attribute : schema) {
				String name = attribute.path("Name").asString();
				if (!NAMES.contains(name)) {
					names.add(name.startsWith(CUSTOM) ? name : CUSTOM + name);
				}
			}
		}
		return names;
	}

	/**
	 * The {@code SchemaAttributes} of DescribeUserPool: the standard attributes, with the
	 * settings the schema gave them, then the custom ones.
	 * @param schema the {@code Schema} list given at creation, may be {@code null}
	 * @return the attributes
	 */
	public static ArrayNode describe(JsonNode schema) {
		List<JsonNode> given = new ArrayList<>();
		if (schema != null && schema.isArray()) {
			schema.forEach(given::add);
		}
		ArrayNode attributes = Json.MAPPER.createArrayNode();
		for (String name : NAMES) {
			ObjectNode attribute = standard(name);
			given.stream()
				.filter((candidate) -> name.equals(candidate.path("Name").asString()))
				.findFirst()
				.ifPresent((candidate) -> candidate.properties()
					.forEach((entry) -> attribute.set(entry.getKey(), entry.getValue().deepCopy())));
			attributes.add(attribute);
		}
		for (JsonNode candidate : given) {
			String name = candidate.path("Name").asString();
			if (!NAMES.contains(name)) {
				ObjectNode attribute = (ObjectNode) candidate.deepCopy();
				attribute.put("Name", name.startsWith(CUSTOM) ? name : CUSTOM + name);
				if (!attribute.has("AttributeDataType")) {
					attribute.put("AttributeDataType", "String");
				}
				if (!attribute.has("DeveloperOnlyAttribute")) {
					attribute.put("DeveloperOnlyAttribute", false);
				}
				if (!attribute.has("Mutable")) {
					attribute.put("Mutable", true);
				}
				if (!attribute.has("Required")) {
					attribute.put("Required", false);
				}
				attributes.add(attribute);
			}
		}
		return attributes;
	}

	private static ObjectNode standard(String name) {
		boolean sub = "sub".equals(name);
		String type = switch (name) {
			case "email_verified", "phone_number_verified" -> "Boolean";
			case "updated_at" -> "Number";
			default -> "String";
		};
		ObjectNode attribute = Json.object()
			.put("Name", name)
			.put("AttributeDataType", type)
			.put("DeveloperOnlyAttribute", false)
			.put("Mutable", !sub)
			.put("Required", sub);
		if ("String".equals(type)) {
			attribute.putObject("StringAttributeConstraints")
				.put("MinLength", sub ? "1" : "0")
				.put("MaxLength", "2048");
		}
		else if ("Number".equals(type)) {
			attribute.putObject("NumberAttributeConstraints").put("MinValue", "0");
		}
		return attribute;
	}

}
