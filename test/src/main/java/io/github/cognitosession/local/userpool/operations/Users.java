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

import io.github.cognitosession.local.server.CognitoError;
import io.github.cognitosession.local.server.Json;
import io.github.cognitosession.local.srp.PasswordVerifier;
import io.github.cognitosession.local.userpool.PoolUser;
import io.github.cognitosession.local.userpool.UserPool;
import tools.jackson.databind.node.ObjectNode;

/**
 * What several user operations share: the password policy and the user views.
 *
 * @author Cognito Session contributors
 */
final class Users {

	/** The minimum password length of Cognito's default policy. */
	static final int MIN_PASSWORD_LENGTH = 8;

	private Users() {
	}

	static PasswordVerifier verifier(UserPoolServices services, UserPool pool, PoolUser user, String password) {
		if (password.length() < MIN_PASSWORD_LENGTH) {
			throw CognitoError.of("InvalidPasswordException",
					"Password did not conform with policy: Password not long enough");
		}
		return PasswordVerifier.create(services.random(), pool.srpPoolName(), user.username(), password);
	}

	static ObjectNode describe(PoolUser user, String attributesMember) {
		ObjectNode node = Json.object().put("Username", user.username());
		node.set(attributesMember, Json.attributes(user.orderedAttributes()));
		Json.putTime(node, "UserCreateDate", user.createdAt());
		Json.putTime(node, "UserLastModifiedDate", user.modifiedAt());
		node.put("Enabled", user.enabled()).put("UserStatus", user.status().name());
		PoolUser.Mfa mfa = user.mfa();
		if (mfa != null) {
			node.put("PreferredMfaSetting", mfa.name());
			node.putArray("UserMFASettingList").add(mfa.name());
		}
		return node;
	}

	static ObjectNode codeDelivery(PoolUser user, String medium) {
		String email = user.attributes().get("email");
		String destination = (email != null && "EMAIL".equals(medium)) ? mask(email) : "+*******0000";
		return Json.object()
			.put("Destination", destination)
			.put("DeliveryMedium", medium)
			.put("AttributeName", "EMAIL".equals(medium) ? "email" : "phone_number");
	}

	static String medium(PoolUser user) {
		return (user.attributes().get("email") != null) ? "EMAIL" : "SMS";
	}

	private static String mask(String email) {
		int at = email.indexOf('@');
		return (at > 0) ? email.charAt(0) + "***" + email.substring(at) : "***";
	}

}
