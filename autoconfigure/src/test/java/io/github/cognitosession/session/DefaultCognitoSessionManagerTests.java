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

import java.io.IOException;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.CyclicBarrier;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;

import io.github.cognitosession.state.UserState;
import io.github.cognitosession.event.TokenRefreshFailedEvent;
import io.github.cognitosession.event.TokensRefreshedEvent;
import io.github.cognitosession.event.UserStateChangedEvent;
import io.github.cognitosession.exception.CognitoUnavailableException;
import io.github.cognitosession.exception.InvalidSessionStateException;
import io.github.cognitosession.exception.InvalidTokenException;
import io.github.cognitosession.exception.NotSignedInException;
import io.github.cognitosession.exception.ReauthenticationTimeoutException;
import io.github.cognitosession.exception.SignInWaitReleasedException;
import io.github.cognitosession.exception.ThrottledException;
import io.github.cognitosession.signin.AuthenticationOutcome;
import io.github.cognitosession.signin.PendingChallenge;
import io.github.cognitosession.signin.RawTokens;
import io.github.cognitosession.signin.SignInResult;
import io.github.cognitosession.signin.SignInStep;
import io.github.cognitosession.store.SessionRecord;
import io.github.cognitosession.store.SessionStoreException;
import io.github.cognitosession.token.CognitoToken;
import io.github.cognitosession.token.CognitoTokens;
import io.github.cognitosession.token.RefreshedTokens;
import io.github.cognitosession.token.TestTokens;
import io.github.cognitosession.token.TokenRefresher;
import io.github.cognitosession.token.TokenVerifier;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import software.amazon.awssdk.awscore.exception.AwsErrorDetails;
import software.amazon.awssdk.core.exception.SdkClientException;
import software.amazon.awssdk.services.cognitoidentityprovider.model.NotAuthorizedException;
import software.amazon.awssdk.services.cognitoidentityprovider.model.TooManyRequestsException;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatExceptionOfType;
import static org.awaitility.Awaitility.await;

/**
 * Tests for {@link DefaultCognitoSessionManager}.
 *
 * @author Cognito Session contributors
 */
class DefaultCognitoSessionManagerTests {

	private final SessionFixture fixture = new SessionFixture();

	private final ExecutorService executor = Executors.newCachedThreadPool();

	@AfterEach
	void stopThreads() {
		this.executor.shutdownNow();
	}

	private DefaultCognitoSessionManager signedIn(TokenRefresher refresher) {
		return signedIn(this.fixture.builder(refresher).build());
	}

	private DefaultCognitoSessionManager signedIn(DefaultCognitoSessionManager manager) {
		this.fixture.authenticator
			.then(new AuthenticationOutcome.Authenticated(this.fixture.rawTokens("alice", "refresh-token-1")));
		assertThat(manager.signIn("alice@example.com", "password").isDone()).isTrue();
		this.fixture.events.events.clear();
		return manager;
	}

	private static NotAuthorizedException revoked() {
		return (NotAuthorizedException) NotAuthorizedException.builder()
			.message("Refresh Token has been revoked")
			.awsErrorDetails(AwsErrorDetails.builder().errorCode("NotAuthorizedException").build())
			.statusCode(400)
			.build();
	}

	private static TooManyRequestsException throttled() {
		return (TooManyRequestsException) TooManyRequestsException.builder()
			.message("Rate exceeded")
			.awsErrorDetails(AwsErrorDetails.builder().errorCode("TooManyRequestsException").build())
			.statusCode(400)
			.build();
	}

