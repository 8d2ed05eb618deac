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

import java.time.Duration;
import java.time.Instant;

import com.github.tomakehurst.wiremock.junit5.WireMockExtension;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import software.amazon.awssdk.services.cognitoidentityprovider.CognitoIdentityProviderClient;
import software.amazon.awssdk.services.cognitoidentityprovider.model.NotAuthorizedException;

import static com.github.tomakehurst.wiremock.client.WireMock.equalToJson;
import static com.github.tomakehurst.wiremock.core.WireMockConfiguration.wireMockConfig;
import static io.github.cognitosession.token.CognitoWireMock.authenticationResult;
import static io.github.cognitosession.token.CognitoWireMock.error;
import static io.github.cognitosession.token.CognitoWireMock.ok;
import static io.github.cognitosession.token.CognitoWireMock.operation;
import static io.github.cognitosession.token.CognitoWireMock.requested;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatExceptionOfType;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;

/**
 * Tests for the {@link TokenRefresher} implementations against Cognito's wire protocol.
 *
 * @author Cognito Session contributors
 */
class TokenRefresherTests {

	private static final Instant NOW = Instant.parse("2026-01-01T10:00:00Z");

	private static final String SECRET = "client-secret-value";

	@RegisterExtension
	static WireMockExtension cognito = WireMockExtension.newInstance()
		.options(wireMockConfig().dynamicPort().bindAddress("127.0.0.1"))
		.build();

	private final CognitoIdentityProviderClient client = CognitoWireMock.client(cognito);

	private final TestTokens tokens = new TestTokens();

	private final String idToken = this.tokens.idToken("alice", NOW, Duration.ofHours(1)).sign();

	private final String accessToken = this.tokens.accessToken("alice", NOW, Duration.ofHours(1)).sign();

	private static UserPoolClient userPool(String secret) {
		return UserPoolClient.builder()
			.userPoolId(TestTokens.POOL_ID)
			.clientId(TestTokens.CLIENT_ID)
			.clientSecret(secret)
			.build();
	}

	@AfterEach
	void closeClient() {
		this.client.close();
	}

	@Test
	void refreshWhenNoRotationThenInitiateAuthAndOldRefreshTokenKept() {
		cognito.stubFor(
				operation("InitiateAuth").willReturn(ok(authenticationResult(this.idToken, this.accessToken, null))));
		RefreshedTokens refreshed = CognitoTokenRefresher.initiateAuth(this.client, userPool(null))
			.refresh("alice", "refresh-1", null);
		assertThat(refreshed.idToken()).isEqualTo(this.idToken);
		assertThat(refreshed.accessToken()).isEqualTo(this.accessToken);
		assertThat(refreshed.refreshToken()).isEqualTo("refresh-1");
		assertThat(refreshed.rotated()).isFalse();
		cognito.verify(requested("InitiateAuth").withRequestBody(equalToJson("{\"AuthFlow\":\"REFRESH_TOKEN_AUTH\","
				+ "\"ClientId\":\"test-client-id\",\"AuthParameters\":{\"REFRESH_TOKEN\":\"refresh-1\"}}")));
	}

	@Test
	void refreshWhenClientHasSecretThenSecretHashOverCognitoUsername() {
		cognito.stubFor(
				operation("InitiateAuth").willReturn(ok(authenticationResult(this.idToken, this.accessToken, null))));
		CognitoTokenRefresher.initiateAuth(this.client, userPool(SECRET)).refresh("alice", "refresh-1", null);
		// base64(HMAC-SHA256("client-secret-value", "alice" + "test-client-id")),
		// computed
		// independently with Python's hmac module
		String expected = "kIz3uHXbvnBs8YE6nnz52bZ/d63h0e5btnVvBbIaSKU=";
		cognito.verify(requested("InitiateAuth").withRequestBody(equalToJson("{\"AuthFlow\":\"REFRESH_TOKEN_AUTH\","
				+ "\"ClientId\":\"test-client-id\",\"AuthParameters\":{\"REFRESH_TOKEN\":\"refresh-1\","
				+ "\"SECRET_HASH\":\"" + expected + "\"}}")));
	}

	@Test
	void refreshWhenRotationThenGetTokensFromRefreshTokenAndNewRefreshTokenKept() {
		cognito.stubFor(operation("GetTokensFromRefreshToken")
			.willReturn(ok(authenticationResult(this.idToken, this.accessToken, "refresh-2"))));
		RefreshedTokens refreshed = CognitoTokenRefresher.getTokensFromRefreshToken(this.client, userPool(SECRET))
			.refresh("alice", "refresh-1", null);
		assertThat(refreshed.refreshToken()).isEqualTo("refresh-2");
		assertThat(refreshed.rotated()).isTrue();
		cognito.verify(requested("GetTokensFromRefreshToken")
			.withRequestBody(equalToJson("{\"ClientId\":\"test-client-id\",\"ClientSecret\":\"" + SECRET
					+ "\",\"RefreshToken\":\"refresh-1\"}")));
	}

