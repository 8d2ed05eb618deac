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

import java.util.Collection;
import java.util.List;
import java.util.Map;

import io.github.cognitosession.account.AccountOperations;
import io.github.cognitosession.account.CodeDelivery;
import io.github.cognitosession.account.CognitoAccountClient;
import io.github.cognitosession.account.SignUpOptions;
import io.github.cognitosession.account.SignUpResult;
import io.github.cognitosession.account.SignUpStep;
import io.github.cognitosession.account.UserProfile;
import io.github.cognitosession.device.DeviceSecretsStore;
import io.github.cognitosession.session.SessionRegistry.Persistence;
import io.github.cognitosession.token.CognitoTokens;

import org.apache.commons.logging.Log;
import org.apache.commons.logging.LogFactory;
import org.springframework.util.Assert;

/**
 * The account role of a session manager: {@link CognitoAccountClient} calls, with the
 * calling thread's session where they touch it. A sign-up that asks for auto sign-in
 * keeps Cognito's session in the {@link Session} value (never persisted, never printed)
 * until the sign-in role's {@code autoSignIn()} uses it; deleting the user ends the
 * session like a sign-out and forgets this device's secrets for the user.
 *
 * @author Cognito Session contributors
 */
final class AccountFlow implements AccountOperations {

	private static final Log logger = LogFactory.getLog(AccountFlow.class);

	private final SessionRegistry sessions;

	private final CognitoAccountClient client;

	private final SessionTokens tokens;

	private final DeviceSecretsStore deviceSecrets;

	AccountFlow(SessionRegistry sessions, CognitoAccountClient client, SessionTokens tokens,
			DeviceSecretsStore deviceSecrets) {
		this.sessions = sessions;
		this.client = client;
		this.tokens = tokens;
		this.deviceSecrets = deviceSecrets;
	}

	@Override
	public SignUpResult signUp(String username, String password, Map<String, String> attributes,
			SignUpOptions options) {
		Assert.hasText(username, "username cannot be empty");
		Assert.notNull(options, "options cannot be null");
		SessionSlot slot = this.sessions.current();
		CognitoAccountClient.SignedUp signedUp = this.client.signUp(username, password,
				(attributes != null) ? attributes : Map.of(), options);
		boolean autoSignIn = options.isAutoSignIn() && signedUp.session() != null;
		if (options.isAutoSignIn() && signedUp.session() == null) {
			logger.info("Cognito returned no session with the sign-up, so the user cannot be signed in without the "
					+ "password: the app client must allow ALLOW_USER_AUTH for auto sign-in");
		}
		Session.PendingSignUp pending = autoSignIn ? new Session.PendingSignUp(username, signedUp.session(),
				signedUp.userConfirmed(), options.getClientMetadata()) : null;
		setPendingSignUp(slot, pending);
		SignUpStep next = !signedUp.userConfirmed() ? SignUpStep.CONFIRM_SIGN_UP
				: (autoSignIn ? SignUpStep.COMPLETE_AUTO_SIGN_IN : SignUpStep.DONE);
		return new SignUpResult(signedUp.userConfirmed(), signedUp.userSub(), signedUp.codeDelivery(), next);
	}

	@Override
	public SignUpResult confirmSignUp(String username, String code, Map<String, String> clientMetadata) {
		Assert.hasText(username, "username cannot be empty");
		SessionSlot slot = this.sessions.current();
		Session.PendingSignUp pending = this.sessions.session(slot).pendingSignUp();
		boolean ours = pending != null && !pending.confirmed() && pending.username().equals(username);
		String signInSession = this.client.confirmSignUp(username, code, ours ? pending.cognitoSession() : null,
				clientMetadata);
		if (!ours) {
			return new SignUpResult(true, null, null, SignUpStep.DONE);
		}
		if (signInSession == null) {
			setPendingSignUp(slot, null);
			logger
				.info("Cognito returned no session with the confirmation, so the user must sign in with the password");
			return new SignUpResult(true, null, null, SignUpStep.DONE);
		}
		setPendingSignUp(slot, new Session.PendingSignUp(username, signInSession, true, pending.clientMetadata()));
		return new SignUpResult(true, null, null, SignUpStep.COMPLETE_AUTO_SIGN_IN);
	}

	@Override
	public CodeDelivery resendSignUpCode(String username, Map<String, String> clientMetadata) {
		return this.client.resendConfirmationCode(username, clientMetadata);
	}

	@Override
	public CodeDelivery forgotPassword(String username, Map<String, String> clientMetadata) {
		return this.client.forgotPassword(username, clientMetadata);
	}

	@Override
	public void confirmForgotPassword(String username, String code, String newPassword,
			Map<String, String> clientMetadata) {
		this.client.confirmForgotPassword(username, code, newPassword, clientMetadata);
	}

	@Override
	public void changePassword(String oldPassword, String newPassword) {
		this.client.changePassword(accessToken(), oldPassword, newPassword);
	}

	@Override
	public UserProfile getUser() {
		return this.client.getUser(accessToken());
	}

	@Override
	public List<CodeDelivery> updateUserAttributes(Map<String, String> attributes, Map<String, String> clientMetadata) {
		return this.client.updateUserAttributes(accessToken(), attributes, clientMetadata);
	}

	@Override
	public CodeDelivery sendAttributeVerificationCode(String attributeName, Map<String, String> clientMetadata) {
		return this.client.sendAttributeVerificationCode(accessToken(), attributeName, clientMetadata);
	}

	@Override
	public void verifyAttribute(String attributeName, String code) {
		this.client.verifyAttribute(accessToken(), attributeName, code);
	}

	@Override
	public void deleteUserAttributes(Collection<String> attributeNames) {
		this.client.deleteUserAttributes(accessToken(), attributeNames);
	}

	/**
	 * Delete the user, then end the session as a sign-out does (persisted on a
	 * best-effort basis: the user is gone either way) if it still belongs to that user,
	 * and forget this device's secrets for them.
	 */
	@Override
	public void deleteUser() {
		SessionSlot slot = this.sessions.current();
		CognitoTokens current = this.tokens.get(slot, false);
		String username = current.getUsername();
		this.client.deleteUser(current.getAccessToken().getTokenValue());
		if (this.deviceSecrets != null && username != null) {
			try {
				this.deviceSecrets.remove(username);
			}
			catch (RuntimeException ex) {
				logger.warn("Could not forget this device's secrets of the deleted user: " + ex.getMessage());
			}
		}
		this.sessions
			.transition(slot,
					(session) -> (username != null && username.equals(session.state().username()))
							? session.withIdentity(this.sessions.nobody(), null) : session,
					Persistence.BEST_EFFORT, null);
		slot.gate.release("The user was deleted");
	}

	private String accessToken() {
		return this.tokens.get(this.sessions.current(), false).getAccessToken().getTokenValue();
	}

	private void setPendingSignUp(SessionSlot slot, Session.PendingSignUp pending) {
		this.sessions.transition(slot,
				(session) -> (session.pendingSignUp() == pending) ? session : session.withPendingSignUp(pending),
				Persistence.NONE, null);
	}

	@Override
	public String toString() {
		return "AccountFlow[" + this.client + "]";
	}

}
