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

import java.util.List;

import com.sun.net.httpserver.HttpExchange;

/**
 * The hosted UI's cookies: the session that lets a signed-in browser skip the form, and
 * the browser token that binds a sign-in form to the browser it was shown in.
 *
 * @author Cognito Session contributors
 */
final class Cookies {

	/** The hosted-UI session, as Cognito names it. */
	static final String SESSION = "cognito";

	/** The browser's anti-forgery token, as Cognito names it. */
	static final String XSRF = "XSRF-TOKEN";

	private Cookies() {
	}

	/**
	 * A cookie the browser sent.
	 * @param exchange the exchange
	 * @param name the cookie name
	 * @return the value or {@code null}
	 */
	static String get(HttpExchange exchange, String name) {
		List<String> headers = exchange.getRequestHeaders().get("Cookie");
		if (headers == null) {
			return null;
		}
		for (String header : headers) {
			for (String cookie : header.split(";")) {
				int equals = cookie.indexOf('=');
				if (equals > 0 && cookie.substring(0, equals).strip().equals(name)) {
					return cookie.substring(equals + 1).strip();
				}
			}
		}
		return null;
	}

	static void set(HttpExchange exchange, String name, String value) {
		exchange.getResponseHeaders().add("Set-Cookie", name + "=" + value + "; Path=/; HttpOnly; SameSite=Lax");
	}

	static void clear(HttpExchange exchange, String name) {
		exchange.getResponseHeaders()
			.add("Set-Cookie",
					name + "=; Path=/; Max-Age=0; Expires=Thu, 01 Jan 1970 00:00:00 GMT; HttpOnly; SameSite=Lax");
	}

}
