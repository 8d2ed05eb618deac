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

import java.lang.invoke.MethodHandles;
import java.lang.invoke.VarHandle;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.RejectedExecutionException;
import java.util.concurrent.ScheduledFuture;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.ScheduledThreadPoolExecutor;
import java.util.concurrent.ThreadLocalRandom;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicReference;
import java.util.function.Consumer;

import org.apache.commons.logging.Log;
import org.apache.commons.logging.LogFactory;
import software.amazon.awssdk.annotations.ThreadSafe;
import software.amazon.awssdk.auth.credentials.AwsCredentials;
import software.amazon.awssdk.auth.credentials.AwsCredentialsProvider;
import software.amazon.awssdk.retries.api.BackoffStrategy;
import software.amazon.awssdk.services.cognitoidentity.CognitoIdentityClient;
import software.amazon.awssdk.utils.SdkAutoCloseable;

import org.springframework.scheduling.concurrent.CustomizableThreadFactory;
import org.springframework.util.Assert;

import io.github.cognitosession.exception.CognitoSessionException;

/**
 * An {@link AwsCredentialsProvider} that hands out the Cognito identity pool's temporary
 * credentials for the session's current identity: a guest, a user signed in to the user
 * pool, or a federated identity, as told by a {@link LoginsProvider}.
 * <p>
 * <b>Thread safety and performance.</b> This class is {@link ThreadSafe}. A call to
 * {@link #resolveCredentials()} on a warm cache is one volatile read of an immutable
 * value and one identity-key comparison: no lock, no allocation, and no clock read
 * (reading the clock costs more than all the rest; see {@code docs/performance.md}).
 * Instead, a timer set from the {@link Builder#clock(Clock) clock} ends the value's
 * <em>fresh</em> phase at its <em>prefetch time</em> (5 minutes before expiry by default,
 * moved later by a random jitter so that many instances do not refresh together); from
 * then on every decision is taken with the clock. In the prefetch window one background
 * task refreshes the credentials while every caller keeps getting the still-valid ones
 * without blocking. At the <em>stale time</em> (1 minute before expiry) callers wait, for
 * at most {@link Builder#refreshTimeout(Duration)}, for one shared upstream call. A
 * failed refresh is retried with bounded, jittered exponential backoff (at most one
 * upstream call per second per identity) while the old credentials are served until they
 * really expire; only then does the failure reach the callers. The caller that makes the
 * upstream call is bounded by the Cognito Identity client's own timeouts.
 * <p>
 * <b>Identity changes.</b> Cached credentials are tagged with the
 * {@link LoginsProvider#currentIdentityKey() identity key} they were fetched for and are
 * never returned once the key has changed (sign-in, federated sign-in, sign-out, another
 * user): such a call fetches the new identity's credentials.
 * <p>
 * <b>Why not the SDK's {@code CachedSupplier}.</b> It is {@code @SdkProtectedApi} (not
 * for use outside the SDK), caches a single value with no notion of whose it is, makes
 * one caller block on the network in the prefetch window ({@code OneCallerBlocks}) or
 * needs a JVM-wide thread pool ({@code NonBlocking}), retries a failed prefetch on every
 * call without backoff, and either fails at the stale time although the credentials are
 * still valid ({@code STRICT}) or serves them past their expiry ({@code ALLOW}). It also
 * reads the clock twice on every call.
 * <p>
 * <b>Threads.</b> By default the provider owns one small scheduled executor (one daemon
 * thread named {@code cognito-credentials-refresh-N}, created on first use, kept while a
 * timer is pending and ended after a minute without one) for its timer, prefetches and,
 * with {@link Builder#backgroundRefresh(boolean)}, refreshes ahead of expiry without any
 * caller. A background task rather than the first caller does the prefetch so that no
 * caller waits for the network in the prefetch window; a thread of the provider's own
 * (rather than a shared pool) ends with it. {@link #close()} stops it. After closing,
 * credentials are still resolved, on the caller's thread and with a clock read per call.
 *
 * @author Cognito Session contributors
 */
@ThreadSafe
public final class CognitoIdentityCredentialsProvider implements AwsCredentialsProvider, SdkAutoCloseable {

	/**
	 * How long before expiry credentials are refreshed in the background by default.
	 */
	public static final Duration DEFAULT_PREFETCH_TIME = Duration.ofMinutes(5);

