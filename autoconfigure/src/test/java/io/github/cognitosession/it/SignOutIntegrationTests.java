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

import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;

import io.github.cognitosession.event.TokenRefreshFailedEvent;
import io.github.cognitosession.event.UserStateChangedEvent;
import io.github.cognitosession.exception.NotSignedInException;
import io.github.cognitosession.exception.ReauthenticationTimeoutException;
import io.github.cognitosession.local.Provisioned;
import io.github.cognitosession.local.junit.LocalCognitoExtension;
import io.github.cognitosession.session.CognitoSessionManager;
import io.github.cognitosession.session.SignOutOptions;
import io.github.cognitosession.session.SignOutResult;
import io.github.cognitosession.state.UserState;
import io.github.cognitosession.token.CognitoTokens;
import io.github.cognitosession.local.MutableClock;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.api.io.TempDir;
import software.amazon.awssdk.awscore.exception.AwsServiceException;
import software.amazon.awssdk.services.cognitoidentityprovider.CognitoIdentityProviderClient;
import software.amazon.awssdk.services.cognitoidentityprovider.model.NotAuthorizedException;

import org.springframework.boot.test.context.runner.ApplicationContextRunner;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatExceptionOfType;

/**
 * Sign-out through the auto-configured session manager against Local Cognito: token
 * revocation and global sign-out really end the sessions at Cognito, and a session whose
 * refresh token was revoked elsewhere moves to
 * {@link UserState#SIGNED_OUT_USER_POOLS_TOKEN_INVALID}, while one that another manager
 * sharing the store signed out stays signed out.
 *
 * @author Cognito Session contributors
 */
class SignOutIntegrationTests {

	private static final Duration INTO_REFRESH_WINDOW = Duration.ofMinutes(56);

	private static final MutableClock clock = new MutableClock(Instant.parse("2026-03-03T09:00:00Z"));

	@RegisterExtension
	static LocalCognitoExtension cognito = LocalCognitoExtension.configure((builder) -> builder.clock(clock));

	private static final String PASSWORD = "Correct-Horse-1";

	@TempDir
	Path directory;

	@Test
	void signOutWhenRevokingThenCognitoRejectsTheOldRefreshToken() {
		Provisioned setup = cognito.provision().clientSecret(true).user("alice", PASSWORD).create();
		runner(setup, "first.bin").run((context) -> {
			CognitoSessionManager manager = context.getBean(CognitoSessionManager.class);
			manager.signIn("alice", PASSWORD);
			CognitoTokens tokens = manager.getTokens();
			SignOutResult result = manager.signOut(new SignOutOptions(false, true));
			assertThat(result.isComplete()).isTrue();
			assertThat(result.tokenRevoked()).isTrue();
			assertThat(manager.currentUserState()).isEqualTo(UserState.SIGNED_OUT);
			assertThat(context.getBean(RecordedSessionEvents.class).transitions())
				.containsExactly("SIGNED_OUT -> SIGNED_IN", "SIGNED_IN -> SIGNED_OUT");
			assertRefreshRejected(setup, tokens.getRefreshToken());
		});
		runner(setup, "first.bin")
			.run((context) -> assertThat(context.getBean(CognitoSessionManager.class).currentUserState())
				.isEqualTo(UserState.SIGNED_OUT));
	}

	@Test
	void signOutWhenPlainThenTheRefreshTokenIsRevokedByDefault() {
		Provisioned setup = cognito.provision().clientSecret(true).user("erin", PASSWORD).create();
		runner(setup, "plain.bin").run((context) -> {
			CognitoSessionManager manager = context.getBean(CognitoSessionManager.class);
			manager.signIn("erin", PASSWORD);
			String refreshToken = manager.getTokens().getRefreshToken();
			manager.signOut();
			assertThat(manager.currentUserState()).isEqualTo(UserState.SIGNED_OUT);
			assertRefreshRejected(setup, refreshToken);
		});
	}

