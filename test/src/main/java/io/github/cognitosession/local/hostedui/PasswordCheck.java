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

package io.github.cognitosession.local.hostedui;

import io.github.cognitosession.local.userpool.PoolUser;
import io.github.cognitosession.local.userpool.UserPool;

/**
 * The password check of the sign-in form, with the same rules as USER_PASSWORD_AUTH. An
 * unknown user and a wrong password give the same answer, so the form does not reveal
 * which usernames exist.
 *
 * @author Cognito Session contributors
 */
final class PasswordCheck {

	/**
	 * What a sign-in attempt leads to.
	 */
	enum Outcome {

		/** Signed in. */
		SIGNED_IN("Signed in."),

		/** Unknown user or wrong password. */
		WRONG_CREDENTIALS("Incorrect username or password."),

		/** The user has not confirmed the sign-up. */
		NOT_CONFIRMED("User is not confirmed."),

		/** An administrator disabled the user. */
		DISABLED("User is disabled."),

		/** The password must be reset (forgotten-password flow) first. */
		RESET_REQUIRED("Password reset required for the user."),

		/** The password was temporary; a new one is needed. */
		NEW_PASSWORD_REQUIRED("Choose a new password."),

		/** The user has a second factor, which this hosted UI does not ask for. */
		MFA_NOT_SUPPORTED("This user has multi-factor authentication, which the Local Cognito hosted UI does not "
				+ "support; sign in through the API (InitiateAuth) instead.");

		private final String message;

		Outcome(String message) {
			this.message = message;
		}

		String message() {
			return this.message;
		}

	}

	private PasswordCheck() {
	}

	static Outcome check(UserPool pool, String username, String password) {
		PoolUser user = pool.findUser(username);
		if (user == null || user.password() == null
				|| !user.password().matches(pool.srpPoolName(), user.username(), password)) {
			return Outcome.WRONG_CREDENTIALS;
		}
		if (!user.enabled()) {
			return Outcome.DISABLED;
		}
		return switch (user.status()) {
			case UNCONFIRMED -> Outcome.NOT_CONFIRMED;
			case RESET_REQUIRED -> Outcome.RESET_REQUIRED;
			case FORCE_CHANGE_PASSWORD -> Outcome.NEW_PASSWORD_REQUIRED;
			case CONFIRMED -> ((user.mfa() != null && pool.settings().mfaEnabled()) || pool.mfaRequired())
					? Outcome.MFA_NOT_SUPPORTED : Outcome.SIGNED_IN;
		};
	}

	/**
	 * Whether a user may still be signed in from a hosted-UI session.
	 * @param user the user, may be {@code null} when deleted
	 * @return whether usable
	 */
	static boolean canContinue(PoolUser user) {
		return user != null && user.enabled() && user.status() == PoolUser.Status.CONFIRMED && user.mfa() == null;
	}

}
