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
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicReference;

import com.github.tomakehurst.wiremock.junit5.WireMockExtension;
import com.github.tomakehurst.wiremock.matching.StringValuePattern;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import software.amazon.awssdk.services.cognitoidentity.CognitoIdentityClient;

import org.springframework.mock.web.MockHttpSession;

import io.github.cognitosession.state.UserState;
import io.github.cognitosession.credentials.DefaultIdentityPoolOperations;
import io.github.cognitosession.credentials.SessionCredentialsProvider;
import io.github.cognitosession.credentials.FederatedTokenRejectedException;
import io.github.cognitosession.credentials.GuestAccessNotAllowedException;
import io.github.cognitosession.exception.NotSignedInException;
import io.github.cognitosession.exception.ReauthenticationTimeoutException;
import io.github.cognitosession.refresh.ManualScheduler;
import io.github.cognitosession.signin.AuthenticationOutcome;
import io.github.cognitosession.signin.RawTokens;
import io.github.cognitosession.token.TestTokens;
import io.github.cognitosession.store.SessionRepository;
import io.github.cognitosession.web.HttpSessionKeyResolver;
import io.github.cognitosession.web.HttpSessionSessionRepository;

import static com.github.tomakehurst.wiremock.client.WireMock.equalTo;
import static com.github.tomakehurst.wiremock.client.WireMock.matchingJsonPath;
import static com.github.tomakehurst.wiremock.client.WireMock.notContaining;
import static io.github.cognitosession.session.HttpSessionRequests.inRequest;
import static io.github.cognitosession.session.HttpSessionRequests.record;
import static io.github.cognitosession.session.IdentityPoolStubs.USER_POOL_LOGIN;
import static io.github.cognitosession.session.IdentityPoolStubs.credentials;
import static io.github.cognitosession.session.IdentityPoolStubs.identityPool;
import static io.github.cognitosession.session.IdentityPoolStubs.identityId;
import static io.github.cognitosession.session.IdentityPoolStubs.operation;
import static io.github.cognitosession.session.IdentityPoolStubs.requested;
import static io.github.cognitosession.session.IdentityPoolStubs.tokenExpired;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatExceptionOfType;
import static org.assertj.core.api.Assertions.assertThatIllegalStateException;
import static org.awaitility.Awaitility.await;

/**
 * Tests for {@link DefaultCognitoSessionManager#getCredentials()} and
 * {@link DefaultCognitoSessionManager#getIdentityId()} in a web application, where a
 * {@link SessionCredentialsProvider} caches every user's credentials per identity: many
 * users' calls share that cache. Cognito Identity is stubbed with WireMock; requests are
 * bound to the thread as the servlet container binds them.
 *
 * @author Cognito Session contributors
 */
class SessionManagerPerIdentityCredentialsTests {

	private static final String GOOGLE = "accounts.google.com";

	private static final String ALICE_ID = "us-east-1:00000000-0000-0000-0000-0000000alice";

	private static final String BOB_ID = "us-east-1:00000000-0000-0000-0000-00000000bob";

	private static final String GUEST_ID = "us-east-1:00000000-0000-0000-0000-000000guest";

	@RegisterExtension
	static WireMockExtension identity = IdentityPoolStubs.wireMock();

	private final SessionFixture fixture = new SessionFixture();

	private final CognitoIdentityClient client = IdentityPoolStubs.client(identity);

	private final ManualScheduler scheduler = new ManualScheduler(this.fixture.clock);

	private DefaultCognitoSessionManager manager;

	private SessionCredentialsProvider provider;

	@AfterEach
	void close() {
		if (this.manager != null) {
			this.manager.close();
		}
		this.client.close();
	}

	/** The user scope of a web application. */
	private void start(boolean guestAccess) {
		start(new HttpSessionKeyResolver(), new HttpSessionSessionRepository(), guestAccess, Duration.ZERO);
	}

	private void start(SessionKeyResolver keys, SessionRepository repository, boolean guestAccess,
			Duration reauthenticationTimeout) {
		this.manager = this.fixture.builder(this.fixture.refresher(false))
			.sessionKeyResolver(keys)
			.sessionRepository(repository)
			.identityPool(identityPool(this.client, this.fixture.clock).scheduler(this.scheduler)::build)
			.guestAccess(guestAccess)
			.reauthenticationTimeout(reauthenticationTimeout)
			.build();
		this.provider = ((DefaultIdentityPoolOperations) pool()).credentialsProvider();
	}

	private IdentityPoolOperations pool() {
		return this.manager.identityPool().orElseThrow();
	}

