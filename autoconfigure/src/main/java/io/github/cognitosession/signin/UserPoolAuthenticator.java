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
 * ({@code USER_SRP_AUTH}, {@code USER_PASSWORD_AUTH}, {@code CUSTOM_AUTH},
 * {@code USER_AUTH}), answers the {@code PASSWORD_VERIFIER} step of SRP by itself, adds
 * {@code SECRET_HASH} for clients with a secret, and hands any other challenge back to
 * the caller.
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

	/**
	 * Start a sign-in with per-call options (auth flow, preferred first factor, client
	 * metadata). The default supports only {@link SignInOptions#defaults()}.
	 * @param username the username or alias
	 * @param password the password, or {@code null} when the flow or factor needs none
	 * @param options the options
	 * @return the tokens, or the challenge to answer next
	 */
	default AuthenticationOutcome initiate(String username, String password, SignInOptions options) {
		if (options.isDefault()) {
			return initiate(username, password);
		}
		throw new UnsupportedOperationException(getClass().getSimpleName() + " does not support " + options);
	}

	/**
	 * Answer a challenge, passing client metadata to the Lambda triggers. The default
	 * supports only empty metadata.
	 * @param challenge the pending challenge, as returned by the previous step
	 * @param answer the main answer
	 * @param responses extra challenge responses
	 * @param clientMetadata the client metadata
	 * @return the tokens, or the next challenge
	 */
	default AuthenticationOutcome respond(PendingChallenge challenge, String answer, Map<String, String> responses,
			Map<String, String> clientMetadata) {
		if (clientMetadata == null || clientMetadata.isEmpty()) {
			return respond(challenge, answer, responses);
		}
		throw new UnsupportedOperationException(getClass().getSimpleName() + " does not pass client metadata");
	}

	/**
	 * Sign in a user who has just confirmed their sign-up, without the password: an
	 * {@code InitiateAuth USER_AUTH} with the session {@code ConfirmSignUp} (or
	 * {@code SignUp}, for a user confirmed at once) returned. The default does not
	 * support it.
	 * @param username the username the user signed up with
	 * @param session Cognito's session from the sign-up
	 * @param clientMetadata the client metadata
	 * @return the tokens, or the challenge to answer next (e.g. MFA)
	 */
	default AuthenticationOutcome initiateAutoSignIn(String username, String session,
			Map<String, String> clientMetadata) {
		throw new UnsupportedOperationException(getClass().getSimpleName() + " does not support auto sign-in");
	}

}
