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

import io.github.cognitosession.local.message.Message;
import io.github.cognitosession.local.server.CognitoError;
import io.github.cognitosession.local.userpool.PendingCode;
import io.github.cognitosession.local.userpool.PoolUser;
import io.github.cognitosession.local.userpool.UserPool;
import tools.jackson.databind.node.ObjectNode;

/**
 * The codes a user is sent to prove an address (sign-up, password reset, attribute
 * verification): sending them through {@link CodeDelivery} and checking them as Cognito
 * does, with their lifetimes and a limit of wrong attempts. Also the alias rule that
 * comes with proving an address: in a pool with alias attributes, a verified e-mail
 * address or phone number belongs to one user only.
 *
 * @author Cognito Session contributors
 */
final class VerificationCodes {

	private final UserPoolServices services;

	private final CodeDelivery delivery;

	VerificationCodes(UserPoolServices services, CodeDelivery delivery) {
		this.services = Objects.requireNonNull(services, "services cannot be null");
		this.delivery = Objects.requireNonNull(delivery, "delivery cannot be null");
	}

	/**
	 * Send a new code, replacing the user's earlier one of the same purpose.
	 * @return the {@code CodeDeliveryDetails}
	 */
	ObjectNode send(UserPool pool, PoolUser user, Message.Purpose purpose, CodeDelivery.Destination destination) {
		String code = this.services.newCode();
		user.setPendingCode(purpose, code, this.services.now());
		return this.delivery.send(pool, user, purpose, destination, code);
	}

	/**
	 * Check a code, failing as Cognito does: a wrong code is
	 * {@code CodeMismatchException}; an expired one (or, for a password reset, none) is
	 * {@code ExpiredCodeException}; the last of too many wrong codes is
	 * {@code LimitExceededException} and uses the code up.
	 */
	void check(PoolUser user, Message.Purpose purpose, String code) {
		PendingCode.Check check = user.checkCode(purpose, code, this.services.now());
		switch (check) {
			case ACCEPTED -> {
			}
			case WRONG -> throw codeMismatch();
			case NONE -> throw (purpose == Message.Purpose.SIGN_UP) ? codeMismatch() : expired();
			case EXPIRED -> throw expired();
			case TOO_MANY_FAILURES ->
				throw CognitoError.of("LimitExceededException", "Attempt limit exceeded, please try after some time.");
		}
	}

	/**
	 * Before an address becomes verified: in a pool where it is an alias, another user's
	 * verified copy is an {@code AliasExistsException}, unless the caller forces the
	 * alias over (the other user's copy then stops being verified).
	 */
	void claimAlias(UserPool pool, PoolUser user, String attribute, boolean force) {
		String value = user.attribute(attribute);
		List<String> aliases = pool.settings().aliasAttributes();
		if (value == null || !aliases.contains(attribute)) {
			return;
		}
		PoolUser owner = pool.byAttribute(attribute, value, true);
		if (owner == null || owner == user) {
			return;
		}
		if (!force) {
			throw CognitoError.of("AliasExistsException", "An account with the "
					+ ("email".equals(attribute) ? "email" : "phone number") + " already exists.");
		}
		owner.putAttributes(Map.of(attribute + "_verified", "false"), this.services.now());
	}

	Instant now() {
		return this.services.now();
	}

	private static CognitoError codeMismatch() {
		return CognitoError.of("CodeMismatchException", "Invalid verification code provided, please try again.");
	}

	private static CognitoError expired() {
		return CognitoError.of("ExpiredCodeException", "Invalid code provided, please request a code again.");
	}

}
