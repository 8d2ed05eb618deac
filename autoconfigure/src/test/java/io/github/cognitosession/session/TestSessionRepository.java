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
package io.github.cognitosession.session;

import java.util.Optional;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicReference;

import io.github.cognitosession.store.SessionRecord;
import io.github.cognitosession.store.SessionRepository;

/**
 * A session repository in memory for the application's one session, counting its writes.
 *
 * @author Cognito Session contributors
 */
class TestSessionRepository implements SessionRepository {

	private final AtomicReference<SessionRecord> record = new AtomicReference<>();

	final AtomicInteger saves = new AtomicInteger();

	@Override
	public Optional<SessionRecord> load(String key) {
		return Optional.ofNullable(this.record.get());
	}

	@Override
	public void save(String key, SessionRecord record) {
		this.saves.incrementAndGet();
		this.record.set(record);
	}

	@Override
	public void remove(String key) {
		this.record.set(null);
	}

	SessionRecord record() {
		return this.record.get();
	}

	void record(SessionRecord record) {
		this.record.set(record);
	}

}
