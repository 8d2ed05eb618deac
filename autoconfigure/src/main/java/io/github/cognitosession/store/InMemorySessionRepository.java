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

import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ConcurrentMap;

import org.springframework.util.Assert;

/**
 * A {@link SessionRepository} that keeps sessions in memory only: a restart signs every
 * user out. Useful for tests and for short-lived processes that must not write secrets to
 * disk. Thread-safe.
 *
 * @author Cognito Session contributors
 */
public final class InMemorySessionRepository implements SessionRepository {

	private final ConcurrentMap<String, SessionRecord> records = new ConcurrentHashMap<>();

	@Override
	public Optional<SessionRecord> load(String key) {
		Assert.notNull(key, "key cannot be null");
		return Optional.ofNullable(this.records.get(key));
	}

	@Override
	public void save(String key, SessionRecord record) {
		Assert.notNull(key, "key cannot be null");
		Assert.notNull(record, "record cannot be null");
		this.records.put(key, record);
	}

	@Override
	public void remove(String key) {
		Assert.notNull(key, "key cannot be null");
		this.records.remove(key);
	}

	@Override
	public String toString() {
		return "InMemorySessionRepository[sessions=" + this.records.size() + "]";
	}

}
