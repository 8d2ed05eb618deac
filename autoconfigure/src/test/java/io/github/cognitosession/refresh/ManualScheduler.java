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

import java.time.Clock;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.concurrent.AbstractExecutorService;
import java.util.concurrent.Callable;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.Delayed;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.ScheduledFuture;
import java.util.concurrent.TimeUnit;

/**
 * A scheduler whose delayed tasks run only when the test moves its clock and calls
 * {@link #runDueTasks()}; immediate tasks ({@link #execute(Runnable)}) run on a real
 * thread, so that a background refresh never runs on the caller's thread.
 *
 * @author Cognito Session contributors
 */
public final class ManualScheduler extends AbstractExecutorService implements ScheduledExecutorService {

	private final Clock clock;

	private final ExecutorService immediate = Executors.newCachedThreadPool((task) -> {
		Thread thread = new Thread(task, "manual-scheduler");
		thread.setDaemon(true);
		return thread;
	});

	private final List<Task> tasks = new ArrayList<>();

	private final List<Future<?>> immediateTasks = new CopyOnWriteArrayList<>();

	/**
	 * Create a scheduler whose delayed tasks are due by the given clock.
	 * @param clock the clock the test moves
	 */
	public ManualScheduler(Clock clock) {
		this.clock = clock;
	}

	/**
	 * Run, on the calling thread, every delayed task whose time has come by the clock.
	 */
	public void runDueTasks() {
		while (true) {
			Task due;
			synchronized (this.tasks) {
				due = this.tasks.stream()
					.filter((task) -> task.dueAt <= this.clock.millis())
					.min(Comparator.comparingLong((task) -> task.dueAt))
					.orElse(null);
				if (due == null) {
					return;
				}
				this.tasks.remove(due);
			}
			due.run();
		}
	}

	@Override
	public ScheduledFuture<?> schedule(Runnable command, long delay, TimeUnit unit) {
		Task task = new Task(command, this.clock.millis() + unit.toMillis(delay));
		synchronized (this.tasks) {
			this.tasks.add(task);
		}
		return task;
	}

	@Override
	public void execute(Runnable command) {
		this.immediateTasks.add(this.immediate.submit(command));
	}

	/**
	 * Wait until every immediate task submitted so far has finished.
	 * @throws Exception if a task failed or did not finish within ten seconds
	 */
	public void awaitImmediateTasks() throws Exception {
		for (Future<?> task : this.immediateTasks) {
			task.get(10, TimeUnit.SECONDS);
		}
	}

	@Override
	public <V> ScheduledFuture<V> schedule(Callable<V> callable, long delay, TimeUnit unit) {
		throw new UnsupportedOperationException();
	}

	@Override
	public ScheduledFuture<?> scheduleAtFixedRate(Runnable command, long initialDelay, long period, TimeUnit unit) {
		throw new UnsupportedOperationException();
	}

	@Override
	public ScheduledFuture<?> scheduleWithFixedDelay(Runnable command, long initialDelay, long delay, TimeUnit unit) {
		throw new UnsupportedOperationException();
	}

	@Override
	public void shutdown() {
		this.immediate.shutdown();
	}

	@Override
	public List<Runnable> shutdownNow() {
		return this.immediate.shutdownNow();
	}

	@Override
	public boolean isShutdown() {
		return this.immediate.isShutdown();
	}

	@Override
	public boolean isTerminated() {
		return this.immediate.isTerminated();
	}

	@Override
	public boolean awaitTermination(long timeout, TimeUnit unit) throws InterruptedException {
		return this.immediate.awaitTermination(timeout, unit);
	}

	private final class Task implements ScheduledFuture<Object>, Runnable {

		private final Runnable command;

		private final long dueAt;

		private volatile boolean cancelled;

		private volatile boolean done;

		Task(Runnable command, long dueAt) {
			this.command = command;
			this.dueAt = dueAt;
		}

		@Override
		public void run() {
			if (!this.cancelled) {
				this.command.run();
			}
			this.done = true;
		}

		@Override
		public long getDelay(TimeUnit unit) {
			return unit.convert(this.dueAt - ManualScheduler.this.clock.millis(), TimeUnit.MILLISECONDS);
		}

		@Override
		public int compareTo(Delayed other) {
			return Long.compare(getDelay(TimeUnit.MILLISECONDS), other.getDelay(TimeUnit.MILLISECONDS));
		}

		@Override
		public boolean cancel(boolean mayInterruptIfRunning) {
			this.cancelled = true;
			synchronized (ManualScheduler.this.tasks) {
				ManualScheduler.this.tasks.remove(this);
			}
			return !this.done;
		}

		@Override
		public boolean isCancelled() {
			return this.cancelled;
		}

		@Override
		public boolean isDone() {
			return this.done || this.cancelled;
		}

		@Override
		public Object get() {
			throw new UnsupportedOperationException();
		}

		@Override
		public Object get(long timeout, TimeUnit unit) {
			throw new UnsupportedOperationException();
		}

	}

}
