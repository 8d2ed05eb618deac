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
 * Tests for {@link InMemorySessionStore}.
 *
 * @author Cognito Session contributors
 */
class InMemorySessionStoreTests {

	private final InMemorySessionStore store = new InMemorySessionStore();

	@Test
	void isApplicationWideWhenCreatedThenTrueWithConstantKey() {
		assertThat(this.store.isApplicationWide()).isTrue();
		assertThat(this.store.sessionKey()).isSameAs(new InMemorySessionStore().sessionKey());
	}

	@Test
	void loadWhenNothingSavedThenEmpty() {
		assertThat(this.store.load()).isEmpty();
	}

	@Test
	void loadWhenSavedThenReturnsLastSavedRecord() {
		this.store.save(TestSessionRecords.minimal());
		this.store.save(TestSessionRecords.full());
		assertThat(this.store.load()).contains(TestSessionRecords.full());
	}

	@Test
	void clearWhenCalledTwiceThenEmptyAndNoError() {
		this.store.save(TestSessionRecords.full());
		this.store.clear();
		this.store.clear();
		assertThat(this.store.load()).isEmpty();
	}

	@Test
	void saveWhenNullThenIllegalArgumentException() {
		assertThatIllegalArgumentException().isThrownBy(() -> this.store.save(null))
			.withMessage("record cannot be null");
	}

	@Test
	void toStringWhenSessionPresentThenNoTokens() {
		SessionRecord record = TestSessionRecords.full();
		this.store.save(record);
		assertThat(this.store.toString()).contains("session present")
			.doesNotContain(record.getRefreshToken(), record.getIdToken(), record.getAccessToken());
	}

}