	@Test
	void signOutWhenRevokeOnSignOutTurnedOffThenTheRefreshTokenStaysValid() {
		Provisioned setup = cognito.provision().user("frank", PASSWORD).create();
		runner(setup, "kept.bin").withPropertyValues("cognito.session.revoke-on-sign-out=false").run((context) -> {
			CognitoSessionManager manager = context.getBean(CognitoSessionManager.class);
			manager.signIn("frank", PASSWORD);
			String refreshToken = manager.getTokens().getRefreshToken();
			manager.signOut();
			assertThat(manager.currentUserState()).isEqualTo(UserState.SIGNED_OUT);
			try (CognitoIdentityProviderClient client = SessionContexts.userPools(cognito.cognito())) {
				assertThat(client
					.getTokensFromRefreshToken(
							(request) -> request.clientId(setup.clientId()).refreshToken(refreshToken))
					.authenticationResult()
					.accessToken()).isNotBlank();
			}
		});
	}

	@Test
	void signOutWhenGlobalThenEverySessionOfTheUserEndsAndTheOtherManagerMustSignInAgain() {
		Provisioned setup = cognito.provision().user("bob", PASSWORD).create();
		runner(setup, "laptop.bin").run((laptop) -> runner(setup, "desktop.bin").run((desktop) -> {
			CognitoSessionManager onLaptop = laptop.getBean(CognitoSessionManager.class);
			CognitoSessionManager onDesktop = desktop.getBean(CognitoSessionManager.class);
			onLaptop.signIn("bob", PASSWORD);
			onDesktop.signIn("bob", PASSWORD);
			CognitoTokens laptopTokens = onLaptop.getTokens();
			CognitoTokens desktopTokens = onDesktop.getTokens();

			SignOutResult result = onLaptop.signOut(new SignOutOptions(true, false));

			assertThat(result.globalSignOutDone()).isTrue();
			assertThat(result.isComplete()).isTrue();
			assertRefreshRejected(setup, laptopTokens.getRefreshToken());
			assertRefreshRejected(setup, desktopTokens.getRefreshToken());
			try (CognitoIdentityProviderClient client = SessionContexts.userPools(cognito.cognito())) {
				assertThatExceptionOfType(NotAuthorizedException.class).isThrownBy(() -> client
					.getUser((request) -> request.accessToken(laptopTokens.getAccessToken().getTokenValue())));
			}
			// The desktop learns it on its next refresh.
			clock.advance(INTO_REFRESH_WINDOW);
			assertThatExceptionOfType(ReauthenticationTimeoutException.class).isThrownBy(onDesktop::getTokens);
			assertThat(onDesktop.currentUserState()).isEqualTo(UserState.SIGNED_OUT_USER_POOLS_TOKEN_INVALID);
			assertThat(onDesktop.getUsername()).isEqualTo("bob");
		}));
		runner(setup, "desktop.bin")
			.run((context) -> assertThat(context.getBean(CognitoSessionManager.class).currentUserState())
				.isEqualTo(UserState.SIGNED_OUT_USER_POOLS_TOKEN_INVALID));
	}

