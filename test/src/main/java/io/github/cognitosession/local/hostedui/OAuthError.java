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
 * An OAuth 2.0 error answered as JSON ({@code {"error": ..., "error_description": ...}})
 * by the token, userInfo and revocation endpoints. Never carries a token or secret.
 *
 * @author Cognito Session contributors
 */
final class OAuthError extends RuntimeException {

	private final String error;

	private final int status;

	private final String wwwAuthenticate;

	OAuthError(String error, String description, int status) {
		this(error, description, status, null);
	}

	OAuthError(String error, String description, int status, String wwwAuthenticate) {
		super(description, null, false, false);
		this.error = error;
		this.status = status;
		this.wwwAuthenticate = wwwAuthenticate;
	}

	static OAuthError invalidRequest(String description) {
		return new OAuthError("invalid_request", description, 400);
	}

	static OAuthError invalidGrant(String description) {
		return new OAuthError("invalid_grant", description, 400);
	}

	String error() {
		return this.error;
	}

	int status() {
		return this.status;
	}

	String wwwAuthenticate() {
		return this.wwwAuthenticate;
	}

}
