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

import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Objects;

/**
 * The outcome of a sign-in step: {@link SignInStep#DONE}, or the challenge to answer next
 * with its public parameters (e.g. {@code CODE_DELIVERY_DESTINATION},
 * {@code requiredAttributes}, {@code MFAS_CAN_CHOOSE}). Never holds the Cognito session
 * string or any secret.
 *
 * @author Cognito Session contributors
 */
public final class SignInResult {

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
