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

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;

/**
 * Tests for {@link InMemorySessionRepository}.
 *
 * @author Cognito Session contributors
 */
class InMemorySessionRepositoryTests {

	private static final String KEY = SessionRepository.APPLICATION_KEY;

	private final InMemorySessionRepository store = new InMemorySessionRepository();

	@Test
	void loadWhenOtherKeysSavedThenEachKeyItsOwnRecord() {
		this.store.save("alice", TestSessionRecords.full());
		this.store.save("bob", TestSessionRecords.minimal());
		assertThat(this.store.load("alice")).contains(TestSessionRecords.full());
		assertThat(this.store.load("bob")).contains(TestSessionRecords.minimal());
		assertThat(this.store.load(KEY)).isEmpty();
		this.store.remove("alice");
		assertThat(this.store.load("alice")).isEmpty();
		assertThat(this.store.load("bob")).isPresent();
	}

	@Test
	void loadWhenNothingSavedThenEmpty() {
		assertThat(this.store.load(KEY)).isEmpty();
	}

	@Test
	void loadWhenSavedThenReturnsLastSavedRecord() {
		this.store.save(KEY, TestSessionRecords.minimal());
		this.store.save(KEY, TestSessionRecords.full());
		assertThat(this.store.load(KEY)).contains(TestSessionRecords.full());
	}

	@Test
	void removeWhenCalledTwiceThenEmptyAndNoError() {
		this.store.save(KEY, TestSessionRecords.full());
		this.store.remove(KEY);
		this.store.remove(KEY);
		assertThat(this.store.load(KEY)).isEmpty();
	}

	@Test
	void saveWhenNullThenIllegalArgumentException() {
		assertThatIllegalArgumentException().isThrownBy(() -> this.store.save(KEY, null))
			.withMessage("record cannot be null");
	}

	@Test
	void toStringWhenSessionPresentThenNoTokens() {
		SessionRecord record = TestSessionRecords.full();
		this.store.save(KEY, record);
		assertThat(this.store.toString()).contains("sessions=1")
			.doesNotContain(record.getRefreshToken(), record.getIdToken(), record.getAccessToken());
	}

}
