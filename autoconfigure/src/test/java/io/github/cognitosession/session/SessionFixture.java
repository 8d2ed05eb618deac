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

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayDeque;
import java.util.Deque;
import java.util.Map;
import java.util.concurrent.atomic.AtomicInteger;

import io.github.cognitosession.signin.AuthenticationOutcome;
import io.github.cognitosession.signin.CognitoUserPoolAuthenticator;
import io.github.cognitosession.signin.PendingChallenge;
import io.github.cognitosession.signin.RawTokens;
import io.github.cognitosession.signin.UserPoolAuthFlow;
import io.github.cognitosession.signin.UserPoolAuthenticatorSettings;
import io.github.cognitosession.signin.UserPoolAuthenticator;
import io.github.cognitosession.token.CognitoTokenVerifier;
import io.github.cognitosession.local.MutableClock;
import io.github.cognitosession.token.RefreshedTokens;
import io.github.cognitosession.token.TestTokens;
import io.github.cognitosession.token.TokenRefresher;
import io.github.cognitosession.userpool.UserPoolClient;
import software.amazon.awssdk.services.cognitoidentityprovider.CognitoIdentityProviderClient;

/**
 * Builds a {@link DefaultCognitoSessionManager} over test collaborators: the real token
 * verifier with an in-memory JWKS, an adjustable clock, a scripted authenticator.
 *
 * @author Cognito Session contributors
 */
final class SessionFixture {

	static final Instant START = Instant.parse("2026-01-01T10:00:00Z");

	static final Duration LIFETIME = Duration.ofHours(1);

	final TestTokens tokens = new TestTokens();

	final MutableClock clock = new MutableClock(START);

	final TestSessionRepository store = new TestSessionRepository();

	final RecordingEventPublisher events = new RecordingEventPublisher();

	final ScriptedAuthenticator authenticator = new ScriptedAuthenticator();

	final AtomicInteger refreshCalls = new AtomicInteger();

	private final AtomicInteger refreshTokenCounter = new AtomicInteger(1);

	/**
	 * A valid ID token of alice, issued for an app client other than the session's.
	 */
	String idTokenForAnotherClient() {
		return this.tokens.idToken("alice", START, LIFETIME).claim("aud", "another-client").sign();
	}

	RawTokens rawTokens(String username, String refreshToken) {
		Instant now = this.clock.instant();
		return new RawTokens(this.tokens.idToken(username, now, LIFETIME).sign(),
				this.tokens.accessToken(username, now, LIFETIME).sign(), refreshToken);
	}

	/**
	 * A refresher that issues fresh tokens at the current clock time, without rotation.
	 */
	TokenRefresher refresher(boolean rotate) {
		return (username, refreshToken, deviceKey) -> {
			this.refreshCalls.incrementAndGet();
			RawTokens raw = rawTokens(username, null);
			String next = rotate ? "refresh-token-" + this.refreshTokenCounter.incrementAndGet() : refreshToken;
			return new RefreshedTokens(raw.idToken(), raw.accessToken(), next, rotate);
		};
	}

	CognitoTokenVerifier verifier() {
		return CognitoTokenVerifier.builder()
			.userPoolId(TestTokens.POOL_ID)
			.clientId(TestTokens.CLIENT_ID)
			.jwkSource(this.tokens.jwkSource())
			.clock(this.clock)
			.build();
	}

	DefaultCognitoSessionManager.Builder builder(TokenRefresher refresher) {
		return DefaultCognitoSessionManager.builder()
			.authenticator(this.authenticator)
			.tokenVerifier(verifier())
			.tokenRefresher(refresher)
			.sessionRepository(this.store)
			.eventPublisher(this.events)
			.clock(this.clock);
	}

	DefaultCognitoSessionManager manager(TokenRefresher refresher) {
		return builder(refresher).build();
	}

	/**
	 * The test pool's app client, with a client secret.
	 */
	static UserPoolClient userPool(String clientSecret) {
		return UserPoolClient.builder()
			.userPoolId(TestTokens.POOL_ID)
			.clientId(TestTokens.CLIENT_ID)
			.clientSecret(clientSecret)
			.build();
	}

	/**
	 * The library's authenticator on an SDK client (e.g. one pointed at WireMock), with
	 * this fixture's clock.
	 */
	CognitoUserPoolAuthenticator authenticator(CognitoIdentityProviderClient client, UserPoolClient userPool,
			UserPoolAuthFlow flow) {
		return new CognitoUserPoolAuthenticator(client,
				UserPoolAuthenticatorSettings.builder().userPool(userPool).authFlow(flow).clock(this.clock).build());
	}

	/**
	 * An authenticator answering with queued outcomes.
	 */
	static final class ScriptedAuthenticator implements UserPoolAuthenticator {

		private final Deque<AuthenticationOutcome> outcomes = new ArrayDeque<>();

		volatile PendingChallenge lastAnsweredChallenge;

		volatile String lastAnswer;

		volatile Map<String, String> lastResponses;

		synchronized ScriptedAuthenticator then(AuthenticationOutcome outcome) {
			this.outcomes.add(outcome);
			return this;
		}

		@Override
		public synchronized AuthenticationOutcome initiate(String username, String password) {
			return next();
		}

		@Override
		public synchronized AuthenticationOutcome respond(PendingChallenge challenge, String answer,
				Map<String, String> responses) {
			this.lastAnsweredChallenge = challenge;
			this.lastAnswer = answer;
			this.lastResponses = responses;
			return next();
		}

		private AuthenticationOutcome next() {
			AuthenticationOutcome outcome = this.outcomes.poll();
			if (outcome == null) {
				throw new IllegalStateException("Unexpected call to the authenticator");
			}
			return outcome;
		}

	}

}
