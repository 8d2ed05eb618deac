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
package io.github.cognitosession.web;

import java.io.Serial;
import java.util.Map;

import io.github.cognitosession.signin.SignInResult;
import io.github.cognitosession.signin.SignInStep;

import org.springframework.security.core.AuthenticationException;

/**
 * A username and password were right, but Cognito asks for a challenge to be answered
 * before the user is signed in (an MFA code, a new password, a custom challenge). The
 * challenge waits in the user's Cognito session: a login page that supports it answers
 * with {@code CognitoSessionManager.confirmSignIn}. Holds no secret.
 *
 * @author Cognito Session contributors
 */
public class CognitoChallengeRequiredException extends AuthenticationException {

	@Serial
	private static final long serialVersionUID = 1L;

	private final transient SignInResult result;

	/**
	 * Create an exception.
	 * @param result the sign-in result naming the challenge
	 */
	public CognitoChallengeRequiredException(SignInResult result) {
		super("Cognito asks for " + result.getNextStep() + " before the sign-in is complete");
		this.result = result;
	}

	/**
	 * The challenge to answer.
	 * @return the step
	 */
	public SignInStep getNextStep() {
		return this.result.getNextStep();
	}

	/**
	 * The challenge's public parameters (e.g. where a code was sent).
	 * @return the parameters
	 */
	public Map<String, String> getParameters() {
		return this.result.getParameters();
	}

}
