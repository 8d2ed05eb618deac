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
package io.github.cognitosession.autoconfigure.resource;

import java.net.URI;
import java.util.Map;

import io.github.cognitosession.local.Provisioned;
import software.amazon.awssdk.auth.credentials.AnonymousCredentialsProvider;
import software.amazon.awssdk.regions.Region;
import software.amazon.awssdk.services.cognitoidentityprovider.CognitoIdentityProviderClient;
import software.amazon.awssdk.services.cognitoidentityprovider.model.AuthFlowType;
import software.amazon.awssdk.services.cognitoidentityprovider.model.AuthenticationResultType;

/**
 * Real tokens of a Local Cognito user: a {@code USER_PASSWORD_AUTH} sign-in through the
 * SDK, as any client of the pool would do it.
 *
 * @author Cognito Session contributors
 */
final class LocalCognitoTokens {

	private LocalCognitoTokens() {
	}

	static AuthenticationResultType signIn(Provisioned setup, String clientId, String username, String password) {
		try (CognitoIdentityProviderClient client = CognitoIdentityProviderClient.builder()
			.endpointOverride(URI.create(setup.endpoint()))
			.region(Region.of(setup.region()))
			.credentialsProvider(AnonymousCredentialsProvider.create())
			.build()) {
			return client
				.initiateAuth((request) -> request.clientId(clientId)
					.authFlow(AuthFlowType.USER_PASSWORD_AUTH)
					.authParameters(Map.of("USERNAME", username, "PASSWORD", password)))
				.authenticationResult();
		}
	}

	static AuthenticationResultType signIn(Provisioned setup) {
		return signIn(setup, setup.clientId(), setup.username(), setup.password());
	}

	static String createClient(Provisioned setup, String name) {
		try (CognitoIdentityProviderClient client = CognitoIdentityProviderClient.builder()
			.endpointOverride(URI.create(setup.endpoint()))
			.region(Region.of(setup.region()))
			.credentialsProvider(AnonymousCredentialsProvider.create())
			.build()) {
			return client
				.createUserPoolClient((request) -> request.userPoolId(setup.userPoolId())
					.clientName(name)
					.explicitAuthFlowsWithStrings("ALLOW_USER_PASSWORD_AUTH", "ALLOW_REFRESH_TOKEN_AUTH"))
				.userPoolClient()
				.clientId();
		}
	}

}
