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

import java.security.SecureRandom;
import java.util.Base64;
import java.util.Objects;

/**
 * Unguessable URL-safe tokens (codes, form tokens, session ids).
 *
 * @author Cognito Session contributors
 */
final class RandomTokens {

	private static final int BYTES = 32;

	private final SecureRandom random;

	RandomTokens(SecureRandom random) {
		this.random = Objects.requireNonNull(random, "random cannot be null");
	}

	String next() {
		byte[] bytes = new byte[BYTES];
		this.random.nextBytes(bytes);
		return Base64.getUrlEncoder().withoutPadding().encodeToString(bytes);
	}

}