	@Test
	void getTokensWhenTheSharedRefreshTokenWasRevokedElsewhereThenTokenInvalidWithEventInEachManager() {
		Provisioned setup = cognito.provision().user("carol", PASSWORD).create();
		runner(setup, "shared.bin").run((first) -> runner(setup, "shared.bin").run((second) -> {
			CognitoSessionManager signedIn = first.getBean(CognitoSessionManager.class);
			CognitoSessionManager observer = second.getBean(CognitoSessionManager.class);
			signedIn.signIn("carol", PASSWORD);
			// The second manager restores the session from the shared store.
			CognitoTokens tokens = observer.getTokens();
			assertThat(observer.getUsername()).isEqualTo("carol");
			// Revoked by someone holding the token, e.g. "cognito-cli tokens --refresh".
			try (CognitoIdentityProviderClient client = SessionContexts.userPools(cognito.cognito())) {
				client.revokeToken((request) -> request.clientId(setup.clientId()).token(tokens.getRefreshToken()));
			}
			clock.advance(INTO_REFRESH_WINDOW);

			assertThatExceptionOfType(ReauthenticationTimeoutException.class).isThrownBy(observer::getTokens);

			assertThat(observer.currentUserState()).isEqualTo(UserState.SIGNED_OUT_USER_POOLS_TOKEN_INVALID);
			RecordedSessionEvents events = second.getBean(RecordedSessionEvents.class);
			assertThat(events.ofType(UserStateChangedEvent.class)).singleElement().satisfies((event) -> {
				assertThat(event.getPreviousState()).isEqualTo(UserState.SIGNED_IN);
				assertThat(event.getState()).isEqualTo(UserState.SIGNED_OUT_USER_POOLS_TOKEN_INVALID);
				assertThat(event.getUsername()).isEqualTo("carol");
				assertThat(event.getCause()).isNotNull();
				assertThat(event.toString()).doesNotContain(tokens.getRefreshToken());
			});
			assertThat(events.ofType(TokenRefreshFailedEvent.class)).singleElement()
				.satisfies((event) -> assertThat(event.getException().getMessage())
					.doesNotContain(tokens.getRefreshToken()));
			// The first manager finds out on its own next refresh.
			assertThatExceptionOfType(ReauthenticationTimeoutException.class).isThrownBy(signedIn::getTokens);
			assertThat(first.getBean(RecordedSessionEvents.class).transitions())
				.containsExactly("SIGNED_OUT -> SIGNED_IN", "SIGNED_IN -> SIGNED_OUT_USER_POOLS_TOKEN_INVALID");
		}));
	}

	@Test
	void getTokensWhenAnotherManagerSharingTheStoreSignedOutThenSignedOutInsteadOfRestoringTheSession() {
		Provisioned setup = cognito.provision().user("dave", PASSWORD).create();
		runner(setup, "cli.bin").run((cli) -> runner(setup, "cli.bin").run((longRunning) -> {
			CognitoSessionManager signingOut = cli.getBean(CognitoSessionManager.class);
			CognitoSessionManager observer = longRunning.getBean(CognitoSessionManager.class);
			signingOut.signIn("dave", PASSWORD);
			observer.getTokens();

			signingOut.signOut();
			clock.advance(INTO_REFRESH_WINDOW);

			assertThatExceptionOfType(NotSignedInException.class).isThrownBy(observer::getTokens);
			assertThat(observer.currentUserState()).isEqualTo(UserState.SIGNED_OUT);
			assertThat(longRunning.getBean(RecordedSessionEvents.class).transitions())
				.containsExactly("SIGNED_IN -> SIGNED_OUT");
		}));
		assertThat(this.directory.resolve("cli.bin")).doesNotExist();
		runner(setup, "cli.bin")
			.run((context) -> assertThat(context.getBean(CognitoSessionManager.class).currentUserState())
				.isEqualTo(UserState.SIGNED_OUT));
	}

	private static void assertRefreshRejected(Provisioned setup, String refreshToken) {
		try (CognitoIdentityProviderClient client = SessionContexts.userPools(cognito.cognito())) {
			assertThatExceptionOfType(AwsServiceException.class)
				.isThrownBy(() -> client.getTokensFromRefreshToken((request) -> request.clientId(setup.clientId())
					.clientSecret(setup.clientSecret())
					.refreshToken(refreshToken)))
				.satisfies((ex) -> assertThat(ex.awsErrorDetails().errorCode()).isEqualTo("NotAuthorizedException"));
		}
	}

	private ApplicationContextRunner runner(Provisioned setup, String storeFile) {
		return SessionContexts.runner(setup, clock, this.directory.resolve(storeFile),
				"cognito.session.reauthentication-timeout=0");
	}

}
