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

import java.util.Optional;
import java.util.function.Supplier;

import org.apache.commons.logging.Log;
import org.apache.commons.logging.LogFactory;

import io.github.cognitosession.credentials.IdentityIdStore;
import io.github.cognitosession.store.SessionRecord;
import io.github.cognitosession.store.SessionStore;

/**
 * An {@link IdentityIdStore} kept in the session's {@link SessionRecord}, so that the
 * identity id survives restarts (and a second process sharing the store makes no
 * {@code GetId}). A guest's id is kept in a {@code GUEST} record. Writes are made under
 * the session's lock, so they never lose a concurrent sign-in or token refresh.
 *
 * @author Cognito Session contributors
 */
final class SessionIdentityIdStore implements IdentityIdStore {

	private static final Log logger = LogFactory.getLog(SessionIdentityIdStore.class);

	private final SessionStore sessionStore;

	private final Supplier<SessionContext> contexts;

	SessionIdentityIdStore(SessionStore sessionStore, Supplier<SessionContext> contexts) {
		this.sessionStore = sessionStore;
		this.contexts = contexts;
	}

	@Override
	public Optional<String> load() {
		return loadRecord().map(SessionRecord::getIdentityId);
	}

	@Override
	public void save(String identityId) {
		SessionContext context = this.contexts.get();
		synchronized (context.lock) {
			Optional<SessionRecord> record = loadRecord();
			if (record.isPresent()) {
				write(record.get().mutate().identityId(identityId).build());
			}
			else if (context.stateMachine.state() == UserState.GUEST) {
				write(SessionRecord.builder().state(UserState.GUEST).identityId(identityId).build());
			}
		}
	}

	@Override
	public void clear() {
		SessionContext context = this.contexts.get();
		synchronized (context.lock) {
			loadRecord().filter((record) -> record.getIdentityId() != null)
				.ifPresent((record) -> write(record.mutate().identityId(null).build()));
		}
	}

	private Optional<SessionRecord> loadRecord() {
		try {
			return this.sessionStore.load();
		}
		catch (RuntimeException ex) {
			logger.warn("Could not read the session store for the identity id: " + ex.getMessage());
			return Optional.empty();
		}
	}

	private void write(SessionRecord record) {
		try {
			this.sessionStore.save(record);
		}
		catch (RuntimeException ex) {
			logger.warn("Could not save the identity id; it will be fetched again: " + ex.getMessage());
		}
	}

	@Override
	public String toString() {
		return "SessionIdentityIdStore[store=" + this.sessionStore.getClass().getSimpleName() + "]";
	}

}
