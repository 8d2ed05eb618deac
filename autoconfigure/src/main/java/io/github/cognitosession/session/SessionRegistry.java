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
package io.github.cognitosession.session;

import java.time.Clock;
import java.time.Duration;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.TimeUnit;
import java.util.function.UnaryOperator;

import com.github.benmanes.caffeine.cache.Cache;
import com.github.benmanes.caffeine.cache.Caffeine;
import com.github.benmanes.caffeine.cache.RemovalCause;

import io.github.cognitosession.event.UserStateChangedEvent;
import io.github.cognitosession.state.SessionState;
import io.github.cognitosession.state.UserState;
import io.github.cognitosession.store.SessionRecord;
import io.github.cognitosession.store.SessionRepository;
import org.apache.commons.logging.Log;
import org.apache.commons.logging.LogFactory;

import org.springframework.context.ApplicationEventPublisher;
import org.springframework.util.Assert;

/**
 * The sessions of a session manager, looked up by key, and the one place that changes
 * them. A session is restored from the {@link SessionRepository} on first use (no network
 * I/O, no event); after that {@link #transition} is its only writer: under the session's
 * lock it computes the next value, persists it, swaps it in and queues the events of the
 * change; then, with no lock held, it publishes them in order and wakes the calls waiting
 * for a new sign-in.
 * <p>
 * Sessions of a per-user scope are kept in memory in a bounded cache (the least recently
 * used and the idle ones are dropped; a later use restores them from the repository).
 * When the repository is {@link SessionRepository#isShared() shared} with other
 * instances, each use of a session first compares the stored record with the one the
 * session was last restored from or saved as; when another instance changed it (signed
 * out, refreshed, found the refresh token rejected, signed another user in), the session
 * takes the latest record, publishing the change's events here too.
 *
 * @author Cognito Session contributors
 */
final class SessionRegistry {

	private static final Log logger = LogFactory.getLog(SessionRegistry.class);

	private final SessionRepository repository;

	private final SessionKeyResolver keyResolver;

	private final ApplicationEventPublisher publisher;

	private final Object eventSource;

	private final SessionState nobody;

	/** The one session of an application-wide resolver, else null. */
	private final SessionSlot applicationSlot;

	private final Cache<String, SessionSlot> slots;

	/**
	 * Whether each use compares the stored record (per-user scope, shared repository).
	 */
	private final boolean resync;

	private final List<Runnable> identityListeners = new CopyOnWriteArrayList<>();

	SessionRegistry(SessionRepository repository, SessionKeyResolver keyResolver, ApplicationEventPublisher publisher,
			Object eventSource, SessionState nobody) {
		this(repository, keyResolver, publisher, eventSource, nobody, new SessionCache(Integer.MAX_VALUE, null),
				Clock.systemUTC());
	}

	SessionRegistry(SessionRepository repository, SessionKeyResolver keyResolver, ApplicationEventPublisher publisher,
			Object eventSource, SessionState nobody, SessionCache cache, Clock clock) {
		this.repository = repository;
		this.keyResolver = keyResolver;
		this.publisher = publisher;
		this.eventSource = eventSource;
		this.nobody = nobody;
		this.slots = slotCache(keyResolver.isApplicationWide() ? null : cache, clock);
		this.resync = !keyResolver.isApplicationWide() && repository.isShared();
		this.applicationSlot = keyResolver.isApplicationWide() ? slot(keyResolver.resolveKey()) : null;
	}

	/**
	 * The application scope's one slot is never dropped; per-user slots are bounded.
	 */
	private static Cache<String, SessionSlot> slotCache(SessionCache bounds, Clock clock) {
		Caffeine<Object, Object> builder = Caffeine.newBuilder().executor(Runnable::run);
		if (bounds != null) {
			builder.maximumSize(bounds.maximumSize()).ticker(() -> TimeUnit.MILLISECONDS.toNanos(clock.millis()));
			if (bounds.idleTimeout() != null) {
				builder.expireAfterAccess(bounds.idleTimeout());
			}
		}
		return builder.<String, SessionSlot>removalListener((key, slot, cause) -> {
			if (slot != null && cause != RemovalCause.REPLACED) {
				slot.close();
			}
		}).build();
	}

	/**
	 * The state of a session where nobody is signed in: {@code GUEST} with guest access,
	 * else {@code SIGNED_OUT}.
	 */
	SessionState nobody() {
		return this.nobody;
	}

