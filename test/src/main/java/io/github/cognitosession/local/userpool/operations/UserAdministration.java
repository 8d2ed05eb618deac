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
import java.util.List;
import java.util.Map;
import java.util.Objects;

import io.github.cognitosession.local.message.Message;
import io.github.cognitosession.local.server.CognitoError;
import io.github.cognitosession.local.server.Json;
import io.github.cognitosession.local.server.OperationGroup;
import io.github.cognitosession.local.server.OperationRegistry;
import io.github.cognitosession.local.server.Params;
import io.github.cognitosession.local.userpool.PoolUser;
import io.github.cognitosession.local.userpool.StandardAttributes;
import io.github.cognitosession.local.userpool.UserPool;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.node.ObjectNode;

/**
 * The admin user operations: AdminCreateUser, AdminGetUser, AdminSetUserPassword,
 * AdminConfirmSignUp, AdminDeleteUser, AdminDisableUser, AdminEnableUser,
 * AdminResetUserPassword, AdminUserGlobalSignOut, AdminSetUserMFAPreference,
 * AdminUpdateUserAttributes and AdminDeleteUserAttributes. Like every operation of the
 * emulator they accept any (or no) AWS signature.
 *
 * @author Cognito Session contributors
 */
public final class UserAdministration implements OperationGroup {

	private final UserPoolServices services;

	private final UserCreation creation;

	private final CodeDelivery delivery;

	public UserAdministration(UserPoolServices services) {
		this.services = Objects.requireNonNull(services, "services cannot be null");
		this.creation = new UserCreation(services);
		this.delivery = new CodeDelivery(services);
	}

	@Override
	public void registerWith(OperationRegistry registry) {
		registry.add(OperationRegistry.USER_POOLS, "AdminCreateUser", this::adminCreateUser)
			.add(OperationRegistry.USER_POOLS, "AdminGetUser", this::adminGetUser)
			.add(OperationRegistry.USER_POOLS, "AdminSetUserPassword", this::adminSetUserPassword)
			.add(OperationRegistry.USER_POOLS, "AdminConfirmSignUp", this::adminConfirmSignUp)
			.add(OperationRegistry.USER_POOLS, "AdminDeleteUser", this::adminDeleteUser)
			.add(OperationRegistry.USER_POOLS, "AdminDisableUser", this::adminDisableUser)
			.add(OperationRegistry.USER_POOLS, "AdminEnableUser", this::adminEnableUser)
			.add(OperationRegistry.USER_POOLS, "AdminResetUserPassword", this::adminResetUserPassword)
			.add(OperationRegistry.USER_POOLS, "AdminUserGlobalSignOut", this::adminUserGlobalSignOut)
			.add(OperationRegistry.USER_POOLS, "AdminSetUserMFAPreference", this::adminSetUserMfaPreference)
			.add(OperationRegistry.USER_POOLS, "AdminUpdateUserAttributes", this::adminUpdateUserAttributes)
			.add(OperationRegistry.USER_POOLS, "AdminDeleteUserAttributes", this::adminDeleteUserAttributes);
	}

	private JsonNode adminCreateUser(Params request) {
		UserPool pool = pool(request);
		String username = request.required("Username");
		String messageAction = request.optional("MessageAction");
		String temporaryPassword = request.optional("TemporaryPassword");
		if (temporaryPassword != null) {
			pool.settings().passwordPolicy().check(temporaryPassword);
		}
		Instant now = this.services.now();
		if ("RESEND".equals(messageAction)) {
			return created(resend(pool, pool.user(username), temporaryPassword, request, now));
		}
		Map<String, String> attributes = request.attributes("UserAttributes");
		this.creation.checkAttributes(pool, attributes);
		Map<String, Object> decision = this.creation.preSignUp(pool, null, "PreSignUp_AdminCreateUser", username,
				attributes, request.attributes("ValidationData"), request.map("ClientMetadata"));
		PoolUser user = this.creation.create(pool, username, attributes, now);
		UserCreation.autoVerify(user, decision, now);
		String password = (temporaryPassword != null) ? temporaryPassword
				: pool.settings().passwordPolicy().generate(this.services.random());
		user.setPassword(Users.verifier(this.services, pool, user, password), PoolUser.Status.FORCE_CHANGE_PASSWORD,
				now);
		if (!"SUPPRESS".equals(messageAction)) {
			invite(pool, user, password, temporaryPassword == null, request.strings("DesiredDeliveryMediums"));
		}
		return created(user);
	}

	private PoolUser resend(UserPool pool, PoolUser user, String temporaryPassword, Params request, Instant now) {
		if (user.status() != PoolUser.Status.FORCE_CHANGE_PASSWORD) {
			throw CognitoError.of("UnsupportedUserStateException",
					"Resend not possible. " + user.username() + " status is not FORCE_CHANGE_PASSWORD.");
		}
		String password = (temporaryPassword != null) ? temporaryPassword
				: pool.settings().passwordPolicy().generate(this.services.random());
		user.setPassword(Users.verifier(this.services, pool, user, password), PoolUser.Status.FORCE_CHANGE_PASSWORD,
				now);
		invite(pool, user, password, temporaryPassword == null, request.strings("DesiredDeliveryMediums"));
		return user;
	}

