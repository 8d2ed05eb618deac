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

import java.util.Map;

/**
 * A challenge Cognito is waiting for an answer to.
 *
 * @param challengeName Cognito's challenge name (e.g. {@code SMS_MFA})
 * @param session the opaque Cognito session string to send with the answer (a secret:
 * never printed)
 * @param username the {@code USERNAME} Cognito returned with the challenge (used for the
 * answer and for {@code SECRET_HASH})
 * @param parameters the challenge parameters
 * @author Cognito Session contributors
 */
public record PendingChallenge(String challengeName, String session, String username, Map<String, String> parameters) {

	public PendingChallenge {
		parameters = Map.copyOf(parameters);
	}

	/**
	 * The step a caller sees for this challenge.
	 * @return the step
	 */
	public SignInStep step() {
		return SignInStep.fromChallengeName(this.challengeName);
	}

	@Override
	public String toString() {
		return "PendingChallenge[" + this.challengeName + ", username=" + this.username + "]";
	}

}
