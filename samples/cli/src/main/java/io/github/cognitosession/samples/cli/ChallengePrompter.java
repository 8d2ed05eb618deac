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

import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import io.github.cognitosession.session.CognitoSessionManager;
import io.github.cognitosession.signin.SignInResult;
import io.github.cognitosession.signin.SignInStep;

/**
 * Answers one sign-in challenge at prompts: shows the step and its public parameters on
 * standard error, reads the answer, and sends it.
 *
 * @author Cognito Session contributors
 */
final class ChallengePrompter {

	private static final String REQUIRED_ATTRIBUTES = "requiredAttributes";

	private static final String MFAS_CAN_SETUP = "MFAS_CAN_SETUP";

	private static final String USER_ATTRIBUTES_PREFIX = "userAttributes.";

	private static final String CODE_DELIVERY_DESTINATION = "CODE_DELIVERY_DESTINATION";

	private static final String CODE_DELIVERY_MEDIUM = "CODE_DELIVERY_DELIVERY_MEDIUM";

	private static final Set<String> HIDDEN_PARAMETERS = Set.of(CODE_DELIVERY_DESTINATION, CODE_DELIVERY_MEDIUM,
			"USER_ID_FOR_SRP");

	private static final Pattern JSON_STRING = Pattern.compile("\"([^\"]+)\"");

	private final Terminal terminal;

	private final boolean fromStandardInput;

	ChallengePrompter(Terminal terminal, boolean fromStandardInput) {
		this.terminal = terminal;
		this.fromStandardInput = fromStandardInput;
	}

	SignInResult answer(CognitoSessionManager manager, SignInResult challenge) {
		SignInStep step = challenge.getNextStep();
		this.terminal.err().println("challenge: " + step);
		showParameters(challenge.getParameters());
		return switch (step) {
			case NEW_PASSWORD_REQUIRED ->
				manager.confirmSignIn(readSecret("New password: ", step), readRequiredAttributes(challenge));
			case SMS_MFA, SOFTWARE_TOKEN_MFA, EMAIL_OTP, SMS_OTP -> manager.confirmSignIn(read("Code: ", step));
			case SELECT_MFA_TYPE -> manager.confirmSignIn(read("MFA type: ", step));
			case SELECT_CHALLENGE ->
				manager.confirmSignIn(read("First factor (" + String.join(", ", choices(challenge)) + "): ", step));
			case PASSWORD -> manager.confirmSignIn(readSecret("Password: ", step));
			case WEB_AUTHN -> throw new CliException("a passkey sign-in needs a browser (navigator.credentials.get); "
					+ "sign in with another first factor, e.g. --first-factor email-otp");
			case CUSTOM_CHALLENGE -> manager.confirmSignIn(read("Answer: ", step));
			case MFA_SETUP -> setUpMfa(manager, challenge);
			case DONE -> challenge;
		};
	}

	/**
	 * A code's delivery as the other commands print it ({@code code sent: SMS
	 * +*******1234}); Cognito's internal SRP user id is left out.
	 */
	private void showParameters(Map<String, String> parameters) {
		String destination = parameters.get(CODE_DELIVERY_DESTINATION);
		if (destination != null) {
			String medium = parameters.getOrDefault(CODE_DELIVERY_MEDIUM, "");
			this.terminal.err().println("code sent: " + (medium.isEmpty() ? "" : medium + " ") + destination);
		}
		parameters.forEach((name, value) -> {
			if (!HIDDEN_PARAMETERS.contains(name)) {
				this.terminal.err().println("  " + name + ": " + value);
			}
		});
	}

	/**
	 * An authenticator app, or e-mail codes when the pool offers them
	 * ({@code MFAS_CAN_SETUP}); with both, the user chooses.
	 */
	private SignInResult setUpMfa(CognitoSessionManager manager, SignInResult challenge) {
		String canSetUp = challenge.getParameters().getOrDefault(MFAS_CAN_SETUP, "");
		boolean email = canSetUp.contains("EMAIL_OTP");
		boolean totp = !email || canSetUp.contains("SOFTWARE_TOKEN_MFA");
		if (email && (!totp || "email".equalsIgnoreCase(read("MFA to set up (totp, email): ", SignInStep.MFA_SETUP)))) {
			return manager.confirmSignIn(read("E-mail address: ", SignInStep.MFA_SETUP));
		}
		TotpEnrollment.show(this.terminal.err(), manager.associateSoftwareToken());
		return manager.confirmSignIn(read("Code: ", SignInStep.MFA_SETUP));
	}

	/**
	 * The first factors a terminal can answer: a passkey needs a browser.
	 */
	private static List<String> choices(SignInResult challenge) {
		return challenge.getAvailableChallenges().stream().filter((name) -> !"WEB_AUTHN".equals(name)).toList();
	}

	/**
	 * Cognito lists the attributes a new user must give as a JSON array such as
	 * {@code ["userAttributes.name"]}.
	 */
	private Map<String, String> readRequiredAttributes(SignInResult challenge) {
		Map<String, String> responses = new LinkedHashMap<>();
		String required = challenge.getParameters().get(REQUIRED_ATTRIBUTES);
		if (required == null) {
			return responses;
		}
		Matcher matcher = JSON_STRING.matcher(required);
		while (matcher.find()) {
			String name = matcher.group(1);
			String key = name.startsWith(USER_ATTRIBUTES_PREFIX) ? name : USER_ATTRIBUTES_PREFIX + name;
			responses.put(key,
					read(key.substring(USER_ATTRIBUTES_PREFIX.length()) + ": ", SignInStep.NEW_PASSWORD_REQUIRED));
		}
		return responses;
	}

	private String read(String prompt, SignInStep step) {
		String answer = this.fromStandardInput ? this.terminal.readStandardInput() : this.terminal.readLine(prompt);
		if (answer == null || answer.isBlank()) {
			throw new CliException("no answer given to the " + step + " challenge");
		}
		return answer.strip();
	}

	private String readSecret(String prompt, SignInStep step) {
		if (this.fromStandardInput) {
			return read(prompt, step);
		}
		char[] secret = this.terminal.readPassword(prompt);
		if (secret == null || secret.length == 0) {
			throw new CliException("no answer given to the " + step + " challenge");
		}
		try {
			return new String(secret);
		}
		finally {
			Arrays.fill(secret, '\0');
		}
	}

}
