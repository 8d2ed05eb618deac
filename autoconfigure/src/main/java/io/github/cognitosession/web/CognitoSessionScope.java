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

import java.util.concurrent.Callable;

import io.github.cognitosession.store.SessionRecord;
import jakarta.servlet.http.HttpSession;

import org.springframework.util.Assert;

/**
 * Runs work as a given user's Cognito session on a thread that handles no request of that
 * user ({@code @Async} methods, schedulers, asynchronous SDK clients' callbacks): take a
 * {@link #snapshot()} while handling the user's request, then
 * {@link #runAs(Snapshot, Callable)} on the other thread. Inside the block the
 * {@link HttpSessionKeyResolver} and the {@link HttpSessionSessionRepository} resolve to
 * the snapshot, so the session manager and the application's
 * {@code AwsCredentialsProvider} act as that user (refreshing the tokens if needed,
 * merged with the user's own requests' refreshes).
 * <p>
 * Without a bound scope, a thread that handles no request has no session: nobody is
 * signed in, so AWS credentials are a guest's when guest access is on, else a
 * {@code NotSignedInException}. Tokens refreshed inside the block are kept in the
 * snapshot and in the session manager's memory, not written back to the HTTP session,
 * which cannot safely be changed from another thread.
 *
 * @author Cognito Session contributors
 */
public final class CognitoSessionScope {

	private static final ThreadLocal<Snapshot> current = new ThreadLocal<>();

	private CognitoSessionScope() {
	}

	/**
	 * Capture the session of the request being handled on this thread.
	 * @return the snapshot
	 * @throws IllegalStateException if no request with a signed-in session is being
	 * handled on this thread
	 */
	public static Snapshot snapshot() {
		Snapshot bound = current.get();
		if (bound != null) {
			return new Snapshot(bound.key, bound.record);
		}
		HttpSession session = HttpSessionKeyResolver.currentSession(false);
		Object value = (session != null) ? session.getAttribute(HttpSessionSessionRepository.RECORD_ATTRIBUTE) : null;
		SessionRecord record = (value != null) ? open(session, value) : null;
		if (record == null) {
			throw new IllegalStateException(
					"No Cognito session to capture: this thread handles no request of a signed-in user");
		}
		return new Snapshot(HttpSessionKeyResolver.ensureKey(session), record);
	}

	/**
	 * A plain record, or a sealed one opened by the application's repository.
	 */
	private static SessionRecord open(HttpSession session, Object value) {
		if (value instanceof SessionRecord record) {
			return record;
		}
		Object repository = session.getServletContext().getAttribute(HttpSessionSessionRepository.REPOSITORY_ATTRIBUTE);
		String key = HttpSessionKeyResolver.keyOf(session);
		return (repository instanceof HttpSessionSessionRepository sessions && key != null)
				? sessions.open(value, key).orElse(null) : null;
	}

	/**
	 * Run a block as the snapshot's session on the calling thread.
	 * @param <T> the result type
	 * @param snapshot the session to act as
	 * @param work the block
	 * @return the block's result
	 * @throws Exception what the block throws
	 */
	public static <T> T runAs(Snapshot snapshot, Callable<T> work) throws Exception {
		Assert.notNull(snapshot, "snapshot cannot be null");
		Assert.notNull(work, "work cannot be null");
		Snapshot previous = current.get();
		current.set(snapshot);
		try {
			return work.call();
		}
		finally {
			if (previous != null) {
				current.set(previous);
			}
			else {
				current.remove();
			}
		}
	}

	/**
	 * Run a block as the snapshot's session on the calling thread.
	 * @param snapshot the session to act as
	 * @param work the block
	 */
	public static void runAs(Snapshot snapshot, Runnable work) {
		Assert.notNull(work, "work cannot be null");
		try {
			runAs(snapshot, () -> {
				work.run();
				return null;
			});
		}
		catch (RuntimeException ex) {
			throw ex;
		}
		catch (Exception ex) {
			throw new IllegalStateException(ex);
		}
	}

	static Snapshot current() {
		return current.get();
	}

	/**
	 * A user's Cognito session captured from their HTTP session. Thread safe.
	 */
	public static final class Snapshot {

		final String key;

		volatile SessionRecord record;

		Snapshot(String key, SessionRecord record) {
			this.key = key;
			this.record = record;
		}

		/**
		 * The session's record now (updated by refreshes inside {@code runAs}).
		 * @return the record, or {@code null} after a sign-out
		 */
		public SessionRecord getRecord() {
			return this.record;
		}

		@Override
		public String toString() {
			return "CognitoSessionScope.Snapshot[" + this.record + "]";
		}

	}

}
