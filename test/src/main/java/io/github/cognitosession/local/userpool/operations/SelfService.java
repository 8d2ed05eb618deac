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
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;

import io.github.cognitosession.local.message.Message;
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
 * SetUserMFAPreference, GlobalSignOut and RevokeToken. Codes go where Cognito would send
 * them (auto-verified attributes at sign-up, verified contacts for recovery), and
 * {@code CodeDeliveryDetails} appear only when a code was sent.
 *
 * @author Cognito Session contributors
 */
public final class SelfService implements OperationGroup {

	private final UserPoolServices services;

	private final UserCreation creation;

	private final UserMigration migration;

	private final CodeDelivery delivery;

	public SelfService(UserPoolServices services) {
		this.services = Objects.requireNonNull(services, "services cannot be null");
		this.creation = new UserCreation(services);
		this.migration = new UserMigration(services);
		this.delivery = new CodeDelivery(services);
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
		if (pool.settings().adminCreateUserOnly()) {
			throw CognitoError.notAuthorized("SignUp is not permitted for this user pool");
		}
		String password = request.required("Password");
		pool.settings().passwordPolicy().check(password);
		Map<String, String> attributes = request.attributes("UserAttributes");
		this.creation.checkAttributes(pool, attributes);
		Map<String, String> clientMetadata = request.map("ClientMetadata");
		Map<String, Object> decision = this.creation.preSignUp(pool, caller.client().clientId(), "PreSignUp_SignUp",
				caller.username(), attributes, request.attributes("ValidationData"), clientMetadata);
		Instant now = this.services.now();
		PoolUser user = this.creation.create(pool, caller.username(), attributes, now);
		boolean confirmed = Boolean.TRUE.equals(decision.get("autoConfirmUser"));
		user.setPassword(Users.verifier(this.services, pool, user, password),
				confirmed ? PoolUser.Status.CONFIRMED : PoolUser.Status.UNCONFIRMED, now);
		UserCreation.autoVerify(user, decision, now);
		ObjectNode response = Json.object().put("UserConfirmed", confirmed).put("UserSub", user.sub());
		if (!confirmed) {
			this.delivery.verification(pool, user)
				.ifPresent((destination) -> response.set("CodeDeliveryDetails",
						sendCode(pool, user, Message.Purpose.SIGN_UP, destination)));
		}
		return response;
	}

	private JsonNode confirmSignUp(Params request) {
		ClientRequest caller = clientRequest(request);
		PoolUser user = caller.user();
		if (user.status() != PoolUser.Status.UNCONFIRMED) {
			throw CognitoError.notAuthorized("User cannot be confirmed. Current status is " + user.status());
		}
		consumeCode(user, Message.Purpose.SIGN_UP, request.required("ConfirmationCode"));
		Instant now = this.services.now();
		user.setStatus(PoolUser.Status.CONFIRMED, now);
		// The code proves the attribute it was sent to.
		this.delivery.verification(caller.pool(), user)
			.ifPresent((destination) -> user
				.putAttributes(Map.of(destination.medium().attributeName() + "_verified", "true"), now));
		this.creation.postConfirmation(caller.pool(), caller.client().clientId(), "PostConfirmation_ConfirmSignUp",
				user, request.map("ClientMetadata"));
		return Json.empty();
	}

	private JsonNode resendConfirmationCode(Params request) {
		ClientRequest caller = clientRequest(request);
		PoolUser user = caller.user();
		if (user.status() != PoolUser.Status.UNCONFIRMED) {
			throw CognitoError.invalidParameter("User is already confirmed.");
		}
		CodeDelivery.Destination destination = this.delivery.verification(caller.pool(), user)
			.orElseThrow(() -> CognitoError.invalidParameter("Cannot resend codes. Auto verification not turned on."));
		ObjectNode response = Json.object();
		response.set("CodeDeliveryDetails", sendCode(caller.pool(), user, Message.Purpose.SIGN_UP, destination));
		return response;
	}

