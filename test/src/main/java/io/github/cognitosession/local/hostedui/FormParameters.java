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

package io.github.cognitosession.local.hostedui;

import java.io.IOException;
import java.io.InputStream;
import java.net.URLDecoder;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;

import com.sun.net.httpserver.HttpExchange;

/**
 * Reads query strings and {@code application/x-www-form-urlencoded} bodies, and encodes
 * query parameters.
 *
 * @author Cognito Session contributors
 */
final class FormParameters {

	/** Far above any real sign-in form or token request. */
	static final int MAX_BODY_BYTES = 64 * 1024;

	private static final String FORM_CONTENT_TYPE = "application/x-www-form-urlencoded";

	private FormParameters() {
	}

	/**
	 * The request's query parameters.
	 * @param exchange the exchange
	 * @return the parameters in order
	 * @throws IllegalArgumentException naming a parameter given twice
	 */
	static Map<String, String> query(HttpExchange exchange) {
		return parse(exchange.getRequestURI().getRawQuery());
	}

	/**
	 * The request's form body.
	 * @param exchange the exchange
	 * @return the parameters in order
	 * @throws IllegalArgumentException when the body is not a form, too large, or names a
	 * parameter twice
	 */
	static Map<String, String> body(HttpExchange exchange) throws IOException {
		String contentType = exchange.getRequestHeaders().getFirst("Content-Type");
		if (contentType == null || !contentType.toLowerCase(Locale.ROOT).startsWith(FORM_CONTENT_TYPE)) {
			throw new IllegalArgumentException("The request body must be " + FORM_CONTENT_TYPE);
		}
		try (InputStream body = exchange.getRequestBody()) {
			byte[] bytes = body.readNBytes(MAX_BODY_BYTES + 1);
			if (bytes.length > MAX_BODY_BYTES) {
				throw new IllegalArgumentException("The request body is larger than " + MAX_BODY_BYTES + " bytes");
			}
			return parse(new String(bytes, StandardCharsets.US_ASCII));
		}
	}

	static Map<String, String> parse(String raw) {
		Map<String, String> parameters = new LinkedHashMap<>();
		if (raw == null || raw.isEmpty()) {
			return parameters;
		}
		for (String pair : raw.split("&")) {
			if (pair.isEmpty()) {
				continue;
			}
			int equals = pair.indexOf('=');
			String name = decode((equals >= 0) ? pair.substring(0, equals) : pair);
			String value = decode((equals >= 0) ? pair.substring(equals + 1) : "");
			// OAuth 2.0 forbids repeating a parameter; taking either value could be
			// exploited.
			if (parameters.putIfAbsent(name, value) != null) {
				throw new IllegalArgumentException("The parameter '" + name + "' is given more than once");
			}
		}
		return parameters;
	}

	/**
	 * Append parameters (those with a {@code null} value are left out) to a URL that may
	 * already have a query.
	 * @param url the URL
	 * @param parameters the parameters
	 * @return the URL with the parameters
	 */
	static String appendQuery(String url, Map<String, String> parameters) {
		StringBuilder result = new StringBuilder(url);
		char separator = url.contains("?") ? '&' : '?';
		for (Map.Entry<String, String> parameter : parameters.entrySet()) {
			if (parameter.getValue() != null) {
				result.append(separator)
					.append(encode(parameter.getKey()))
					.append('=')
					.append(encode(parameter.getValue()));
				separator = '&';
			}
		}
		return result.toString();
	}

	static String encode(String value) {
		return URLEncoder.encode(value, StandardCharsets.UTF_8).replace("+", "%20");
	}

	private static String decode(String value) {
		return URLDecoder.decode(value, StandardCharsets.UTF_8);
	}

}
