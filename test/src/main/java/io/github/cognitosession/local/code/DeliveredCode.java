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

package io.github.cognitosession.local.code;

import java.util.Objects;

/**
 * A code Cognito would have sent by e-mail or SMS (or an authenticator app would show),
 * handed to tests instead.
 *
 * @param poolId the user pool id
 * @param username the user
 * @param purpose why the code was made
 * @param code the code
 * @author Cognito Session contributors
 */
public record DeliveredCode(String poolId, String username, Purpose purpose, String code) {

	public DeliveredCode {
		Objects.requireNonNull(poolId, "poolId cannot be null");
		Objects.requireNonNull(username, "username cannot be null");
		Objects.requireNonNull(purpose, "purpose cannot be null");
		Objects.requireNonNull(code, "code cannot be null");
	}

	@Override
	public String toString() {
		return "DeliveredCode[" + this.poolId + ", " + this.username + ", " + this.purpose + "]";
	}

	/**
	 * Why a code was made.
	 */
	public enum Purpose {

		/** SignUp or ResendConfirmationCode. */
		SIGN_UP,

		/** AdminCreateUser without a TemporaryPassword (Cognito would e-mail it). */
		TEMPORARY_PASSWORD,

		/** ForgotPassword. */
		FORGOT_PASSWORD,

		/** An SMS_MFA challenge. */
		SMS_MFA,

		/** A SOFTWARE_TOKEN_MFA challenge (stands in for the authenticator app). */
		SOFTWARE_TOKEN_MFA

	}

}
