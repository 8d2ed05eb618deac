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

import java.util.Objects;

import io.github.cognitosession.session.SessionRegistry.Persistence;
import io.github.cognitosession.state.FederatedLogin;
import io.github.cognitosession.state.SessionState;
import io.github.cognitosession.state.UserState;
import io.github.cognitosession.token.CognitoTokens;

/**
 * The {@link SessionIdentities} of a session manager: each method is one read or one
 * transition of a session.
 *
 * @author Cognito Session contributors
 */
final class DefaultSessionIdentities implements SessionIdentities {

	private final SessionRegistry sessions;

	private final SessionTokens tokens;

	private final SessionSettings settings;

	DefaultSessionIdentities(SessionRegistry sessions, SessionTokens tokens, SessionSettings settings) {
		this.sessions = sessions;
		this.tokens = tokens;
		this.settings = settings;
	}

	@Override
	public Session currentSession() {
		return this.sessions.currentSession();
	}

	@Override
	public CognitoTokens currentTokens() {
		return this.tokens.get(this.sessions.current(), false);
	}

	@Override
	public void awaitReauthentication() {
		SessionSlot slot = this.sessions.current();
		if (this.sessions.session(slot).state().isAwaitingReauthentication()) {
			slot.gate.await(() -> this.sessions.session(slot).state().isAwaitingReauthentication(),
					this.settings.reauthenticationTimeout().toNanos(), this.settings.reauthenticationTimeout());
		}
	}

	@Override
	public boolean isGuestAccess() {
		return this.sessions.nobody().userState() == UserState.GUEST;
	}

	@Override
	public boolean onIdentityChange(Runnable listener) {
		return this.sessions.onIdentityChange(listener);
	}

	@Override
	public Session federate(FederatedLogin login, String identityId) {
		SessionSlot slot = this.sessions.current();
		Session federated = this.sessions.transition(slot,
				(current) -> current.withIdentity(new SessionState.FederatedSignedIn(login),
						(identityId != null) ? identityId : carriedIdentityId(current, login.providerKey())),
				Persistence.BEST_EFFORT, null);
		slot.gate.signal();
		return federated;
	}

	/**
	 * A guest who federates keeps the guest identity, which Cognito then links to the
	 * login; so does the same provider's identity when federating again.
	 */
	private static String carriedIdentityId(Session current, String providerKey) {
		SessionState state = current.state();
		boolean sameProvider = (state instanceof SessionState.FederatedSignedIn federated
				&& federated.login().providerKey().equals(providerKey))
				|| (state instanceof SessionState.FederatedTokensInvalid invalid
						&& providerKey.equals(invalid.providerKey()));
		return (state.userState() == UserState.GUEST || sameProvider) ? current.identityId() : null;
	}

	@Override
	public void identityIdResolved(Session session, String identityId) {
		SessionSlot slot = this.sessions.find(session.key());
		if (slot == null) {
			return;
		}
		this.sessions.transition(slot,
				(current) -> (current.identityKey().equals(session.identityKey())
						&& !Objects.equals(current.identityId(), identityId)) ? current.withIdentityId(identityId)
								: current,
				Persistence.BEST_EFFORT, null);
	}

	@Override
	public void federatedTokenRejected(Session session, RuntimeException failure) {
		SessionSlot slot = this.sessions.find(session.key());
		if (slot == null) {
			return;
		}
		this.sessions.transition(slot, (current) -> {
			if (!current.identityKey().equals(session.identityKey())
					|| !(current.state() instanceof SessionState.FederatedSignedIn federated)) {
				return current;
			}
			return current.withIdentity(new SessionState.FederatedTokensInvalid(federated.login().providerKey()),
					current.identityId());
		}, Persistence.BEST_EFFORT, failure);
	}

	@Override
	public String toString() {
		return "SessionIdentities[guestAccess=" + isGuestAccess() + "]";
	}

}
