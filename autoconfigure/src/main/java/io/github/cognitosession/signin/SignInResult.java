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
package io.github.cognitosession.signin;

import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The outcome of a sign-in step: {@link SignInStep#DONE}, or the challenge to answer next
 * with its public parameters (e.g. {@code CODE_DELIVERY_DESTINATION},
 * {@code requiredAttributes}, {@code MFAS_CAN_CHOOSE}). Never holds the Cognito session
 * string or any secret.
 *
 * @author Cognito Session contributors
 */
public final class SignInResult {

	/**
	 * The parameter of a {@link SignInStep#SELECT_CHALLENGE} result that lists the
	 * available first factors, as a JSON array of names (e.g.
	 * {@code ["PASSWORD","EMAIL_OTP"]}).
	 */
	public static final String AVAILABLE_CHALLENGES = "AVAILABLE_CHALLENGES";

	/**
	 * The parameter of a {@link SignInStep#WEB_AUTHN} result: the JSON for
	 * {@code navigator.credentials.get}.
	 */
	public static final String CREDENTIAL_REQUEST_OPTIONS = "CREDENTIAL_REQUEST_OPTIONS";

	private static final Pattern JSON_STRING = Pattern.compile("\"([^\"]+)\"");

	private static final SignInResult DONE = new SignInResult(SignInStep.DONE, Map.of());

	private final SignInStep nextStep;

	private final Map<String, String> parameters;

	private SignInResult(SignInStep nextStep, Map<String, String> parameters) {
		this.nextStep = Objects.requireNonNull(nextStep, "nextStep cannot be null");
		this.parameters = Collections.unmodifiableMap(new LinkedHashMap<>(parameters));
	}

	/**
	 * A finished sign-in.
	 * @return the result
	 */
	public static SignInResult done() {
		return DONE;
	}

	/**
	 * A sign-in that waits for the answer to a challenge.
	 * @param step the challenge
	 * @param parameters the challenge's public parameters
	 * @return the result
	 */
	public static SignInResult challenge(SignInStep step, Map<String, String> parameters) {
		return new SignInResult(step, parameters);
	}

	/**
	 * What the caller must do next ({@link SignInStep#DONE} once signed in).
	 * @return the next step
	 */
	public SignInStep getNextStep() {
		return this.nextStep;
	}

	/**
	 * The public parameters of the challenge (e.g. where a code was sent); never a
	 * Cognito session string.
	 * @return the parameters, empty when done
	 */
	public Map<String, String> getParameters() {
		return this.parameters;
	}

	/**
	 * The first factors the user can choose from at {@link SignInStep#SELECT_CHALLENGE}
	 * (Cognito's names, e.g. {@code PASSWORD_SRP}, {@code EMAIL_OTP}, {@code WEB_AUTHN}).
	 * @return the factors, empty at other steps
	 */
	public List<String> getAvailableChallenges() {
		String available = this.parameters.get(AVAILABLE_CHALLENGES);
		if (available == null) {
			return List.of();
		}
		List<String> names = new ArrayList<>();
		Matcher matcher = JSON_STRING.matcher(available);
		while (matcher.find()) {
			names.add(matcher.group(1));
		}
		return List.copyOf(names);
	}

	/**
	 * The passkey challenge at {@link SignInStep#WEB_AUTHN}: the JSON of the
	 * {@code PublicKeyCredentialRequestOptions} to pass to
	 * {@code navigator.credentials.get}.
	 * @return the JSON, or {@code null} at other steps
	 */
	public String getCredentialRequestOptions() {
		return this.parameters.get(CREDENTIAL_REQUEST_OPTIONS);
	}

	/**
	 * Whether the user is signed in.
	 * @return whether the next step is {@link SignInStep#DONE}
	 */
	public boolean isDone() {
		return this.nextStep == SignInStep.DONE;
	}

	@Override
	public String toString() {
		return "SignInResult[nextStep=" + this.nextStep + ", parameters=" + this.parameters.keySet() + "]";
	}

}
