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

import io.github.cognitosession.mfa.TotpSetup;

/**
 * Shows a new authenticator-app registration on standard error: the secret to type into
 * the app and the {@code otpauth://} URI to turn into a QR code. Standard output stays
 * free of the secret, so that it never ends up in a script's captured output.
 *
 * @author Cognito Session contributors
 */
final class TotpEnrollment {

	/** The account name authenticator apps show above the codes. */
	static final String ISSUER = "cognito-cli";

	private TotpEnrollment() {
	}

	static void show(PrintWriter err, TotpSetup setup) {
		err.println("Add this account to your authenticator app, then enter the code it shows.");
		err.println("  secret: " + setup.getSecretCode());
		err.println("  uri: " + setup.toOtpauthUri(ISSUER));
	}

}
