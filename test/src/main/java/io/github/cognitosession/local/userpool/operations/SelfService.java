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
import java.util.Map;
import java.util.Objects;

import io.github.cognitosession.local.code.DeliveredCode;
import io.github.cognitosession.local.server.CognitoError;
import io.github.cognitosession.local.server.Json;
import io.github.cognitosession.local.server.OperationGroup;
import io.github.cognitosession.local.server.OperationRegistry;
import io.github.cognitosession.local.server.Params;
import io.github.cognitosession.local.token.TokenIssuer;
import io.github.cognitosession.local.userpool.AppClient;
import io.github.cognitosession.local.userpool.PoolUser;
import io.github.cognitosession.local.userpool.UserPool;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.node.ObjectNode;

/**
 * The unauthenticated and access-token operations of a user: SignUp, ConfirmSignUp,
 * ResendConfirmationCode, ForgotPassword, ConfirmForgotPassword, ChangePassword, GetUser,
 * SetUserMFAPreference, GlobalSignOut and RevokeToken.
 *
 * @author Cognito Session contributors
 */
public final class SelfService implements OperationGroup {

	private final UserPoolServices services;

	public SelfService(UserPoolServices services) {
		this.services = Objects.requireNonNull(services, "services cannot be null");
	}

	@Override
	public void registerWith(OperationRegistry registry) {
		registry.add(OperationRegistry.USER_POOLS, "SignUp", this::signUp)
			.add(OperationRegistry.USER_POOLS, "ConfirmSignUp", this::confirmSignUp)
			.add(OperationRegistry.USER_POOLS, "ResendConfirmationCode", this::resendConfirmationCode)
			.add(OperationRegistry.USER_POOLS, "ForgotPassword", this::forgotPassword)
			.add(OperationRegistry.USER_POOLS, "ConfirmForgotPassword", this::confirmForgotPassword)
			.add(OperationRegistry.USER_POOLS, "ChangePassword", this::changePassword)
			.add(OperationRegistry.USER_POOLS, "GetUser", this::getUser)
			.add(OperationRegistry.USER_POOLS, "SetUserMFAPreference", this::setUserMfaPreference)
			.add(OperationRegistry.USER_POOLS, "GlobalSignOut", this::globalSignOut)
			.add(OperationRegistry.USER_POOLS, "RevokeToken", this::revokeToken);
	}

	private JsonNode signUp(Params request) {
		ClientRequest caller = clientRequest(request);
		UserPool pool = caller.pool();
		String password = request.required("Password");
		Instant now = this.services.clock().instant();
		if (password.length() < Users.MIN_PASSWORD_LENGTH) {
			throw CognitoError.of("InvalidPasswordException",
					"Password did not conform with policy: Password not long enough");
		}
		PoolUser user = pool.addUser(caller.username(), now);
		user.putAttributes(request.attributes("UserAttributes"), now);
		user.setPassword(Users.verifier(this.services, pool, user, password), PoolUser.Status.UNCONFIRMED, now);
		return deliver(pool, user, DeliveredCode.Purpose.SIGN_UP,
				Json.object().put("UserConfirmed", false).put("UserSub", user.sub()));
	}

	private JsonNode confirmSignUp(Params request) {
		PoolUser user = clientRequest(request).user();
		if (user.status() != PoolUser.Status.UNCONFIRMED) {
			throw CognitoError.notAuthorized("User cannot be confirmed. Current status is " + user.status());
		}
		consumeCode(user, DeliveredCode.Purpose.SIGN_UP, request.required("ConfirmationCode"));
		Instant now = this.services.clock().instant();
		user.setStatus(PoolUser.Status.CONFIRMED, now);
		if (user.attributes().containsKey("email")) {
			user.putAttributes(Map.of("email_verified", "true"), now);
		}
		return Json.empty();
	}

	private JsonNode resendConfirmationCode(Params request) {
		ClientRequest caller = clientRequest(request);
		PoolUser user = caller.user();
		if (user.status() != PoolUser.Status.UNCONFIRMED) {
			throw CognitoError.invalidParameter("User is already confirmed.");
		}
		return deliver(caller.pool(), user, DeliveredCode.Purpose.SIGN_UP, Json.object());
	}