	@Test
	void signInWhenAuthenticatedThenSignedInWithOneEventAndRecordSaved() {
		DefaultCognitoSessionManager manager = this.fixture.manager(this.fixture.refresher(false));
		RawTokens raw = this.fixture.rawTokens("alice", "refresh-token-1");
		this.fixture.authenticator.then(new AuthenticationOutcome.Authenticated(raw));
		SignInResult result = manager.signIn("alice@example.com", "password");
		assertThat(result.isDone()).isTrue();
		assertThat(manager.currentUserState()).isEqualTo(UserState.SIGNED_IN);
		assertThat(manager.isSignedIn()).isTrue();
		assertThat(manager.getUsername()).isEqualTo("alice");
		assertThat(manager.getUserSub()).isEqualTo(TestTokens.SUB);
		SessionRecord record = this.fixture.store.record();
		assertThat(record.getState()).isEqualTo(UserState.SIGNED_IN);
		assertThat(record.getUsername()).isEqualTo("alice");
		assertThat(record.getIdToken()).isEqualTo(raw.idToken());
		assertThat(record.getRefreshToken()).isEqualTo("refresh-token-1");
		List<UserStateChangedEvent> changes = this.fixture.events.eventsOfType(UserStateChangedEvent.class);
		assertThat(changes).singleElement().satisfies((event) -> {
			assertThat(event.getPreviousState()).isEqualTo(UserState.SIGNED_OUT);
			assertThat(event.getState()).isEqualTo(UserState.SIGNED_IN);
			assertThat(event.getUsername()).isEqualTo("alice");
			assertThat(event.getCause()).isNull();
			assertThat(event.getSource()).isSameAs(manager);
		});
	}

	@Test
	void signInWhenChallengeThenConfirmSignInAnswersItAndCompletes() {
		DefaultCognitoSessionManager manager = this.fixture.manager(this.fixture.refresher(false));
		PendingChallenge challenge = new PendingChallenge("SOFTWARE_TOKEN_MFA", "opaque-session", "alice",
				Map.of("FRIENDLY_DEVICE_NAME", "phone"));
		this.fixture.authenticator.then(new AuthenticationOutcome.ChallengeRequired(challenge))
			.then(new AuthenticationOutcome.Authenticated(this.fixture.rawTokens("alice", "refresh-token-1")));
		SignInResult first = manager.signIn("alice", "password");
		assertThat(first.getNextStep()).isEqualTo(SignInStep.SOFTWARE_TOKEN_MFA);
		assertThat(first.getParameters()).containsEntry("FRIENDLY_DEVICE_NAME", "phone");
		assertThat(manager.currentUserState()).isEqualTo(UserState.SIGNED_OUT);
		assertThat(manager.confirmSignIn("123456").isDone()).isTrue();
		assertThat(this.fixture.authenticator.lastAnsweredChallenge).isEqualTo(challenge);
		assertThat(this.fixture.authenticator.lastAnswer).isEqualTo("123456");
		assertThat(manager.isSignedIn()).isTrue();
		assertThatExceptionOfType(InvalidSessionStateException.class).isThrownBy(() -> manager.confirmSignIn("1"));
	}

	@Test
	void confirmSignInWhenNoChallengePendingThenInvalidSessionState() {
		DefaultCognitoSessionManager manager = this.fixture.manager(this.fixture.refresher(false));
		assertThatExceptionOfType(InvalidSessionStateException.class).isThrownBy(() -> manager.confirmSignIn("123"))
			.withMessageContaining("signIn");
	}

	@Test
	void signInWhenTokenForAnotherClientThenRejectedAndNothingStored() {
		DefaultCognitoSessionManager manager = this.fixture.manager(this.fixture.refresher(false));
		String wrongAudience = this.fixture.idTokenForAnotherClient();
		RawTokens raw = this.fixture.rawTokens("alice", "refresh-token-1");
		this.fixture.authenticator
			.then(new AuthenticationOutcome.Authenticated(new RawTokens(wrongAudience, raw.accessToken(), "refresh")));
		assertThatExceptionOfType(InvalidTokenException.class).isThrownBy(() -> manager.signIn("alice", "password"))
			.satisfies((ex) -> assertThat(ex.getReason()).isEqualTo(InvalidTokenException.Reason.AUDIENCE));
		assertThat(manager.currentUserState()).isEqualTo(UserState.SIGNED_OUT);
		assertThat(this.fixture.store.record()).isNull();
		assertThat(this.fixture.events.events).isEmpty();
	}

	@Test
	void getTokensWhenFreshThenCachedTokensWithoutRefresh() {
		DefaultCognitoSessionManager manager = signedIn(this.fixture.refresher(false));
		this.fixture.clock.advance(Duration.ofMinutes(54));
		CognitoTokens first = manager.getTokens();
		assertThat(manager.getTokens()).isSameAs(first);
		assertThat(this.fixture.refreshCalls).hasValue(0);
	}

