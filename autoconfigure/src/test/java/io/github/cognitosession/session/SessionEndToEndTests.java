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
package io.github.cognitosession.session;

import io.github.cognitosession.userpool.UserPoolClient;

import java.net.URI;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;

import com.github.tomakehurst.wiremock.junit5.WireMockExtension;
import io.github.cognitosession.state.UserState;
import io.github.cognitosession.signin.CognitoUserPoolAuthenticator;
import io.github.cognitosession.signin.UserPoolAuthFlow;
import io.github.cognitosession.signin.UserPoolAuthenticatorSettings;
import io.github.cognitosession.store.EncryptedFileSessionStore;
import io.github.cognitosession.token.CognitoTokenVerifier;
import io.github.cognitosession.token.CognitoTokens;
import io.github.cognitosession.token.CognitoWireMock;
import io.github.cognitosession.local.MutableClock;
import io.github.cognitosession.token.RefreshTokenRotation;
import io.github.cognitosession.token.TestTokens;
import io.github.cognitosession.token.TokenRefresher;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.api.io.TempDir;
import software.amazon.awssdk.services.cognitoidentityprovider.CognitoIdentityProviderClient;

import static com.github.tomakehurst.wiremock.client.WireMock.aResponse;
import static com.github.tomakehurst.wiremock.client.WireMock.equalTo;
import static com.github.tomakehurst.wiremock.client.WireMock.equalToJson;
import static com.github.tomakehurst.wiremock.client.WireMock.get;
import static com.github.tomakehurst.wiremock.client.WireMock.matchingJsonPath;
import static com.github.tomakehurst.wiremock.core.WireMockConfiguration.wireMockConfig;
import static io.github.cognitosession.token.CognitoWireMock.authenticationResult;
import static io.github.cognitosession.token.CognitoWireMock.ok;
import static io.github.cognitosession.token.CognitoWireMock.operation;
import static io.github.cognitosession.token.CognitoWireMock.requested;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * The session manager with every real collaborator (sign-in protocol, verifier fetching
 * the JWKS, refresher, encrypted file store) against WireMock: sign in, restart, refresh,
 * sign out.
 *
 * @author Cognito Session contributors
 */
class SessionEndToEndTests {

	private static final Instant START = Instant.parse("2026-01-01T10:00:00Z");

	private static final String SECRET = "client-secret-value";

	@RegisterExtension
	static WireMockExtension cognito = WireMockExtension.newInstance()
		.options(wireMockConfig().dynamicPort().bindAddress("127.0.0.1"))
		.build();

	@TempDir
	Path directory;

	private final TestTokens tokens = new TestTokens();

	private final MutableClock clock = new MutableClock(START);

	private final RecordingEventPublisher events = new RecordingEventPublisher();

	private final CognitoIdentityProviderClient client = CognitoWireMock.client(cognito);

	@AfterEach
	void closeClient() {
		this.client.close();
	}

	private static UserPoolClient userPool() {
		return UserPoolClient.builder()
			.userPoolId(TestTokens.POOL_ID)
			.clientId(TestTokens.CLIENT_ID)
			.clientSecret(SECRET)
			.build();
	}

	private DefaultCognitoSessionManager manager() {
		UserPoolAuthenticatorSettings settings = UserPoolAuthenticatorSettings.builder()
			.userPool(userPool())
			.authFlow(UserPoolAuthFlow.USER_PASSWORD_AUTH)
			.clock(this.clock)
			.build();
		CognitoTokenVerifier verifier = CognitoTokenVerifier.builder()
			.userPoolId(TestTokens.POOL_ID)
			.clientId(TestTokens.CLIENT_ID)
			.endpoint(URI.create(cognito.baseUrl()))
			.clock(this.clock)
			.build();
		return DefaultCognitoSessionManager.builder()
			.authenticator(new CognitoUserPoolAuthenticator(this.client, settings))
			.tokenVerifier(verifier)
			.tokenRefresher(TokenRefresher.create(this.client, userPool(), RefreshTokenRotation.DISABLED))
			.remoteSignOut(new RemoteSignOut(this.client, userPool()))
			.sessionRepository(EncryptedFileSessionStore.create(this.directory.resolve("session.bin")))
			.eventPublisher(this.events)
			.clock(this.clock)
			.build();
	}

	private String tokensJson(String refreshToken) {
		Instant now = this.clock.instant();
		return authenticationResult(this.tokens.idToken("alice", now, Duration.ofHours(1)).sign(),
				this.tokens.accessToken("alice", now, Duration.ofHours(1)).sign(), refreshToken);
	}

	@Test
	void sessionWhenSignedInRestartedRefreshedAndSignedOutThenEachStepBehaves() throws Exception {
		cognito.stubFor(get("/" + TestTokens.POOL_ID + "/.well-known/jwks.json")
			.willReturn(aResponse().withHeader("Content-Type", "application/json")
				.withBody(this.tokens.jwkSet().toString(true))));
		cognito.stubFor(
				operation("InitiateAuth").withRequestBody(matchingJsonPath("$.AuthFlow", equalTo("USER_PASSWORD_AUTH")))
					.willReturn(ok(tokensJson("refresh-token-1"))));
		DefaultCognitoSessionManager first = manager();
		assertThat(first.signIn("alice@example.com", "correct horse").isDone()).isTrue();
		assertThat(first.getUsername()).isEqualTo("alice");
		Path storeFile = this.directory.resolve("session.bin");
		assertThat(Files.readString(storeFile, java.nio.charset.StandardCharsets.ISO_8859_1))
			.doesNotContain("refresh-token-1")
			.doesNotContain("alice");

		int requestsBeforeRestart = cognito.getAllServeEvents().size();
		DefaultCognitoSessionManager restarted = manager();
		assertThat(restarted.initialize()).isEqualTo(UserState.SIGNED_IN);
		assertThat(restarted.getUserSub()).isEqualTo(TestTokens.SUB);
		CognitoTokens restored = restarted.getTokens();
		assertThat(restored.getRefreshToken()).isEqualTo("refresh-token-1");
		assertThat(cognito.getAllServeEvents()).hasSize(requestsBeforeRestart);

		this.clock.advance(Duration.ofMinutes(56));
		cognito.stubFor(
				operation("InitiateAuth").withRequestBody(matchingJsonPath("$.AuthFlow", equalTo("REFRESH_TOKEN_AUTH")))
					.willReturn(ok(tokensJson(null))));
		CognitoTokens refreshed = restarted.getTokens();
		assertThat(refreshed.getExpiresAt()).isEqualTo(this.clock.instant().plus(Duration.ofHours(1)));
		assertThat(refreshed.getRefreshToken()).isEqualTo("refresh-token-1");
		// SECRET_HASH over the pool's username ("alice"), not the alias typed at sign-in
		cognito.verify(requested("InitiateAuth").withRequestBody(equalToJson("{\"AuthFlow\":\"REFRESH_TOKEN_AUTH\","
				+ "\"ClientId\":\"test-client-id\",\"AuthParameters\":{\"REFRESH_TOKEN\":\"refresh-token-1\","
				+ "\"SECRET_HASH\":\"kIz3uHXbvnBs8YE6nnz52bZ/d63h0e5btnVvBbIaSKU=\"}}")));

		cognito.stubFor(operation("RevokeToken").willReturn(ok("{}")));
		SignOutResult result = restarted.signOut(new SignOutOptions(false, true));
		assertThat(result.isComplete()).isTrue();
		assertThat(restarted.currentUserState()).isEqualTo(UserState.SIGNED_OUT);
		assertThat(manager().initialize()).isEqualTo(UserState.SIGNED_OUT);
	}

}
