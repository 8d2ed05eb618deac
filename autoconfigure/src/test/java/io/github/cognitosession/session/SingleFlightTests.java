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

import java.time.Duration;
import java.util.Arrays;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;

import io.github.cognitosession.exception.CognitoUnavailableException;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatExceptionOfType;
import static org.awaitility.Awaitility.await;

/**
 * Tests for {@link SingleFlight}.
 *
 * @author Cognito Session contributors
 */
class SingleFlightTests {

	private final ExecutorService executor = Executors.newFixedThreadPool(2);

	@AfterEach
	void stop() {
		this.executor.shutdownNow();
	}

	@Test
	void runWhenFlightInProgressThenWaiterGetsLeadersFailure() throws Exception {
		SingleFlight<String> flight = new SingleFlight<>(Duration.ofSeconds(10));
		CountDownLatch leaderInside = new CountDownLatch(1);
		CountDownLatch failLeader = new CountDownLatch(1);
		AtomicInteger executions = new AtomicInteger();
		IllegalStateException failure = new IllegalStateException("refresh failed");
		Future<String> leader = this.executor.submit(() -> flight.run("key", () -> {
			executions.incrementAndGet();
			leaderInside.countDown();
			awaitQuietly(failLeader);
			throw failure;
		}));
		assertThat(leaderInside.await(10, TimeUnit.SECONDS)).isTrue();
		Future<String> follower = this.executor.submit(() -> flight.run("key", () -> {
			executions.incrementAndGet();
			return "second";
		}));
		await().atMost(Duration.ofSeconds(10)).until(() -> threadsWaiting(follower));
		failLeader.countDown();
		assertThatExceptionOfType(ExecutionException.class).isThrownBy(() -> follower.get(10, TimeUnit.SECONDS))
			.withCause(failure);
		assertThatExceptionOfType(ExecutionException.class).isThrownBy(() -> leader.get(10, TimeUnit.SECONDS))
			.withCause(failure);
		assertThat(executions).hasValue(1);
	}

	@Test
	void runWhenLeaderTooSlowThenWaiterTimesOut() throws Exception {
		SingleFlight<String> flight = new SingleFlight<>(Duration.ofMillis(50));
		CountDownLatch leaderInside = new CountDownLatch(1);
		CountDownLatch releaseLeader = new CountDownLatch(1);
		Future<String> leader = this.executor.submit(() -> flight.run("key", () -> {
			leaderInside.countDown();
			awaitQuietly(releaseLeader);
			return "done";
		}));
		assertThat(leaderInside.await(10, TimeUnit.SECONDS)).isTrue();
		assertThatExceptionOfType(CognitoUnavailableException.class).isThrownBy(() -> flight.run("key", () -> "never"))
			.withMessageContaining("waiting for the token refresh");
		releaseLeader.countDown();
		assertThat(leader.get(10, TimeUnit.SECONDS)).isEqualTo("done");
		assertThat(flight.run("key", () -> "next")).isEqualTo("next");
	}

	private boolean threadsWaiting(Future<String> follower) {
		return !follower.isDone() && Thread.getAllStackTraces()
			.entrySet()
			.stream()
			.anyMatch((entry) -> entry.getKey().getState() != Thread.State.RUNNABLE && Arrays.stream(entry.getValue())
				.anyMatch((frame) -> frame.getMethodName().equals("join")
						&& frame.getClassName().equals(SingleFlight.class.getName())));
	}

	private static void awaitQuietly(CountDownLatch latch) {
		try {
			latch.await(10, TimeUnit.SECONDS);
		}
		catch (InterruptedException ex) {
			Thread.currentThread().interrupt();
		}
	}

}