	@Test
	void getTokensWhenExpiringWithinRefreshAheadThenRefreshedKeepingRefreshToken() {
		DefaultCognitoSessionManager manager = signedIn(this.fixture.refresher(false));
		CognitoTokens before = manager.getTokens();
		this.fixture.clock.advance(Duration.ofMinutes(56));
		CognitoTokens after = manager.getTokens();
		assertThat(this.fixture.refreshCalls).hasValue(1);
		assertThat(after.getIdToken()).isNotEqualTo(before.getIdToken());
		assertThat(after.getExpiresAt()).isEqualTo(this.fixture.clock.instant().plus(SessionFixture.LIFETIME));
		assertThat(after.getRefreshToken()).isEqualTo("refresh-token-1");
		assertThat(this.fixture.store.record().getIdToken()).isEqualTo(after.getIdToken().getTokenValue());
		assertThat(this.fixture.store.record().getRefreshToken()).isEqualTo("refresh-token-1");
		assertThat(this.fixture.events.eventsOfType(TokensRefreshedEvent.class)).singleElement().satisfies((event) -> {
			assertThat(event.getUsername()).isEqualTo("alice");
			assertThat(event.isRefreshTokenRotated()).isFalse();
			assertThat(event.getExpiresAt()).isEqualTo(after.getExpiresAt());
		});
		assertThat(this.fixture.events.eventsOfType(UserStateChangedEvent.class)).isEmpty();
	}

	@Test
	void getTokensWhenRotationThenNewRefreshTokenKeptAndPersisted() {
		DefaultCognitoSessionManager manager = signedIn(this.fixture.refresher(true));
		this.fixture.clock.advance(Duration.ofMinutes(56));
		CognitoTokens after = manager.getTokens();
		assertThat(after.getRefreshToken()).isEqualTo("refresh-token-2");
		assertThat(this.fixture.store.record().getRefreshToken()).isEqualTo("refresh-token-2");
		assertThat(this.fixture.events.eventsOfType(TokensRefreshedEvent.class)).singleElement()
			.satisfies((event) -> assertThat(event.isRefreshTokenRotated()).isTrue());
	}

	@Test
	void getTokensWhenAnotherProcessRotatedTheStoredTokensThenAdoptedWithoutRefresh() {
		DefaultCognitoSessionManager first = signedIn(this.fixture.refresher(true));
		DefaultCognitoSessionManager second = this.fixture.manager(this.fixture.refresher(true));
		assertThat(second.getTokens().getRefreshToken()).isEqualTo("refresh-token-1");
		this.fixture.clock.advance(Duration.ofMinutes(56));
		assertThat(first.getTokens().getRefreshToken()).isEqualTo("refresh-token-2");
		CognitoTokens adopted = second.getTokens();
		assertThat(adopted.getRefreshToken()).isEqualTo("refresh-token-2");
		assertThat(adopted.getIdToken()).isEqualTo(first.getTokens().getIdToken());
		assertThat(this.fixture.refreshCalls).hasValue(1);
	}

	@Test
	void getTokensWhenAnotherProcessSignedOutOfTheSharedStoreThenSignedOutWithoutRefreshing() {
		DefaultCognitoSessionManager first = signedIn(this.fixture.refresher(false));
		DefaultCognitoSessionManager second = this.fixture.manager(this.fixture.refresher(false));
		assertThat(second.getTokens().getRefreshToken()).isEqualTo("refresh-token-1");
		first.signOut();
		this.fixture.events.events.clear();
		this.fixture.clock.advance(Duration.ofMinutes(56));

		assertThatExceptionOfType(NotSignedInException.class).isThrownBy(second::getTokens);

		assertThat(this.fixture.refreshCalls).hasValue(0);
		assertThat(second.currentUserState()).isEqualTo(UserState.SIGNED_OUT);
		assertThat(this.fixture.store.record()).isNull();
		assertThat(this.fixture.events.eventsOfType(UserStateChangedEvent.class)).singleElement().satisfies((event) -> {
			assertThat(event.getSource()).isSameAs(second);
			assertThat(event.getPreviousState()).isEqualTo(UserState.SIGNED_IN);
			assertThat(event.getState()).isEqualTo(UserState.SIGNED_OUT);
		});
	}

