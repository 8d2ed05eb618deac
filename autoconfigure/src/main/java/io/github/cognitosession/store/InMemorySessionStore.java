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
import java.util.concurrent.atomic.AtomicReference;

import org.springframework.util.Assert;

/**
 * A {@link SessionStore} that keeps the session in memory only: a restart signs the user
 * out. Useful for tests and for short-lived processes that must not write secrets to
 * disk. Thread-safe.
 *
 * @author Cognito Session contributors
 */
public final class InMemorySessionStore implements SessionStore {

	private final AtomicReference<SessionRecord> record = new AtomicReference<>();

	@Override
	public Optional<SessionRecord> load() {
		return Optional.ofNullable(this.record.get());
	}

	@Override
	public void save(SessionRecord record) {
		Assert.notNull(record, "record cannot be null");
		this.record.set(record);
	}

	@Override
	public void clear() {
		this.record.set(null);
	}

	@Override
	public String toString() {
		return "InMemorySessionStore[" + ((this.record.get() != null) ? "session present" : "empty") + "]";
	}

	@Override
	public boolean isApplicationWide() {
		return true;
	}

}
