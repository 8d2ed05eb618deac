package io.github.cognitosession.refresh;

import java.time.Clock;
import java.time.Duration;
import java.util.List;
import java.util.function.Function;

/** TEMPORARY STUB until the refresh-engine branch lands. */
public final class RefreshEngine implements AutoCloseable {

	final Clock clock;

	final Duration waitTimeout;

	final Function<Duration, RuntimeException> timeoutException;

	private RefreshEngine(Builder builder) {
		this.clock = builder.clock;
		this.waitTimeout = builder.waitTimeout;
		this.timeoutException = builder.timeoutException;
	}

	public static Builder builder() {
		return new Builder();
	}

	public <V> RefreshSlot<V> slot(String key, RefreshSource<V> source,
			List<? extends RefreshInterceptor<V>> interceptors) {
		return new RefreshSlot<>(this, key, source, List.copyOf(interceptors));
	}

	@Override
	public void close() {
	}

	public static final class Builder {

		Clock clock = Clock.systemUTC();

		Duration waitTimeout = Duration.ofSeconds(10);

		Function<Duration, RuntimeException> timeoutException = (d) -> new IllegalStateException("timeout " + d);

		public Builder clock(Clock clock) {
			this.clock = clock;
			return this;
		}

		public Builder waitTimeout(Duration waitTimeout) {
			this.waitTimeout = waitTimeout;
			return this;
		}

		public Builder timeoutException(Function<Duration, RuntimeException> timeoutException) {
			this.timeoutException = timeoutException;
			return this;
		}

		public RefreshEngine build() {
			return new RefreshEngine(this);
		}

	}

}