	@Test
	void getTokensWhenStoreUnreadableAtRefreshThenRefreshedAndSessionKept() {
		AtomicBoolean unreadable = new AtomicBoolean();
		DefaultCognitoSessionManager manager = signedIn(
				this.fixture.builder(this.fixture.refresher(false)).sessionRepository(new TestSessionRepository() {
					@Override
					public Optional<SessionRecord> load(String key) {
						if (unreadable.get()) {
							throw new SessionStoreException("Cannot read /tmp/session.bin",
									new IOException("Input/output error"));
						}
						return super.load(key);
					}
				}).build());
		manager.getTokens();
		unreadable.set(true);
		this.fixture.clock.advance(Duration.ofMinutes(56));

		CognitoTokens refreshed = manager.getTokens();

		assertThat(this.fixture.refreshCalls).hasValue(1);
		assertThat(refreshed.getExpiresAt()).isEqualTo(this.fixture.clock.instant().plus(SessionFixture.LIFETIME));
		assertThat(manager.currentUserState()).isEqualTo(UserState.SIGNED_IN);
	}

	@Test
	void getTokensWhenForcedThenRefreshedEvenIfFresh() {
		DefaultCognitoSessionManager manager = signedIn(this.fixture.refresher(false));
		CognitoTokens before = manager.getTokens();
		CognitoTokens after = manager.getTokens(true);
		assertThat(this.fixture.refreshCalls).hasValue(1);
		assertThat(after).isNotSameAs(before);
	}

	@Test
	void getTokensWhenShortLivedTokensThenRefreshAheadClampedToHalfTheirLifetime() {
		DefaultCognitoSessionManager manager = this.fixture.manager(this.fixture.refresher(false));
		RawTokens shortLived = new RawTokens(
				this.fixture.tokens.idToken("alice", SessionFixture.START, Duration.ofMinutes(5)).sign(),
				this.fixture.tokens.accessToken("alice", SessionFixture.START, Duration.ofMinutes(5)).sign(),
				"refresh-token-1");
		this.fixture.authenticator.then(new AuthenticationOutcome.Authenticated(shortLived));
		manager.signIn("alice", "password");
		this.fixture.clock.advance(Duration.ofSeconds(149));
		manager.getTokens();
		assertThat(this.fixture.refreshCalls).hasValue(0);
		this.fixture.clock.advance(Duration.ofSeconds(1));
		manager.getTokens();
		assertThat(this.fixture.refreshCalls).hasValue(1);
	}

	@Test
	void getTokensWhen32ConcurrentCallersAtExpiryThenExactlyOneRefresh() throws Exception {
		CountDownLatch refreshStarted = new CountDownLatch(1);
		CountDownLatch finishRefresh = new CountDownLatch(1);
		TokenRefresher slow = this.fixture.refresher(true);
		TokenRefresher blocking = (username, refreshToken, deviceKey) -> {
			refreshStarted.countDown();
			awaitLatch(finishRefresh);
			return slow.refresh(username, refreshToken, deviceKey);
		};
		DefaultCognitoSessionManager manager = signedIn(blocking);
		this.fixture.clock.advance(SessionFixture.LIFETIME);
		int callers = 32;
		CyclicBarrier start = new CyclicBarrier(callers);
		List<Future<CognitoTokens>> results = new ArrayList<>();
		for (int i = 0; i < callers; i++) {
			results.add(this.executor.submit(() -> {
				start.await(10, TimeUnit.SECONDS);
				return manager.getTokens();
			}));
		}
		assertThat(refreshStarted.await(10, TimeUnit.SECONDS)).isTrue();
		finishRefresh.countDown();
		List<CognitoTokens> tokens = new ArrayList<>();
		for (Future<CognitoTokens> result : results) {
			tokens.add(result.get(10, TimeUnit.SECONDS));
		}
		assertThat(this.fixture.refreshCalls).hasValue(1);
		assertThat(tokens).allSatisfy((each) -> assertThat(each.getRefreshToken()).isEqualTo("refresh-token-2"));
		assertThat(tokens.stream().map((each) -> each.getIdToken().getTokenValue()).distinct()).hasSize(1);
		assertThat(this.fixture.events.eventsOfType(TokensRefreshedEvent.class)).hasSize(1);
	}

