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
package io.github.cognitosession.it;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.concurrent.atomic.AtomicReference;

import io.github.cognitosession.event.TokenRefreshFailedEvent;
import io.github.cognitosession.local.LocalCognito;
import io.github.cognitosession.local.Provisioned;
import io.github.cognitosession.session.CognitoSessionManager;
import io.github.cognitosession.state.UserState;
import io.github.cognitosession.token.CognitoTokens;
import io.github.cognitosession.local.MutableClock;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import org.springframework.boot.test.context.runner.ApplicationContextRunner;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * A restart (a new application context on the same store file) restores the session
 * without any network: Local Cognito is stopped before the restart. The store file keeps
 * no token readable.
 *
 * @author Cognito Session contributors
 */
class RestartIntegrationTests {

	private static final String PASSWORD = "Correct-Horse-1";

	private final MutableClock clock = new MutableClock(Instant.parse("2026-03-05T09:00:00Z"));

	/** Stopped during the test, so not shared with other test classes. */
	private final LocalCognito cognito = LocalCognito.builder().clock(this.clock).build().start();

	@TempDir
	Path directory;

	@AfterEach
	void stopCognito() {
		this.cognito.stop();
	}

	@Test
	void restartWhenCognitoIsDownThenSessionRestoredFromTheStoreAndTokensServed() {
		Provisioned setup = this.cognito.provision().clientSecret(true).user("alice", PASSWORD).create();
		AtomicReference<CognitoTokens> signedIn = new AtomicReference<>();
		runner(setup).run((context) -> {
			CognitoSessionManager manager = context.getBean(CognitoSessionManager.class);
			manager.signIn("alice", PASSWORD);
			signedIn.set(manager.getTokens());
		});
		this.cognito.stop();

		runner(setup).run((context) -> {
			CognitoSessionManager manager = context.getBean(CognitoSessionManager.class);
			assertThat(manager.currentUserState()).isEqualTo(UserState.SIGNED_IN);
			assertThat(manager.getUsername()).isEqualTo("alice");
			assertThat(manager.getUserSub()).isEqualTo(signedIn.get().getIdToken().getSubject());
			CognitoTokens restored = manager.getTokens();
			assertThat(restored.getIdToken().getTokenValue()).isEqualTo(signedIn.get().getIdToken().getTokenValue());
			assertThat(restored.getAccessToken().getTokenValue())
				.isEqualTo(signedIn.get().getAccessToken().getTokenValue());
			assertThat(restored.getRefreshToken()).isEqualTo(signedIn.get().getRefreshToken());
			// Due for a refresh while Cognito is unreachable: the restored tokens are
			// still served and the session is kept.
			this.clock.advance(Duration.ofMinutes(56));
			assertThat(manager.getTokens().getRefreshToken()).isEqualTo(signedIn.get().getRefreshToken());
			assertThat(manager.currentUserState()).isEqualTo(UserState.SIGNED_IN);
			RecordedSessionEvents events = context.getBean(RecordedSessionEvents.class);
			assertThat(events.transitions()).isEmpty();
			assertThat(events.ofType(TokenRefreshFailedEvent.class)).hasSize(1);
		});
	}

	@Test
	void signInWhenStoredThenTheStoreFileHoldsNoReadableTokenOrUsername() throws Exception {
		Provisioned setup = this.cognito.provision().user("bob", PASSWORD).create();
		AtomicReference<CognitoTokens> signedIn = new AtomicReference<>();
		runner(setup).run((context) -> {
			CognitoSessionManager manager = context.getBean(CognitoSessionManager.class);
			manager.signIn("bob", PASSWORD);
			signedIn.set(manager.getTokens());
		});
		String stored = Files.readString(storeFile(), StandardCharsets.ISO_8859_1);
		CognitoTokens tokens = signedIn.get();
		assertThat(stored).doesNotContain(tokens.getRefreshToken())
			.doesNotContain(payload(tokens.getIdToken().getTokenValue()))
			.doesNotContain(payload(tokens.getAccessToken().getTokenValue()))
			.doesNotContain(tokens.getIdToken().getSubject())
			.doesNotContain("eyJ")
			.doesNotContain("bob");
	}

	/** The middle part of a JWT: its claims. */
	private static String payload(String jwt) {
		return jwt.split("\\.")[1];
	}

	private Path storeFile() {
		return this.directory.resolve("session.bin");
	}

	private ApplicationContextRunner runner(Provisioned setup) {
		return SessionContexts.runner(setup, this.clock, storeFile());
	}

}