	@Test
	void getCredentialsWhenTwoUsersAlternateThenOneUpstreamCallPerUserAndEachTheirOwn() throws Exception {
		start(false);
		MockHttpSession alice = signIn("alice");
		MockHttpSession bob = signIn("bob");
		stubUser(alice, ALICE_ID, "AKIDALICE");
		stubUser(bob, BOB_ID, "AKIDBOB");

		for (int i = 0; i < 5; i++) {
			assertThat(inRequest(alice, () -> pool().getCredentials()).accessKeyId()).isEqualTo("AKIDALICE");
			assertThat(inRequest(bob, () -> pool().getCredentials()).accessKeyId()).isEqualTo("AKIDBOB");
		}

		identity.verify(1, requested("GetCredentialsForIdentity").withRequestBody(withIdToken(alice)));
		identity.verify(1, requested("GetCredentialsForIdentity").withRequestBody(withIdToken(bob)));
		identity.verify(2, requested("GetCredentialsForIdentity"));
		identity.verify(2, requested("GetId"));
		assertThat(record(alice).getIdentityId()).as("identity id kept in the HTTP session").isEqualTo(ALICE_ID);
		assertThat(record(bob).getIdentityId()).isEqualTo(BOB_ID);
	}

	@Test
	void getIdentityIdWhenTwoUsersThenEachTheirOwnAndOneGetIdPerIdentity() throws Exception {
		start(false);
		MockHttpSession alice = signIn("alice");
		MockHttpSession bob = signIn("bob");
		stubUser(alice, ALICE_ID, "AKIDALICE");
		stubUser(bob, BOB_ID, "AKIDBOB");

		assertThat(inRequest(alice, () -> pool().getIdentityId())).isEqualTo(ALICE_ID);
		assertThat(inRequest(bob, () -> pool().getIdentityId())).isEqualTo(BOB_ID);
		assertThat(inRequest(alice, () -> pool().getCredentials()).accessKeyId()).isEqualTo("AKIDALICE");
		assertThat(inRequest(bob, () -> pool().getIdentityId())).isEqualTo(BOB_ID);
		assertThat(inRequest(alice, this.provider::getIdentityId)).isEqualTo(ALICE_ID);

		identity.verify(1, requested("GetId").withRequestBody(withIdToken(alice)));
		identity.verify(1, requested("GetId").withRequestBody(withIdToken(bob)));
		identity.verify(2, requested("GetId"));
		identity.verify(1, requested("GetCredentialsForIdentity"));
		assertThat(record(bob).getIdentityId()).as("identity id kept in the HTTP session").isEqualTo(BOB_ID);
		assertThat(this.provider.cachedIdentities()).isEqualTo(2);
	}

	@Test
	void getCredentialsWhenUsersTokensRefreshedThenNextCredentialsWithTheNewIdTokenFromTheSameEntry() throws Exception {
		start(false);
		this.fixture.authenticator.then(new AuthenticationOutcome.Authenticated(this.fixture.rawTokens("alice", "r")));
		MockHttpSession alice = new MockHttpSession();
		inRequest(alice, () -> this.manager.signIn("alice", "password"));
		String firstIdToken = record(alice).getIdToken();
		identity.stubFor(operation("GetId").willReturn(identityId(ALICE_ID)));
		identity.stubFor(operation("GetCredentialsForIdentity").withRequestBody(withIdToken(firstIdToken))
			.willReturn(credentials(ALICE_ID, "AKIDFIRST", SessionFixture.START.plus(Duration.ofMinutes(30)))));
		assertThat(inRequest(alice, () -> pool().getCredentials()).accessKeyId()).isEqualTo("AKIDFIRST");

		// the credentials have expired and the ID token is about to: both are renewed
		this.fixture.clock.advance(Duration.ofMinutes(58));
		this.scheduler.runDueTasks();
		identity.stubFor(operation("GetCredentialsForIdentity").withRequestBody(notContaining(firstIdToken))
			.willReturn(credentials(ALICE_ID, "AKIDSECOND")));

		assertThat(inRequest(alice, () -> pool().getCredentials()).accessKeyId()).isEqualTo("AKIDSECOND");
		String secondIdToken = record(alice).getIdToken();
		assertThat(secondIdToken).isNotEqualTo(firstIdToken);
		identity.verify(1, requested("GetCredentialsForIdentity").withRequestBody(withIdToken(secondIdToken)));
		assertThat(this.provider.cachedIdentities()).as("the same user, the same entry").isEqualTo(1);
	}

	@Test
	void getIdentityIdWhenUsersSecondSessionThenIdentityIdOfTheCacheEntryWithoutGetId() throws Exception {
		start(false);
		MockHttpSession alice = signIn("alice");
		stubUser(alice, ALICE_ID, "AKIDALICE");
		inRequest(alice, () -> pool().getCredentials());
		MockHttpSession aliceElsewhere = signIn("alice");

		assertThat(inRequest(aliceElsewhere, () -> pool().getIdentityId())).isEqualTo(ALICE_ID);

		identity.verify(1, requested("GetId"));
		assertThat(record(aliceElsewhere).getIdentityId()).isEqualTo(ALICE_ID);
	}