	@Test
	void getTokensWhenRefreshTokenRevokedThenTokenInvalidStateWithEventsAndUsernameKept() {
		NotAuthorizedException revoked = revoked();
		DefaultCognitoSessionManager manager = signedIn(this.fixture.builder((username, token, deviceKey) -> {
			throw revoked;
		}).reauthenticationTimeout(Duration.ZERO).build());
		this.fixture.clock.advance(SessionFixture.LIFETIME);
		assertThatExceptionOfType(ReauthenticationTimeoutException.class).isThrownBy(manager::getTokens);
		assertThat(manager.currentUserState()).isEqualTo(UserState.SIGNED_OUT_USER_POOLS_TOKEN_INVALID);
		assertThat(manager.isSignedIn()).isFalse();
		assertThat(manager.getUsername()).isEqualTo("alice");
		SessionRecord record = this.fixture.store.record();
		assertThat(record.getState()).isEqualTo(UserState.SIGNED_OUT_USER_POOLS_TOKEN_INVALID);
		assertThat(record.getUsername()).isEqualTo("alice");
		assertThat(record.hasUserPoolTokens()).isFalse();
		assertThat(record.getIdToken()).isNull();
		assertThat(this.fixture.events.eventsOfType(TokenRefreshFailedEvent.class)).singleElement()
			.satisfies((event) -> assertThat(event.getException()).isSameAs(revoked));
		assertThat(this.fixture.events.eventsOfType(UserStateChangedEvent.class)).singleElement().satisfies((event) -> {
			assertThat(event.getPreviousState()).isEqualTo(UserState.SIGNED_IN);
			assertThat(event.getState()).isEqualTo(UserState.SIGNED_OUT_USER_POOLS_TOKEN_INVALID);
			assertThat(event.getUsername()).isEqualTo("alice");
			assertThat(event.getCause()).isSameAs(revoked);
		});
	}

	@Test
	void getTokensWhenNetworkErrorAndTokensStillValidThenServedAndStateKept() {
		DefaultCognitoSessionManager manager = signedIn((username, token, deviceKey) -> {
			throw SdkClientException.create("Connection reset");
		});
		CognitoTokens before = manager.getTokens();
		this.fixture.clock.advance(Duration.ofMinutes(58));
		assertThat(manager.getTokens()).isSameAs(before);
		assertThat(manager.currentUserState()).isEqualTo(UserState.SIGNED_IN);
		assertThat(this.fixture.store.record().hasUserPoolTokens()).isTrue();
		assertThat(this.fixture.events.eventsOfType(TokenRefreshFailedEvent.class)).hasSize(1);
		assertThat(this.fixture.events.eventsOfType(UserStateChangedEvent.class)).isEmpty();
	}

	@Test
	void getTokensWhenNetworkErrorAndTokensExpiredThenUnavailableAndSessionKept() {
		DefaultCognitoSessionManager manager = signedIn((username, token, deviceKey) -> {
			throw SdkClientException.create("Connection reset");
		});
		this.fixture.clock.advance(SessionFixture.LIFETIME.plusMinutes(2));
		assertThatExceptionOfType(CognitoUnavailableException.class).isThrownBy(manager::getTokens)
			.withCauseInstanceOf(SdkClientException.class);
		assertThat(manager.currentUserState()).isEqualTo(UserState.SIGNED_IN);
		assertThat(this.fixture.store.record().getRefreshToken()).isEqualTo("refresh-token-1");
	}

	@Test
	void getTokensWhenThrottledThenValidTokensServedElseThrottledAndStateKept() {
		DefaultCognitoSessionManager manager = signedIn((username, token, deviceKey) -> {
			throw throttled();
		});
		this.fixture.clock.advance(Duration.ofMinutes(58));
		assertThat(manager.getTokens().getRefreshToken()).isEqualTo("refresh-token-1");
		this.fixture.clock.advance(Duration.ofMinutes(5));
		assertThatExceptionOfType(ThrottledException.class).isThrownBy(manager::getTokens);
		assertThat(manager.currentUserState()).isEqualTo(UserState.SIGNED_IN);
		assertThat(this.fixture.events.eventsOfType(UserStateChangedEvent.class)).isEmpty();
	}

