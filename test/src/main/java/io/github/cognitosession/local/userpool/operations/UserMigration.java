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

import io.github.cognitosession.local.trigger.TriggerEvent;
import io.github.cognitosession.local.trigger.TriggerType;
import io.github.cognitosession.local.userpool.AppClient;
import io.github.cognitosession.local.userpool.PoolUser;
import io.github.cognitosession.local.userpool.UserPool;

/**
 * The user-migration trigger: a sign-in with a password (USER_PASSWORD_AUTH,
 * ADMIN_USER_PASSWORD_AUTH) or a ForgotPassword for a user the pool does not know asks
 * the trigger, which may answer the user's attributes; the user is then created (with the
 * password given at sign-in) and the operation goes on as for a known user.
 *
 * @author Cognito Session contributors
 */
final class UserMigration {

	private final UserPoolServices services;

	private final UserCreation creation;

	UserMigration(UserPoolServices services) {
		this.services = Objects.requireNonNull(services, "services cannot be null");
		this.creation = new UserCreation(services);
	}

	/**
	 * Bring in a user at sign-in.
	 * @param pool the pool
	 * @param client the client
	 * @param username the username given
	 * @param password the password given
	 * @param clientMetadata the client metadata
	 * @return the new user, or {@code null} when there is no trigger or it knows no such
	 * user
	 */
	PoolUser atSignIn(UserPool pool, AppClient client, String username, String password,
			Map<String, String> clientMetadata) {
		Map<String, Object> response = ask(pool, client, "UserMigration_Authentication", username, password,
				clientMetadata);
		if (response == null) {
			return null;
		}
		Instant now = this.services.now();
		PoolUser user = this.creation.create(pool, username, attributes(response), now);
		PoolUser.Status status = "RESET_REQUIRED".equals(response.get("finalUserStatus"))
				? PoolUser.Status.RESET_REQUIRED : PoolUser.Status.CONFIRMED;
		user.setPassword(Users.verifier(this.services, pool, user, password), status, now);
		return user;
	}

	/**
	 * Bring in a user at ForgotPassword: the user must then reset the password.
	 * @param pool the pool
	 * @param client the client
	 * @param username the username given
	 * @param clientMetadata the client metadata
	 * @return the new user, or {@code null}
	 */
	PoolUser atForgotPassword(UserPool pool, AppClient client, String username, Map<String, String> clientMetadata) {
		Map<String, Object> response = ask(pool, client, "UserMigration_ForgotPassword", username, null,
				clientMetadata);
		if (response == null) {
			return null;
		}
		Instant now = this.services.now();
		PoolUser user = this.creation.create(pool, username, attributes(response), now);
		user.setStatus(PoolUser.Status.RESET_REQUIRED, now);
		return user;
	}

	private Map<String, Object> ask(UserPool pool, AppClient client, String triggerSource, String username,
			String password, Map<String, String> clientMetadata) {
		if (!this.services.triggers().has(pool.id(), TriggerType.USER_MIGRATION)) {
			return null;
		}
		Map<String, Object> request = new LinkedHashMap<>();
		if (password != null) {
			request.put("password", password);
		}
		request.put("validationData", new LinkedHashMap<>());
		request.put("clientMetadata", new LinkedHashMap<>(clientMetadata));
		TriggerEvent event = TriggerEvent.of(TriggerType.USER_MIGRATION, triggerSource, "1", pool.region(), pool.id(),
				username, client.clientId(), request);
		this.services.triggers().invoke(TriggerType.USER_MIGRATION, event);
		Object attributes = event.response().get("userAttributes");
		return (attributes instanceof Map<?, ?> map && !map.isEmpty()) ? event.response() : null;
	}

	private static Map<String, String> attributes(Map<String, Object> response) {
		Map<String, String> attributes = new LinkedHashMap<>();
		((Map<?, ?>) response.get("userAttributes")).forEach((name, value) -> {
			if (!"username".equals(name) && !"sub".equals(name)) {
				attributes.put(String.valueOf(name), String.valueOf(value));
			}
		});
		return attributes;
	}

}