	@Test
	void refreshWhenUserHasRememberedDeviceThenDeviceKeySentWithEitherOperation() {
		String aliceDevice = "us-east-1_device-1";
		cognito.stubFor(
				operation("InitiateAuth").willReturn(ok(authenticationResult(this.idToken, this.accessToken, null))));
		cognito.stubFor(operation("GetTokensFromRefreshToken")
			.willReturn(ok(authenticationResult(this.idToken, this.accessToken, "refresh-2"))));
		TokenRefresher.create(this.client, userPool(null), RefreshTokenRotation.DISABLED)
			.refresh("alice", "refresh-1", aliceDevice);
		TokenRefresher.create(this.client, userPool(null), RefreshTokenRotation.ENABLED)
			.refresh("alice", "refresh-1", aliceDevice);
		TokenRefresher.create(this.client, userPool(null), RefreshTokenRotation.ENABLED)
			.refresh("bob", "refresh-1", null);
		cognito.verify(requested("InitiateAuth").withRequestBody(equalToJson("{\"AuthFlow\":\"REFRESH_TOKEN_AUTH\","
				+ "\"ClientId\":\"test-client-id\",\"AuthParameters\":{\"REFRESH_TOKEN\":\"refresh-1\","
				+ "\"DEVICE_KEY\":\"us-east-1_device-1\"}}")));
		cognito.verify(requested("GetTokensFromRefreshToken").withRequestBody(equalToJson(
				"{\"ClientId\":\"test-client-id\",\"RefreshToken\":\"refresh-1\",\"DeviceKey\":\"us-east-1_device-1\"}")));
		cognito.verify(requested("GetTokensFromRefreshToken")
			.withRequestBody(equalToJson("{\"ClientId\":\"test-client-id\",\"RefreshToken\":\"refresh-1\"}")));
	}

	@Test
	void refreshWhenAutoAndOperationUnknownThenFallsBackToInitiateAuthForGood() {
		cognito.stubFor(operation("GetTokensFromRefreshToken")
			.willReturn(error(400, "UnknownOperationException", "Unknown operation")));
		cognito.stubFor(
				operation("InitiateAuth").willReturn(ok(authenticationResult(this.idToken, this.accessToken, null))));
		TokenRefresher refresher = TokenRefresher.create(this.client, userPool(null), RefreshTokenRotation.AUTO);
		assertThat(refresher.refresh("alice", "refresh-1", null).refreshToken()).isEqualTo("refresh-1");
		assertThat(refresher.refresh("alice", "refresh-1", null).refreshToken()).isEqualTo("refresh-1");
		cognito.verify(1, requested("GetTokensFromRefreshToken"));
		cognito.verify(2, requested("InitiateAuth"));
	}

	@Test
	void refreshWhenAutoAndTokenRejectedThenNoFallback() {
		cognito.stubFor(operation("GetTokensFromRefreshToken")
			.willReturn(error(400, "NotAuthorizedException", "Refresh Token has been revoked")));
		TokenRefresher refresher = TokenRefresher.create(this.client, userPool(null), RefreshTokenRotation.AUTO);
		assertThatExceptionOfType(NotAuthorizedException.class).isThrownBy(() -> refresher.refresh("alice", "r", null));
		cognito.verify(0, requested("InitiateAuth"));
	}

	@Test
	void parseWhenConfigurationValuesThenSettings() {
		assertThat(RefreshTokenRotation.parse("auto")).isEqualTo(RefreshTokenRotation.AUTO);
		assertThat(RefreshTokenRotation.parse("TRUE")).isEqualTo(RefreshTokenRotation.ENABLED);
		assertThat(RefreshTokenRotation.parse("false")).isEqualTo(RefreshTokenRotation.DISABLED);
		assertThatIllegalArgumentException().isThrownBy(() -> RefreshTokenRotation.parse("sometimes"))
			.withMessageContaining("'sometimes'");
	}

	@Test
	void toStringWhenSecretConfiguredThenSecretHidden() {
		assertThat(CognitoTokenRefresher.initiateAuth(this.client, userPool(SECRET))).asString().doesNotContain(SECRET);
		assertThat(CognitoTokenRefresher.getTokensFromRefreshToken(this.client, userPool(SECRET))).asString()
			.doesNotContain(SECRET);
		assertThat(new RefreshedTokens(this.idToken, this.accessToken, "refresh-1", false)).asString()
			.doesNotContain(this.idToken)
			.doesNotContain("refresh-1");
	}

}
