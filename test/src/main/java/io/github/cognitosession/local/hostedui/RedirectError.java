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

/**
 * A problem with an authorization request whose client and redirect URI are valid: sent
 * back to the client's redirect URI as {@code error}, {@code error_description} and the
 * client's {@code state}.
 *
 * @author Cognito Session contributors
 */
final class RedirectError extends RuntimeException {

	private final String error;

	private final String redirectUri;

	private final String state;

	RedirectError(String error, String description, String redirectUri, String state) {
		super(description, null, false, false);
		this.error = error;
		this.redirectUri = redirectUri;
		this.state = state;
	}

	String error() {
		return this.error;
	}

	String redirectUri() {
		return this.redirectUri;
	}

	String state() {
		return this.state;
	}

}