	private JsonNode forgotPassword(Params request) {
		ClientRequest caller = clientRequest(request);
		PoolUser user = caller.pool().findUser(caller.username());
		if (user == null) {
			user = this.migration.atForgotPassword(caller.pool(), caller.client(), caller.username(),
					request.map("ClientMetadata"));
		}
		if (user == null) {
			throw CognitoError.of("UserNotFoundException", "Username/client id combination not found.");
		}
		if (caller.pool().settings().recoveryMechanisms().equals(List.of("admin_only"))) {
			throw CognitoError.notAuthorized("Contact administrator to reset password.");
		}
		Optional<CodeDelivery.Destination> destination = this.delivery.recovery(caller.pool(), user);
		if (destination.isEmpty()) {
			throw CognitoError.invalidParameter(
					"Cannot reset password for the user as there is no registered/verified email or phone_number");
		}
		ObjectNode response = Json.object();
		response.set("CodeDeliveryDetails",
				sendCode(caller.pool(), user, Message.Purpose.FORGOT_PASSWORD, destination.get()));
		return response;
	}

	private JsonNode confirmForgotPassword(Params request) {
		ClientRequest caller = clientRequest(request);
		PoolUser user = caller.user();
		String password = request.required("Password");
		String code = request.required("ConfirmationCode");
		if (!user.hasPendingCode(Message.Purpose.FORGOT_PASSWORD)) {
			throw CognitoError.of("ExpiredCodeException", "Invalid code provided, please request a code again.");
		}
		caller.pool().settings().passwordPolicy().check(password);
		consumeCode(user, Message.Purpose.FORGOT_PASSWORD, code);
		user.setPassword(Users.verifier(this.services, caller.pool(), user, password), PoolUser.Status.CONFIRMED,
				this.services.now());
		this.creation.postConfirmation(caller.pool(), caller.client().clientId(),
				"PostConfirmation_ConfirmForgotPassword", user, request.map("ClientMetadata"));
		return Json.empty();
	}

	private JsonNode changePassword(Params request) {
		TokenIssuer.Subject subject = subject(request);
		PoolUser user = subject.user();
		UserPool pool = subject.pool();
		String previous = request.required("PreviousPassword");
		String proposed = request.required("ProposedPassword");
		if (user.password() == null || !user.password().matches(pool.srpPoolName(), user.username(), previous)) {
			throw CognitoError.notAuthorized("Incorrect username or password.");
		}
		user.setPassword(Users.verifier(this.services, pool, user, proposed), PoolUser.Status.CONFIRMED,
				this.services.now());
		return Json.empty();
	}

	private JsonNode getUser(Params request) {
		return Users.selfView(subject(request).user());
	}

	private JsonNode setUserMfaPreference(Params request) {
		TokenIssuer.Subject subject = subject(request);
		MfaPreference.apply(subject.user(), request, this.services.now());
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
		if (!client.tokenRevocation()) {
			throw CognitoError.of("UnsupportedOperationException",
					"Token revocation is not enabled for this app client.");
		}
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
		PoolUser known = pool.findUser(username);
		SecretHash.check(client, request.optional("SecretHash"), username, (known != null) ? known.username() : null);
		return new ClientRequest(pool, client, username);
	}

	private TokenIssuer.Subject subject(Params request) {
		return this.services.tokens().verifyAccessToken(request.required("AccessToken"));
	}

	private ObjectNode sendCode(UserPool pool, PoolUser user, Message.Purpose purpose,
			CodeDelivery.Destination destination) {
		String code = this.services.newCode();
		user.setPendingCode(purpose, code);
		return this.delivery.send(pool, user, purpose, destination, code);
	}

	private static void consumeCode(PoolUser user, Message.Purpose purpose, String code) {
		if (!user.consumeCode(purpose, code)) {
			throw CognitoError.of("CodeMismatchException", "Invalid verification code provided, please try again.");
		}
	}

	/**
	 * An unauthenticated request whose app client and secret hash have been checked.
	 */
	private record ClientRequest(UserPool pool, AppClient client, String username) {

		PoolUser user() {
			return this.pool.user(this.username);
		}

	}

}