	/**
	 * How long before expiry callers wait for fresh credentials by default.
	 */
	public static final Duration DEFAULT_STALE_TIME = Duration.ofMinutes(1);

	/**
	 * The default prefetch jitter: the prefetch happens up to this fraction of the
	 * prefetch time later than {@link #DEFAULT_PREFETCH_TIME}.
	 */
	public static final double DEFAULT_PREFETCH_JITTER = 0.2;

	/**
	 * How long callers wait for a shared refresh by default.
	 */
	public static final Duration DEFAULT_REFRESH_TIMEOUT = Duration.ofSeconds(10);

	/**
	 * The default longest wait between two upstream calls after failures.
	 */
	public static final Duration DEFAULT_MAX_BACKOFF = Duration.ofSeconds(30);

	/**
	 * The shortest time between two upstream calls for one identity.
	 */
	public static final Duration MIN_REFRESH_INTERVAL = Duration.ofSeconds(1);

	static final String THREAD_NAME_PREFIX = "cognito-credentials-refresh-";

	private static final Duration IDLE_THREAD_KEEP_ALIVE = Duration.ofMinutes(1);

	private static final Duration CLOSE_TIMEOUT = Duration.ofSeconds(5);

	private static final Log logger = LogFactory.getLog(CognitoIdentityCredentialsProvider.class);

	private static final AtomicInteger instanceCounter = new AtomicInteger();

	private static final VarHandle CACHED;

	static {
		try {
			CACHED = MethodHandles.lookup()
				.findVarHandle(CognitoIdentityCredentialsProvider.class, "cached", CachedCredentials.class);
		}
		catch (ReflectiveOperationException ex) {
			throw new ExceptionInInitializerError(ex);
		}
	}

	private final LoginsProvider loginsProvider;

	private final IdentityIdResolver identityIdResolver;

	private final IdentityCredentialsFetcher fetcher;

	private final boolean guestAccess;

	private final Clock clock;

	private final long prefetchMillis;

	private final long staleMillis;

	private final long maxPrefetchJitterMillis;

	private final Duration refreshTimeout;

	private final BackoffStrategy backoffStrategy;

	private final boolean backgroundRefresh;

	private final Consumer<RuntimeException> refreshFailureListener;

	private final ScheduledExecutorService executor;

	private final boolean ownsExecutor;

	private final AtomicReference<Refresh> inFlight = new AtomicReference<>();

	private final AtomicReference<ScheduledFuture<?>> timer = new AtomicReference<>();

	private volatile CachedCredentials cached;

	private volatile RefreshFailure lastFailure;

	private volatile boolean closed;

	private CognitoIdentityCredentialsProvider(Builder builder) {
		Assert.notNull(builder.cognitoIdentityClient, "cognitoIdentityClient cannot be null");
		Assert.notNull(builder.loginsProvider, "loginsProvider cannot be null");
		Assert.notNull(builder.identityIdStore, "identityIdStore cannot be null");
		Assert.notNull(builder.clock, "clock cannot be null");
		Assert.isTrue(!builder.staleTime.isNegative(), "staleTime cannot be negative");
		Assert.isTrue(builder.prefetchTime.compareTo(builder.staleTime) >= 0,
				"prefetchTime cannot be shorter than staleTime");
		Assert.isTrue(builder.prefetchJitter >= 0 && builder.prefetchJitter <= 1,
				"prefetchJitter must be between 0 and 1");
		Assert.isTrue(!builder.refreshTimeout.isNegative() && !builder.refreshTimeout.isZero(),
				"refreshTimeout must be positive");
		Assert.isTrue(builder.maxBackoff.compareTo(MIN_REFRESH_INTERVAL) >= 0,
				"maxBackoff cannot be shorter than " + MIN_REFRESH_INTERVAL);
		this.identityIdResolver = new IdentityIdResolver(builder.cognitoIdentityClient, builder.identityPoolId,
				builder.identityIdStore);
		this.fetcher = new IdentityCredentialsFetcher(this.identityIdResolver, builder.customRoleArn);
		this.loginsProvider = builder.loginsProvider;
		this.guestAccess = builder.guestAccess;
		this.clock = builder.clock;
		this.prefetchMillis = builder.prefetchTime.toMillis();
		this.staleMillis = builder.staleTime.toMillis();
		this.maxPrefetchJitterMillis = (long) (builder.prefetchJitter * this.prefetchMillis);
		this.refreshTimeout = builder.refreshTimeout;
		this.backoffStrategy = BackoffStrategy.exponentialDelayHalfJitter(MIN_REFRESH_INTERVAL, builder.maxBackoff);
		this.backgroundRefresh = builder.backgroundRefresh;
		this.refreshFailureListener = builder.refreshFailureListener;
		this.ownsExecutor = builder.scheduler == null;
		this.executor = this.ownsExecutor ? createExecutor() : builder.scheduler;
	}

