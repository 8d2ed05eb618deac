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
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;

import io.github.cognitosession.local.message.Message;
import io.github.cognitosession.local.server.CognitoError;
import io.github.cognitosession.local.server.Json;
import io.github.cognitosession.local.server.OperationGroup;
import io.github.cognitosession.local.server.OperationRegistry;
import io.github.cognitosession.local.server.Params;
import io.github.cognitosession.local.token.TokenIssuer;
import io.github.cognitosession.local.userpool.PoolUser;
import io.github.cognitosession.local.userpool.StandardAttributes;
import io.github.cognitosession.local.userpool.UserPool;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.node.ArrayNode;
import tools.jackson.databind.node.ObjectNode;

/**
 * A signed-in user's own attributes: UpdateUserAttributes,
 * GetUserAttributeVerificationCode, VerifyUserAttribute and DeleteUserAttributes, each
 * authorized by the access token. A changed e-mail address or phone number becomes
 * unverified and, when the pool verifies it automatically, gets a code
 * ({@code CodeDeliveryDetailsList}); verifying it claims the alias, as ConfirmSignUp
 * does.
 *
 * @author Cognito Session contributors
 */
public final class UserAttributes implements OperationGroup {

	private static final List<String> CONTACTS = List.of("email", "phone_number");

	private final UserPoolServices services;

	private final CodeDelivery delivery;

	private final VerificationCodes codes;

	public UserAttributes(UserPoolServices services) {
		this.services = Objects.requireNonNull(services, "services cannot be null");
		this.delivery = new CodeDelivery(services);
		this.codes = new VerificationCodes(services, this.delivery);
	}

	@Override
	public void registerWith(OperationRegistry registry) {
		registry.add(OperationRegistry.USER_POOLS, "UpdateUserAttributes", this::updateUserAttributes)
			.add(OperationRegistry.USER_POOLS, "GetUserAttributeVerificationCode",
					this::getUserAttributeVerificationCode)
			.add(OperationRegistry.USER_POOLS, "VerifyUserAttribute", this::verifyUserAttribute)
			.add(OperationRegistry.USER_POOLS, "DeleteUserAttributes", this::deleteUserAttributes);
	}

	private JsonNode updateUserAttributes(Params request) {
		TokenIssuer.Subject subject = subject(request);
		UserPool pool = subject.pool();
		PoolUser user = subject.user();
		Map<String, String> attributes = new LinkedHashMap<>(request.attributes("UserAttributes"));
		StandardAttributes.checkWritable(pool.settings(), attributes.keySet());
		for (String name : attributes.keySet()) {
			if (name.endsWith("_verified")) {
				throw CognitoError.invalidParameter("Cannot modify " + name + " without administrator rights");
			}
		}
		List<String> changed = CONTACTS.stream()
			.filter((contact) -> attributes.containsKey(contact)
					&& !attributes.get(contact).equals(user.attribute(contact)))
			.toList();
		changed.forEach((contact) -> attributes.put(contact + "_verified", "false"));
		user.putAttributes(attributes, this.services.now());
		ObjectNode response = Json.object();
		ArrayNode deliveries = response.putArray("CodeDeliveryDetailsList");
		for (String contact : changed) {
			if (pool.settings().autoVerifiedAttributes().contains(contact)) {
				deliveries.add(
						this.codes.send(pool, user, Message.Purpose.verification(contact), destination(user, contact)));
			}
		}
		return response;
	}

	private JsonNode getUserAttributeVerificationCode(Params request) {
		TokenIssuer.Subject subject = subject(request);
		String attribute = contact(request.required("AttributeName"));
		PoolUser user = subject.user();
		if (user.attribute(attribute) == null) {
			throw CognitoError.invalidParameter("User does not have the attribute " + attribute + " to verify.");
		}
		ObjectNode response = Json.object();
		response.set("CodeDeliveryDetails", this.codes.send(subject.pool(), user,
				Message.Purpose.verification(attribute), destination(user, attribute)));
		return response;
	}

	private JsonNode verifyUserAttribute(Params request) {
		TokenIssuer.Subject subject = subject(request);
		String attribute = contact(request.required("AttributeName"));
		PoolUser user = subject.user();
		this.codes.check(user, Message.Purpose.verification(attribute), request.required("Code"));
		this.codes.claimAlias(subject.pool(), user, attribute, false);
		user.putAttributes(Map.of(attribute + "_verified", "true"), this.services.now());
		return Json.empty();
	}

	private JsonNode deleteUserAttributes(Params request) {
		TokenIssuer.Subject subject = subject(request);
		List<String> names = request.strings("UserAttributeNames");
		StandardAttributes.checkWritable(subject.pool().settings(), names);
		Instant now = this.services.now();
		List<String> removed = new ArrayList<>(names);
		names.stream().filter(CONTACTS::contains).forEach((contact) -> removed.add(contact + "_verified"));
		subject.user().removeAttributes(removed, now);
		return Json.empty();
	}

	private static String contact(String attribute) {
		if (!CONTACTS.contains(attribute)) {
			throw CognitoError.invalidParameter("Only email and phone_number can be verified, not " + attribute);
		}
		return attribute;
	}

	private static CodeDelivery.Destination destination(PoolUser user, String contact) {
		Message.DeliveryMedium medium = "email".equals(contact) ? Message.DeliveryMedium.EMAIL
				: Message.DeliveryMedium.SMS;
		return new CodeDelivery.Destination(medium, user.attribute(contact));
	}

	private TokenIssuer.Subject subject(Params request) {
		return this.services.tokens().verifyAccessToken(request.required("AccessToken"));
	}

}
