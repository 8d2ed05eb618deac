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
package io.github.cognitosession.samples.cli;

import java.io.PrintWriter;
import java.util.function.Supplier;

import io.github.cognitosession.account.AccountOperations;
import io.github.cognitosession.account.CodeDelivery;
import io.github.cognitosession.session.CognitoSessionManager;

/**
 * What the account commands share: the account role and how a code delivery is printed
 * ({@code code sent: EMAIL t***@e***}, Cognito's masked destination).
 *
 * @author Cognito Session contributors
 */
final class Accounts {

	private Accounts() {
	}

	static AccountOperations account(Supplier<CognitoSessionManager> sessionManager) {
		return sessionManager.get()
			.account()
			.orElseThrow(() -> new CliException("account operations are not configured for this session manager"));
	}

	static void printDelivery(PrintWriter out, CodeDelivery delivery) {
		if (delivery == null) {
			out.println("no code sent");
			return;
		}
		out.println("code sent: " + delivery.medium() + " " + delivery.destination());
	}

	static void printAttributeDelivery(PrintWriter out, CodeDelivery delivery) {
		out.println("code sent: " + delivery.medium() + " " + delivery.destination() + " (" + delivery.attributeName()
				+ ")");
	}

}
