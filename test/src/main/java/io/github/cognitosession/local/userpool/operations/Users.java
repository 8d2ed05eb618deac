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

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import io.github.cognitosession.local.server.CognitoError;
import io.github.cognitosession.local.server.Json;
import io.github.cognitosession.local.srp.PasswordVerifier;
import io.github.cognitosession.local.userpool.PoolUser;
import io.github.cognitosession.local.userpool.UserPool;
import tools.jackson.databind.node.ObjectNode;

/**
 * What several user operations share: the password policy check and the views of a user
 * ({@code UserType}, AdminGetUser, GetUser).
 *
 * @author Cognito Session contributors
 */
final class Users {

	private Users() {
	}

	/**
	 * A password's verifier, once the pool's policy accepts it.
	 * @param services the services
	 * @param pool the pool
	 * @param user the user
	 * @param password the password
	 * @return the verifier
	 * @throws CognitoError {@code InvalidPasswordException} naming the rule broken
	 */
	static PasswordVerifier verifier(UserPoolServices services, UserPool pool, PoolUser user, String password) {
		pool.settings().passwordPolicy().check(password);
		return PasswordVerifier.create(services.random(), pool.srpPoolName(), user.username(), password);
	}

	/**
	 * A user as {@code UserType} (ListUsers, AdminCreateUser): attributes under
	 * {@code Attributes}.
	 * @param user the user
	 * @param attributesToGet the attributes to include, all when empty
	 * @return the view
	 */
	static ObjectNode userType(PoolUser user, List<String> attributesToGet) {
		ObjectNode node = Json.object().put("Username", user.username());
		Map<String, String> attributes = user.orderedAttributes();
		if (!attributesToGet.isEmpty()) {
			attributes.keySet().retainAll(attributesToGet);
		}
		node.set("Attributes", Json.attributes(attributes));
		Json.putTime(node, "UserCreateDate", user.createdAt());
		Json.putTime(node, "UserLastModifiedDate", user.modifiedAt());
		node.put("Enabled", user.enabled()).put("UserStatus", user.status().name());
		if (user.mfa() == PoolUser.Mfa.SMS_MFA) {
			node.putArray("MFAOptions").addObject().put("DeliveryMedium", "SMS").put("AttributeName", "phone_number");
		}
		return node;
	}

	/**
	 * A user as AdminGetUser answers: attributes under {@code UserAttributes}, with the
	 * MFA settings.
	 * @param user the user
	 * @return the view
	 */
	static ObjectNode adminView(PoolUser user) {
		ObjectNode node = Json.object().put("Username", user.username());
		node.set("UserAttributes", Json.attributes(user.orderedAttributes()));
		Json.putTime(node, "UserCreateDate", user.createdAt());
		Json.putTime(node, "UserLastModifiedDate", user.modifiedAt());
		node.put("Enabled", user.enabled()).put("UserStatus", user.status().name());
		mfa(user, node);
		return node;
	}

	/**
	 * A user as GetUser answers (the user's own view).
	 * @param user the user
	 * @return the view
	 */
	static ObjectNode selfView(PoolUser user) {
		ObjectNode node = Json.object().put("Username", user.username());
		node.set("UserAttributes", Json.attributes(user.orderedAttributes()));
		mfa(user, node);
		return node;
	}

	private static void mfa(PoolUser user, ObjectNode node) {
		PoolUser.Mfa mfa = user.mfa();
		if (mfa == PoolUser.Mfa.SMS_MFA) {
			node.putArray("MFAOptions").addObject().put("DeliveryMedium", "SMS").put("AttributeName", "phone_number");
		}
		if (mfa != null) {
			node.put("PreferredMfaSetting", mfa.name());
			node.putArray("UserMFASettingList").add(mfa.name());
		}
	}

	/**
	 * The attributes of a user as a trigger event's {@code userAttributes} (with
	 * {@code cognito:user_status}, as Cognito sends it).
	 * @param user the user
	 * @return the attributes
	 */
	static Map<String, Object> eventAttributes(PoolUser user) {
		Map<String, Object> attributes = new LinkedHashMap<>(user.orderedAttributes());
		if (user.status() != null) {
			attributes.put("cognito:user_status", user.status().name());
		}
		return attributes;
	}

}