	@Test
	void getTokensWhenSignedOutThenNotSignedIn() {
		DefaultCognitoSessionManager manager = this.fixture.manager(this.fixture.refresher(false));
		assertThatExceptionOfType(NotSignedInException.class).isThrownBy(manager::getTokens)
			.withMessageContaining("SIGNED_OUT");
	}

	private DefaultCognitoSessionManager invalidated(Duration reauthenticationTimeout) {
		this.fixture.store.record(
				SessionRecord.builder().state(UserState.SIGNED_OUT_USER_POOLS_TOKEN_INVALID).username("alice").build());
		DefaultCognitoSessionManager manager = this.fixture.builder(this.fixture.refresher(false))
			.reauthenticationTimeout(reauthenticationTimeout)
			.build();
		assertThat(manager.initialize()).isEqualTo(UserState.SIGNED_OUT_USER_POOLS_TOKEN_INVALID);
		return manager;
	}

	private Future<CognitoTokens> waitingCaller(DefaultCognitoSessionManager manager) {
		Future<CognitoTokens> result = this.executor.submit(() -> manager.getTokens());
		// counted inside its wait: what happens next reaches it
		await().atMost(Duration.ofSeconds(10)).until(() -> manager.threadsWaitingForSignIn() == 1);
		return result;
	}

	@Test
	void getTokensWhenTokenInvalidAndWaitReleasedThenSignInWaitReleased() {
		DefaultCognitoSessionManager manager = invalidated(Duration.ofSeconds(30));
		Future<CognitoTokens> waiter = waitingCaller(manager);
		manager.releaseSignInWait();
		assertThatExceptionOfType(ExecutionException.class).isThrownBy(() -> waiter.get(10, TimeUnit.SECONDS))
			.withCauseInstanceOf(SignInWaitReleasedException.class);
		assertThat(manager.currentUserState()).isEqualTo(UserState.SIGNED_OUT_USER_POOLS_TOKEN_INVALID);
	}

	@Test
	void getTokensWhenTokenInvalidAndUserSignsInThenWaiterGetsNewTokens() throws Exception {
		DefaultCognitoSessionManager manager = invalidated(Duration.ofSeconds(30));
		Future<CognitoTokens> waiter = waitingCaller(manager);
		RawTokens fresh = this.fixture.rawTokens("alice", "refresh-token-9");
		this.fixture.authenticator.then(new AuthenticationOutcome.Authenticated(fresh));
		manager.signIn("alice", "password");
		CognitoTokens tokens = waiter.get(10, TimeUnit.SECONDS);
		assertThat(tokens.getRefreshToken()).isEqualTo("refresh-token-9");
		assertThat(tokens.getIdToken().getTokenValue()).isEqualTo(fresh.idToken());
		assertThat(this.fixture.events.eventsOfType(UserStateChangedEvent.class)).last()
			.satisfies((event) -> assertThat(event.getState()).isEqualTo(UserState.SIGNED_IN));
	}

	@Test
	void getTokensWhenTokenInvalidAndUserSignsOutThenWaitReleased() {
		DefaultCognitoSessionManager manager = invalidated(Duration.ofSeconds(30));
		Future<CognitoTokens> waiter = waitingCaller(manager);
		manager.signOut();
		assertThatExceptionOfType(ExecutionException.class).isThrownBy(() -> waiter.get(10, TimeUnit.SECONDS))
			.withCauseInstanceOf(SignInWaitReleasedException.class);
		assertThat(manager.currentUserState()).isEqualTo(UserState.SIGNED_OUT);
	}

	@Test
	void getTokensWhenTokenInvalidAndNobodySignsInThenTimesOut() {
		DefaultCognitoSessionManager manager = invalidated(Duration.ofMillis(200));
		assertThatExceptionOfType(ReauthenticationTimeoutException.class).isThrownBy(manager::getTokens)
			.withMessageContaining("200 ms");
	}

