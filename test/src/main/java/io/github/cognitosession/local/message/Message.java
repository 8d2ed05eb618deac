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

package io.github.cognitosession.local.message;

import java.util.Objects;

/**
 * A message Cognito would have sent by e-mail or SMS (or a code an authenticator app
 * would show), kept in the emulator's {@link Outbox} instead.
 *
 * @param poolId the user pool id
 * @param username the user
 * @param purpose why the message was sent
 * @param medium how Cognito would have sent it, {@code null} for an authenticator-app
 * code
 * @param destination the unmasked e-mail address or phone number, {@code null} with no
 * medium
 * @param code the code or temporary password the message carries
 * @author Cognito Session contributors
 */
public record Message(String poolId, String username, Purpose purpose, DeliveryMedium medium, String destination,
		String code) {

	public Message {
		Objects.requireNonNull(poolId, "poolId cannot be null");
		Objects.requireNonNull(username, "username cannot be null");
		Objects.requireNonNull(purpose, "purpose cannot be null");
		Objects.requireNonNull(code, "code cannot be null");
		if ((medium == null) != (destination == null)) {
			throw new IllegalArgumentException("medium and destination go together");
		}
	}

	/**
	 * A code that is not sent anywhere (the stand-in for an authenticator app).
	 * @param poolId the user pool id
	 * @param username the user
	 * @param purpose why the code was made
	 * @param code the code
	 * @return the message
	 */
	public static Message withoutDelivery(String poolId, String username, Purpose purpose, String code) {
		return new Message(poolId, username, purpose, null, null, code);
	}

	@Override
	public String toString() {
		return "Message[" + this.poolId + ", " + this.username + ", " + this.purpose + ", " + this.medium + "]";
	}

	/**
	 * How a message is sent.
	 */
	public enum DeliveryMedium {

		/** By e-mail to the {@code email} attribute. */
		EMAIL,

		/** By SMS to the {@code phone_number} attribute. */
		SMS;

		/**
		 * The user attribute that holds this medium's destination.
		 * @return {@code email} or {@code phone_number}
		 */
		public String attributeName() {
			return (this == EMAIL) ? "email" : "phone_number";
		}

	}

	/**
	 * Why a message was sent.
	 */
	public enum Purpose {

		/** SignUp or ResendConfirmationCode: the confirmation code. */
		SIGN_UP,

		/** AdminCreateUser: the invitation with the temporary password. */
		TEMPORARY_PASSWORD,

		/**
		 * ForgotPassword or AdminResetUserPassword: the code for ConfirmForgotPassword.
		 */
		FORGOT_PASSWORD,

		/** An SMS_MFA challenge. */
		SMS_MFA,

		/** A SOFTWARE_TOKEN_MFA challenge (stands in for the authenticator app). */
		SOFTWARE_TOKEN_MFA

	}

}
