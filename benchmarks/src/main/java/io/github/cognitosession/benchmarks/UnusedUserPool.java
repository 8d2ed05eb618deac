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
package io.github.cognitosession.benchmarks;

import java.util.Map;

import io.github.cognitosession.signin.AuthenticationOutcome;
import io.github.cognitosession.signin.PendingChallenge;
import io.github.cognitosession.signin.UserPoolAuthenticator;
import io.github.cognitosession.token.CognitoToken;
import io.github.cognitosession.token.TokenVerifier;

/**
 * The user-pool collaborators of a session manager that a credentials benchmark never
 * reaches: its users are signed in before the measurement, so any call is a mistake of
 * the benchmark and fails loudly.
 *
 * @author Cognito Session contributors
 */
final class UnusedUserPool {

	private UnusedUserPool() {
	}

	static UserPoolAuthenticator authenticator() {
		return new UserPoolAuthenticator() {

			@Override
			public AuthenticationOutcome initiate(String username, String password) {
				throw new UnsupportedOperationException("the benchmark signs in before it measures");
			}

			@Override
			public AuthenticationOutcome respond(PendingChallenge challenge, String answer,
					Map<String, String> responses) {
				throw new UnsupportedOperationException("the benchmark signs in before it measures");
			}

		};
	}

	static TokenVerifier tokenVerifier() {
		return new TokenVerifier() {

			@Override
			public CognitoToken verifyIdToken(String idToken) {
				throw new UnsupportedOperationException("the benchmark verifies no token");
			}

			@Override
			public CognitoToken verifyAccessToken(String accessToken) {
				throw new UnsupportedOperationException("the benchmark verifies no token");
			}

		};
	}

}