	private static ScheduledThreadPoolExecutor createExecutor() {
		CustomizableThreadFactory threadFactory = new CustomizableThreadFactory(
				THREAD_NAME_PREFIX + instanceCounter.incrementAndGet() + "-");
		threadFactory.setDaemon(true);
		ScheduledThreadPoolExecutor executor = new ScheduledThreadPoolExecutor(1, threadFactory);
		// An idle provider holds no thread; the only worker stays while a task is queued.
		executor.setKeepAliveTime(IDLE_THREAD_KEEP_ALIVE.toMillis(), TimeUnit.MILLISECONDS);
		executor.allowCoreThreadTimeOut(true);
		executor.setRemoveOnCancelPolicy(true);
		executor.setExecuteExistingDelayedTasksAfterShutdownPolicy(false);
		return executor;
	}

	/**
	 * Return a new builder.
	 * @return a builder
	 */
	public static Builder builder() {
		return new Builder();
	}

	@Override
	public AwsCredentials resolveCredentials() {
		CachedCredentials current = this.cached;
		if (current != null && current.fresh && current.isFor(this.loginsProvider.currentIdentityKey())) {
			return current.credentials;
		}
		return resolveSlowly();
	}

	/**
	 * Return the identity id of the current identity: the cached one, or one fetched with
	 * {@code GetId}.
	 * @return the identity id
	 * @throws GuestAccessNotAllowedException if nobody is signed in and guest access is
	 * off
	 */
	public String getIdentityId() {
		return this.identityIdResolver.resolveIdentityId(currentLogins());
	}

	private AwsCredentials resolveSlowly() {
		long deadline = System.nanoTime() + this.refreshTimeout.toNanos();
		while (true) {
			String identityKey = this.loginsProvider.currentIdentityKey();
			CachedCredentials current = this.cached;
			long now = this.clock.millis();
			boolean valid = current != null && current.isFor(identityKey) && now < current.expiresAt;
			if (valid && now < current.staleAt) {
				if (now >= current.prefetchAt) {
					prefetch(identityKey, now);
				}
				return current.credentials;
			}
			RefreshFailure failure = this.lastFailure;
			if (failure != null && failure.backsOff(identityKey, now)) {
				if (valid) {
					return current.credentials;
				}
				throw failure.exception;
			}
			Refresh refresh = this.inFlight.get();
			if (refresh == null) {
				Refresh mine = new Refresh(identityKey, RefreshMode.BLOCKING, null);
				if (!this.inFlight.compareAndSet(null, mine)) {
					continue;
				}
				refresh(mine);
				refresh = mine;
			}
			CachedCredentials refreshed;
			try {
				refreshed = await(refresh, deadline);
			}
			catch (RuntimeException ex) {
				if (valid) {
					return current.credentials;
				}
				if (refresh.identityKey.equals(identityKey) || ex instanceof RefreshTimeoutException) {
					throw ex;
				}
				// a refresh for another identity failed: try again for ours
				continue;
			}
			if (refreshed.isFor(identityKey)) {
				return refreshed.credentials;
			}
			if (System.nanoTime() - deadline >= 0) {
				throw new RefreshTimeoutException(this.refreshTimeout);
			}
		}
	}

