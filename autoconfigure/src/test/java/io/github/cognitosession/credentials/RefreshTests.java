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
package io.github.cognitosession.credentials;

import java.io.IOException;
import java.time.Duration;

import org.junit.jupiter.api.Test;
import software.amazon.awssdk.auth.credentials.AwsSessionCredentials;

import io.github.cognitosession.exception.CognitoSessionException;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatExceptionOfType;

/**
 * Tests for {@link Refresh}.
 *
 * @author Cognito Session contributors
 */
class RefreshTests {

	private static final long PREFETCH_AT = 1_000;

	private static final long STALE_AT = 2_000;

	private static final CachedCredentials ALICE = new CachedCredentials(
			AwsSessionCredentials.create("ASIAALICE", "secret", "session"), "user:alice", "eu-west-1:alice",
			PREFETCH_AT, STALE_AT, 3_000, true);

	@Test
	void isMadePointlessByWhenBlockingAndCurrentNotStaleThenTrue() {
		Refresh refresh = new Refresh("user:alice", Refresh.Mode.BLOCKING, null);

		assertThat(refresh.isMadePointlessBy(ALICE, STALE_AT - 1)).isTrue();
		assertThat(refresh.isMadePointlessBy(ALICE, STALE_AT)).isFalse();
	}

	@Test
	void isMadePointlessByWhenPrefetchAndCurrentBeforePrefetchTimeThenTrue() {
		Refresh refresh = new Refresh("user:alice", Refresh.Mode.PREFETCH, null);

		assertThat(refresh.isMadePointlessBy(ALICE, PREFETCH_AT - 1)).isTrue();
		assertThat(refresh.isMadePointlessBy(ALICE, PREFETCH_AT)).isFalse();
	}

	@Test
	void isMadePointlessByWhenBackgroundThenTrueOnlyWhenValueReplaced() {
		Refresh refresh = new Refresh("user:alice", Refresh.Mode.BACKGROUND, ALICE);

		assertThat(refresh.isMadePointlessBy(ALICE, 0)).isFalse();
		assertThat(refresh.isMadePointlessBy(ALICE.notFresh(), 0)).isTrue();
	}

	@Test
	void isMadePointlessByWhenAnotherIdentityOrNothingCachedThenFalse() {
		Refresh refresh = new Refresh("user:bob", Refresh.Mode.BLOCKING, null);

		assertThat(refresh.isMadePointlessBy(ALICE, 0)).isFalse();
		assertThat(refresh.isMadePointlessBy(null, 0)).isFalse();
	}

	@Test
	void awaitWhenFailedWithRuntimeExceptionThenRethrowsIt() {
		Refresh refresh = new Refresh("user:alice", Refresh.Mode.BLOCKING, null);
		IllegalStateException failure = new IllegalStateException("upstream down");
		refresh.result.completeExceptionally(failure);

		assertThatExceptionOfType(IllegalStateException.class)
			.isThrownBy(() -> refresh.await(System.nanoTime(), Duration.ofSeconds(1)))
			.isSameAs(failure);
	}

	@Test
	void awaitWhenFailedWithCheckedExceptionThenWrapped() {
		Refresh refresh = new Refresh("user:alice", Refresh.Mode.BLOCKING, null);
		refresh.result.completeExceptionally(new IOException("broken"));

		assertThatExceptionOfType(CognitoSessionException.class)
			.isThrownBy(() -> refresh.await(System.nanoTime(), Duration.ofSeconds(1)))
			.withMessageContaining("Fetching AWS credentials failed")
			.withCauseInstanceOf(IOException.class);
	}

	@Test
	void awaitWhenDeadlinePassedThenTimeoutNamesWholeWait() {
		Refresh refresh = new Refresh("user:alice", Refresh.Mode.BLOCKING, null);

		assertThatExceptionOfType(RefreshTimeoutException.class)
			.isThrownBy(() -> refresh.await(System.nanoTime(), Duration.ofSeconds(7)))
			.withMessageContaining("PT7S");
	}

	@Test
	void awaitWhenCompletedThenReturnsValue() {
		Refresh refresh = new Refresh("user:alice", Refresh.Mode.BLOCKING, null);
		refresh.result.complete(ALICE);

		assertThat(refresh.await(System.nanoTime(), Duration.ofSeconds(1))).isSameAs(ALICE);
	}

}
