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

import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Objects;

import io.github.cognitosession.local.server.CognitoError;
import io.github.cognitosession.local.server.OperationGroup;
import io.github.cognitosession.local.server.OperationRegistry;
import io.github.cognitosession.local.server.Params;
import io.github.cognitosession.local.token.RefreshTokens;
import io.github.cognitosession.local.token.TokenSource;
import io.github.cognitosession.local.totp.Totp;
import io.github.cognitosession.local.userpool.AppClient;
import io.github.cognitosession.local.userpool.PoolUser;
import io.github.cognitosession.local.userpool.UserPool;
import tools.jackson.databind.JsonNode;

/**
 * Sign-in: InitiateAuth and AdminInitiateAuth (USER_SRP_AUTH, USER_PASSWORD_AUTH,
 * ADMIN_USER_PASSWORD_AUTH and its legacy name ADMIN_NO_SRP_AUTH, REFRESH_TOKEN_AUTH,
 * CUSTOM_AUTH), RespondToAuthChallenge and AdminRespondToAuthChallenge
 * (PASSWORD_VERIFIER, NEW_PASSWORD_REQUIRED, SMS_MFA, SOFTWARE_TOKEN_MFA, MFA_SETUP,
 * CUSTOM_CHALLENGE, DEVICE_SRP_AUTH, DEVICE_PASSWORD_VERIFIER) and
 * GetTokensFromRefreshToken (rotation), with the authenticator-app setup of
 * {@link SoftwareTokens}. Each flow and challenge is a handler in {@link SignInFlows}.
 * <p>
 * SOFTWARE_TOKEN_MFA checks real TOTP codes when the user has a verified authenticator; a
 * user given SOFTWARE_TOKEN_MFA without one (provisioned or set by preference only) gets
 * a "delivered" code instead, readable like an SMS code.
 *
 * @author Cognito Session contributors
 */
public final class Authentication implements OperationGroup {

	private final UserPoolServices services;

	private final ChallengeSessions sessions;

	private final SignInSteps steps;

	private final SignInFlows flows = new SignInFlows();

	private final SoftwareTokens softwareTokens;

	private final UserMigration migration;

	public Authentication(UserPoolServices services) {
		this.services = Objects.requireNonNull(services, "services cannot be null");
		this.sessions = new ChallengeSessions(services.clock(), services.random());
		this.steps = new SignInSteps(services, this.sessions);
		this.softwareTokens = new SoftwareTokens(services, this.sessions);
		this.migration = new UserMigration(services);
		CustomAuthentication custom = new CustomAuthentication(this.steps);
		custom.registerWith(this.flows);
		new SrpAuthentication(this.steps, custom).registerWith(this.flows);
		this.flows.flow("USER_PASSWORD_AUTH", "ALLOW_USER_PASSWORD_AUTH", SignInFlows.CLIENT, this::passwordAuth);
		this.flows.flow("ADMIN_USER_PASSWORD_AUTH", "ALLOW_ADMIN_USER_PASSWORD_AUTH", SignInFlows.ADMIN,
				this::passwordAuth);
		this.flows.flow("ADMIN_NO_SRP_AUTH", "ALLOW_ADMIN_USER_PASSWORD_AUTH", SignInFlows.ADMIN, this::passwordAuth);
		this.flows.flow("REFRESH_TOKEN_AUTH", "ALLOW_REFRESH_TOKEN_AUTH", SignInFlows.BOTH, this::refresh);
		this.flows.flow("REFRESH_TOKEN", "ALLOW_REFRESH_TOKEN_AUTH", SignInFlows.BOTH, this::refresh);
		this.flows.challenge("NEW_PASSWORD_REQUIRED", this::newPassword);
		this.flows.challenge("SMS_MFA",
				(context, session, responses) -> mfa(context, session, "SMS_MFA", responses, "SMS_MFA_CODE"));
		this.flows.challenge("SOFTWARE_TOKEN_MFA", (context, session, responses) -> mfa(context, session,
				"SOFTWARE_TOKEN_MFA", responses, "SOFTWARE_TOKEN_MFA_CODE"));
		this.flows.challenge(SoftwareTokens.MFA_SETUP, this::mfaSetup);
	}

	@Override
	public void registerWith(OperationRegistry registry) {
		registry.add(OperationRegistry.USER_POOLS, "InitiateAuth", (request) -> initiateAuth(request, false))
			.add(OperationRegistry.USER_POOLS, "AdminInitiateAuth", (request) -> initiateAuth(request, true))
			.add(OperationRegistry.USER_POOLS, "RespondToAuthChallenge",
					(request) -> respondToAuthChallenge(request, false))
			.add(OperationRegistry.USER_POOLS, "AdminRespondToAuthChallenge",
					(request) -> respondToAuthChallenge(request, true))
			.add(OperationRegistry.USER_POOLS, "GetTokensFromRefreshToken", this::getTokensFromRefreshToken);
		this.softwareTokens.registerWith(registry);
	}

	private JsonNode initiateAuth(Params request, boolean admin) {
		String flow = request.required("AuthFlow");
		return this.flows.start(context(request, admin), flow, request.map("AuthParameters"));
	}

	private JsonNode respondToAuthChallenge(Params request, boolean admin) {
		String challenge = request.required("ChallengeName");
		return this.flows.answer(context(request, admin), challenge, request.optional("Session"),
				request.map("ChallengeResponses"));
	}