	private CachedCredentials await(Refresh refresh, long deadline) {
		try {
			return refresh.result.get(Math.max(0, deadline - System.nanoTime()), TimeUnit.NANOSECONDS);
		}
		catch (ExecutionException ex) {
			if (ex.getCause() instanceof RuntimeException runtime) {
				throw runtime;
			}
			throw new CognitoSessionException("CredentialsRefreshFailed", "Fetching AWS credentials failed",
					ex.getCause());
		}
		catch (TimeoutException ex) {
			throw new RefreshTimeoutException(this.refreshTimeout);
		}
		catch (InterruptedException ex) {
			Thread.currentThread().interrupt();
			throw new CognitoSessionException("Interrupted", "Interrupted while waiting for AWS credentials", ex);
		}
	}

	private void prefetch(String identityKey, long now) {
		RefreshFailure failure = this.lastFailure;
		if (this.closed || this.inFlight.get() != null || (failure != null && failure.backsOff(identityKey, now))) {
			return;
		}
		Refresh refresh = new Refresh(identityKey, RefreshMode.PREFETCH, null);
		if (this.inFlight.compareAndSet(null, refresh)) {
			submit(refresh);
		}
	}

	private void submit(Refresh refresh) {
		try {
			this.executor.execute(() -> refresh(refresh));
		}
		catch (RejectedExecutionException ex) {
			this.inFlight.compareAndSet(refresh, null);
			refresh.result.completeExceptionally(
					new CognitoSessionException("ProviderClosed", "The credentials provider is closed", ex));
		}
	}

	/**
	 * Run one upstream refresh, unless the one that just finished made it pointless.
	 * Called only by the holder of {@link #inFlight}.
	 */
	private void refresh(Refresh refresh) {
		try {
			long now = this.clock.millis();
			CachedCredentials current = this.cached;
			if (isUpToDate(refresh, current, now)) {
				refresh.result.complete(current);
				return;
			}
			RefreshFailure failure = this.lastFailure;
			if (failure != null && failure.backsOff(refresh.identityKey, now)) {
				refresh.result.completeExceptionally(failure.exception);
				return;
			}
			try {
				IdentityLogins logins = this.loginsProvider.currentLogins();
				Assert.state(logins != null, "LoginsProvider returned null logins");
				if (logins.isGuest() && !this.guestAccess) {
					// a local decision, not an upstream failure: no backoff, no warning
					refresh.result.completeExceptionally(guestAccessNotAllowed());
					return;
				}
				CachedCredentials refreshed = fetch(logins);
				this.lastFailure = null;
				store(refreshed);
				refresh.result.complete(refreshed);
			}
			catch (RuntimeException ex) {
				RefreshFailure recorded = recordFailure(refresh.identityKey, ex);
				refresh.result.completeExceptionally(ex);
				if (refresh.mode == RefreshMode.BACKGROUND && current != null && recorded.retryAt < current.expiresAt) {
					schedule(() -> backgroundRefresh(current), recorded.retryAt);
				}
			}
		}
		catch (Throwable ex) {
			refresh.result.completeExceptionally(ex);
			throw ex;
		}
		finally {
			this.inFlight.compareAndSet(refresh, null);
		}
	}

	private boolean isUpToDate(Refresh refresh, CachedCredentials current, long now) {
		if (current == null || !current.isFor(refresh.identityKey)) {
			return false;
		}
		return switch (refresh.mode) {
			case BLOCKING -> now < current.staleAt;
			case PREFETCH -> now < current.prefetchAt;
			case BACKGROUND -> current != refresh.scheduledFor;
		};
	}

	private CachedCredentials fetch(IdentityLogins logins) {
		IdentityCredentialsFetcher.FetchedCredentials fetched = this.fetcher.fetch(logins);
		long now = this.clock.millis();
		long minInterval = MIN_REFRESH_INTERVAL.toMillis();
		long expiresAt = fetched.credentials().expirationTime().map(Instant::toEpochMilli).orElseThrow();
		// Freshly issued credentials are trusted for a moment even when the local clock
		// says they expired (clock skew), rather than refreshing on every call.
		long usableUntil = Math.max(expiresAt, now + minInterval);
		long staleAt = clamp(expiresAt - this.staleMillis, now + minInterval, usableUntil);
		long jitter = (this.maxPrefetchJitterMillis > 0)
				? ThreadLocalRandom.current().nextLong(this.maxPrefetchJitterMillis + 1) : 0;
		long prefetchAt = clamp(expiresAt - this.prefetchMillis + jitter, now + minInterval, staleAt);
		return new CachedCredentials(fetched.credentials(), logins.getIdentityKey(), fetched.identityId(), prefetchAt,
				staleAt, usableUntil, true);
	}

