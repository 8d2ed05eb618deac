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
package io.github.cognitosession.passkey;

import java.text.ParseException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import com.nimbusds.jose.util.JSONObjectUtils;
import software.amazon.awssdk.core.SdkNumber;
import software.amazon.awssdk.core.document.Document;

/**
 * JSON text to and from the SDK's {@link Document}, for the WebAuthn options and
 * credentials Cognito takes and returns as documents while browsers speak JSON. Uses the
 * JSON support of Nimbus JOSE, which the token verification already brings.
 *
 * @author Cognito Session contributors
 */
final class JsonDocuments {

	private JsonDocuments() {
	}

	/**
	 * Parse a JSON object.
	 * @param json the JSON text
	 * @param what what the JSON is, for the message
	 * @return the document
	 * @throws IllegalArgumentException if the text is not a JSON object
	 */
	static Document parseObject(String json, String what) {
		if (json == null || json.isBlank()) {
			throw new IllegalArgumentException(what + " cannot be empty");
		}
		try {
			return toDocument(JSONObjectUtils.parse(json));
		}
		catch (ParseException ex) {
			// Nimbus's message quotes the text, which may be long: name the problem only
			throw new IllegalArgumentException(what + " is not a JSON object", ex);
		}
	}

	/**
	 * Write a document as JSON.
	 * @param document the document
	 * @return the JSON text
	 */
	static String toJson(Document document) {
		Object value = toJava(document);
		if (value instanceof Map<?, ?> map) {
			@SuppressWarnings("unchecked")
			Map<String, Object> object = (Map<String, Object>) map;
			return JSONObjectUtils.toJSONString(object);
		}
		throw new IllegalArgumentException("Expected a JSON object from Cognito");
	}

	private static Document toDocument(Object value) {
		if (value == null) {
			return Document.fromNull();
		}
		if (value instanceof Map<?, ?> map) {
			Map<String, Document> members = new LinkedHashMap<>();
			map.forEach((key, member) -> members.put(String.valueOf(key), toDocument(member)));
			return Document.fromMap(members);
		}
		if (value instanceof List<?> list) {
			List<Document> elements = new ArrayList<>();
			list.forEach((element) -> elements.add(toDocument(element)));
			return Document.fromList(elements);
		}
		if (value instanceof Boolean bool) {
			return Document.fromBoolean(bool);
		}
		if (value instanceof Number number) {
			return Document.fromNumber(number.toString());
		}
		return Document.fromString(value.toString());
	}

	private static Object toJava(Document document) {
		if (document == null || document.isNull()) {
			return null;
		}
		if (document.isMap()) {
			Map<String, Object> members = new LinkedHashMap<>();
			document.asMap().forEach((key, member) -> members.put(key, toJava(member)));
			return members;
		}
		if (document.isList()) {
			List<Object> elements = new ArrayList<>();
			document.asList().forEach((element) -> elements.add(toJava(element)));
			return elements;
		}
		if (document.isBoolean()) {
			return document.asBoolean();
		}
		if (document.isNumber()) {
			SdkNumber number = document.asNumber();
			return number.bigDecimalValue();
		}
		return document.asString();
	}

}
