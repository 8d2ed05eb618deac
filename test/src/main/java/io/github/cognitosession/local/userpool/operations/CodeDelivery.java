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

import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

import io.github.cognitosession.local.message.Message;
import io.github.cognitosession.local.message.Message.DeliveryMedium;
import io.github.cognitosession.local.server.Json;
import io.github.cognitosession.local.userpool.PoolUser;
import io.github.cognitosession.local.userpool.UserPool;
import tools.jackson.databind.node.ObjectNode;

/**
 * Where Cognito would send a user's codes, and the sending: into the emulator's outbox,
 * answered with {@code CodeDeliveryDetails} masked as Cognito masks them
 * ({@code a***@e***}, {@code +*******1234}). Nothing is sent, and no details are
 * answered, when Cognito would send nothing.
 *
 * @author Cognito Session contributors
 */
final class CodeDelivery {

	private final UserPoolServices services;

	CodeDelivery(UserPoolServices services) {
		this.services = Objects.requireNonNull(services, "services cannot be null");
	}

	/**
	 * Where a sign-up confirmation code goes: to an attribute of the pool's
	 * {@code AutoVerifiedAttributes} the user has, the phone first (as Cognito does when
	 * both are verified automatically).
	 * @param pool the pool
	 * @param user the user
	 * @return the destination, empty when Cognito sends no code
	 */
	Optional<Destination> verification(UserPool pool, PoolUser user) {
		List<String> verified = pool.settings().autoVerifiedAttributes();
		if (verified.contains("phone_number") && user.attribute("phone_number") != null) {
			return Optional.of(new Destination(DeliveryMedium.SMS, user.attribute("phone_number")));
		}
		if (verified.contains("email") && user.attribute("email") != null) {
			return Optional.of(new Destination(DeliveryMedium.EMAIL, user.attribute("email")));
		}
		return Optional.empty();
	}

	/**
	 * Where a password-reset code goes: the first verified contact of the pool's
	 * {@code AccountRecoverySetting}, or without one Cognito's legacy choice (a verified
	 * phone, else a verified e-mail address).
	 * @param pool the pool
	 * @param user the user
	 * @return the destination, empty when the user has no verified contact
	 */
	Optional<Destination> recovery(UserPool pool, PoolUser user) {
		List<String> mechanisms = pool.settings().recoveryMechanisms();
		if (mechanisms.isEmpty()) {
			mechanisms = List.of("verified_phone_number", "verified_email");
		}
		for (String mechanism : mechanisms) {
			if ("verified_phone_number".equals(mechanism) && user.verified("phone_number")) {
				return Optional.of(new Destination(DeliveryMedium.SMS, user.attribute("phone_number")));
			}
			if ("verified_email".equals(mechanism) && user.verified("email")) {
				return Optional.of(new Destination(DeliveryMedium.EMAIL, user.attribute("email")));
			}
		}
		return Optional.empty();
	}

	/**
	 * Where an AdminCreateUser invitation goes: each of the desired media the user has an
	 * attribute for ({@code SMS} when none is named).
	 * @param user the user
	 * @param desiredMediums the request's {@code DesiredDeliveryMediums}
	 * @return the destinations, possibly none
	 */
	List<Destination> invitation(PoolUser user, List<String> desiredMediums) {
		List<String> mediums = desiredMediums.isEmpty() ? List.of("SMS") : desiredMediums;
		List<Destination> destinations = new ArrayList<>();
		for (String medium : mediums) {
			DeliveryMedium deliveryMedium = DeliveryMedium.valueOf(medium);
			String address = user.attribute(deliveryMedium.attributeName());
			if (address != null) {
				destinations.add(new Destination(deliveryMedium, address));
			}
		}
		return destinations;
	}

	/**
	 * Send a code and remember it for the user (to be checked later).
	 * @param pool the pool
	 * @param user the user
	 * @param purpose why
	 * @param destination where
	 * @param code the code
	 * @return the {@code CodeDeliveryDetails}
	 */
	ObjectNode send(UserPool pool, PoolUser user, Message.Purpose purpose, Destination destination, String code) {
		this.services.outbox()
			.send(new Message(pool.id(), user.username(), purpose, destination.medium(), destination.address(), code));
		return details(destination);
	}

	/**
	 * The {@code CodeDeliveryDetails} of a destination.
	 * @param destination the destination
	 * @return the details
	 */
	static ObjectNode details(Destination destination) {
		return Json.object()
			.put("Destination", mask(destination))
			.put("DeliveryMedium", destination.medium().name())
			.put("AttributeName", destination.medium().attributeName());
	}

	/**
	 * Mask a destination as Cognito does: the first character of an e-mail address's
	 * local part and domain ({@code a***@e***}); a phone number's last four digits
	 * ({@code +*******1234}).
	 * @param destination the destination
	 * @return the masked text
	 */
	static String mask(Destination destination) {
		String address = destination.address();
		if (destination.medium() == DeliveryMedium.EMAIL) {
			int at = address.indexOf('@');
			if (at <= 0 || at == address.length() - 1) {
				return "***";
			}
			return address.charAt(0) + "***@" + address.charAt(at + 1) + "***";
		}
		String digits = address.startsWith("+") ? address.substring(1) : address;
		if (digits.length() <= 4) {
			return "+" + "*".repeat(digits.length());
		}
		return "+" + "*".repeat(digits.length() - 4) + digits.substring(digits.length() - 4);
	}

	/**
	 * Where a message goes.
	 *
	 * @param medium e-mail or SMS
	 * @param address the unmasked address or number
	 */
	record Destination(DeliveryMedium medium, String address) {

		@Override
		public String toString() {
			return "Destination[" + this.medium + ", " + mask(this) + "]";
		}

	}

}