	private IdentityLogins currentLogins() {
		IdentityLogins logins = this.loginsProvider.currentLogins();
		Assert.state(logins != null, "LoginsProvider returned null logins");
		if (logins.isGuest() && !this.guestAccess) {
			throw guestAccessNotAllowed();
		}
		return logins;
	}

	private static GuestAccessNotAllowedException guestAccessNotAllowed() {
		return new GuestAccessNotAllowedException("Nobody is signed in and guest access is off "
				+ "(cognito.identity-pool.guest-access): sign in to get AWS credentials");
	}

	private RefreshFailure recordFailure(String identityKey, RuntimeException ex) {
		RefreshFailure previous = this.lastFailure;
		int failures = (previous != null && previous.isFor(identityKey)) ? previous.consecutiveFailures + 1 : 1;
		// computeDelay(1) is the first attempt's (zero) delay; a failure is a retry
		long delay = Math.max(MIN_REFRESH_INTERVAL.toMillis(),
				this.backoffStrategy.computeDelay(failures + 1).toMillis());
		RefreshFailure failure = new RefreshFailure(identityKey, ex, failures, this.clock.millis() + delay);
		this.lastFailure = failure;
		if (logger.isWarnEnabled()) {
			logger.warn("Refreshing Cognito identity-pool credentials failed (" + failures
					+ " consecutive failures); next attempt in " + delay + " ms: " + ex.getMessage());
		}
		notifyRefreshFailure(ex);
		return failure;
	}

	/**
	 * Publish freshly fetched credentials and arm the timer that ends their fresh phase
	 * at the prefetch time. Without a working timer (closed) they are published as not
	 * fresh, so that every call checks the clock.
	 */
	private void store(CachedCredentials refreshed) {
		this.cached = refreshed;
		if (this.closed || !schedule(() -> onPrefetchTime(refreshed), refreshed.prefetchAt)) {
			CACHED.compareAndSet(this, refreshed, refreshed.notFresh());
		}
	}

	private boolean schedule(Runnable task, long at) {
		long delay = Math.max(0, at - this.clock.millis());
		try {
			ScheduledFuture<?> previous = this.timer
				.getAndSet(this.executor.schedule(task, delay, TimeUnit.MILLISECONDS));
			if (previous != null) {
				previous.cancel(false);
			}
			return true;
		}
		catch (RejectedExecutionException ex) {
			return false;
		}
	}

	/**
	 * The timer fired: from now on callers decide with the clock (a timer that fires
	 * early or late only moves the point where they start doing so), and with background
	 * refresh on, the credentials are refreshed now.
	 */
	private void onPrefetchTime(CachedCredentials value) {
		CachedCredentials notFresh = value.notFresh();
		if (CACHED.compareAndSet(this, value, notFresh) && this.backgroundRefresh && !this.closed) {
			backgroundRefresh(notFresh);
		}
	}

	private void backgroundRefresh(CachedCredentials scheduledFor) {
		String identityKey = this.loginsProvider.currentIdentityKey();
		// A changed identity is fetched lazily by the next caller, not speculatively.
		if (this.cached != scheduledFor || !scheduledFor.isFor(identityKey)) {
			return;
		}
		Refresh refresh = new Refresh(identityKey, RefreshMode.BACKGROUND, scheduledFor);
		if (this.inFlight.compareAndSet(null, refresh)) {
			refresh(refresh);
		}
	}

	private void notifyRefreshFailure(RuntimeException ex) {
		if (this.refreshFailureListener == null) {
			return;
		}
		try {
			this.refreshFailureListener.accept(ex);
		}
		catch (RuntimeException listenerEx) {
			logger.warn("Credentials refresh failure listener failed", listenerEx);
		}
	}

	private static long clamp(long value, long min, long max) {
		return Math.min(Math.max(value, min), max);
	}

	/**
	 * Stop background work and release the refresh thread. Idempotent.
	 */
	@Override
	public void close() {
		this.closed = true;
		ScheduledFuture<?> pending = this.timer.getAndSet(null);
		if (pending != null) {
			pending.cancel(false);
		}
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
		// no timer will end the fresh phase any more: make every call check the clock
		CachedCredentials current = this.cached;
		while (current != null && current.fresh && !CACHED.compareAndSet(this, current, current.notFresh())) {
			current = this.cached;
		}
	}

