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

package io.github.cognitosession.local.identity;

import java.util.Map;
import java.util.Objects;
import java.util.concurrent.ConcurrentHashMap;

/**
 * Tokens of federated providers (Google, Facebook, an OIDC provider, ...) that tests
 * declare valid, since the emulator cannot check them with the real provider.
 * Thread-safe.
 *
 * @author Cognito Session contributors
 */
public final class FederatedLogins {

	private final Map<String, String> subjects = new ConcurrentHashMap<>();

	/**
	 * Accept a token of a provider as the login of a subject.
	 * @param provider the provider name, e.g. {@code accounts.google.com}
	 * @param token the token the client will send in {@code Logins}
	 * @param subject the provider's user id
	 */
	public void accept(String provider, String token, String subject) {
		Objects.requireNonNull(provider, "provider cannot be null");
		Objects.requireNonNull(token, "token cannot be null");
		Objects.requireNonNull(subject, "subject cannot be null");
		this.subjects.put(provider + "\n" + token, subject);
	}

	/**
	 * The subject of an accepted token.
	 * @param provider the provider name
	 * @param token the token
	 * @return the subject, or {@code null} when the token was not accepted
	 */
	public String subject(String provider, String token) {
		return this.subjects.get(provider + "\n" + token);
	}

}