	@Test
	void initializeWhenSignedInRecordStoredThenRestoredWithoutNetwork() {
		DefaultCognitoSessionManager first = signedIn(this.fixture.refresher(false));
		CognitoTokens tokens = first.getTokens();
		TokenVerifier noVerifier = new TokenVerifier() {
			@Override
			public CognitoToken verifyIdToken(String idToken) {
				throw new AssertionError("no verification expected");
			}

			@Override
			public CognitoToken verifyAccessToken(String accessToken) {
				throw new AssertionError("no verification expected");
			}
		};
		DefaultCognitoSessionManager restarted = this.fixture.builder((username, token, deviceKey) -> {
			throw new AssertionError("no refresh expected");
		}).tokenVerifier(noVerifier).build();
		assertThat(restarted.initialize()).isEqualTo(UserState.SIGNED_IN);
		assertThat(restarted.getUsername()).isEqualTo("alice");
		assertThat(restarted.getUserSub()).isEqualTo(TestTokens.SUB);
		assertThat(restarted.getTokens().getIdToken()).isEqualTo(tokens.getIdToken());
		assertThat(restarted.getTokens().getRefreshToken()).isEqualTo("refresh-token-1");
		assertThat(this.fixture.events.events).isEmpty();
	}

	@Test
	void initializeWhenStoredTokensExpiredThenSignedInAndRefreshedOnUse() {
		signedIn(this.fixture.refresher(false));
		this.fixture.clock.advance(Duration.ofDays(2));
		DefaultCognitoSessionManager restarted = this.fixture.manager(this.fixture.refresher(false));
		assertThat(restarted.initialize()).isEqualTo(UserState.SIGNED_IN);
		assertThat(this.fixture.refreshCalls).hasValue(0);
		assertThat(restarted.getTokens().getExpiresAt()).isAfter(this.fixture.clock.instant());
		assertThat(this.fixture.refreshCalls).hasValue(1);
	}

	@Test
	void initializeWhenTokenInvalidRecordStoredThenThatStateAndUsername() {
		this.fixture.store.record(
				SessionRecord.builder().state(UserState.SIGNED_OUT_USER_POOLS_TOKEN_INVALID).username("alice").build());
		DefaultCognitoSessionManager manager = this.fixture.manager(this.fixture.refresher(false));
		assertThat(manager.initialize()).isEqualTo(UserState.SIGNED_OUT_USER_POOLS_TOKEN_INVALID);
		assertThat(manager.getUsername()).isEqualTo("alice");
		assertThat(manager.getUserSub()).isNull();
	}

	@Test
	void initializeWhenStoreEmptyThenSignedOut() {
		DefaultCognitoSessionManager manager = this.fixture.manager(this.fixture.refresher(false));
		assertThat(manager.initialize()).isEqualTo(UserState.SIGNED_OUT);
		assertThat(manager.getUsername()).isNull();
		assertThat(manager.getUserSub()).isNull();
	}

	@Test
	void initializeWhenStoreUnreadableThenSignedOut() {
		DefaultCognitoSessionManager manager = this.fixture.builder(this.fixture.refresher(false))
			.sessionRepository(new TestSessionRepository() {
				@Override
				public Optional<SessionRecord> load(String key) {
					throw new SessionStoreException("Cannot read /tmp/session.bin",
							new IOException("Permission denied"));
				}
			})
			.build();
		assertThat(manager.initialize()).isEqualTo(UserState.SIGNED_OUT);
		assertThat(this.fixture.events.events).isEmpty();
	}

	@Test
	void getTokensWhenRefreshedTokensFailVerificationThenStateKept() {
		String foreign = this.fixture.idTokenForAnotherClient();
		DefaultCognitoSessionManager manager = signedIn((username, token, deviceKey) -> new RefreshedTokens(foreign,
				this.fixture.rawTokens("alice", null).accessToken(), token, false));
		this.fixture.clock.advance(Duration.ofMinutes(56));
		assertThat(manager.getTokens().getRefreshToken()).isEqualTo("refresh-token-1");
		this.fixture.clock.advance(Duration.ofMinutes(10));
		assertThatExceptionOfType(InvalidTokenException.class).isThrownBy(manager::getTokens)
			.satisfies((ex) -> assertThat(ex.getReason()).isEqualTo(InvalidTokenException.Reason.AUDIENCE));
		assertThat(manager.currentUserState()).isEqualTo(UserState.SIGNED_IN);
		assertThat(this.fixture.store.record().getRefreshToken()).isEqualTo("refresh-token-1");
	}

