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

package io.github.cognitosession.local.token;

/**
 * Why tokens are issued, as the pre-token-generation trigger's {@code triggerSource} says
 * it.
 *
 * @author Cognito Session contributors
 */
public enum TokenSource {

	/** A sign-in through the API. */
	AUTHENTICATION("TokenGeneration_Authentication"),

	/** A sign-in that ended with NEW_PASSWORD_REQUIRED. */
	NEW_PASSWORD_CHALLENGE("TokenGeneration_NewPasswordChallenge"),

	/** A sign-in that ended with a remembered device's check. */
	AUTHENTICATE_DEVICE("TokenGeneration_AuthenticateDevice"),

	/** A refresh. */
	REFRESH_TOKENS("TokenGeneration_RefreshTokens"),

	/** A sign-in through the hosted UI. */
	HOSTED_AUTH("TokenGeneration_HostedAuth");

	private final String triggerSource;

	TokenSource(String triggerSource) {
		this.triggerSource = triggerSource;
	}

	public String triggerSource() {
		return this.triggerSource;
	}

}