	@Override
	public String toString() {
		CachedCredentials current = this.cached;
		return "CognitoIdentityCredentialsProvider[identityPoolId=" + this.identityIdResolver.identityPoolId()
				+ ", identityId=" + ((current != null) ? current.identityId : null) + ", expiresAt="
				+ ((current != null) ? Instant.ofEpochMilli(current.expiresAt) : null) + "]";
	}

	private enum RefreshMode {

		/**
		 * Callers wait for it: the credentials are stale, missing or another identity's.
		 */
		BLOCKING,

		/** Nobody waits: the credentials are in their prefetch window. */
		PREFETCH,

		/** Scheduled ahead of expiry without any caller. */
		BACKGROUND

	}

	private static final class Refresh {

		final String identityKey;

		final RefreshMode mode;

		final CachedCredentials scheduledFor;

		final CompletableFuture<CachedCredentials> result = new CompletableFuture<>();

		Refresh(String identityKey, RefreshMode mode, CachedCredentials scheduledFor) {
			this.identityKey = identityKey;
			this.mode = mode;
			this.scheduledFor = scheduledFor;
		}

	}

	private static final class RefreshTimeoutException extends CognitoSessionException {

		RefreshTimeoutException(Duration timeout) {
			super("CredentialsRefreshTimeout",
					"Timed out after " + timeout + " waiting for Cognito identity-pool credentials");
		}

	}

	/**
	 * Builder for {@link CognitoIdentityCredentialsProvider}.
	 */
	public static final class Builder {

		private CognitoIdentityClient cognitoIdentityClient;

		private String identityPoolId;

		private IdentityIdStore identityIdStore = new InMemoryIdentityIdStore();

		private LoginsProvider loginsProvider;

		private boolean guestAccess;

		private String customRoleArn;

		private Duration prefetchTime = DEFAULT_PREFETCH_TIME;

		private Duration staleTime = DEFAULT_STALE_TIME;

		private double prefetchJitter = DEFAULT_PREFETCH_JITTER;

		private Duration refreshTimeout = DEFAULT_REFRESH_TIMEOUT;

		private Duration maxBackoff = DEFAULT_MAX_BACKOFF;

		private boolean backgroundRefresh;

		private Clock clock = Clock.systemUTC();

		private ScheduledExecutorService scheduler;

		private Consumer<RuntimeException> refreshFailureListener;

		private Builder() {
		}

		/**
		 * The Cognito Identity client (required). GetId and GetCredentialsForIdentity are
		 * unsigned calls: build it with an {@code AnonymousCredentialsProvider}, never
		 * with this provider.
		 * @param cognitoIdentityClient the client
		 * @return this builder
		 */
		public Builder cognitoIdentityClient(CognitoIdentityClient cognitoIdentityClient) {
			this.cognitoIdentityClient = cognitoIdentityClient;
			return this;
		}

		/**
		 * The identity pool id, {@code <region>:<uuid>} (required).
		 * @param identityPoolId the identity pool id
		 * @return this builder
		 */
		public Builder identityPoolId(String identityPoolId) {
			this.identityPoolId = identityPoolId;
			return this;
		}

		/**
		 * Where the identity id is cached (default: in memory).
		 * @param identityIdStore the store
		 * @return this builder
		 */
		public Builder identityIdStore(IdentityIdStore identityIdStore) {
			this.identityIdStore = identityIdStore;
			return this;
		}

		/**
		 * Where the current identity's logins come from (required).
		 * @param loginsProvider the logins provider
		 * @return this builder
		 */
		public Builder loginsProvider(LoginsProvider loginsProvider) {
			this.loginsProvider = loginsProvider;
			return this;
		}

		/**
		 * Whether guest (unauthenticated) credentials are fetched when nobody is signed
		 * in (default {@code false}: a {@link GuestAccessNotAllowedException} instead).
		 * @param guestAccess whether guests get credentials
		 * @return this builder
		 */
		public Builder guestAccess(boolean guestAccess) {
			this.guestAccess = guestAccess;
			return this;
		}

