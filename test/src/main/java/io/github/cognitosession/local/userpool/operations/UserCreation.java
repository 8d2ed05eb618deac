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
import java.util.regex.Pattern;

import io.github.cognitosession.local.server.CognitoError;
import io.github.cognitosession.local.trigger.TriggerEvent;
import io.github.cognitosession.local.trigger.TriggerType;
import io.github.cognitosession.local.userpool.PoolUser;
import io.github.cognitosession.local.userpool.StandardAttributes;
import io.github.cognitosession.local.userpool.UserPool;

/**
 * What SignUp, AdminCreateUser and the user-migration trigger share when a user comes
 * into being: the username rules of the pool (e-mail or phone number as username with
 * {@code UsernameAttributes}, where Cognito names the user by its {@code sub}), unique
 * usernames, writable attributes, and the pre-sign-up trigger.
 *
 * @author Cognito Session contributors
 */
final class UserCreation {

	private static final Pattern EMAIL = Pattern.compile("[^@\\s]+@[^@\\s]+");

	private static final Pattern PHONE = Pattern.compile("\\+[0-9]{4,15}");

	private final UserPoolServices services;

	UserCreation(UserPoolServices services) {
		this.services = Objects.requireNonNull(services, "services cannot be null");
	}

	/**
	 * Check a new user's attributes against the pool's schema.
	 * @param pool the pool
	 * @param attributes the attributes
	 */
	void checkAttributes(UserPool pool, Map<String, String> attributes) {
		StandardAttributes.checkWritable(pool.settings(), attributes.keySet());
	}

	/**
	 * Call the pre-sign-up trigger, if the pool has one.
	 * @param pool the pool
	 * @param clientId the app client, {@code null} for AdminCreateUser
	 * @param triggerSource {@code PreSignUp_SignUp} or {@code PreSignUp_AdminCreateUser}
	 * @param username the username given
	 * @param attributes the attributes given
	 * @param validationData the {@code ValidationData} given
	 * @param clientMetadata the {@code ClientMetadata} given
	 * @return the trigger's response, empty without a trigger
	 */
	Map<String, Object> preSignUp(UserPool pool, String clientId, String triggerSource, String username,
			Map<String, String> attributes, Map<String, String> validationData, Map<String, String> clientMetadata) {
		Map<String, Object> request = new LinkedHashMap<>();
		request.put("userAttributes", new LinkedHashMap<>(attributes));
		request.put("validationData", new LinkedHashMap<>(validationData));
		request.put("clientMetadata", new LinkedHashMap<>(clientMetadata));
		TriggerEvent event = TriggerEvent.of(TriggerType.PRE_SIGN_UP, triggerSource, "1", pool.region(), pool.id(),
				username, clientId, request);
		this.services.triggers().invoke(TriggerType.PRE_SIGN_UP, event);
		return event.response();
	}

	/**
	 * Create the user. In pools with {@code UsernameAttributes} the username must be an
	 * e-mail address or phone number (as allowed), which becomes that attribute, and the
	 * user is named by its {@code sub}.
	 * @param pool the pool
	 * @param username the username given
	 * @param attributes the attributes given
	 * @param now the time
	 * @return the user, with the attributes set
	 * @throws CognitoError {@code UsernameExistsException} when the name (or address) is
	 * taken
	 */
	PoolUser create(UserPool pool, String username, Map<String, String> attributes, Instant now) {
		List<String> usernameAttributes = pool.settings().usernameAttributes();
		Map<String, String> values = new LinkedHashMap<>(attributes);
		PoolUser user;
		if (usernameAttributes.isEmpty()) {
			user = pool.addUser(username, now);
		}
		else {
			String attribute = usernameAttribute(usernameAttributes, username);
			if (pool.byAttribute(attribute, username, false) != null) {
				throw CognitoError.of("UsernameExistsException",
						"An account with the given " + attribute + " already exists.");
			}
			values.put(attribute, username);
			user = pool.addUserNamedBySub(now);
		}
		user.putAttributes(values, now);
		return user;
	}

	private static String usernameAttribute(List<String> allowed, String username) {
		if (allowed.contains("email") && EMAIL.matcher(username).matches()) {
			return "email";
		}
		if (allowed.contains("phone_number") && PHONE.matcher(username).matches()) {
			return "phone_number";
		}
		if (allowed.size() > 1) {
			throw CognitoError.invalidParameter("Username should be either an email or a phone number.");
		}
		throw CognitoError.invalidParameter(
				"email".equals(allowed.get(0)) ? "Username should be an email." : "Username should be a phone number.");
	}

	/**
	 * Apply the pre-sign-up trigger's {@code autoVerifyEmail} and
	 * {@code autoVerifyPhone}.
	 * @param user the user
	 * @param response the trigger's response
	 * @param now the time
	 */
	static void autoVerify(PoolUser user, Map<String, Object> response, Instant now) {
		Map<String, String> verified = new LinkedHashMap<>();
		if (Boolean.TRUE.equals(response.get("autoVerifyEmail")) && user.attribute("email") != null) {
			verified.put("email_verified", "true");
		}
		if (Boolean.TRUE.equals(response.get("autoVerifyPhone")) && user.attribute("phone_number") != null) {
			verified.put("phone_number_verified", "true");
		}
		user.putAttributes(verified, now);
	}

	/**
	 * Call the post-confirmation trigger, if the pool has one.
	 * @param pool the pool
	 * @param clientId the client, {@code null} for admin operations
	 * @param triggerSource {@code PostConfirmation_ConfirmSignUp} or
	 * {@code PostConfirmation_ConfirmForgotPassword}
	 * @param user the user
	 * @param clientMetadata the {@code ClientMetadata} given
	 */
	void postConfirmation(UserPool pool, String clientId, String triggerSource, PoolUser user,
			Map<String, String> clientMetadata) {
		Map<String, Object> request = new LinkedHashMap<>();
		request.put("userAttributes", Users.eventAttributes(user));
		request.put("clientMetadata", new LinkedHashMap<>(clientMetadata));
		this.services.triggers()
			.invoke(TriggerType.POST_CONFIRMATION, TriggerEvent.of(TriggerType.POST_CONFIRMATION, triggerSource, "1",
					pool.region(), pool.id(), user.username(), clientId, request));
	}

}
