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

import java.time.Duration;
import java.util.concurrent.RejectedExecutionException;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.ScheduledFuture;
import java.util.concurrent.ScheduledThreadPoolExecutor;
import java.util.concurrent.ThreadFactory;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;

import org.apache.commons.logging.Log;
import org.apache.commons.logging.LogFactory;

/**
 * Where a {@link RefreshEngine} runs its timers and background refreshes: a scheduler it
 * was given (shared, so never shut down here), or one of its own, created on first use,
 * with one daemon thread that ends after a minute without work and on {@link #close()}.
 *
 * @author Cognito Session contributors
 */
final class RefreshScheduler {

	private static final Duration IDLE_THREAD_KEEP_ALIVE = Duration.ofMinutes(1);

	private static final Duration CLOSE_TIMEOUT = Duration.ofSeconds(5);

	private static final Log logger = LogFactory.getLog(RefreshEngine.class);

	private static final AtomicInteger instanceCounter = new AtomicInteger();

	private final ScheduledExecutorService shared;

	private final String threadNamePrefix;

	private volatile ScheduledThreadPoolExecutor owned;

	private volatile boolean closed;

	/**
	 * Create an instance.
	 * @param shared the scheduler to share, or {@code null} for one of its own
	 * @param threadNamePrefix the name prefix of its own thread
	 */
	RefreshScheduler(ScheduledExecutorService shared, String threadNamePrefix) {
		this.shared = shared;
		this.threadNamePrefix = threadNamePrefix;
	}

	boolean isClosed() {
		return this.closed;
	}

	/**
	 * Run the task after the delay.
	 * @throws RejectedExecutionException when closed or the scheduler is shut down
	 */
	ScheduledFuture<?> schedule(Runnable task, long delayMillis) {
		return executor().schedule(task, delayMillis, TimeUnit.MILLISECONDS);
	}

	/**
	 * Run the task now, in the background.
	 * @throws RejectedExecutionException when closed or the scheduler is shut down
	 */
	void execute(Runnable task) {
		executor().execute(task);
	}

	/**
	 * Stop an own scheduler's thread, waiting (briefly) for a refresh it is running,
	 * unless called from that thread. Idempotent.
	 */
	void close() {
		ScheduledThreadPoolExecutor executor;
		synchronized (this) {
			this.closed = true;
			executor = this.owned;
		}
		if (executor == null) {
			return;
		}
		executor.shutdownNow();
		if (Thread.currentThread() instanceof RefreshThread thread && thread.scheduler == this) {
			return;
		}
		try {
			if (!executor.awaitTermination(CLOSE_TIMEOUT.toMillis(), TimeUnit.MILLISECONDS)) {
				logger.warn("Refresh thread " + this.threadNamePrefix + " did not stop within " + CLOSE_TIMEOUT);
			}
		}
		catch (InterruptedException ex) {
			Thread.currentThread().interrupt();
		}
	}

	private ScheduledExecutorService executor() {
		// a shared scheduler outlives close(), so being closed is checked here
		if (this.closed) {
			throw new RejectedExecutionException("The refresh engine is closed");
		}
		if (this.shared != null) {
			return this.shared;
		}
		ScheduledThreadPoolExecutor executor = this.owned;
		if (executor != null) {
			return executor;
		}
		synchronized (this) {
			if (this.closed) {
				throw new RejectedExecutionException("The refresh engine is closed");
			}
			if (this.owned == null) {
				this.owned = createExecutor();
			}
			return this.owned;
		}
	}

	private ScheduledThreadPoolExecutor createExecutor() {
		String prefix = this.threadNamePrefix + instanceCounter.incrementAndGet() + "-";
		AtomicInteger threadCounter = new AtomicInteger();
		ThreadFactory threadFactory = (task) -> new RefreshThread(this, task, prefix + threadCounter.incrementAndGet());
		ScheduledThreadPoolExecutor executor = new ScheduledThreadPoolExecutor(1, threadFactory);
		// An idle engine holds no thread; the only worker stays while a task is queued.
		executor.setKeepAliveTime(IDLE_THREAD_KEEP_ALIVE.toMillis(), TimeUnit.MILLISECONDS);
		executor.allowCoreThreadTimeOut(true);
		executor.setRemoveOnCancelPolicy(true);
		executor.setExecuteExistingDelayedTasksAfterShutdownPolicy(false);
		return executor;
	}

	/**
	 * A thread of an own scheduler, which knows its scheduler so that {@link #close()}
	 * called on it (e.g. by a listener) does not wait for itself.
	 */
	private static final class RefreshThread extends Thread {

		private final RefreshScheduler scheduler;

		RefreshThread(RefreshScheduler scheduler, Runnable task, String name) {
			super(task, name);
			this.scheduler = scheduler;
			setDaemon(true);
		}

	}

}
