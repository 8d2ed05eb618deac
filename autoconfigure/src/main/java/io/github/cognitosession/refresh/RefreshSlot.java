package io.github.cognitosession.refresh;

import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.concurrent.atomic.AtomicReference;

/** TEMPORARY STUB until the refresh-engine branch lands. */
public final class RefreshSlot<V> {

	private final RefreshEngine engine;

	private final String key;

	private final RefreshSource<V> source;

	private final List<? extends RefreshInterceptor<V>> interceptors;

	private final AtomicReference<CompletableFuture<V>> inFlight = new AtomicReference<>();

	private volatile RuntimeException lastFailure;

	private volatile Instant retryAt;

	private volatile int failures;

	RefreshSlot(RefreshEngine engine, String key, RefreshSource<V> source,
			List<? extends RefreshInterceptor<V>> interceptors) {
		this.engine = engine;
		this.key = key;
		this.source = source;
		this.interceptors = interceptors;
	}

	public V get() {
		V current = this.source.current();
		Instant now = this.engine.clock.instant();
		if (current != null) {
			RefreshDeadlines deadlines = this.source.deadlines(current);
			if (now.isBefore(deadlines.staleAt())) {
				return current;
			}
			boolean valid = now.isBefore(deadlines.expiresAt());
			if (this.retryAt != null && now.isBefore(this.retryAt)) {
				if (valid) {
					return current;
				}
				throw this.lastFailure;
			}
			try {
				return run(current);
			}
			catch (RuntimeException ex) {
				if (valid) {
					return current;
				}
				throw ex;
			}
		}
		return run(null);
	}

	public V refresh(V seen) {
		V current = this.source.current();
		if (current != null && current != seen) {
			return current;
		}
		return run(current);
	}

	private V run(V base) {
		CompletableFuture<V> mine = new CompletableFuture<>();
		CompletableFuture<V> existing = this.inFlight.compareAndExchange(null, mine);
		if (existing != null) {
			return join(existing);
		}
		try {
			V result = call(0, base);
			this.retryAt = null;
			this.failures = 0;
			mine.complete(result);
			return result;
		}
		catch (RuntimeException ex) {
			if (this.source.backsOff(ex)) {
				this.failures++;
				this.lastFailure = ex;
				this.retryAt = this.engine.clock.instant()
					.plus(Duration.ofSeconds(Math.min(30, 1L << Math.min(this.failures - 1, 5))));
			}
			mine.completeExceptionally(ex);
			throw ex;
		}
		finally {
			this.inFlight.compareAndSet(mine, null);
		}
	}

	private V call(int index, V base) {
		if (index < this.interceptors.size()) {
			return this.interceptors.get(index).intercept(this.key, base, (b) -> call(index + 1, b));
		}
		return this.source.refresh(base);
	}

	private V join(CompletableFuture<V> future) {
		try {
			return future.get(this.engine.waitTimeout.toNanos(), TimeUnit.NANOSECONDS);
		}
		catch (ExecutionException ex) {
			if (ex.getCause() instanceof RuntimeException runtime) {
				throw runtime;
			}
			throw new IllegalStateException(ex.getCause());
		}
		catch (TimeoutException ex) {
			throw this.engine.timeoutException.apply(this.engine.waitTimeout);
		}
		catch (InterruptedException ex) {
			Thread.currentThread().interrupt();
			throw new IllegalStateException(ex);
		}
	}

	public void close() {
	}

}
