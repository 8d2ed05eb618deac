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

package io.github.cognitosession.local.s3;

/**
 * An S3 error answer ({@code <Error><Code>...}).
 *
 * @author Cognito Session contributors
 */
final class S3Error extends RuntimeException {

	private final int status;

	private final String code;

	S3Error(int status, String code, String message) {
		super(message, null, false, false);
		this.status = status;
		this.code = code;
	}

	static S3Error accessDenied(String message) {
		return new S3Error(403, "AccessDenied", message);
	}

	int status() {
		return this.status;
	}

	String code() {
		return this.code;
	}

}
