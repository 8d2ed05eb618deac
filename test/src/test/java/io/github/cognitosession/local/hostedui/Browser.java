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
import java.io.UncheckedIOException;
import java.net.CookieManager;
import java.net.HttpCookie;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

/**
 * A browser for the hosted UI: keeps cookies, never follows redirects, and reads the
 * hidden fields of the sign-in form.
 *
 * @author Cognito Session contributors
 */
final class Browser {

	private static final Pattern HIDDEN = Pattern.compile("name=\"(request_id|_csrf)\" value=\"([^\"]*)\"");

	private final String endpoint;

	private final CookieManager cookies = new CookieManager();

	private final HttpClient http;

	Browser(String endpoint) {
		this.endpoint = endpoint;
		this.http = HttpClient.newBuilder()
			.followRedirects(HttpClient.Redirect.NEVER)
			.cookieHandler(this.cookies)
			.build();
	}

	HttpResponse<String> get(String pathOrUrl) {
		return send(HttpRequest.newBuilder(uri(pathOrUrl)).GET().build());
	}

	HttpResponse<String> post(String path, Map<String, String> form) {
		return send(HttpRequest.newBuilder(uri(path))
			.header("Content-Type", "application/x-www-form-urlencoded")
			.POST(HttpRequest.BodyPublishers.ofString(encode(form)))
			.build());
	}

	/**
	 * Submit the sign-in form on a page.
	 * @param page the page with the form
	 * @param username the username
	 * @param password the password
	 * @return the response
	 */
	HttpResponse<String> signIn(HttpResponse<String> page, String username, String password) {
		Map<String, String> form = hiddenFields(page.body());
		form.put("username", username);
		form.put("password", password);
		return post("/login", form);
	}

	HttpResponse<String> changePassword(HttpResponse<String> page, String newPassword, String confirmation) {
		Map<String, String> form = hiddenFields(page.body());
		form.put("new_password", newPassword);
		form.put("confirm_password", confirmation);
		return post("/login", form);
	}

	String cookie(String name) {
		return this.cookies.getCookieStore()
			.get(URI.create(this.endpoint))
			.stream()
			.filter((cookie) -> cookie.getName().equals(name))
			.map(HttpCookie::getValue)
			.findFirst()
			.orElse(null);
	}

	void setCookie(String name, String value) {
		HttpCookie cookie = new HttpCookie(name, value);
		cookie.setPath("/");
		cookie.setVersion(0);
		this.cookies.getCookieStore().add(URI.create(this.endpoint), cookie);
	}

	static Map<String, String> hiddenFields(String html) {
		Map<String, String> fields = new LinkedHashMap<>();
		Matcher matcher = HIDDEN.matcher(html);
		while (matcher.find()) {
			fields.put(matcher.group(1), matcher.group(2));
		}
		return fields;
	}

	static String encode(Map<String, String> form) {
		return form.entrySet()
			.stream()
			.map((entry) -> URLEncoder.encode(entry.getKey(), StandardCharsets.UTF_8) + "="
					+ URLEncoder.encode(entry.getValue(), StandardCharsets.UTF_8))
			.collect(Collectors.joining("&"));
	}

	private URI uri(String pathOrUrl) {
		return URI.create(pathOrUrl.startsWith("http") ? pathOrUrl : this.endpoint + pathOrUrl);
	}

	private HttpResponse<String> send(HttpRequest request) {
		try {
			return this.http.send(request, HttpResponse.BodyHandlers.ofString());
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
		catch (InterruptedException ex) {
			Thread.currentThread().interrupt();
			throw new IllegalStateException(ex);
		}
	}

}