	boolean isApplicationWide() {
		return this.applicationSlot != null;
	}

	/**
	 * The slot of the calling thread's session.
	 */
	SessionSlot current() {
		SessionSlot application = this.applicationSlot;
		if (application != null) {
			return application;
		}
		SessionSlot slot = slot(this.keyResolver.resolveKey());
		if (this.resync) {
			resync(slot);
		}
		return slot;
	}

	/**
	 * The calling thread's session, restored if this is its first use.
	 */
	Session currentSession() {
		return session(current());
	}

	/**
	 * The slot of a key, created (not restored) if new.
	 */
	SessionSlot slot(String key) {
		Assert.notNull(key, "The session key resolver returned a null key");
		return this.slots.get(key, (k) -> new SessionSlot(k, this.publisher));
	}

	/**
	 * The slot of a key if it has one in memory, without creating it.
	 */
	SessionSlot find(String key) {
		return this.slots.getIfPresent(key);
	}

	/**
	 * Drop the in-memory slot of a session that ended (e.g. an expired HTTP session). A
	 * later use of the key restores it from the repository again, so forgetting a live
	 * session loses nothing but cached values.
	 */
	void forget(String key) {
		if (this.applicationSlot == null || !this.applicationSlot.key.equals(key)) {
			// the removal listener closes it
			this.slots.invalidate(key);
		}
	}

	int size() {
		this.slots.cleanUp();
		return (int) this.slots.estimatedSize();
	}

	/**
	 * Register a listener of every identity change of an application-wide session; it
	 * runs right after the change is made and before the change's events are published
	 * (it must not block nor call back).
	 * @return whether identity changes will be told (application scope only)
	 */
	boolean onIdentityChange(Runnable listener) {
		if (this.applicationSlot == null) {
			return false;
		}
		this.identityListeners.add(listener);
		return true;
	}

	/**
	 * The slot's session, restored from the repository if this is its first use.
	 */
	Session session(SessionSlot slot) {
		Session session = slot.value;
		if (session != null) {
			return session;
		}
		slot.lock.lock();
		try {
			return restoredLocked(slot);
		}
		finally {
			slot.lock.unlock();
		}
	}

	private Session restoredLocked(SessionSlot slot) {
		Session session = slot.value;
		if (session == null) {
			Optional<SessionRecord> stored = load(slot.key);
			session = SessionRecordMapper.restore(slot.key, stored, this.nobody);
			slot.stored = stored.orElse(null);
			slot.value = session;
			identityChanged();
		}
		return session;
	}

	/**
	 * Read the stored record of a key; a failure to read says nothing about the session,
	 * so it reads as none rather than failing the call.
	 * @return the record, or empty
	 */
	Optional<SessionRecord> load(String key) {
		try {
			return this.repository.load(key);
		}
		catch (RuntimeException ex) {
			logger.warn("Could not read the session store; continuing as if it were empty: " + ex.getMessage());
			return Optional.empty();
		}
	}

	/**
	 * Read the stored record of a key before a refresh.
	 * @return the record (empty when none), or {@code null} when the repository cannot be
	 * read now: a read failure says nothing about the session, so the refresh goes ahead
	 */
	Optional<SessionRecord> loadForRefresh(String key) {
		try {
			return this.repository.loadLatest(key);
		}
		catch (RuntimeException ex) {
			logger.warn("Could not read the session store before refreshing: " + ex.getMessage());
			return null;
		}
	}

	/**
	 * Change a session: the only writer of sessions. Under the session's lock the next
	 * value is computed from the current one, persisted as asked, and swapped in; the
	 * events of the change (a {@link UserStateChangedEvent} when the user state or the
	 * signed-in user changes, then {@code followingEvents}) are queued. They are
	 * published after the lock is released, and waiters for a new sign-in are woken.
	 * @param slot the session
	 * @param change computes the next value; returning the current one changes nothing
	 * @param persistence how the next value is persisted
	 * @param cause what caused the change (for the state event), or {@code null}
	 * @param followingEvents events to publish after the state event, if the change is
	 * made
	 * @return the session after the call
	 * @throws RuntimeException what {@link Persistence#REQUIRED} persistence throws; the
	 * session is then unchanged
	 */
	Session transition(SessionSlot slot, UnaryOperator<Session> change, Persistence persistence, Throwable cause,
			Object... followingEvents) {
		Session previous;
		Session next;
		slot.lock.lock();
		try {
			previous = restoredLocked(slot);
			next = change.apply(previous);
			if (next == null || next == previous) {
				return previous;
			}
			persist(slot, next, persistence);
			slot.value = next;
			if (!next.identityKey().equals(previous.identityKey())) {
				// before the events: a listener must not be served the previous
				// identity's
				// credentials
				identityChanged();
			}
			stateEvent(previous, next, cause).ifPresent(slot.events::enqueue);
			for (Object event : followingEvents) {
				slot.events.enqueue(event);
			}
		}
		finally {
			slot.lock.unlock();
		}
		slot.events.publishQueued();
		if (next.state() != previous.state()) {
			slot.gate.signal();
		}
		return next;
	}

