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

import java.util.concurrent.RejectedExecutionException;
import java.util.concurrent.atomic.AtomicReference;

import software.amazon.awssdk.auth.credentials.AwsCredentials;

import org.springframework.util.Assert;

import io.github.cognitosession.exception.CognitoSessionException;

/**
 * The slow path of a {@link CognitoIdentityCredentialsProvider}: every decision taken
 * with the clock once the cached credentials are no longer fresh. At most one upstream
 * refresh is in flight (single flight); in the prefetch window it runs in the background
 * while callers keep the valid credentials; from the stale time callers wait for it, for
 * at most the refresh timeout; after a failure no further upstream call is made for that
 * identity until the backoff has passed.
 *
 * @author Cognito Session contributors
 */
final class RefreshCoordinator {

	private final LoginsProvider loginsProvider;

	private final IdentityCredentialsFetcher fetcher;

	private final CredentialsCache cache;

	private final RefreshPolicy policy;

	private final RefreshBackoff backoff;

	private final PrefetchScheduler scheduler;

	private final boolean guestAccess;

	private final boolean backgroundRefresh;

	private final AtomicReference<Refresh> inFlight = new AtomicReference<>();

	/**
	 * Guards {@link #identityVersion} and publishing: an identity change and the
	 * publication of credentials fetched before it never interleave.
	 */
	private final Object publishLock = new Object();

	/** Counts identity changes told by the logins provider. Written under the lock. */
	private volatile long identityVersion;

	RefreshCoordinator(LoginsProvider loginsProvider, IdentityCredentialsFetcher fetcher, CredentialsCache cache,
			RefreshPolicy policy, RefreshBackoff backoff, PrefetchScheduler scheduler, boolean guestAccess,
			boolean backgroundRefresh) {
		this.loginsProvider = loginsProvider;
		this.fetcher = fetcher;
		this.cache = cache;
		this.policy = policy;
		this.backoff = backoff;
		this.scheduler = scheduler;
		this.guestAccess = guestAccess;
		this.backgroundRefresh = backgroundRefresh;
	}

	/**
	 * The logins provider tells that the identity changed: whatever is cached is not
	 * fresh any more, so the next caller compares identity keys; and credentials fetched
	 * with the previous identity's logins are not published as fresh (see
	 * {@link #publish}).
	 */
	void identityChanged() {
		synchronized (this.publishLock) {
			this.identityVersion++;
			CachedCredentials current = this.cache.get();
			while (current != null && current.fresh && !this.cache.compareAndSet(current, current.notFresh())) {
				current = this.cache.get();
			}
		}
	}

	/**
	 * Resolve the current identity's credentials when the cached ones are not fresh or
	 * are another identity's.
	 */
	AwsCredentials resolve() {
		long deadline = System.nanoTime() + this.policy.refreshTimeout().toNanos();
		while (true) {
			String identityKey = this.loginsProvider.currentIdentityKey();
			CachedCredentials current = this.cache.get();
			long now = this.policy.now();
			boolean valid = current != null && current.isFor(identityKey) && now < current.expiresAt;
			if (valid && now < current.staleAt) {
				if (now >= current.prefetchAt) {
					prefetch(identityKey, now);
				}
				return current.credentials;
			}
			RefreshFailure failure = this.backoff.backingOff(identityKey, now);
			if (failure != null) {
				if (valid) {
					return current.credentials;
				}
				throw failure.exception;
			}
			Refresh refresh = this.inFlight.get();
			if (refresh == null) {
				Refresh mine = new Refresh(identityKey, Refresh.Mode.BLOCKING, null);
				if (!this.inFlight.compareAndSet(null, mine)) {
					continue;
				}
				refresh(mine);
				refresh = mine;
			}
			CachedCredentials refreshed;
			try {
				refreshed = refresh.await(deadline, this.policy.refreshTimeout());
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
				throw new RefreshTimeoutException(this.policy.refreshTimeout());
			}
		}
	}

	/**
	 * Return the current identity's logins.
	 * @throws GuestAccessNotAllowedException if nobody is signed in and guest access is
	 * off
	 */
	IdentityLogins currentLogins() {
		IdentityLogins logins = requestLogins();
		if (isDeniedGuest(logins)) {
			throw guestAccessNotAllowed();
		}
		return logins;
	}

