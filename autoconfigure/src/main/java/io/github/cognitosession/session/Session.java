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

import java.util.Map;
import java.util.concurrent.atomic.AtomicLong;

import io.github.cognitosession.signin.PendingChallenge;
import io.github.cognitosession.state.SessionState;
import io.github.cognitosession.state.UserState;

import org.springframework.util.Assert;

/**
 * One session as an immutable value: whose it is ({@link SessionState}), the key of its
 * current identity, its identity-pool identity id, the sign-in waiting for a challenge
 * answer and the sign-up waiting to sign its user in. A session manager holds one such
 * value per session key and replaces it as a whole, so that a reader never sees a state
 * from one moment and tokens from another.
 * <p>
 * The identity key changes with every sign-in, federated sign-in, sign-out and
 * invalidation (even one that leaves the user state as it was, such as the same user
 * signing in again) and never with a token refresh; it never contains a token. Caches of
 * per-identity data (AWS credentials) are tagged with it. {@code toString()} never prints
 * a token or the Cognito session of a challenge or sign-up.
 *
 * @param key the session key (whose session this is)
 * @param state who the session belongs to
 * @param identityKey the key of the current identity
 * @param identityId the identity-pool identity id, or {@code null} when not known yet
 * @param pendingSignIn the sign-in waiting for a challenge answer, or {@code null}
 * @param pendingSignUp the sign-up whose user can be signed in without the password (auto
 * sign-in), or {@code null}
 * @author Cognito Session contributors
 */
public record Session(String key, SessionState state, String identityKey, String identityId,
		PendingSignIn pendingSignIn, PendingSignUp pendingSignUp) {

	/** Makes identity keys unique across all sessions of the process. */
	private static final AtomicLong identityCounter = new AtomicLong();

	public Session {
		Assert.notNull(key, "key cannot be null");
		Assert.notNull(state, "state cannot be null");
		Assert.notNull(identityKey, "identityKey cannot be null");
	}

	/**
	 * A session with no sign-up waiting.
	 * @param key the session key
	 * @param state who the session belongs to
	 * @param identityKey the key of the current identity
	 * @param identityId the identity-pool identity id, or {@code null}
	 * @param pendingSignIn the sign-in waiting for a challenge answer, or {@code null}
	 */
	public Session(String key, SessionState state, String identityKey, String identityId, PendingSignIn pendingSignIn) {
		this(key, state, identityKey, identityId, pendingSignIn, null);
	}

	/**
	 * A session restored from storage (or new), with an identity key of its own.
	 * @param key the session key
	 * @param state the restored state
	 * @param identityId the stored identity id, or {@code null}
	 * @return the session
	 */
	static Session restored(String key, SessionState state, String identityId) {
		return new Session(key, state, nextIdentityKey(state), identityId, null);
	}

	/**
	 * The user's state as AWSMobileClient reports it.
	 * @return the user state
	 */
	public UserState userState() {
		return this.state.userState();
	}

	/**
	 * This session with another identity: a sign-in, federated sign-in, sign-out or
	 * invalidation. The pending sign-in and sign-up end.
	 * @param next the new state
	 * @param nextIdentityId the identity id the new identity keeps, or {@code null}
	 * @return the new session
	 */
	Session withIdentity(SessionState next, String nextIdentityId) {
		return new Session(this.key, next, nextIdentityKey(next), nextIdentityId, null);
	}

	/**
	 * This session with a new state of the same identity, e.g. refreshed tokens.
	 * @param next the new state
	 * @return the new session
	 */
	Session withState(SessionState next) {
		return new Session(this.key, next, this.identityKey, this.identityId, this.pendingSignIn, this.pendingSignUp);
	}

	/**
	 * This session with the identity id the identity pool gave its current identity.
	 * @param nextIdentityId the identity id
	 * @return the new session
	 */
	Session withIdentityId(String nextIdentityId) {
		return new Session(this.key, this.state, this.identityKey, nextIdentityId, this.pendingSignIn,
				this.pendingSignUp);
	}

	/**
	 * This session with a sign-in waiting for a challenge answer (or none).
	 * @param next the pending sign-in, or {@code null}
	 * @return the new session
	 */
	Session withPendingSignIn(PendingSignIn next) {
		return new Session(this.key, this.state, this.identityKey, this.identityId, next, this.pendingSignUp);
	}

	/**
	 * This session with a sign-up waiting to sign its user in (or none).
	 * @param next the pending sign-up, or {@code null}
	 * @return the new session
	 */
	Session withPendingSignUp(PendingSignUp next) {
		return new Session(this.key, this.state, this.identityKey, this.identityId, this.pendingSignIn, next);
	}

	private static String nextIdentityKey(SessionState state) {
		return state.userState().name() + "#" + identityCounter.incrementAndGet();
	}

	@Override
	public String toString() {
		return "Session[state=" + this.state + ", identityKey=" + this.identityKey + ", identityId=" + this.identityId
				+ ", pendingSignIn=" + this.pendingSignIn + ", pendingSignUp=" + this.pendingSignUp + "]";
	}

	/**
	 * A sign-in waiting for the answer to a challenge.
	 *
	 * @param challenge the challenge Cognito is waiting for
	 * @param softwareTokenAssociated whether the pending {@code MFA_SETUP} challenge's
	 * session is the one {@code AssociateSoftwareToken} returned, so that a code can
	 * verify it
	 */
	public record PendingSignIn(PendingChallenge challenge, boolean softwareTokenAssociated) {

		public PendingSignIn {
			Assert.notNull(challenge, "challenge cannot be null");
		}

	}

	/**
	 * A sign-up that asked for auto sign-in: Cognito's session to confirm it with (before
	 * confirmation) or to sign the user in with (after it).
	 *
	 * @param username the username the user signed up with
	 * @param cognitoSession Cognito's session (a secret: never printed)
	 * @param confirmed whether the user is confirmed, so that {@code autoSignIn()} can
	 * sign them in
	 * @param clientMetadata the client metadata of the sign-up, for the sign-in's
	 * triggers
	 */
	public record PendingSignUp(String username, String cognitoSession, boolean confirmed,
			Map<String, String> clientMetadata) {

		public PendingSignUp {
			Assert.hasText(username, "username cannot be empty");
			Assert.hasText(cognitoSession, "cognitoSession cannot be empty");
			clientMetadata = (clientMetadata != null) ? Map.copyOf(clientMetadata) : Map.of();
		}

		@Override
		public String toString() {
			return "PendingSignUp[username=" + this.username + ", confirmed=" + this.confirmed + "]";
		}

	}

}
