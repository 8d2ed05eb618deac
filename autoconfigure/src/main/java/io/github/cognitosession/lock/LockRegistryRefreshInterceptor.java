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
package io.github.cognitosession.lock;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Duration;
import java.util.HexFormat;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.locks.Lock;

import io.github.cognitosession.exception.CognitoUnavailableException;
import io.github.cognitosession.refresh.RefreshCall;
import io.github.cognitosession.refresh.RefreshInterceptor;
import org.apache.commons.logging.Log;
import org.apache.commons.logging.LogFactory;

import org.springframework.integration.support.locks.LockRegistry;
import org.springframework.util.Assert;

/**
 * A refresh interceptor that holds a lock of a Spring Integration {@link LockRegistry}
 * around each refresh of a key, so that instances sharing sessions (e.g. through Spring
 * Session on Redis, with a {@code RedisLockRegistry}) make one refresh call for one
 * user's session: the others wait for the lock, then re-read the shared record (the next
 * interceptor) and adopt what the holder stored.
 * <p>
 * The registry's lock has a lease (a {@code RedisLockRegistry}'s {@code expireAfter}), so
 * an instance that dies while refreshing blocks the others for that long at most; a
 * holder whose lease ended before its refresh did is logged as a WARN. A caller that
 * cannot get the lock within the wait time fails with a
 * {@link CognitoUnavailableException} (error code {@code RefreshLockTimeout}), as when
 * Cognito cannot be reached: a user whose tokens are still valid keeps them. Locks are
 * named after a SHA-256 of the session key, never the key itself.
 *
 * @param <V> the value type of the refresh engine
 * @author Cognito Session contributors
 */
public final class LockRegistryRefreshInterceptor<V> implements RefreshInterceptor<V> {

	private static final Log logger = LogFactory.getLog(LockRegistryRefreshInterceptor.class);

	private final LockRegistry<?> registry;

	private final Duration waitTime;

	/**
	 * Create an interceptor.
	 * @param registry the lock registry shared by the instances
	 * @param waitTime how long a refresh waits for the lock (at least the registry's
	 * lease, so that a dead holder's lock is taken over)
	 */
	public LockRegistryRefreshInterceptor(LockRegistry<?> registry, Duration waitTime) {
		Assert.notNull(registry, "registry cannot be null");
		Assert.isTrue(waitTime != null && !waitTime.isNegative(), "waitTime must not be negative");
		this.registry = registry;
		this.waitTime = waitTime;
	}

	@Override
	public V intercept(String key, V base, RefreshCall<V> next) {
		Lock lock = lock(key);
		try {
			return next.proceed(base);
		}
		finally {
			unlock(lock);
		}
	}

	private Lock lock(String key) {
		Lock lock;
		boolean locked;
		try {
			lock = this.registry.obtain(lockKey(key));
			locked = lock.tryLock(this.waitTime.toMillis(), TimeUnit.MILLISECONDS);
		}
		catch (InterruptedException ex) {
			Thread.currentThread().interrupt();
			throw new CognitoUnavailableException("RefreshLockInterrupted",
					"Interrupted while waiting for another instance's refresh of this session", ex);
		}
		catch (RuntimeException ex) {
			throw new CognitoUnavailableException("RefreshLockUnavailable",
					"Cannot take the refresh lock of this session (" + ex.getClass().getSimpleName() + ")", ex);
		}
		if (!locked) {
			throw new CognitoUnavailableException("RefreshLockTimeout",
					"Timed out after " + this.waitTime + " waiting for another instance's refresh of this session",
					null);
		}
		return lock;
	}

	private static void unlock(Lock lock) {
		try {
			lock.unlock();
		}
		catch (RuntimeException ex) {
			// e.g. RedisLockRegistry: the lease ended and another instance may hold it
			// now
			logger.warn("The refresh lock was released before the refresh ended (" + ex.getClass().getSimpleName()
					+ "); another instance may have refreshed too. Is cognito.session.refresh-lock.lease longer than "
					+ "a refresh call takes?");
		}
	}

	/**
	 * The lock's name: a session key may be sensitive, its hash is not.
	 */
	static String lockKey(String key) {
		try {
			byte[] digest = MessageDigest.getInstance("SHA-256").digest(key.getBytes(StandardCharsets.UTF_8));
			return HexFormat.of().formatHex(digest, 0, 16);
		}
		catch (NoSuchAlgorithmException ex) {
			throw new IllegalStateException("SHA-256 is not available", ex);
		}
	}

	@Override
	public String toString() {
		return "LockRegistryRefreshInterceptor[registry=" + this.registry + ", waitTime=" + this.waitTime + "]";
	}

}