	/**
	 * Send the invitation with the temporary password to every desired medium the user
	 * has. A generated password that could go nowhere is still kept in the outbox
	 * (without a destination): Cognito would lose it, a test could not go on.
	 */
	private void invite(UserPool pool, PoolUser user, String password, boolean generated, List<String> mediums) {
		List<CodeDelivery.Destination> destinations = this.delivery.invitation(user, mediums);
		destinations.forEach((destination) -> this.delivery.send(pool, user, Message.Purpose.TEMPORARY_PASSWORD,
				destination, password));
		if (destinations.isEmpty() && generated) {
			this.services.outbox()
				.send(Message.withoutDelivery(pool.id(), user.username(), Message.Purpose.TEMPORARY_PASSWORD,
						password));
		}
	}

	private static JsonNode created(PoolUser user) {
		ObjectNode response = Json.object();
		response.set("User", Users.userType(user, List.of()));
		return response;
	}

	private JsonNode adminGetUser(Params request) {
		return Users.adminView(user(request));
	}

	private JsonNode adminSetUserPassword(Params request) {
		UserPool pool = pool(request);
		PoolUser user = pool.user(request.required("Username"));
		String password = request.required("Password");
		boolean permanent = request.bool("Permanent", false);
		user.setPassword(Users.verifier(this.services, pool, user, password),
				permanent ? PoolUser.Status.CONFIRMED : PoolUser.Status.FORCE_CHANGE_PASSWORD, this.services.now());
		return Json.empty();
	}

	private JsonNode adminConfirmSignUp(Params request) {
		UserPool pool = pool(request);
		PoolUser user = pool.user(request.required("Username"));
		if (user.status() != PoolUser.Status.UNCONFIRMED) {
			throw CognitoError.notAuthorized("User cannot be confirmed. Current status is " + user.status());
		}
		user.setStatus(PoolUser.Status.CONFIRMED, this.services.now());
		this.creation.postConfirmation(pool, null, "PostConfirmation_ConfirmSignUp", user,
				request.map("ClientMetadata"));
		return Json.empty();
	}

	private JsonNode adminDeleteUser(Params request) {
		UserPool pool = pool(request);
		PoolUser user = pool.user(request.required("Username"));
		pool.removeUser(user);
		this.services.refreshTokens().revokeUser(pool.id(), user.username());
		return Json.empty();
	}

	private JsonNode adminDisableUser(Params request) {
		UserPool pool = pool(request);
		PoolUser user = pool.user(request.required("Username"));
		user.setEnabled(false, this.services.now());
		// Cognito revokes a disabled user's tokens.
		this.services.refreshTokens().revokeUser(pool.id(), user.username());
		return Json.empty();
	}

	private JsonNode adminEnableUser(Params request) {
		user(request).setEnabled(true, this.services.now());
		return Json.empty();
	}

	private JsonNode adminResetUserPassword(Params request) {
		UserPool pool = pool(request);
		PoolUser user = pool.user(request.required("Username"));
		CodeDelivery.Destination destination = this.delivery.recovery(pool, user)
			.orElseThrow(() -> CognitoError.invalidParameter(
					"Cannot reset password for the user as there is no registered/verified email or phone_number"));
		user.setStatus(PoolUser.Status.RESET_REQUIRED, this.services.now());
		String code = this.services.newCode();
		user.setPendingCode(Message.Purpose.FORGOT_PASSWORD, code);
		this.delivery.send(pool, user, Message.Purpose.FORGOT_PASSWORD, destination, code);
		return Json.empty();
	}

	private JsonNode adminUserGlobalSignOut(Params request) {
		UserPool pool = pool(request);
		this.services.refreshTokens().revokeUser(pool.id(), pool.user(request.required("Username")).username());
		return Json.empty();
	}

	private JsonNode adminSetUserMfaPreference(Params request) {
		MfaPreference.apply(user(request), request, this.services.now());
		return Json.empty();
	}

	private JsonNode adminUpdateUserAttributes(Params request) {
		UserPool pool = pool(request);
		PoolUser user = pool.user(request.required("Username"));
		Map<String, String> attributes = new LinkedHashMap<>(request.attributes("UserAttributes"));
		StandardAttributes.checkWritable(pool.settings(), attributes.keySet());
		// A changed address is unverified unless the same call says otherwise.
		for (String contact : List.of("email", "phone_number")) {
			if (attributes.containsKey(contact) && !attributes.get(contact).equals(user.attribute(contact))
					&& !attributes.containsKey(contact + "_verified")) {
				attributes.put(contact + "_verified", "false");
			}
		}
		user.putAttributes(attributes, this.services.now());
		return Json.empty();
	}

	private JsonNode adminDeleteUserAttributes(Params request) {
		UserPool pool = pool(request);
		PoolUser user = pool.user(request.required("Username"));
		List<String> names = request.strings("UserAttributeNames");
		StandardAttributes.checkWritable(pool.settings(), names);
		user.removeAttributes(names, this.services.now());
		return Json.empty();
	}

	private UserPool pool(Params request) {
		return this.services.pools().pool(request.required("UserPoolId"));
	}

	private PoolUser user(Params request) {
		return pool(request).user(request.required("Username"));
	}

}
