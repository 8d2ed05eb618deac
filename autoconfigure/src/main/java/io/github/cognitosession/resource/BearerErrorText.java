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
package io.github.cognitosession.resource;

/**
 * Makes a message fit for the {@code error_description} of a {@code WWW-Authenticate:
 * Bearer} header (RFC 6750 3: printable ASCII without {@code "} and {@code \}), which
 * Spring Security otherwise replaces by a generic description.
 *
 * @author Cognito Session contributors
 */
final class BearerErrorText {

	private BearerErrorText() {
	}

	static String of(String message) {
		StringBuilder text = new StringBuilder(message.length());
		for (int i = 0; i < message.length(); i++) {
			char c = message.charAt(i);
			boolean allowed = (c >= 0x20 && c <= 0x7E) && c != '"' && c != '\\';
			text.append(allowed ? c : '?');
		}
		return text.toString();
	}

}
