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

package io.github.cognitosession.local.userpool.operations;

import java.util.Objects;

import io.github.cognitosession.local.server.CognitoError;
import io.github.cognitosession.local.server.Json;
import io.github.cognitosession.local.server.OperationGroup;
import io.github.cognitosession.local.server.OperationRegistry;
import io.github.cognitosession.local.server.Params;
import io.github.cognitosession.local.totp.Totp;
import io.github.cognitosession.local.userpool.PoolUser;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.node.ObjectNode;

/**
 * Authenticator-app (TOTP) setup: AssociateSoftwareToken and VerifySoftwareToken, each
 * with a signed-in user's access token or with the session of an {@code MFA_SETUP}
 * sign-in challenge. The session steps are {@code MFA_SETUP} (from the sign-in),
 * associated, then verified; only a verified session answers {@code MFA_SETUP} in
 * RespondToAuthChallenge. A wrong code leaves the session usable for another try.
 *
 * @author Cognito Session contributors
 */
final class SoftwareTokens implements OperationGroup {

	/** The challenge a sign-in of a user without MFA on an MFA-required pool gets. */
	static final String MFA_SETUP = "MFA_SETUP";

	/** An MFA_SETUP session after AssociateSoftwareToken. */
	static final String ASSOCIATED = "MFA_SETUP/associated";

	/** An MFA_SETUP session after VerifySoftwareToken: it answers MFA_SETUP. */
	static final String VERIFIED = "MFA_SETUP/verified";

	private final UserPoolServices services;

	private final ChallengeSessions sessions;

	SoftwareTokens(UserPoolServices services, ChallengeSessions sessions) {
		this.services = Objects.requireNonNull(services, "services cannot be null");
		this.sessions = Objects.requireNonNull(sessions, "sessions cannot be null");
	}

	@Override
	public void registerWith(OperationRegistry registry) {
		registry.add(OperationRegistry.USER_POOLS, "AssociateSoftwareToken", this::associateSoftwareToken)
			.add(OperationRegistry.USER_POOLS, "VerifySoftwareToken", this::verifySoftwareToken);
	}

	private JsonNode associateSoftwareToken(Params request) {
		String secret = Totp.newSecret(this.services.random());
		ObjectNode response = Json.object().put("SecretCode", secret);
		String accessToken = accessTokenOrSession(request);
		if (accessToken != null) {
			this.services.tokens().verifyAccessToken(accessToken).user().associateSoftwareToken(secret);
			return response;
		}
		String session = request.optional("Session");
		// Associating again (a lost QR code) starts over with a new secret.
		ChallengeSessions.Pending pending = this.sessions.peek(session, MFA_SETUP, ASSOCIATED);
		user(pending).associateSoftwareToken(secret);
		return response.put("Session", reopen(session, pending, ASSOCIATED));
	}

	private JsonNode verifySoftwareToken(Params request) {
		String code = request.required("UserCode");
		String accessToken = accessTokenOrSession(request);
		if (accessToken != null) {
			verify(this.services.tokens().verifyAccessToken(accessToken).user(), code);
			return Json.object().put("Status", "SUCCESS");
		}
		String session = request.optional("Session");
		ChallengeSessions.Pending pending = this.sessions.peek(session, ASSOCIATED);
		PoolUser user = user(pending);
		verify(user, code);
		// The pool requires MFA, so the verified authenticator becomes the second factor.
		user.setMfa(PoolUser.Mfa.SOFTWARE_TOKEN_MFA, this.services.clock().instant());
		return Json.object().put("Status", "SUCCESS").put("Session", reopen(session, pending, VERIFIED));
	}

	private void verify(PoolUser user, String code) {
		String secret = user.associatedSoftwareToken();
		if (secret == null) {
			throw CognitoError.invalidParameter(
					"No software token is associated with the user; call " + "AssociateSoftwareToken first");
		}
		if (!Totp.matches(secret, code, this.services.clock().instant())) {
			throw CognitoError.of("EnableSoftwareTokenMFAException",
					"Code mismatch and fail enable Software Token MFA");
		}
		user.verifySoftwareToken(this.services.clock().instant());
	}

	private String reopen(String session, ChallengeSessions.Pending pending, String step) {
		if (!this.sessions.remove(session)) {
			throw CognitoError.notAuthorized("Invalid session for the user.");
		}
		return this.sessions.open(pending.challenge(step));
	}

	private PoolUser user(ChallengeSessions.Pending pending) {
		String poolId = this.services.pools().client(pending.clientId()).poolId();
		return this.services.pools().pool(poolId).user(pending.username());
	}

	private static String accessTokenOrSession(Params request) {
		String accessToken = request.optional("AccessToken");
		String session = request.optional("Session");
		if ((accessToken == null) == (session == null)) {
			throw CognitoError.invalidParameter("Exactly one of AccessToken and Session is required");
		}
		return accessToken;
	}

}
