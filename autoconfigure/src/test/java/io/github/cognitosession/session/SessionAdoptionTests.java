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
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;

import io.github.cognitosession.state.UserState;
import io.github.cognitosession.event.UserStateChangedEvent;
import io.github.cognitosession.exception.InvalidTokenException;
import io.github.cognitosession.signin.RawTokens;
import io.github.cognitosession.store.SessionRecord;
import io.github.cognitosession.token.CognitoTokens;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatExceptionOfType;

/**
 * {@link DefaultCognitoSessionManager#adoptSession(String, String, String)}: a session
 * signed in elsewhere (the hosted UI) becomes the manager's.
 *
 * @author Cognito Session contributors
 */
class SessionAdoptionTests {

	private final SessionFixture fixture = new SessionFixture();

	@Test
	void adoptSessionWhenTokensValidThenSignedInWithOneEventAndRecordSaved() {
		DefaultCognitoSessionManager manager = this.fixture.manager(this.fixture.refresher(false));
		RawTokens raw = this.fixture.rawTokens("alice", "refresh-token-1");
		manager.adoptSession(raw.idToken(), raw.accessToken(), raw.refreshToken());
		assertThat(manager.currentUserState()).isEqualTo(UserState.SIGNED_IN);
		assertThat(manager.getUsername()).isEqualTo("alice");
		CognitoTokens tokens = manager.getTokens();
		assertThat(tokens.getAccessToken().getTokenValue()).isEqualTo(raw.accessToken());
		assertThat(this.fixture.refreshCalls).hasValue(0);
		SessionRecord record = this.fixture.store.record();
		assertThat(record.getState()).isEqualTo(UserState.SIGNED_IN);
		assertThat(record.getIdToken()).isEqualTo(raw.idToken());
		assertThat(record.getRefreshToken()).isEqualTo("refresh-token-1");
		List<UserStateChangedEvent> changes = this.fixture.events.eventsOfType(UserStateChangedEvent.class);
		assertThat(changes).singleElement().satisfies((event) -> {
			assertThat(event.getPreviousState()).isEqualTo(UserState.SIGNED_OUT);
			assertThat(event.getState()).isEqualTo(UserState.SIGNED_IN);
			assertThat(event.getUsername()).isEqualTo("alice");
		});
	}

	@Test
	void adoptSessionWhenTokenForAnotherClientThenRejectedAndNothingStored() {
		DefaultCognitoSessionManager manager = this.fixture.manager(this.fixture.refresher(false));
		String wrongAudience = this.fixture.idTokenForAnotherClient();
		RawTokens raw = this.fixture.rawTokens("alice", "refresh-token-1");
		assertThatExceptionOfType(InvalidTokenException.class)
			.isThrownBy(() -> manager.adoptSession(wrongAudience, raw.accessToken(), "refresh"))
			.satisfies((ex) -> assertThat(ex.getReason()).isEqualTo(InvalidTokenException.Reason.AUDIENCE));
		assertThat(manager.currentUserState()).isEqualTo(UserState.SIGNED_OUT);
		assertThat(this.fixture.store.record()).isNull();
		assertThat(this.fixture.events.events).isEmpty();
	}

	@Test
	void adoptSessionWhenMissingTokenThenClearError() {
		DefaultCognitoSessionManager manager = this.fixture.manager(this.fixture.refresher(false));
		RawTokens raw = this.fixture.rawTokens("alice", "refresh-token-1");
		assertThatExceptionOfType(IllegalArgumentException.class)
			.isThrownBy(() -> manager.adoptSession(raw.idToken(), null, "refresh"))
			.withMessage("accessToken cannot be empty");
		assertThat(this.fixture.events.events).isEmpty();
	}

	@Test
	void adoptSessionWhenCallersWaitForReauthenticationThenReleasesThemWithTheNewTokens() throws Exception {
		DefaultCognitoSessionManager manager = this.fixture.builder((username, refreshToken, deviceKey) -> {
			throw software.amazon.awssdk.services.cognitoidentityprovider.model.NotAuthorizedException.builder()
				.message("Refresh Token has been revoked")
				.awsErrorDetails(software.amazon.awssdk.awscore.exception.AwsErrorDetails.builder()
					.errorCode("NotAuthorizedException")
					.build())
				.build();
		}).reauthenticationTimeout(Duration.ofSeconds(30)).build();
		RawTokens first = this.fixture.rawTokens("alice", "refresh-token-1");
		manager.adoptSession(first.idToken(), first.accessToken(), first.refreshToken());
		this.fixture.clock.advance(SessionFixture.LIFETIME);
		CompletableFuture<CognitoTokens> waiter = CompletableFuture.supplyAsync(manager::getTokens);
		// counted inside its wait for a new sign-in: the adoption below reaches it
		org.awaitility.Awaitility.await().until(() -> manager.threadsWaitingForSignIn() == 1);
		assertThat(manager.currentUserState()).isEqualTo(UserState.SIGNED_OUT_USER_POOLS_TOKEN_INVALID);
		RawTokens second = this.fixture.rawTokens("alice", "refresh-token-2");
		manager.adoptSession(second.idToken(), second.accessToken(), second.refreshToken());
		assertThat(waiter.get(30, TimeUnit.SECONDS).getRefreshToken()).isEqualTo("refresh-token-2");
		assertThat(this.fixture.events.eventsOfType(UserStateChangedEvent.class))
			.extracting((event) -> event.getPreviousState() + " -> " + event.getState())
			.containsExactly("SIGNED_OUT -> SIGNED_IN", "SIGNED_IN -> SIGNED_OUT_USER_POOLS_TOKEN_INVALID",
					"SIGNED_OUT_USER_POOLS_TOKEN_INVALID -> SIGNED_IN");
	}

}