	/**
	 * Stop background work. The cached value can then no longer be made not fresh by a
	 * timer, so it is made not fresh now: every call checks the clock from then on.
	 */
	void close() {
		this.scheduler.close();
		CachedCredentials current = this.cache.get();
		while (current != null && current.fresh && !this.cache.compareAndSet(current, current.notFresh())) {
			current = this.cache.get();
		}
	}

	private void prefetch(String identityKey, long now) {
		if (this.scheduler.isClosed() || this.inFlight.get() != null
				|| this.backoff.backingOff(identityKey, now) != null) {
			return;
		}
		Refresh refresh = new Refresh(identityKey, Refresh.Mode.PREFETCH, null);
		if (this.inFlight.compareAndSet(null, refresh)) {
			submit(refresh);
		}
	}

	private void submit(Refresh refresh) {
		try {
			this.scheduler.execute(() -> refresh(refresh));
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
			long now = this.policy.now();
			CachedCredentials current = this.cache.get();
			if (refresh.isMadePointlessBy(current, now)) {
				refresh.result.complete(current);
				return;
			}
			RefreshFailure failure = this.backoff.backingOff(refresh.identityKey, now);
			if (failure != null) {
				refresh.result.completeExceptionally(failure.exception);
				return;
			}
			try {
				// read before the logins: a change after this read is seen at publication
				long identityVersion = this.identityVersion;
				IdentityLogins logins = requestLogins();
				if (isDeniedGuest(logins)) {
					// a local decision, not an upstream failure: no backoff, no warning
					refresh.result.completeExceptionally(guestAccessNotAllowed());
					return;
				}
				IdentityCredentialsFetcher.FetchedCredentials fetched = this.fetcher.fetch(logins);
				CachedCredentials refreshed = this.policy.cache(fetched.credentials(), logins.getIdentityKey(),
						fetched.identityId());
				this.backoff.succeeded();
				store(refreshed, identityVersion);
				refresh.result.complete(refreshed);
			}
			catch (RuntimeException ex) {
				RefreshFailure recorded = this.backoff.failed(refresh.identityKey, ex);
				refresh.result.completeExceptionally(ex);
				if (refresh.mode == Refresh.Mode.BACKGROUND && current != null
						&& recorded.retryAt < current.expiresAt) {
					this.scheduler.schedule(() -> backgroundRefresh(current), recorded.retryAt);
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
	 * Publish freshly fetched credentials and arm the timer that ends their fresh phase
	 * at the prefetch time. Without a working timer (closed) they are published as not
	 * fresh, so that every call checks the clock.
	 */
	private void store(CachedCredentials refreshed, long identityVersion) {
		if (!publish(refreshed, identityVersion)) {
			return;
		}
		if (this.scheduler.isClosed()
				|| !this.scheduler.schedule(() -> onPrefetchTime(refreshed), refreshed.prefetchAt)) {
			this.cache.compareAndSet(refreshed, refreshed.notFresh());
		}
	}

	/**
	 * Make the refreshed value the cached one, unless the identity changed since its
	 * logins were read: it is then not cached at all, and the next caller fetches the new
	 * identity's credentials.
	 * @return whether it was published
	 */
	private boolean publish(CachedCredentials refreshed, long identityVersion) {
		synchronized (this.publishLock) {
			if (this.identityVersion != identityVersion) {
				return false;
			}
			this.cache.set(refreshed);
			return true;
		}
	}

	/**
	 * The timer fired: from now on callers decide with the clock (a timer that fires
	 * early or late only moves the point where they start doing so), and with background
	 * refresh on, the credentials are refreshed now.
	 */
	private void onPrefetchTime(CachedCredentials value) {
		CachedCredentials notFresh = value.notFresh();
		if (this.cache.compareAndSet(value, notFresh) && this.backgroundRefresh && !this.scheduler.isClosed()) {
			backgroundRefresh(notFresh);
		}
	}

	private void backgroundRefresh(CachedCredentials scheduledFor) {
		String identityKey = this.loginsProvider.currentIdentityKey();
		// A changed identity is fetched lazily by the next caller, not speculatively.
		if (this.cache.get() != scheduledFor || !scheduledFor.isFor(identityKey)) {
			return;
		}
		Refresh refresh = new Refresh(identityKey, Refresh.Mode.BACKGROUND, scheduledFor);
		if (this.inFlight.compareAndSet(null, refresh)) {
			refresh(refresh);
		}
	}

}
