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

package io.github.cognitosession.store;

import javax.crypto.SecretKey;

/**
 * Supplies the AES-256 key that {@link EncryptedFileSessionStore} encrypts the session
 * with. Implementations must never reveal the key in {@code toString()}, log lines or
 * exception messages.
 *
 * @author Cognito Session contributors
 * @see Base64SessionKeySource
 * @see KeyFileSessionKeySource
 */
@FunctionalInterface
public interface SessionKeySource {

	/**
	 * Return the key, obtaining or creating it on first use if needed.
	 * @return a 256-bit AES key
	 * @throws SessionStoreException if the key cannot be read or created
	 */
	SecretKey getKey();

}