	@Test
	void getCredentialsWhenNobodySignedInAndGuestAccessOffThenManagerAndProviderErrorsAsWithoutTheCache()
			throws Exception {
		start(false);
		MockHttpSession nobody = new MockHttpSession();

		assertThatExceptionOfType(GuestAccessNotAllowedException.class)
			.isThrownBy(() -> inRequest(nobody, () -> pool().getCredentials()))
			.withMessageContaining("cognito.identity-pool.guest-access");
		assertThatExceptionOfType(GuestAccessNotAllowedException.class)
			.isThrownBy(() -> inRequest(nobody, () -> pool().getIdentityId()));
		assertThatExceptionOfType(NotSignedInException.class)
			.isThrownBy(() -> inRequest(nobody, this.provider::resolveCredentials))
			.withMessageContaining("No user is signed in on this thread");
		assertThatExceptionOfType(NotSignedInException.class)
			.isThrownBy(() -> inRequest(nobody, this.provider::getIdentityId));
		assertThat(identity.getAllServeEvents()).isEmpty();
	}

	@Test
	void getCredentialsWhenGuestsOfTwoSessionsThenTheSharedGuestIdentityOfTheCache() throws Exception {
		start(true);
		stubGuest();
		MockHttpSession first = new MockHttpSession();
		MockHttpSession second = new MockHttpSession();

		assertThat(inRequest(first, () -> pool().getCredentials()).accessKeyId()).isEqualTo("AKIDGUEST");
		assertThat(inRequest(second, () -> pool().getCredentials()).accessKeyId()).isEqualTo("AKIDGUEST");
		assertThat(inRequest(second, () -> pool().getIdentityId())).isEqualTo(GUEST_ID);
		assertThat(inRequest(first, this.manager::currentUserState)).isEqualTo(UserState.GUEST);

		identity.verify(1, requested("GetId"));
		identity.verify(1, requested("GetCredentialsForIdentity"));
		assertThat(this.provider.cachedIdentities()).isEqualTo(1);
	}

	@Test
	void getCredentialsWhenAwaitingReauthenticationThenSameTimeoutAsWithoutTheCache() throws Exception {
		start(false);
		identity.stubFor(operation("GetId").willReturn(identityId(ALICE_ID)));
		identity.stubFor(operation("GetCredentialsForIdentity").willReturn(tokenExpired()));
		MockHttpSession alice = new MockHttpSession();
		assertThatExceptionOfType(FederatedTokenRejectedException.class)
			.isThrownBy(() -> inRequest(alice, () -> federatedSignIn("expired-token")));
		assertThat(inRequest(alice, this.manager::currentUserState))
			.isEqualTo(UserState.SIGNED_OUT_FEDERATED_TOKENS_INVALID);

		assertThatExceptionOfType(ReauthenticationTimeoutException.class)
			.isThrownBy(() -> inRequest(alice, () -> pool().getCredentials()));
		assertThatExceptionOfType(ReauthenticationTimeoutException.class)
			.isThrownBy(() -> inRequest(alice, () -> pool().getIdentityId()));
		identity.verify(1, requested("GetCredentialsForIdentity"));
	}

	@Test
	void getCredentialsWhenWaitingForReauthenticationAndSessionFederatesAgainThenFreshTokensCredentials()
			throws Exception {
		start(new HttpSessionKeyResolver(), new HttpSessionSessionRepository(), false, Duration.ofSeconds(30));
		identity.stubFor(operation("GetId").willReturn(identityId(ALICE_ID)));
		identity.stubFor(operation("GetCredentialsForIdentity")
			.withRequestBody(matchingJsonPath("$.Logins['" + GOOGLE + "']", equalTo("expired-token")))
			.willReturn(tokenExpired()));
		identity.stubFor(operation("GetCredentialsForIdentity")
			.withRequestBody(matchingJsonPath("$.Logins['" + GOOGLE + "']", equalTo("fresh-token")))
			.willReturn(credentials(ALICE_ID, "AKIDFRESH")));
		MockHttpSession alice = new MockHttpSession();
		assertThatExceptionOfType(FederatedTokenRejectedException.class)
			.isThrownBy(() -> inRequest(alice, () -> federatedSignIn("expired-token")));
		ExecutorService requests = Executors.newSingleThreadExecutor();
		try {
			Future<String> waiting = requests
				.submit(() -> inRequest(alice, () -> pool().getCredentials().accessKeyId()));
			// counted inside its wait: the sign-in below reaches it
			await().until(() -> inRequest(alice, this.manager::threadsWaitingForSignIn) == 1);

			inRequest(alice, () -> federatedSignIn("fresh-token"));

			assertThat(waiting.get(30, TimeUnit.SECONDS)).isEqualTo("AKIDFRESH");
		}
		finally {
			requests.shutdownNow();
		}
		assertThat(this.provider.cachedIdentities())
			.as("served by the per-identity cache: the rejected token's entry and the fresh one's")
			.isEqualTo(2);
	}