	@Test
	void signOutWhenSignedInThenStoreClearedAndOneEvent() {
		DefaultCognitoSessionManager manager = signedIn(this.fixture.refresher(false));
		manager.signOut();
		manager.signOut();
		assertThat(manager.currentUserState()).isEqualTo(UserState.SIGNED_OUT);
		assertThat(this.fixture.store.record()).isNull();
		assertThatExceptionOfType(NotSignedInException.class).isThrownBy(manager::getTokens);
		assertThat(this.fixture.events.eventsOfType(UserStateChangedEvent.class)).singleElement().satisfies((event) -> {
			assertThat(event.getPreviousState()).isEqualTo(UserState.SIGNED_IN);
			assertThat(event.getState()).isEqualTo(UserState.SIGNED_OUT);
			assertThat(event.getUsername()).isEqualTo("alice");
		});
	}

	@Test
	void signOutWhenRemoteSignOutNotConfiguredThenReportedAndSignedOutLocally() {
		DefaultCognitoSessionManager manager = signedIn(this.fixture.refresher(false));
		SignOutResult result = manager.signOut(new SignOutOptions(true, true));
		assertThat(result.isComplete()).isFalse();
		assertThat(result.globalSignOutDone()).isFalse();
		assertThat(result.tokenRevoked()).isFalse();
		assertThat(manager.currentUserState()).isEqualTo(UserState.SIGNED_OUT);
		assertThat(this.fixture.store.record()).isNull();
	}

	@Test
	void signInWhenSameUserSignsInAgainThenNoStateEvent() {
		DefaultCognitoSessionManager manager = signedIn(this.fixture.refresher(false));
		this.fixture.authenticator
			.then(new AuthenticationOutcome.Authenticated(this.fixture.rawTokens("alice", "refresh-token-5")));
		manager.signIn("alice", "password");
		assertThat(this.fixture.events.eventsOfType(UserStateChangedEvent.class)).isEmpty();
		assertThat(manager.getTokens().getRefreshToken()).isEqualTo("refresh-token-5");
	}

	@Test
	void toStringWhenSessionActiveThenNoSecretAnywhere() {
		NotAuthorizedException revoked = revoked();
		DefaultCognitoSessionManager manager = signedIn(this.fixture.builder((username, token, deviceKey) -> {
			throw revoked;
		}).reauthenticationTimeout(Duration.ZERO).build());
		CognitoTokens tokens = manager.getTokens();
		this.fixture.clock.advance(SessionFixture.LIFETIME);
		assertThatExceptionOfType(ReauthenticationTimeoutException.class).isThrownBy(manager::getTokens)
			.satisfies((ex) -> assertNoSecret(ex.getMessage(), tokens));
		List<Object> printed = new ArrayList<>(this.fixture.events.events);
		printed.add(manager);
		printed.add(tokens);
		printed.add(tokens.getIdToken());
		printed.add(this.fixture.store.record());
		assertThat(printed).isNotEmpty().allSatisfy((each) -> assertNoSecret(String.valueOf(each), tokens));
	}

	private static void assertNoSecret(String text, CognitoTokens tokens) {
		assertThat(text).doesNotContain(tokens.getIdToken().getTokenValue())
			.doesNotContain(tokens.getAccessToken().getTokenValue())
			.doesNotContain(tokens.getRefreshToken())
			.doesNotContain("eyJ");
	}

	private static void awaitLatch(CountDownLatch latch) {
		try {
			assertThat(latch.await(10, TimeUnit.SECONDS)).isTrue();
		}
		catch (InterruptedException ex) {
			Thread.currentThread().interrupt();
			throw new IllegalStateException(ex);
		}
	}

}
