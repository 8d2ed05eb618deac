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

package io.github.cognitosession.exception;

/**
 * Cognito asked for a challenge this library cannot answer yet (e.g.
 * {@code DEVICE_SRP_AUTH}, or a challenge newer than this library).
 *
 * @author Cognito Session contributors
 */
public class UnsupportedChallengeException extends CognitoSessionException {

	/** The error code of this exception. */
	public static final String ERROR_CODE = "UnsupportedChallenge";

	private final String challengeName;

	/**
	 * Create an instance.
	 * @param challengeName the challenge Cognito asked for
	 * @param message the detail message, naming the problem but no secret
	 */
	public UnsupportedChallengeException(String challengeName, String message) {
		super(ERROR_CODE, message);
		this.challengeName = challengeName;
	}

	/**
	 * Return Cognito's name of the challenge.
	 * @return the challenge name
	 */
	public String getChallengeName() {
		return this.challengeName;
	}

}