	private Object federatedSignIn(String token) {
		pool().federatedSignIn(GOOGLE, token);
		return null;
	}

	@Test
	void getCredentialsWhenApplicationScopeThenOneCachedValueServes() {
		start(SessionKeyResolver.application(), this.fixture.store, false, Duration.ZERO);
		signInApplicationWide("alice");
		String idToken = this.fixture.store.record().getIdToken();
		stubUser(idToken, ALICE_ID, "AKIDALICE");

		assertThat(pool().getCredentials().accessKeyId()).isEqualTo("AKIDALICE");
		assertThat(pool().getCredentials().accessKeyId()).isEqualTo("AKIDALICE");
		assertThat(pool().getIdentityId()).isEqualTo(ALICE_ID);

		assertThat(this.provider.cachedIdentities()).as("one value: the application's identity").isEqualTo(1);
		assertThat(this.provider.toString()).contains("scope=application");
		identity.verify(1, requested("GetCredentialsForIdentity"));
	}

	@Test
	void getCredentialsWhenCredentialsCacheClosedThenCachedValuesGoneAndNewIdentitiesRefused() throws Exception {
		start(false);
		MockHttpSession alice = signIn("alice");
		MockHttpSession bob = signIn("bob");
		stubUser(alice, ALICE_ID, "AKIDALICE");
		assertThat(inRequest(alice, () -> pool().getCredentials()).accessKeyId()).isEqualTo("AKIDALICE");
		assertThat(this.provider.cachedIdentities()).isEqualTo(1);

		this.manager.close();

		assertThat(this.provider.cachedIdentities()).isZero();
		assertThat(this.provider.pendingTimers()).isZero();
		assertThatIllegalStateException().isThrownBy(() -> inRequest(bob, () -> pool().getCredentials()))
			.withMessageContaining("closed");
		identity.verify(1, requested("GetCredentialsForIdentity"));
	}

	private void signInApplicationWide(String username) {
		this.fixture.authenticator.then(new AuthenticationOutcome.Authenticated(rawTokens(username)));
		assertThat(this.manager.signIn(username, "password").isDone()).isTrue();
	}

	private RawTokens rawTokens(String username) {
		Instant now = this.fixture.clock.instant();
		return new RawTokens(
				this.fixture.tokens.idToken(username, now, SessionFixture.LIFETIME)
					.claim("sub", subOf(username))
					.sign(),
				this.fixture.tokens.accessToken(username, now, SessionFixture.LIFETIME)
					.claim("sub", subOf(username))
					.sign(),
				"refresh-" + username);
	}

	private static String subOf(String username) {
		return "7b4f1c2e-0000-4000-8000-" + String.format("%012x", Math.abs(username.hashCode()));
	}

	private MockHttpSession signIn(String username) throws Exception {
		this.fixture.authenticator.then(new AuthenticationOutcome.Authenticated(rawTokens(username)));
		MockHttpSession session = new MockHttpSession();
		assertThat(inRequest(session, () -> this.manager.signIn(username, "password")).isDone()).isTrue();
		return session;
	}

	private static void stubUser(MockHttpSession session, String identityId, String accessKeyId) {
		stubUser(record(session).getIdToken(), identityId, accessKeyId);
	}

	private static void stubUser(String idToken, String identityId, String accessKeyId) {
		identity.stubFor(operation("GetId").withRequestBody(withIdToken(idToken)).willReturn(identityId(identityId)));
		identity.stubFor(operation("GetCredentialsForIdentity").withRequestBody(withIdToken(idToken))
			.willReturn(credentials(identityId, accessKeyId)));
	}

	private static void stubGuest() {
		identity.stubFor(operation("GetId").withRequestBody(notContaining("Logins")).willReturn(identityId(GUEST_ID)));
		identity.stubFor(operation("GetCredentialsForIdentity").withRequestBody(notContaining("Logins"))
			.willReturn(credentials(GUEST_ID, "AKIDGUEST")));
	}

	private static StringValuePattern withIdToken(MockHttpSession session) {
		return withIdToken(record(session).getIdToken());
	}

	private static StringValuePattern withIdToken(String idToken) {
		return matchingJsonPath("$.Logins['" + USER_POOL_LOGIN + "']", equalTo(idToken));
	}

}
