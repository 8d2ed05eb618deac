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
 * A problem with an authorization or logout request found before a registered redirect
 * URI is known: shown as an HTML page, never redirected, so that the hosted UI cannot be
 * used as an open redirect.
 *
 * @author Cognito Session contributors
 */
final class PageError extends RuntimeException {

	private final int status;

	PageError(String message) {
		this(message, 400);
	}

	PageError(String message, int status) {
		super(message, null, false, false);
		this.status = status;
	}

	int status() {
		return this.status;
	}

}
