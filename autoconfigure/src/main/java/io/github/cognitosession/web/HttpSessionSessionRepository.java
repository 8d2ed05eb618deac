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
package io.github.cognitosession.web;

import java.util.Optional;

import com.github.benmanes.caffeine.cache.Cache;
import com.github.benmanes.caffeine.cache.Caffeine;
import io.github.cognitosession.store.SessionRecord;
import io.github.cognitosession.store.SessionRecordCipher;
import io.github.cognitosession.store.SessionRepository;
import io.github.cognitosession.store.SessionStoreException;
import jakarta.servlet.ServletContext;
import jakarta.servlet.http.HttpSession;
import org.apache.commons.logging.Log;
import org.apache.commons.logging.LogFactory;

import org.springframework.util.Assert;
import org.springframework.web.context.ServletContextAware;

/**
 * A {@link SessionRepository} that keeps each user's Cognito session in their HTTP
 * session, so that a replicated session store (Spring Session) carries it to every
 * instance. The HTTP session is the one of the request being handled on the calling
 * thread (or the session bound with {@link CognitoSessionScope#runAs}), and only the key
 * stored in it ({@link HttpSessionKeyResolver}) reads or writes it: a call for another
 * user's key finds nothing and cannot write, so one user's record never lands in another
 * user's HTTP session.
 * <p>
 * Outside a request {@link #load} is empty and {@link #save} fails with a
 * {@link SessionStoreException}; in a request, {@code save} creates the HTTP session when
 * there is none yet. The record is immutable and written back with {@code setAttribute}
 * on every change, so replicated session stores see every update.
 * <p>
 * With a {@link SessionRecordCipher} the attribute holds the record sealed (AES-256-GCM,
 * bound to the session key), so a session store outside the application never holds a
 * readable token; a sealed record is opened once per attribute value (a cache with weak
 * keys), and a record that no configured key opens counts as no session (logged as a
 * WARN): the user signs in again. Plain records written before encryption was turned on
 * are still read, and are sealed at their next change. With {@link SharedHttpSessions}
 * the repository is {@link #isShared() shared}: {@link #loadLatest} reads the store
 * behind the HTTP sessions, past the request's own copy, so that the session manager sees
 * what other instances wrote.
 *
 * @author Cognito Session contributors
 */
public final class HttpSessionSessionRepository implements SessionRepository, ServletContextAware {

	/**
	 * The HTTP session attribute holding the {@link SessionRecord} (or, with a cipher,
	 * the sealed record as a {@code byte[]}).
	 */
	public static final String RECORD_ATTRIBUTE = HttpSessionSessionRepository.class.getName() + ".RECORD";

	/**
	 * The servlet context attribute under which the repository of a web application
	 * registers itself, so that {@link CognitoSessionScope#snapshot()} can open a sealed
	 * record.
	 */
	static final String REPOSITORY_ATTRIBUTE = HttpSessionSessionRepository.class.getName() + ".REPOSITORY";

	private static final Log logger = LogFactory.getLog(HttpSessionSessionRepository.class);

	private final SessionRecordCipher cipher;

	private final SharedHttpSessions sharedSessions;

	/** Opened records by sealed value (identity, weakly held: gone with the value). */
	private final Cache<Object, Opened> opened = Caffeine.newBuilder()
		.weakKeys()
		.maximumSize(10_000)
		.executor(Runnable::run)
		.build();

	/**
	 * Create a repository that keeps plain records in the HTTP sessions of this
	 * application's memory.
	 */
	public HttpSessionSessionRepository() {
		this(null, null);
	}

	/**
	 * Create a repository.
	 * @param cipher seals the records, or {@code null} to keep them plain (only for HTTP
	 * sessions that never leave the application's memory)
	 * @param sharedSessions the store behind the HTTP sessions when other instances share
	 * them, or {@code null}
	 */
	public HttpSessionSessionRepository(SessionRecordCipher cipher, SharedHttpSessions sharedSessions) {
		this.cipher = cipher;
		this.sharedSessions = sharedSessions;
	}

	@Override
	public void setServletContext(ServletContext servletContext) {
		servletContext.setAttribute(REPOSITORY_ATTRIBUTE, this);
	}

