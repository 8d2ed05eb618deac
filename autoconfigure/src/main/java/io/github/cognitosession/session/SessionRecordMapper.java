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

import io.github.cognitosession.exception.InvalidTokenException;
import io.github.cognitosession.state.FederatedLogin;
import io.github.cognitosession.state.SessionState;
import io.github.cognitosession.state.UserState;
import io.github.cognitosession.store.SessionRecord;
import io.github.cognitosession.token.CognitoTokens;
import io.github.cognitosession.token.StoredTokenReader;
import org.apache.commons.logging.Log;
import org.apache.commons.logging.LogFactory;

/**
 * Turns a {@link Session} into the {@link SessionRecord} that is persisted, and a stored
 * record back into a session, without network I/O: stored tokens were verified before
 * they were stored, so restoring only parses them.
 *
 * @author Cognito Session contributors
 */
final class SessionRecordMapper {

	private static final Log logger = LogFactory.getLog(SessionRecordMapper.class);

	private SessionRecordMapper() {
	}

	/**
	 * The record to persist for a session.
	 * @param session the session
	 * @return the record, or empty when nothing is to be kept (nobody signed in and no
	 * guest identity id)
	 */
	static Optional<SessionRecord> toRecord(Session session) {
		SessionRecord.Builder record = SessionRecord.builder()
			.state(session.userState())
			.username(session.state().username())
			.identityId(session.identityId());
		if (session.state() instanceof SessionState.UserPoolSignedIn signedIn) {
			CognitoTokens tokens = signedIn.tokens();
			record.idToken(tokens.getIdToken().getTokenValue())
				.accessToken(tokens.getAccessToken().getTokenValue())
				.refreshToken(tokens.getRefreshToken());
		}
		else if (session.state() instanceof SessionState.FederatedSignedIn federated) {
			record.federatedProvider(federated.login().providerKey()).federatedToken(federated.login().token());
		}
		else if (session.state() instanceof SessionState.FederatedTokensInvalid invalid) {
			record.federatedProvider(invalid.providerKey());
		}
		else if (session.userState() == UserState.SIGNED_OUT
				|| (session.userState() == UserState.GUEST && session.identityId() == null)) {
			return Optional.empty();
		}
		return Optional.of(record.build());
	}

	/**
	 * The session a stored record describes.
	 * @param key the session key
	 * @param stored the stored record, if any
	 * @param nobody the state of a session where nobody is signed in
	 * @return the restored session
	 */
	static Session restore(String key, Optional<SessionRecord> stored, SessionState nobody) {
		if (stored.isEmpty()) {
			return Session.restored(key, nobody, null);
		}
		SessionRecord record = stored.get();
		return Session.restored(key, restoredState(record, nobody), keptIdentityId(record, nobody));
	}

	private static SessionState restoredState(SessionRecord record, SessionState nobody) {
		return switch (record.getState()) {
			case SIGNED_IN -> signedIn(record, nobody);
			case SIGNED_OUT_USER_POOLS_TOKEN_INVALID -> new SessionState.UserPoolTokensInvalid(record.getUsername());
			case SIGNED_OUT_FEDERATED_TOKENS_INVALID ->
				new SessionState.FederatedTokensInvalid(record.getFederatedProvider());
			case GUEST, SIGNED_OUT, UNKNOWN -> nobody;
		};
	}

	private static SessionState signedIn(SessionRecord record, SessionState nobody) {
		if (record.isFederated() && record.getFederatedToken() != null) {
			return new SessionState.FederatedSignedIn(
					new FederatedLogin(record.getFederatedProvider(), record.getFederatedToken(), null));
		}
		if (!record.hasUserPoolTokens()) {
			return nobody;
		}
		try {
			CognitoTokens tokens = StoredTokenReader.read(record.getIdToken(), record.getAccessToken(),
					record.getRefreshToken());
			String username = (record.getUsername() != null) ? record.getUsername() : tokens.getUsername();
			return new SessionState.UserPoolSignedIn(username, tokens);
		}
		catch (InvalidTokenException ex) {
			logger.warn("The stored tokens are unreadable; the user must sign in again: " + ex.getMessage());
			return new SessionState.UserPoolTokensInvalid(record.getUsername());
		}
	}

	/**
	 * A guest's identity id is kept only by a guest session: without guest access the
	 * stored guest identity is not this session's.
	 */
	private static String keptIdentityId(SessionRecord record, SessionState nobody) {
		if (record.getState() == UserState.GUEST || record.getState() == UserState.SIGNED_OUT) {
			return (nobody.userState() == UserState.GUEST) ? record.getIdentityId() : null;
		}
		return record.getIdentityId();
	}

}
