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
package io.github.cognitosession.account;

import software.amazon.awssdk.services.cognitoidentityprovider.model.CodeDeliveryDetailsType;

/**
 * Where Cognito sent a code: by e-mail or SMS, for which attribute, to which masked
 * destination (e.g. {@code t***@e***} or {@code +*******0000}). Never holds the code.
 *
 * @param medium how the code was sent ({@code EMAIL}, {@code SMS}, or Cognito's own name
 * of another medium)
 * @param attributeName the attribute the code verifies (e.g. {@code email})
 * @param destination the masked destination
 * @author Cognito Session contributors
 */
public record CodeDelivery(String medium, String attributeName, String destination) {

	/**
	 * The delivery details of a Cognito response.
	 * @param details the details, or {@code null}
	 * @return the delivery, or {@code null} when no message was sent
	 */
	static CodeDelivery of(CodeDeliveryDetailsType details) {
		if (details == null) {
			return null;
		}
		return new CodeDelivery(details.deliveryMediumAsString(), details.attributeName(), details.destination());
	}

	@Override
	public String toString() {
		return this.medium + " " + this.destination;
	}

}