	@Override
	public Optional<SessionRecord> load(String key) {
		Assert.notNull(key, "key cannot be null");
		CognitoSessionScope.Snapshot scoped = CognitoSessionScope.current();
		if (scoped != null) {
			return key.equals(scoped.key) ? Optional.ofNullable(scoped.record) : Optional.empty();
		}
		HttpSession session = HttpSessionKeyResolver.currentSession(false);
		if (session == null || !key.equals(HttpSessionKeyResolver.keyOf(session))) {
			return Optional.empty();
		}
		return open(session.getAttribute(RECORD_ATTRIBUTE), key);
	}

	@Override
	public Optional<SessionRecord> loadLatest(String key) {
		Assert.notNull(key, "key cannot be null");
		if (this.sharedSessions == null || CognitoSessionScope.current() != null) {
			return load(key);
		}
		HttpSession session = HttpSessionKeyResolver.currentSession(false);
		if (session == null || !key.equals(HttpSessionKeyResolver.keyOf(session))) {
			return Optional.empty();
		}
		return open(this.sharedSessions.latestAttribute(session.getId(), RECORD_ATTRIBUTE), key);
	}

	@Override
	public boolean isShared() {
		return this.sharedSessions != null;
	}

	@Override
	public void save(String key, SessionRecord record) {
		Assert.notNull(key, "key cannot be null");
		Assert.notNull(record, "record cannot be null");
		CognitoSessionScope.Snapshot scoped = CognitoSessionScope.current();
		if (scoped != null) {
			requireSameKey(key, scoped.key);
			scoped.record = record;
			return;
		}
		HttpSession session = HttpSessionKeyResolver.currentSession(true);
		if (session == null) {
			throw new SessionStoreException(
					"No HTTP request is bound to this thread: a per-user Cognito session can only be saved while handling a request",
					null);
		}
		requireSameKey(key, HttpSessionKeyResolver.ensureKey(session));
		if (this.cipher == null) {
			session.setAttribute(RECORD_ATTRIBUTE, record);
			return;
		}
		byte[] sealed = this.cipher.seal(record, key);
		this.opened.put(sealed, new Opened(key, Optional.of(record)));
		session.setAttribute(RECORD_ATTRIBUTE, sealed);
	}

	@Override
	public void remove(String key) {
		Assert.notNull(key, "key cannot be null");
		CognitoSessionScope.Snapshot scoped = CognitoSessionScope.current();
		if (scoped != null) {
			if (key.equals(scoped.key)) {
				scoped.record = null;
			}
			return;
		}
		HttpSession session = HttpSessionKeyResolver.currentSession(false);
		if (session != null && key.equals(HttpSessionKeyResolver.keyOf(session))) {
			try {
				session.removeAttribute(RECORD_ATTRIBUTE);
			}
			catch (IllegalStateException ex) {
				// already invalidated: nothing left to remove
			}
		}
	}

	/**
	 * The record an attribute value holds for a session key.
	 */
	Optional<SessionRecord> open(Object value, String key) {
		if (value instanceof SessionRecord record) {
			return Optional.of(record);
		}
		if (!(value instanceof byte[] sealed)) {
			// A foreign value (e.g. left by an incompatible version) counts as no session
			// rather than failing every request of that user.
			return Optional.empty();
		}
		if (this.cipher == null) {
			logger.warn("The Cognito session in the HTTP session is encrypted, but cognito.session.encryption-key "
					+ "is not set; the user has to sign in again");
			return Optional.empty();
		}
		Opened cached = this.opened.getIfPresent(sealed);
		if (cached != null && cached.key().equals(key)) {
			return cached.record();
		}
		Optional<SessionRecord> record;
		try {
			record = Optional.of(this.cipher.open(sealed, key));
		}
		catch (SessionRecordCipher.UnreadableRecordException ex) {
			logger.warn("The Cognito session in the HTTP session cannot be read (" + ex.getMessage()
					+ "); the user has to sign in again. Were the keys changed without listing the previous one in "
					+ "cognito.session.previous-encryption-keys?");
			record = Optional.empty();
		}
		this.opened.put(sealed, new Opened(key, record));
		return record;
	}

	private static void requireSameKey(String key, String boundKey) {
		if (!key.equals(boundKey)) {
			throw new SessionStoreException(
					"The Cognito session being saved is not the one of the HTTP session "
							+ "handled on this thread; it can only be saved while handling its own user's request",
					null);
		}
	}

	@Override
	public String toString() {
		return "HttpSessionSessionRepository[encrypted=" + (this.cipher != null) + ", shared="
				+ (this.sharedSessions != null) + "]";
	}

	/**
	 * A sealed value opened for a session key.
	 */
	private record Opened(String key, Optional<SessionRecord> record) {

	}

}