	/**
	 * Publish an event of a session in order with its changes.
	 */
	void publish(SessionSlot slot, Object event) {
		slot.lock.lock();
		try {
			slot.events.enqueue(event);
		}
		finally {
			slot.lock.unlock();
		}
		slot.events.publishQueued();
	}

	private Optional<UserStateChangedEvent> stateEvent(Session previous, Session next, Throwable cause) {
		UserState from = previous.userState();
		UserState to = next.userState();
		String fromUser = previous.state().username();
		String toUser = next.state().username();
		boolean changed = from != to || (to == UserState.SIGNED_IN && !Objects.equals(fromUser, toUser));
		if (!changed) {
			return Optional.empty();
		}
		return Optional
			.of(new UserStateChangedEvent(this.eventSource, from, to, (toUser != null) ? toUser : fromUser, cause));
	}

	private void persist(SessionSlot slot, Session next, Persistence persistence) {
		if (persistence == Persistence.NONE) {
			return;
		}
		Optional<SessionRecord> record = SessionRecordMapper.toRecord(next);
		try {
			if (record.isPresent()) {
				this.repository.save(slot.key, record.get());
			}
			else {
				this.repository.remove(slot.key);
			}
			slot.stored = record.orElse(null);
		}
		catch (RuntimeException ex) {
			if (persistence == Persistence.REQUIRED) {
				throw ex;
			}
			logger.warn(record.isPresent()
					? "Could not save the session (state " + next.userState() + "); it is kept in memory only: "
							+ ex.getMessage()
					: "Could not clear the session store; the session is forgotten in memory only: " + ex.getMessage());
		}
	}

	/**
	 * Take what another instance stored for a session held in memory. The stored record
	 * is cheap to read (e.g. from the HTTP session the request loaded); only when it is
	 * not the one this session was last restored from or saved as is the shared store
	 * read, under the session's lock, to tell a change of another instance from a copy
	 * that is merely older than this instance's own last write (a request that began
	 * before it).
	 */
	private void resync(SessionSlot slot) {
		if (slot.value == null) {
			// restored from the stored record at its first use
			return;
		}
		Optional<SessionRecord> stored;
		try {
			stored = this.repository.load(slot.key);
		}
		catch (RuntimeException ex) {
			return;
		}
		if (Objects.equals(stored.orElse(null), slot.stored)) {
			return;
		}
		transition(slot, (current) -> {
			Optional<SessionRecord> latest = loadForRefresh(slot.key);
			if (latest == null || Objects.equals(latest.orElse(null), slot.stored)) {
				return current;
			}
			slot.stored = latest.orElse(null);
			return SharedRecordResync.next(current, latest, this.nobody);
		}, Persistence.NONE, null);
	}

	private void identityChanged() {
		for (Runnable listener : this.identityListeners) {
			listener.run();
		}
	}

	/**
	 * The bounds of the per-user sessions held in memory.
	 *
	 * @param maximumSize how many at most (the least recently used are dropped)
	 * @param idleTimeout how long an unused one is kept, or {@code null} for no limit
	 */
	record SessionCache(int maximumSize, Duration idleTimeout) {

	}

	/**
	 * How a change is persisted.
	 */
	enum Persistence {

		/** Not at all: the change is in memory only (a pending challenge). */
		NONE,

		/** Persisted, or the change fails (a sign-in that cannot be stored fails). */
		REQUIRED,

		/**
		 * Persisted if possible; otherwise kept in memory with a warning (a refresh, a
		 * sign-out: a storage failure must not end or keep a session).
		 */
		BEST_EFFORT

	}

}