		/**
		 * The IAM role to ask for instead of the identity pool's default (optional;
		 * logins may override it).
		 * @param customRoleArn the role ARN
		 * @return this builder
		 */
		public Builder customRoleArn(String customRoleArn) {
			this.customRoleArn = customRoleArn;
			return this;
		}

		/**
		 * How long before expiry credentials are refreshed without blocking callers
		 * (default {@link #DEFAULT_PREFETCH_TIME}).
		 * @param prefetchTime the prefetch time
		 * @return this builder
		 */
		public Builder prefetchTime(Duration prefetchTime) {
			Assert.notNull(prefetchTime, "prefetchTime cannot be null");
			this.prefetchTime = prefetchTime;
			return this;
		}

		/**
		 * How long before expiry callers wait for fresh credentials (default
		 * {@link #DEFAULT_STALE_TIME}).
		 * @param staleTime the stale time
		 * @return this builder
		 */
		public Builder staleTime(Duration staleTime) {
			Assert.notNull(staleTime, "staleTime cannot be null");
			this.staleTime = staleTime;
			return this;
		}

		/**
		 * The fraction of the prefetch time by which each prefetch is randomly delayed, 0
		 * to 1 (default {@link #DEFAULT_PREFETCH_JITTER}); never past the stale time.
		 * @param prefetchJitter the jitter fraction
		 * @return this builder
		 */
		public Builder prefetchJitter(double prefetchJitter) {
			this.prefetchJitter = prefetchJitter;
			return this;
		}

		/**
		 * How long a caller waits for a shared refresh before failing (default
		 * {@link #DEFAULT_REFRESH_TIMEOUT}); a caller that still has valid credentials
		 * gets those instead.
		 * @param refreshTimeout the timeout
		 * @return this builder
		 */
		public Builder refreshTimeout(Duration refreshTimeout) {
			Assert.notNull(refreshTimeout, "refreshTimeout cannot be null");
			this.refreshTimeout = refreshTimeout;
			return this;
		}

		/**
		 * The longest wait between two upstream calls after consecutive failures (default
		 * {@link #DEFAULT_MAX_BACKOFF}, at least {@link #MIN_REFRESH_INTERVAL}).
		 * @param maxBackoff the longest backoff
		 * @return this builder
		 */
		public Builder maxBackoff(Duration maxBackoff) {
			Assert.notNull(maxBackoff, "maxBackoff cannot be null");
			this.maxBackoff = maxBackoff;
			return this;
		}

		/**
		 * Whether credentials are refreshed at their prefetch time even when nobody asks
		 * for them (default {@code false}), e.g. for guest credentials that should always
		 * be warm. Only the identity that was current at the last fetch is refreshed.
		 * @param backgroundRefresh whether to refresh in the background
		 * @return this builder
		 */
		public Builder backgroundRefresh(boolean backgroundRefresh) {
			this.backgroundRefresh = backgroundRefresh;
			return this;
		}

		/**
		 * The clock for every time decision (default the system UTC clock).
		 * @param clock the clock
		 * @return this builder
		 */
		public Builder clock(Clock clock) {
			this.clock = clock;
			return this;
		}

		/**
		 * The scheduler for prefetches and timers (default: one daemon thread owned by
		 * the provider). A given scheduler is shared, so {@link #close()} does not shut
		 * it down.
		 * @param scheduler the scheduler
		 * @return this builder
		 */
		public Builder scheduler(ScheduledExecutorService scheduler) {
			this.scheduler = scheduler;
			return this;
		}

		/**
		 * Called with every failed upstream refresh (optional), also while valid
		 * credentials are still being served: lets the session react at once, e.g. to a
		 * {@link FederatedTokenRejectedException}. Called on the refreshing thread; must
		 * not block.
		 * @param refreshFailureListener the listener
		 * @return this builder
		 */
		public Builder refreshFailureListener(Consumer<RuntimeException> refreshFailureListener) {
			this.refreshFailureListener = refreshFailureListener;
			return this;
		}

		/**
		 * Build the provider.
		 * @return a new provider
		 * @throws IdentityPoolNotConfiguredException if no identity pool id is set
		 */
		public CognitoIdentityCredentialsProvider build() {
			return new CognitoIdentityCredentialsProvider(this);
		}

	}

}
