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

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Map;
import java.util.Objects;
import java.util.concurrent.ConcurrentHashMap;

/**
 * Values under unguessable keys that expire after a fixed time on the emulator's clock
 * (authorization codes, pending sign-in forms, hosted-UI sessions). Thread-safe.
 *
 * @param <V> the value type
 * @author Cognito Session contributors
 */
final class ExpiringStore<V> {

	private final Clock clock;

	private final Duration lifetime;

	private final RandomTokens random;

	private final Map<String, Entry<V>> entries = new ConcurrentHashMap<>();

	ExpiringStore(Clock clock, Duration lifetime, RandomTokens random) {
		this.clock = Objects.requireNonNull(clock, "clock cannot be null");
		this.lifetime = Objects.requireNonNull(lifetime, "lifetime cannot be null");
		this.random = Objects.requireNonNull(random, "random cannot be null");
	}

	/**
	 * Store a value under a new random key.
	 * @param value the value
	 * @return the key
	 */
	String put(V value) {
		Instant now = this.clock.instant();
		// Abandoned entries would otherwise pile up in a long-running emulator.
		this.entries.values().removeIf((entry) -> !now.isBefore(entry.expiresAt()));
		String key = this.random.next();
		this.entries.put(key, new Entry<>(value, now.plus(this.lifetime)));
		return key;
	}

	/**
	 * The value under a key, if not expired.
	 * @param key the key, may be {@code null}
	 * @return the value or {@code null}
	 */
	V get(String key) {
		Entry<V> entry = (key != null) ? this.entries.get(key) : null;
		return (entry != null && this.clock.instant().isBefore(entry.expiresAt())) ? entry.value() : null;
	}

	/**
	 * Remove and return the value under a key, so that it can be used only once.
	 * @param key the key, may be {@code null}
	 * @return the value if it was there and not expired, else {@code null}
	 */
	V take(String key) {
		Entry<V> entry = (key != null) ? this.entries.remove(key) : null;
		return (entry != null && this.clock.instant().isBefore(entry.expiresAt())) ? entry.value() : null;
	}

	void remove(String key) {
		if (key != null) {
			this.entries.remove(key);
		}
	}

	private record Entry<V>(V value, Instant expiresAt) {

	}

}
