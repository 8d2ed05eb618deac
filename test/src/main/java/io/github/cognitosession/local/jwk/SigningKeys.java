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

package io.github.cognitosession.local.jwk;

import java.util.concurrent.CompletableFuture;

/**
 * Hands out RSA signing keys generated in the background, always one ahead, so neither
 * the emulator's start nor CreateUserPool waits for a 2048-bit key generation.
 * Thread-safe.
 *
 * @author Cognito Session contributors
 */
public final class SigningKeys {

	private CompletableFuture<PoolSigningKey> spare = generate();

	/**
	 * The next key; the caller joins it when it first signs or publishes.
	 * @return the key, possibly still being generated
	 */
	public synchronized CompletableFuture<PoolSigningKey> next() {
		CompletableFuture<PoolSigningKey> next = this.spare;
		this.spare = generate();
		return next;
	}

	private static CompletableFuture<PoolSigningKey> generate() {
		return CompletableFuture.supplyAsync(PoolSigningKey::generate);
	}

}