	private JsonNode forgotPassword(Params request) {
		ClientRequest caller = clientRequest(request);
		return deliver(caller.pool(), caller.user(), DeliveredCode.Purpose.FORGOT_PASSWORD, Json.object());
	}

	private JsonNode confirmForgotPassword(Params request) {
		ClientRequest caller = clientRequest(request);
		PoolUser user = caller.user();
		String password = request.required("Password");
		String code = request.required("ConfirmationCode");
		if (!user.hasPendingCode(DeliveredCode.Purpose.FORGOT_PASSWORD)) {
			throw CognitoError.of("ExpiredCodeException", "Invalid code provided, please request a code again.");
		}
		consumeCode(user, DeliveredCode.Purpose.FORGOT_PASSWORD, code);
		setConfirmedPassword(caller.pool(), user, password);
		return Json.empty();
	}

	private JsonNode changePassword(Params request) {
		TokenIssuer.Subject subject = subject(request);
		PoolUser user = subject.user();
		UserPool pool = subject.pool();
		String previous = request.required("PreviousPassword");
		String proposed = request.required("ProposedPassword");
		if (!user.password().matches(pool.srpPoolName(), user.username(), previous)) {
			throw CognitoError.notAuthorized("Incorrect username or password.");
		}
		setConfirmedPassword(pool, user, proposed);
		return Json.empty();
	}

	private JsonNode getUser(Params request) {
		TokenIssuer.Subject subject = subject(request);
		ObjectNode node = Users.describe(subject.user(), "UserAttributes");
		node.remove("UserCreateDate");
		node.remove("UserLastModifiedDate");
		node.remove("Enabled");
		node.remove("UserStatus");
		return node;
	}

	private JsonNode setUserMfaPreference(Params request) {
		TokenIssuer.Subject subject = subject(request);
		MfaPreference.apply(subject.user(), request, this.services.clock().instant());
		return Json.empty();
	}

	private JsonNode globalSignOut(Params request) {
		TokenIssuer.Subject subject = subject(request);
		this.services.refreshTokens().revokeUser(subject.pool().id(), subject.user().username());
		return Json.empty();
	}

	private JsonNode revokeToken(Params request) {
		AppClient client = this.services.pools().client(request.required("ClientId"));
		SecretHash.checkSecret(client, request.optional("ClientSecret"));
		String token = request.required("Token");
		if (!this.services.refreshTokens().revoke(token, client)) {
			// Cognito revokes refresh tokens only; an access or ID token is a different
			// type.
			if (token.startsWith("eyJ")) {
				throw CognitoError.of("UnsupportedTokenTypeException", "Only refresh tokens can be revoked.");
			}
		}
		return Json.empty();
	}

	private ClientRequest clientRequest(Params request) {
		AppClient client = this.services.pools().client(request.required("ClientId"));
		UserPool pool = this.services.pools().pool(client.poolId());
		String username = request.required("Username");
		SecretHash.check(client, request.optional("SecretHash"), username);
		return new ClientRequest(pool, username);
	}

	private TokenIssuer.Subject subject(Params request) {
		return this.services.tokens().verifyAccessToken(request.required("AccessToken"));
	}

	private void setConfirmedPassword(UserPool pool, PoolUser user, String password) {
		user.setPassword(Users.verifier(this.services, pool, user, password), PoolUser.Status.CONFIRMED,
				this.services.clock().instant());
	}

	private static void consumeCode(PoolUser user, DeliveredCode.Purpose purpose, String code) {
		if (!user.consumeCode(purpose, code)) {
			throw CognitoError.of("CodeMismatchException", "Invalid verification code provided, please try again.");
		}
	}

	private ObjectNode deliver(UserPool pool, PoolUser user, DeliveredCode.Purpose purpose, ObjectNode response) {
		String code = this.services.newCode();
		user.setPendingCode(purpose, code);
		this.services.codes().deliver(new DeliveredCode(pool.id(), user.username(), purpose, code));
		response.set("CodeDeliveryDetails", Users.codeDelivery(user, Users.medium(user)));
		return response;
	}

	/**
	 * An unauthenticated request whose app client and secret hash have been checked.
	 */
	private record ClientRequest(UserPool pool, String username) {

		PoolUser user() {
			return this.pool.user(this.username);
		}

	}

}
