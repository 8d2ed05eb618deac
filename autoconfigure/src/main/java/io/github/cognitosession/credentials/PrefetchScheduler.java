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

import java.time.Clock;
import java.time.Duration;
import java.util.concurrent.RejectedExecutionException;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.ScheduledFuture;
import java.util.concurrent.ScheduledThreadPoolExecutor;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicReference;

import org.apache.commons.logging.Log;
import org.apache.commons.logging.LogFactory;

import org.springframework.scheduling.concurrent.CustomizableThreadFactory;

/**
 * The background work of a {@link CognitoIdentityCredentialsProvider}: its one pending
 * timer (the end of the fresh phase, or a background retry) and its prefetches, on a
 * scheduler it either owns (one daemon thread, ended when idle and on close) or was given
 * (shared, so never shut down here).
 *
 * @author Cognito Session contributors
 */
final class PrefetchScheduler {

	private static final Duration IDLE_THREAD_KEEP_ALIVE = Duration.ofMinutes(1);

	private static final Duration CLOSE_TIMEOUT = Duration.ofSeconds(5);

	// the provider's category, so that its users' logging configuration still applies
	private static final Log logger = LogFactory.getLog(CognitoIdentityCredentialsProvider.class);

	private static final AtomicInteger instanceCounter = new AtomicInteger();

	private final Clock clock;

	private final ScheduledExecutorService executor;

	private final boolean ownsExecutor;

	private final AtomicReference<ScheduledFuture<?>> timer = new AtomicReference<>();

	private volatile boolean closed;

	/**
	 * Create an instance.
	 * @param scheduler the scheduler to share, or {@code null} for one of its own
	 * @param clock the clock timers are set from
	 */
	PrefetchScheduler(ScheduledExecutorService scheduler, Clock clock) {
		this.clock = clock;
		this.ownsExecutor = scheduler == null;
		this.executor = this.ownsExecutor ? createExecutor() : scheduler;
	}

	private static ScheduledThreadPoolExecutor createExecutor() {
		CustomizableThreadFactory threadFactory = new CustomizableThreadFactory(
				CognitoIdentityCredentialsProvider.THREAD_NAME_PREFIX + instanceCounter.incrementAndGet() + "-");
		threadFactory.setDaemon(true);
		ScheduledThreadPoolExecutor executor = new ScheduledThreadPoolExecutor(1, threadFactory);
		// An idle provider holds no thread; the only worker stays while a task is queued.
		executor.setKeepAliveTime(IDLE_THREAD_KEEP_ALIVE.toMillis(), TimeUnit.MILLISECONDS);
		executor.allowCoreThreadTimeOut(true);
		executor.setRemoveOnCancelPolicy(true);
		executor.setExecuteExistingDelayedTasksAfterShutdownPolicy(false);
		return executor;
	}

	boolean isClosed() {
		return this.closed;
	}

	/**
	 * Run the task at the given clock instant, replacing the pending timer.
	 * @return whether it was scheduled (not when closed or the scheduler is shut down)
	 */
	boolean schedule(Runnable task, long at) {
		// A shared scheduler outlives close(), so being closed must be checked here.
		if (this.closed) {
			return false;
		}
		long delay = Math.max(0, at - this.clock.millis());
		try {
			ScheduledFuture<?> scheduled = this.executor.schedule(task, delay, TimeUnit.MILLISECONDS);
			ScheduledFuture<?> previous = this.timer.getAndSet(scheduled);
			if (previous != null) {
				previous.cancel(false);
			}
		}
		catch (RejectedExecutionException ex) {
			return false;
		}
		if (this.closed) {
			// close() ran after the check above and may have missed this timer.
			cancelTimer();
			return false;
		}
		return true;
	}

	/**
	 * Run the task now, in the background.
	 * @throws RejectedExecutionException when closed or the scheduler is shut down
	 */
	void execute(Runnable task) {
		if (this.closed) {
			throw new RejectedExecutionException("The credentials provider is closed");
		}
		this.executor.execute(task);
	}

	/**
	 * Cancel the pending timer and, if the scheduler is owned, stop its thread.
	 */
	void close() {
		this.closed = true;
		cancelTimer();
		if (this.ownsExecutor) {
			this.executor.shutdownNow();
			try {
				if (!this.executor.awaitTermination(CLOSE_TIMEOUT.toMillis(), TimeUnit.MILLISECONDS)) {
					logger.warn("Cognito credentials refresh thread did not stop within " + CLOSE_TIMEOUT);
				}
			}
			catch (InterruptedException ex) {
				Thread.currentThread().interrupt();
			}
		}
	}

	private void cancelTimer() {
		ScheduledFuture<?> pending = this.timer.getAndSet(null);
		if (pending != null) {
			pending.cancel(false);
		}
	}

}
