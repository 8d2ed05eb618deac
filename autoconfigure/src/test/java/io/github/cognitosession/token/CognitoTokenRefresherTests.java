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
package io.github.cognitosession.token;

import io.github.cognitosession.userpool.UserPoolClient;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import software.amazon.awssdk.auth.credentials.AnonymousCredentialsProvider;
import software.amazon.awssdk.regions.Region;
import software.amazon.awssdk.services.cognitoidentityprovider.CognitoIdentityProviderClient;
import software.amazon.awssdk.services.cognitoidentityprovider.model.AuthenticationResultType;

import io.github.cognitosession.exception.CognitoSessionException;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatExceptionOfType;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;

/**
 * Tests for the app client side of {@link CognitoTokenRefresher}: its one
 * {@link UserPoolClient} value and the reading of Cognito's answers.
 *
 * @author Cognito Session contributors
 */
class CognitoTokenRefresherTests {

	// never called: the tests only read the settings and Cognito's answers
	private final CognitoIdentityProviderClient client = CognitoIdentityProviderClient.builder()
		.region(Region.EU_WEST_1)
		.credentialsProvider(AnonymousCredentialsProvider.create())
		.build();

	@AfterEach
	void closeClient() {
		this.client.close();
	}

	@Test
	void userPoolWhenSecretBlankThenRefusedAsTheOneNormaliserDoes() {
		// One value now normalises the app client for every Cognito call: a blank secret
		// is a missing environment variable, refused rather than taken for no secret.
		assertThatIllegalArgumentException().isThrownBy(() -> userPool(" ")).withMessageContaining("clientSecret");
		assertThat(CognitoTokenRefresher.initiateAuth(this.client, userPool(null))).asString()
			.isEqualTo("CognitoTokenRefresher[REFRESH_TOKEN_AUTH, clientId=client-1, secret=none]");
	}

	@Test
	void userPoolWhenClientIdEmptyThenFails() {
		assertThatIllegalArgumentException()
			.isThrownBy(() -> UserPoolClient.builder().userPoolId("eu-west-1_AbC").clientId("").build())
			.withMessage("clientId cannot be empty");
	}

	@Test
	void toStringWhenSecretThenSecretHidden() {
		assertThat(CognitoTokenRefresher.getTokensFromRefreshToken(this.client, userPool("s3cr3t-value"))).asString()
			.doesNotContain("s3cr3t-value")
			.contains("[PROTECTED]");
	}

	private static UserPoolClient userPool(String secret) {
		return UserPoolClient.builder().userPoolId("eu-west-1_AbC").clientId("client-1").clientSecret(secret).build();
	}

	@Test
	void refreshedTokensWhenSameRefreshTokenReturnedThenNotRotated() {
		AuthenticationResultType result = AuthenticationResultType.builder()
			.idToken("id")
			.accessToken("access")
			.refreshToken("refresh-1")
			.build();

		RefreshedTokens tokens = CognitoTokenRefresher.refreshedTokens(result, "refresh-1", "REFRESH_TOKEN_AUTH");

		assertThat(tokens.rotated()).isFalse();
		assertThat(tokens.refreshToken()).isEqualTo("refresh-1");
	}

	@Test
	void refreshedTokensWhenNoAccessTokenThenInvalidResponseNamingOperation() {
		AuthenticationResultType result = AuthenticationResultType.builder().idToken("id").build();

		assertThatExceptionOfType(CognitoSessionException.class)
			.isThrownBy(() -> CognitoTokenRefresher.refreshedTokens(result, "refresh-1", "GetTokensFromRefreshToken"))
			.withMessage("Cognito returned no tokens for GetTokensFromRefreshToken")
			.satisfies((ex) -> assertThat(ex.getErrorCode()).isEqualTo("InvalidResponse"));
	}

}
