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

import io.github.cognitosession.store.SessionRecord;
import io.github.cognitosession.store.SessionStore;
import io.github.cognitosession.token.CognitoTokens;
import org.apache.commons.logging.Log;
import org.apache.commons.logging.LogFactory;

/**
 * The session manager's reads and writes of the {@link SessionStore} where a failing
 * store must not end the session: a read failure reads as nobody signed in, a write
 * failure keeps the session in memory only.
 *
 * @author Cognito Session contributors
 */
final class SessionRecords {

	private static final Log logger = LogFactory.getLog(SessionRecords.class);

	private final SessionStore sessionStore;

	SessionRecords(SessionStore sessionStore) {
		this.sessionStore = sessionStore;
	}

	Optional<SessionRecord> load() {
		try {
			return this.sessionStore.load();
		}
		catch (RuntimeException ex) {
			logger.warn("Could not read the session store; continuing signed out: " + ex.getMessage());
			return Optional.empty();
		}
	}

	void save(SessionRecord record) {
		try {
			this.sessionStore.save(record);
		}
		catch (RuntimeException ex) {
			logger.warn("Could not save the session (state " + record.getState() + "); it is kept in memory only: "
					+ ex.getMessage());
		}
	}

	/**
	 * The identity id to keep in the record of a user who signs in: a guest's (Cognito
	 * links the guest identity to the login) or the same user's, never another user's.
	 */
	String keptIdentityId(String username) {
		return load()
			.filter((record) -> record.getState() == UserState.GUEST
					|| (!record.isFederated() && username.equals(record.getUsername())))
			.map(SessionRecord::getIdentityId)
			.orElse(null);
	}

	/**
	 * The record of a signed-in user, keeping the identity id {@link #keptIdentityId}
	 * allows.
	 */
	SessionRecord signedIn(String username, CognitoTokens tokens) {
		return SessionRecord.builder()
			.state(UserState.SIGNED_IN)
			.username(username)
			.identityId(keptIdentityId(username))
			.idToken(tokens.getIdToken().getTokenValue())
			.accessToken(tokens.getAccessToken().getTokenValue())
			.refreshToken(tokens.getRefreshToken())
			.build();
	}

}
