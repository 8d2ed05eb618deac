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
 * The user-pool sign-in protocol, without session state: starts an auth flow
 * ({@code USER_SRP_AUTH}, {@code USER_PASSWORD_AUTH}, {@code CUSTOM_AUTH}), answers the
 * {@code PASSWORD_VERIFIER} step of SRP by itself, adds {@code SECRET_HASH} for clients
 * with a secret, and hands any other challenge back to the caller.
 * <p>
 * Service errors are thrown as {@code CognitoSessionException} subclasses.
 *
 * @author Cognito Session contributors
 */
public interface UserPoolAuthenticator {

	/**
	 * Start a sign-in.
	 * @param username the username or alias
	 * @param password the password ({@code null} for a custom-auth flow without one)
	 * @return the tokens, or the challenge to answer next
	 */
	AuthenticationOutcome initiate(String username, String password);

	/**
	 * Answer a challenge.
	 * @param challenge the pending challenge, as returned by the previous step
	 * @param answer the main answer (code, new password, custom answer, MFA type)
	 * @param responses extra challenge responses (e.g. {@code userAttributes.name})
	 * @return the tokens, or the next challenge
	 */
	AuthenticationOutcome respond(PendingChallenge challenge, String answer, Map<String, String> responses);

}
