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
import java.util.Objects;

import io.github.cognitosession.local.code.DeliveredCode;
import io.github.cognitosession.local.server.CognitoError;
import io.github.cognitosession.local.server.Json;
import io.github.cognitosession.local.server.OperationGroup;
import io.github.cognitosession.local.server.OperationRegistry;
import io.github.cognitosession.local.server.Params;
import io.github.cognitosession.local.userpool.PoolUser;
import io.github.cognitosession.local.userpool.UserPool;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.node.ObjectNode;

/**
 * The admin user operations: AdminCreateUser, AdminSetUserPassword, AdminGetUser,
 * AdminDeleteUser, AdminConfirmSignUp and AdminSetUserMFAPreference. Like every operation
 * of the emulator they accept any (or no) AWS signature.
 *
 * @author Cognito Session contributors
 */
public final class UserAdministration implements OperationGroup {

	private final UserPoolServices services;

	public UserAdministration(UserPoolServices services) {
		this.services = Objects.requireNonNull(services, "services cannot be null");
	}

	@Override
	public void registerWith(OperationRegistry registry) {
		registry.add(OperationRegistry.USER_POOLS, "AdminCreateUser", this::adminCreateUser)
			.add(OperationRegistry.USER_POOLS, "AdminSetUserPassword", this::adminSetUserPassword)
			.add(OperationRegistry.USER_POOLS, "AdminGetUser", this::adminGetUser)
			.add(OperationRegistry.USER_POOLS, "AdminDeleteUser", this::adminDeleteUser)
			.add(OperationRegistry.USER_POOLS, "AdminConfirmSignUp", this::adminConfirmSignUp)
			.add(OperationRegistry.USER_POOLS, "AdminSetUserMFAPreference", this::adminSetUserMfaPreference);
	}

	private JsonNode adminCreateUser(Params request) {
		UserPool pool = this.services.pools().pool(request.required("UserPoolId"));
		String username = request.required("Username");
		String messageAction = request.optional("MessageAction");
		if ("RESEND".equals(messageAction)) {
			PoolUser existing = pool.user(username);
			ObjectNode response = Json.object();
			response.set("User", Users.describe(existing, "Attributes"));
			return response;
		}
		Instant now = this.services.clock().instant();
		String temporaryPassword = request.optional("TemporaryPassword");
		if (temporaryPassword != null && temporaryPassword.length() < Users.MIN_PASSWORD_LENGTH) {
			throw CognitoError.of("InvalidPasswordException",
					"Password did not conform with policy: Password not long enough");
		}
		PoolUser user = pool.addUser(username, now);
		user.putAttributes(request.attributes("UserAttributes"), now);
		boolean generated = temporaryPassword == null;
		String password = generated ? "Tmp-" + this.services.newCode() + "-pw" : temporaryPassword;
		user.setPassword(Users.verifier(this.services, pool, user, password), PoolUser.Status.FORCE_CHANGE_PASSWORD,
				now);
		if (generated && !"SUPPRESS".equals(messageAction)) {
			this.services.codes()
				.deliver(new DeliveredCode(pool.id(), username, DeliveredCode.Purpose.TEMPORARY_PASSWORD, password));
		}
		ObjectNode response = Json.object();
		response.set("User", Users.describe(user, "Attributes"));
		return response;
	}

	private JsonNode adminSetUserPassword(Params request) {
		UserPool pool = this.services.pools().pool(request.required("UserPoolId"));
		PoolUser user = pool.user(request.required("Username"));
		String password = request.required("Password");
		boolean permanent = request.bool("Permanent", false);
		user.setPassword(Users.verifier(this.services, pool, user, password),
				permanent ? PoolUser.Status.CONFIRMED : PoolUser.Status.FORCE_CHANGE_PASSWORD,
				this.services.clock().instant());
		return Json.empty();
	}

	private JsonNode adminGetUser(Params request) {
		UserPool pool = this.services.pools().pool(request.required("UserPoolId"));
		return Users.describe(pool.user(request.required("Username")), "UserAttributes");
	}

	private JsonNode adminDeleteUser(Params request) {
		UserPool pool = this.services.pools().pool(request.required("UserPoolId"));
		String username = request.required("Username");
		pool.removeUser(username);
		this.services.refreshTokens().revokeUser(pool.id(), username);
		return Json.empty();
	}

	private JsonNode adminConfirmSignUp(Params request) {
		UserPool pool = this.services.pools().pool(request.required("UserPoolId"));
		PoolUser user = pool.user(request.required("Username"));
		if (user.status() != PoolUser.Status.UNCONFIRMED) {
			throw CognitoError.notAuthorized("User cannot be confirmed. Current status is " + user.status());
		}
		user.setStatus(PoolUser.Status.CONFIRMED, this.services.clock().instant());
		return Json.empty();
	}

	private JsonNode adminSetUserMfaPreference(Params request) {
		UserPool pool = this.services.pools().pool(request.required("UserPoolId"));
		PoolUser user = pool.user(request.required("Username"));
		MfaPreference.apply(user, request, this.services.clock().instant());
		return Json.empty();
	}

}