	private SignInContext context(Params request, boolean admin) {
		AppClient client;
		UserPool pool;
		if (admin) {
			pool = this.services.pools().pool(request.required("UserPoolId"));
			client = pool.client(request.required("ClientId"));
		}
		else {
			client = this.services.pools().client(request.required("ClientId"));
			pool = this.services.pools().pool(client.poolId());
		}
		return new SignInContext(pool, client, admin, request.map("ClientMetadata"));
	}

	/**
	 * USER_PASSWORD_AUTH and ADMIN_USER_PASSWORD_AUTH: the password in the request. An
	 * unknown user may be brought in by the user-migration trigger.
	 */
	private JsonNode passwordAuth(SignInContext context, Map<String, String> parameters) {
		String login = SignInSteps.required(parameters, "USERNAME");
		String password = SignInSteps.required(parameters, "PASSWORD");
		PoolUser user = this.steps.find(context, login);
		SecretHash.check(context.client(), parameters.get("SECRET_HASH"), login,
				(user != null) ? user.username() : null);
		if (user == null) {
			user = this.migration.atSignIn(context.pool(), context.client(), login, password, context.clientMetadata());
		}
		if (user == null) {
			throw SignInSteps.userNotFound(context);
		}
		SignInSteps.checkNoResetRequired(user);
		if (!user.password().matches(context.pool().srpPoolName(), user.username(), password)) {
			throw CognitoError.notAuthorized(SignInSteps.WRONG_PASSWORD);
		}
		return this.steps.afterPassword(context, user, parameters.get(SignInSteps.DEVICE_KEY));
	}

	private JsonNode refresh(SignInContext context, Map<String, String> parameters) {
		AppClient client = context.client();
		if (client.refreshTokenRotation()) {
			throw CognitoError.notAuthorized(
					"Refresh token rotation is enabled for this client; use GetTokensFromRefreshToken to refresh tokens.");
		}
		String token = SignInSteps.required(parameters, "REFRESH_TOKEN");
		RefreshTokens.Grant grant = this.services.refreshTokens().redeem(token, client);
		PoolUser user = context.pool().findUser(grant.username());
		SecretHash.check(client, parameters.get("SECRET_HASH"), grant.username(), (user != null) ? user.sub() : null);
		return SignInSteps.tokens(this.services.tokens().refresh(grant, null));
	}

	private JsonNode newPassword(SignInContext context, String session, Map<String, String> responses) {
		String username = SignInSteps.required(responses, "USERNAME");
		SecretHash.check(context.client(), responses.get("SECRET_HASH"), username);
		ChallengeSessions.Pending pending = this.sessions.take(session, "NEW_PASSWORD_REQUIRED", context.client());
		UserPool pool = context.pool();
		PoolUser user = pool.user(pending.username());
		String password = SignInSteps.required(responses, "NEW_PASSWORD");
		Instant now = this.services.now();
		user.setPassword(Users.verifier(this.services, pool, user, password), PoolUser.Status.CONFIRMED, now);
		Map<String, String> attributes = new LinkedHashMap<>();
		responses.forEach((name, value) -> {
			if (name.startsWith("userAttributes.")) {
				attributes.put(name.substring("userAttributes.".length()), value);
			}
		});
		user.putAttributes(attributes, now);
		return this.steps.afterPassword(context, user, pending.deviceKey(), TokenSource.NEW_PASSWORD_CHALLENGE);
	}

	private JsonNode mfa(SignInContext context, String session, String challenge, Map<String, String> responses,
			String codeName) {
		String username = SignInSteps.required(responses, "USERNAME");
		SecretHash.check(context.client(), responses.get("SECRET_HASH"), username);
		String code = SignInSteps.required(responses, codeName);
		ChallengeSessions.Pending pending = this.sessions.take(session, challenge, context.client());
		PoolUser user = context.pool().user(pending.username());
		boolean matches = (pending.code() != null) ? pending.code().equals(code)
				: Totp.matches(user.softwareToken(), code, this.services.now());
		if (!matches) {
			throw CognitoError.of("CodeMismatchException", "Invalid code or auth state for the user.");
		}
		return this.steps.signedIn(context, user, pending.deviceKey(), TokenSource.AUTHENTICATION);
	}

	private JsonNode mfaSetup(SignInContext context, String session, Map<String, String> responses) {
		String username = SignInSteps.required(responses, "USERNAME");
		SecretHash.check(context.client(), responses.get("SECRET_HASH"), username);
		ChallengeSessions.Pending pending = this.sessions.take(session, SoftwareTokens.VERIFIED, context.client());
		return this.steps.signedIn(context, context.pool().user(pending.username()), pending.deviceKey(),
				TokenSource.AUTHENTICATION);
	}

	private JsonNode getTokensFromRefreshToken(Params request) {
		AppClient client = this.services.pools().client(request.required("ClientId"));
		SecretHash.checkSecret(client, request.optional("ClientSecret"));
		String token = request.required("RefreshToken");
		if (!client.refreshTokenRotation()) {
			RefreshTokens.Grant grant = this.services.refreshTokens().redeem(token, client);
			return SignInSteps.tokens(this.services.tokens().refresh(grant, null));
		}
		RefreshTokens.Rotation rotation = this.services.refreshTokens().rotate(token, client);
		return SignInSteps.tokens(this.services.tokens().refresh(rotation.grant(), rotation.newToken()));
	}

}
