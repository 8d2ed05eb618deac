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
import java.time.Instant;
import java.util.Arrays;
import java.util.concurrent.ScheduledExecutorService;
import java.util.function.Consumer;

import org.apache.commons.logging.Log;
import org.apache.commons.logging.LogFactory;
import software.amazon.awssdk.annotations.ThreadSafe;
import software.amazon.awssdk.auth.credentials.AwsCredentials;
import software.amazon.awssdk.auth.credentials.AwsCredentialsProvider;
import software.amazon.awssdk.services.cognitoidentity.CognitoIdentityClient;
import software.amazon.awssdk.utils.SdkAutoCloseable;

import org.springframework.util.Assert;

import io.github.cognitosession.exception.CognitoSessionException;
import io.github.cognitosession.refresh.RefreshDeadlines;
import io.github.cognitosession.refresh.RefreshEngine;
import io.github.cognitosession.refresh.RefreshListener;
import io.github.cognitosession.refresh.RefreshSlot;
import io.github.cognitosession.refresh.RefreshSource;
import io.github.cognitosession.refresh.RefreshWindows;

/**
 * An {@link AwsCredentialsProvider} that hands out the Cognito identity pool's temporary
 * credentials for the session's current identity: a guest, a user signed in to the user
 * pool, or a federated identity, as told by a {@link LoginsProvider}.
 * <p>
 * <b>Thread safety and performance.</b> This class is {@link ThreadSafe}. A call to
 * {@link #resolveCredentials()} on a warm cache is one volatile read of an immutable
 * value (plus one identity-key comparison when the {@link LoginsProvider} does not
 * {@link LoginsProvider#notifyIdentityChanges(Runnable) notify identity changes}): no
 * lock, no allocation, and no clock read (reading the clock costs more than all the rest;
 * see {@code docs/performance.md}). Instead, a timer set from the
 * {@link Builder#clock(Clock) clock} ends the value's <em>fresh</em> phase at its
 * <em>prefetch time</em> (5 minutes before expiry by default, moved later by a random
 * jitter so that many instances do not refresh together); from then on every decision is
 * taken with the clock. In the prefetch window one background task refreshes the
 * credentials while every caller keeps getting the still-valid ones without blocking. At
 * the <em>stale time</em> (1 minute before expiry) callers wait, for at most
 * {@link Builder#refreshTimeout(Duration)}, for one shared upstream call. A failed
 * refresh is retried with bounded, jittered exponential backoff (at most one upstream
 * call per second per identity) while the old credentials are served until they really
 * expire; only then does the failure reach the callers. The caller that makes the
 * upstream call is bounded by the Cognito Identity client's own timeouts. All of this
 * except the fast path is the {@link RefreshEngine}'s, with one {@link RefreshSlot slot}
 * per identity.
 * <p>
 * <b>Identity changes.</b> Cached credentials are tagged with the
 * {@link LoginsProvider#currentIdentityKey() identity key} they were fetched for and are
 * never returned once the key has changed (sign-in, federated sign-in, sign-out, another
 * user): such a call fetches the new identity's credentials, through a new slot, so that
 * the previous identity's failures do not hold it back. A logins provider that notifies
 * identity changes (the session manager's, over an application-wide session store) saves
 * the comparison on every call: the change itself makes the cached value not fresh,
 * before the call that made it returns, and credentials fetched with the previous
 * identity's logins are not cached after it.
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

	private static final Log logger = LogFactory.getLog(CognitoIdentityCredentialsProvider.class);

	private final LoginsProvider loginsProvider;

	private final IdentityIdResolver identityIdResolver;

	private final IdentityCredentialsFetcher fetcher;

	private final RefreshWindows windows;

	private final RefreshEngine<CachedCredentials> engine;

	private final Clock clock;

	private final Duration refreshTimeout;

	private final boolean guestAccess;

	private final boolean identityChangesNotified;

	/** Guards the writes of the cached values, {@link #identityVersion} and the slot. */
	private final Object lock = new Object();

	// The value and the current identity's slot, for the slow path.
	private volatile CachedCredentials cached;

	private volatile IdentitySlot slot;

	// Counts identity changes told by the logins provider; a refresh publishes only if it
	// did not change since the refresh read the logins.
	private volatile long identityVersion;

	// The hot path's: the cached value while it is fresh, else null.
	private volatile CachedCredentials fresh;

	// The fresh value's credentials if identity changes are notified (they are then
	// surely the current identity's), else null.
	private volatile AwsCredentials servable;

	// Kept equal to servable (written with it, under the lock).
	private CredentialsMirror[] mirrors = new CredentialsMirror[0];

	private CognitoIdentityCredentialsProvider(Builder builder) {
		Assert.notNull(builder.cognitoIdentityClient, "cognitoIdentityClient cannot be null");
		Assert.notNull(builder.loginsProvider, "loginsProvider cannot be null");
		Assert.notNull(builder.identityIdStore, "identityIdStore cannot be null");
		Assert.notNull(builder.clock, "clock cannot be null");
		Assert.isTrue(!builder.refreshTimeout.isNegative() && !builder.refreshTimeout.isZero(),
				"refreshTimeout must be positive");
		Assert.isTrue(builder.maxBackoff.compareTo(MIN_REFRESH_INTERVAL) >= 0,
				"maxBackoff cannot be shorter than " + MIN_REFRESH_INTERVAL);
		this.windows = new RefreshWindows(builder.prefetchTime, builder.staleTime, builder.prefetchJitter,
				MIN_REFRESH_INTERVAL);
		this.identityIdResolver = new IdentityIdResolver(builder.cognitoIdentityClient, builder.identityPoolId,
				builder.identityIdStore);
		this.fetcher = new IdentityCredentialsFetcher(this.identityIdResolver, builder.customRoleArn);
		this.loginsProvider = builder.loginsProvider;
		this.clock = builder.clock;
		this.refreshTimeout = builder.refreshTimeout;
		this.guestAccess = builder.guestAccess;
		this.engine = RefreshEngine.<CachedCredentials>builder()
			.clock(builder.clock)
			.scheduler(builder.scheduler)
			.threadNamePrefix(THREAD_NAME_PREFIX)
			.waitTimeout(builder.refreshTimeout)
			.backoff(MIN_REFRESH_INTERVAL, builder.maxBackoff)
			.backgroundRefresh(builder.backgroundRefresh)
			.listener(new FailureListener(builder.refreshFailureListener))
			.waitTimeoutException(RefreshTimeoutException::new)
			.interruptedException((ex) -> new CognitoSessionException("Interrupted",
					"Interrupted while waiting for AWS credentials", ex))
			.build();
		// last: the listener may run as soon as it is registered
		this.identityChangesNotified = this.loginsProvider.notifyIdentityChanges(this::identityChanged);
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
		AwsCredentials servable = this.servable;
		if (servable != null) {
			return servable;
		}
		CachedCredentials fresh = this.fresh;
		if (fresh != null && fresh.isFor(this.loginsProvider.currentIdentityKey())) {
			return fresh.credentials();
		}
		return resolveWithClock();
	}

	/**
	 * Keep {@code mirror} equal to the credentials this provider serves without any check
	 * (see {@link CredentialsMirror}). Attaching the same mirror again has no effect.
	 * @param mirror the mirror
	 */
	public void mirrorTo(CredentialsMirror mirror) {
		Assert.notNull(mirror, "mirror cannot be null");
		synchronized (this.lock) {
			if (!Arrays.asList(this.mirrors).contains(mirror)) {
				CredentialsMirror[] mirrors = Arrays.copyOf(this.mirrors, this.mirrors.length + 1);
				mirrors[this.mirrors.length] = mirror;
				this.mirrors = mirrors;
			}
			mirror.mirror(this.servable);
		}
	}

	/**
	 * Change what is served without any check, here and in the mirrors. Called under the
	 * lock.
	 */
	private void serve(AwsCredentials credentials) {
		this.servable = credentials;
		for (CredentialsMirror mirror : this.mirrors) {
			mirror.mirror(credentials);
		}
	}

	/**
	 * The slow path: the current identity's slot decides, with the clock.
	 */
	private AwsCredentials resolveWithClock() {
		long deadline = System.nanoTime() + this.refreshTimeout.toNanos();
		while (true) {
			CachedCredentials resolved = slotFor(this.loginsProvider.currentIdentityKey()).get();
			if (resolved != null) {
				return resolved.credentials();
			}
			// the identity changed while its credentials were fetched: the new one's,
			// then
			if (System.nanoTime() - deadline >= 0) {
				throw new RefreshTimeoutException(this.refreshTimeout);
			}
		}
	}

	private RefreshSlot<CachedCredentials> slotFor(String identityKey) {
		IdentitySlot current = this.slot;
		if (current != null && current.identityKey.equals(identityKey)) {
			return current.slot;
		}
		synchronized (this.lock) {
			current = this.slot;
			if (current == null || !current.identityKey.equals(identityKey)) {
				if (current != null) {
					current.slot.close();
				}
				current = new IdentitySlot(identityKey,
						this.engine.slot(identityKey, new IdentityCredentialsSource(identityKey)));
				this.slot = current;
			}
			return current.slot;
		}
	}

	/**
	 * Return the identity id of the current identity: the cached one, or one fetched with
	 * {@code GetId}.
	 * @return the identity id
	 * @throws GuestAccessNotAllowedException if nobody is signed in and guest access is
	 * off
	 */
	public String getIdentityId() {
		IdentityLogins logins = requestLogins();
		if (isDeniedGuest(logins)) {
			throw guestAccessNotAllowed();
		}
		return this.identityIdResolver.resolveIdentityId(logins);
	}

	/**
	 * Stop background work and release the refresh thread. Idempotent.
	 */
	@Override
	public void close() {
		IdentitySlot current = this.slot;
		if (current != null) {
			current.slot.close();
		}
		// not under the lock: it waits for a refresh in progress, which publishes
		this.engine.close();
		synchronized (this.lock) {
			// no timer ends the fresh phase any more: every call checks the clock
			this.fresh = null;
			serve(null);
		}
	}

	@Override
	public String toString() {
		CachedCredentials current = this.cached;
		return "CognitoIdentityCredentialsProvider[identityPoolId=" + this.identityIdResolver.identityPoolId()
				+ ", identityId=" + ((current != null) ? current.identityId() : null) + ", expiresAt="
				+ ((current != null) ? current.deadlines().expiresAt() : null) + "]";
	}

	/**
	 * The logins provider tells that the identity changed: whatever is cached is not
	 * fresh any more, so the next caller compares identity keys; and credentials fetched
	 * with the previous identity's logins are not published (see {@link #publish}).
	 */
	private void identityChanged() {
		synchronized (this.lock) {
			this.identityVersion++;
			this.fresh = null;
			serve(null);
		}
	}

	/**
	 * Make freshly fetched credentials the cached and fresh ones, unless the identity
	 * changed since their logins were read.
	 */
	private void publish(CachedCredentials refreshed, long identityVersion) {
		synchronized (this.lock) {
			if (this.identityVersion != identityVersion) {
				return;
			}
			this.cached = refreshed;
			this.fresh = refreshed;
			serve(this.identityChangesNotified ? refreshed.credentials() : null);
		}
	}

	/**
	 * From now on callers decide with the clock (a timer that fires early or late only
	 * moves the point where they start doing so).
	 */
	private void endFreshPhase(CachedCredentials value) {
		synchronized (this.lock) {
			if (this.fresh == value) {
				this.fresh = null;
				serve(null);
			}
		}
	}

	private IdentityLogins requestLogins() {
		IdentityLogins logins = this.loginsProvider.currentLogins();
		Assert.state(logins != null, "LoginsProvider returned null logins");
		return logins;
	}

	private boolean isDeniedGuest(IdentityLogins logins) {
		return logins.isGuest() && !this.guestAccess;
	}

	private static GuestAccessNotAllowedException guestAccessNotAllowed() {
		return new GuestAccessNotAllowedException("Nobody is signed in and guest access is off "
				+ "(cognito.identity-pool.guest-access): sign in to get AWS credentials");
	}

	/**
	 * The refresh slot of one identity.
	 */
	private record IdentitySlot(String identityKey, RefreshSlot<CachedCredentials> slot) {

	}

	/**
	 * One identity's credentials, as its refresh slot sees them.
	 */
	private final class IdentityCredentialsSource implements RefreshSource<CachedCredentials> {

		private final String identityKey;

		IdentityCredentialsSource(String identityKey) {
			this.identityKey = identityKey;
		}

		@Override
		public CachedCredentials current() {
			CachedCredentials current = CognitoIdentityCredentialsProvider.this.cached;
			return (current != null && current.isFor(this.identityKey)) ? current : null;
		}

		@Override
		public CachedCredentials refresh(CachedCredentials base) {
			try {
				// read before the logins: a change after this read is seen at publication
				long identityVersion = CognitoIdentityCredentialsProvider.this.identityVersion;
				IdentityLogins logins = requestLogins();
				if (!logins.getIdentityKey().equals(this.identityKey)) {
					// another identity's slot fetches its credentials
					return null;
				}
				if (isDeniedGuest(logins)) {
					throw guestAccessNotAllowed();
				}
				IdentityCredentialsFetcher.FetchedCredentials fetched = CognitoIdentityCredentialsProvider.this.fetcher
					.fetch(logins);
				Instant expiresAt = fetched.credentials().expirationTime().orElseThrow();
				CachedCredentials refreshed = new CachedCredentials(fetched.credentials(), this.identityKey,
						fetched.identityId(), CognitoIdentityCredentialsProvider.this.windows.deadlines(expiresAt,
								CognitoIdentityCredentialsProvider.this.clock.instant()));
				publish(refreshed, identityVersion);
				return refreshed;
			}
			catch (RuntimeException ex) {
				throw ex;
			}
			catch (Exception ex) {
				// thrown sneakily, e.g. by a LoginsProvider written in another language
				throw new CognitoSessionException("CredentialsRefreshFailed", "Fetching AWS credentials failed", ex);
			}
		}

		@Override
		public RefreshDeadlines deadlines(CachedCredentials value) {
			return value.deadlines();
		}

		/**
		 * A guest denied here is a local decision, not an upstream failure: no backoff,
		 * no warning. (The pool's own refusal of guests wraps the SDK's exception.)
		 */
		@Override
		public boolean backsOff(RuntimeException failure) {
			return !(failure instanceof GuestAccessNotAllowedException && failure.getCause() == null);
		}

		@Override
		public void prefetchTimeReached(CachedCredentials value) {
			endFreshPhase(value);
		}

	}

	/**
	 * Warns of failed refreshes and tells the builder's listener, e.g. the session, which
	 * reacts at once to a {@link FederatedTokenRejectedException}.
	 */
	private final class FailureListener implements RefreshListener<CachedCredentials> {

		private final Consumer<RuntimeException> refreshFailureListener;

		FailureListener(Consumer<RuntimeException> refreshFailureListener) {
			this.refreshFailureListener = refreshFailureListener;
		}

		@Override
		public void failed(String identityKey, RuntimeException failure, int consecutiveFailures, Instant retryAt) {
			if (logger.isWarnEnabled()) {
				logger.warn("Refreshing Cognito identity-pool credentials failed (" + consecutiveFailures
						+ " consecutive failures); next attempt in "
						+ Duration.between(CognitoIdentityCredentialsProvider.this.clock.instant(), retryAt).toMillis()
						+ " ms: " + failure.getMessage());
			}
			if (this.refreshFailureListener != null) {
				this.refreshFailureListener.accept(failure);
			}
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
		 * the provider). A given scheduler is shared, so
		 * {@link CognitoIdentityCredentialsProvider#close()} does not shut it down, but
		 * no timer of the closed provider runs on it any more.
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
