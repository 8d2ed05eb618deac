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
package io.github.cognitosession.refresh;

import java.time.Instant;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;

/**
 * A {@link RefreshListener} that records what it is told.
 *
 * @author Cognito Session contributors
 */
final class RecordingListener implements RefreshListener<TestSource.Value> {

	private final List<Refreshed> refreshed = new CopyOnWriteArrayList<>();

	private final List<Failed> failed = new CopyOnWriteArrayList<>();

	private volatile CountDownLatch refreshedLatch = new CountDownLatch(1);

	@Override
	public void refreshed(String key, TestSource.Value value) {
		this.refreshed.add(new Refreshed(key, value));
		this.refreshedLatch.countDown();
	}

	@Override
	public void failed(String key, RuntimeException failure, int consecutiveFailures, Instant retryAt) {
		this.failed.add(new Failed(key, failure, consecutiveFailures, retryAt));
	}

	List<Refreshed> refreshed() {
		return this.refreshed;
	}

	List<Failed> failed() {
		return this.failed;
	}

	Failed lastFailure() {
		return this.failed.get(this.failed.size() - 1);
	}

	/**
	 * Wait until a refresh has been reported since the last call.
	 */
	boolean awaitRefreshed() throws InterruptedException {
		boolean reported = this.refreshedLatch.await(10, TimeUnit.SECONDS);
		this.refreshedLatch = new CountDownLatch(1);
		return reported;
	}

	record Refreshed(String key, TestSource.Value value) {

	}

	record Failed(String key, RuntimeException failure, int consecutiveFailures, Instant retryAt) {

	}

}
