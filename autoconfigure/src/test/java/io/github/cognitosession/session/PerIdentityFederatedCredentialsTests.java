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
import com.github.tomakehurst.wiremock.stubbing.Scenario;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.extension.RegisterExtension;
import software.amazon.awssdk.services.cognitoidentity.CognitoIdentityClient;

import org.springframework.boot.test.system.CapturedOutput;
import org.springframework.boot.test.system.OutputCaptureExtension;
import org.springframework.mock.web.MockHttpSession;

import io.github.cognitosession.state.UserState;
import io.github.cognitosession.credentials.DefaultIdentityPoolOperations;
import io.github.cognitosession.credentials.SessionCredentialsProvider;
import io.github.cognitosession.refresh.ManualScheduler;
import io.github.cognitosession.credentials.FederatedTokenRejectedException;
import io.github.cognitosession.credentials.IdentityLogins;
import io.github.cognitosession.exception.CognitoSessionException;
import io.github.cognitosession.exception.ReauthenticationTimeoutException;
import io.github.cognitosession.token.TestTokens;
import io.github.cognitosession.web.HttpSessionKeyResolver;
import io.github.cognitosession.web.HttpSessionSessionRepository;

import static com.github.tomakehurst.wiremock.client.WireMock.equalTo;
import static com.github.tomakehurst.wiremock.client.WireMock.matchingJsonPath;
import static io.github.cognitosession.session.HttpSessionRequests.inRequest;
import static io.github.cognitosession.session.HttpSessionRequests.record;
import static io.github.cognitosession.session.IdentityPoolStubs.VALID_UNTIL;
import static io.github.cognitosession.session.IdentityPoolStubs.credentials;
import static io.github.cognitosession.session.IdentityPoolStubs.identityPool;
import static io.github.cognitosession.session.IdentityPoolStubs.error;
import static io.github.cognitosession.session.IdentityPoolStubs.identityId;
import static io.github.cognitosession.session.IdentityPoolStubs.operation;
import static io.github.cognitosession.session.IdentityPoolStubs.requested;
import static io.github.cognitosession.session.IdentityPoolStubs.tokenExpired;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatExceptionOfType;
import static org.awaitility.Awaitility.await;

/**
 * Tests for the federated sessions of {@link SessionCredentialsProvider} in a web
 * application: each HTTP session that signed in with {@code federatedSignIn} gets its own
 * cache entry, against Cognito Identity stubbed with WireMock and requests bound to the
 * thread as the servlet container binds them.
 *
 * @author Cognito Session contributors
 */
@ExtendWith(OutputCaptureExtension.class)
class PerIdentityFederatedCredentialsTests {

	private static final String GOOGLE = "accounts.google.com";

	private static final String ALICE_TOKEN = "google-token-of-alice-1";

	private static final String ALICE_FRESH_TOKEN = "google-token-of-alice-2";

	private static final String BOB_TOKEN = "google-token-of-bob-1";

	private static final String REJECTED_TOKEN = "google-token-expired-9";

	private static final String ALICE_ID = "us-east-1:00000000-0000-0000-0000-0000000alice";

	private static final String BOB_ID = "us-east-1:00000000-0000-0000-0000-00000000bob";

	@RegisterExtension
	static WireMockExtension identity = IdentityPoolStubs.wireMock();

	private final SessionFixture fixture = new SessionFixture();

	private final CognitoIdentityClient client = IdentityPoolStubs.client(identity);

	private DefaultCognitoSessionManager manager;

	private SessionCredentialsProvider provider;

	/** Runs timers when the test says and prefetches on a thread the test waits for. */
	private final ManualScheduler scheduler = new ManualScheduler(this.fixture.clock);

	@BeforeEach
	void setUp() {
		start(Duration.ZERO);
	}

	private void start(Duration reauthenticationTimeout) {
		this.manager = this.fixture.builder(this.fixture.refresher(false))
			.sessionKeyResolver(new HttpSessionKeyResolver())
			.sessionRepository(new HttpSessionSessionRepository())
			.identityPool(identityPool(this.client, this.fixture.clock).scheduler(this.scheduler)::build)
			.reauthenticationTimeout(reauthenticationTimeout)
			.build();
		this.provider = ((DefaultIdentityPoolOperations) pool()).credentialsProvider();
	}

	@AfterEach
	void close() {
		closeProviders();
		this.client.close();
	}

	private void closeProviders() {
		this.manager.close();
	}

	private IdentityPoolOperations pool() {
		return this.manager.identityPool().orElseThrow();
	}

	@Test
	void resolveCredentialsWhenTwoFederatedSessionsAlternateThenOneUpstreamCallPerSession() throws Exception {
		stubToken(ALICE_TOKEN, ALICE_ID, "AKIDALICE", VALID_UNTIL);
		stubToken(BOB_TOKEN, BOB_ID, "AKIDBOB", VALID_UNTIL);
		MockHttpSession alice = federate(ALICE_TOKEN);
		MockHttpSession bob = federate(BOB_TOKEN);
		for (int i = 0; i < 10; i++) {
			assertThat(inRequest(alice, this.provider::resolveCredentials).accessKeyId()).isEqualTo("AKIDALICE");
			assertThat(inRequest(bob, this.provider::resolveCredentials).accessKeyId()).isEqualTo("AKIDBOB");
		}
		identity.verify(1, requested("GetCredentialsForIdentity").withRequestBody(withToken(ALICE_TOKEN))
			.withRequestBody(matchingJsonPath("$.IdentityId", equalTo(ALICE_ID))));
		identity.verify(1, requested("GetCredentialsForIdentity").withRequestBody(withToken(BOB_TOKEN))
			.withRequestBody(matchingJsonPath("$.IdentityId", equalTo(BOB_ID))));
		identity.verify(2, requested("GetCredentialsForIdentity"));
		identity.verify(2, requested("GetId"));
		assertThat(record(alice).getIdentityId()).as("identity id kept in the HTTP session").isEqualTo(ALICE_ID);
		assertThat(record(bob).getIdentityId()).isEqualTo(BOB_ID);
		assertThat(inRequest(alice, () -> pool().getIdentityId())).isEqualTo(ALICE_ID);
		identity.verify(2, requested("GetId"));
		assertThat(this.provider.cachedIdentities()).isEqualTo(2);
	}

	@Test
	void resolveCredentialsWhenSessionFederatesAgainWithFreshTokenThenCredentialsOfTheFreshToken() throws Exception {
		stubToken(ALICE_TOKEN, ALICE_ID, "AKIDALICE", VALID_UNTIL);
		stubToken(ALICE_FRESH_TOKEN, ALICE_ID, "AKIDALICEFRESH", VALID_UNTIL);
		MockHttpSession alice = federate(ALICE_TOKEN);
		assertThat(inRequest(alice, this.provider::resolveCredentials).accessKeyId()).isEqualTo("AKIDALICE");

		inRequest(alice, () -> federatedSignIn(ALICE_FRESH_TOKEN));

		assertThat(inRequest(alice, this.provider::resolveCredentials).accessKeyId()).isEqualTo("AKIDALICEFRESH");
		assertThat(inRequest(alice, this.provider::resolveCredentials).accessKeyId()).isEqualTo("AKIDALICEFRESH");
		identity.verify(1, requested("GetCredentialsForIdentity").withRequestBody(withToken(ALICE_FRESH_TOKEN)));
		identity.verify(1, requested("GetCredentialsForIdentity").withRequestBody(withToken(ALICE_TOKEN)));
		identity.verify(1, requested("GetId"));
	}

	@Test
	void federatedSignInWhenTokenRejectedThenOnlyThatSessionFederatedTokensInvalidAndFreshTokenRecovers()
			throws Exception {
		stubToken(BOB_TOKEN, BOB_ID, "AKIDBOB", VALID_UNTIL);
		stubToken(ALICE_TOKEN, ALICE_ID, "AKIDALICE", VALID_UNTIL);
		stubGetId(REJECTED_TOKEN, ALICE_ID);
		identity.stubFor(operation("GetCredentialsForIdentity").withRequestBody(withToken(REJECTED_TOKEN))
			.willReturn(tokenExpired()));
		MockHttpSession bob = federate(BOB_TOKEN);
		MockHttpSession alice = new MockHttpSession();

		assertThatExceptionOfType(FederatedTokenRejectedException.class)
			.isThrownBy(() -> inRequest(alice, () -> federatedSignIn(REJECTED_TOKEN)))
			.withMessageContaining(GOOGLE)
			.withMessageNotContaining(REJECTED_TOKEN);

		assertThat(inRequest(alice, this.manager::currentUserState))
			.isEqualTo(UserState.SIGNED_OUT_FEDERATED_TOKENS_INVALID);
		assertThat(record(alice).getState()).isEqualTo(UserState.SIGNED_OUT_FEDERATED_TOKENS_INVALID);
		assertThat(record(alice).getFederatedToken()).isNull();
		assertThatExceptionOfType(ReauthenticationTimeoutException.class)
			.isThrownBy(() -> inRequest(alice, this.provider::resolveCredentials));
		assertThat(inRequest(bob, this.manager::currentUserState)).isEqualTo(UserState.SIGNED_IN);
		assertThat(inRequest(bob, this.provider::resolveCredentials).accessKeyId()).isEqualTo("AKIDBOB");

		inRequest(alice, () -> federatedSignIn(ALICE_TOKEN));
		assertThat(inRequest(alice, this.provider::resolveCredentials).accessKeyId()).isEqualTo("AKIDALICE");
		identity.verify(1, requested("GetCredentialsForIdentity").withRequestBody(withToken(REJECTED_TOKEN)));
	}

	@Test
	void resolveCredentialsWhenRefreshRejectsTokenThenThatSessionFederatedTokensInvalidInRecordToo() throws Exception {
		stubToken(BOB_TOKEN, BOB_ID, "AKIDBOB", VALID_UNTIL);
		// stale at once: the next refresh is made on a request thread
		stubTokenThenRejected(ALICE_TOKEN, ALICE_ID, "AKIDALICE", SessionFixture.START.plus(Duration.ofSeconds(30)));
		MockHttpSession alice = federate(ALICE_TOKEN);
		MockHttpSession bob = federate(BOB_TOKEN);
		this.fixture.clock.advance(Duration.ofSeconds(2));
		this.scheduler.runDueTasks();

		// stale: refreshed on the request's thread, which can write the HTTP session
		inRequest(alice, this::resolveIgnoringFailure);

		assertThat(inRequest(alice, this.manager::currentUserState))
			.isEqualTo(UserState.SIGNED_OUT_FEDERATED_TOKENS_INVALID);
		assertThat(record(alice).getState()).isEqualTo(UserState.SIGNED_OUT_FEDERATED_TOKENS_INVALID);
		assertThat(record(alice).getIdentityId()).isEqualTo(ALICE_ID);
		assertThat(inRequest(bob, this.manager::currentUserState)).isEqualTo(UserState.SIGNED_IN);
		assertThat(record(bob).getState()).isEqualTo(UserState.SIGNED_IN);
		assertThat(inRequest(bob, this.provider::resolveCredentials).accessKeyId()).isEqualTo("AKIDBOB");
	}

	@Test
	void resolveCredentialsWhenPrefetchingOffRequestThenWithTheSessionsOwnToken() throws Exception {
		// in the prefetch window at once, not stale: the refresh runs on the timer thread
		stubToken(ALICE_TOKEN, ALICE_ID, "AKIDALICE", SessionFixture.START.plus(Duration.ofMinutes(4)));
		MockHttpSession alice = federate(ALICE_TOKEN);
		this.fixture.clock.advance(Duration.ofSeconds(2));
		this.scheduler.runDueTasks();

		assertThat(inRequest(alice, this.provider::resolveCredentials).accessKeyId()).isEqualTo("AKIDALICE");
		this.scheduler.awaitImmediateTasks();

		identity.verify(2, requested("GetCredentialsForIdentity").withRequestBody(withToken(ALICE_TOKEN)));

		int all = identity.findAll(requested("GetCredentialsForIdentity")).size();
		assertThat(identity.findAll(requested("GetCredentialsForIdentity").withRequestBody(withToken(ALICE_TOKEN))))
			.as("every refresh, also off-request, sends the session's token")
			.hasSize(all);
	}

	@Test
	void resolveCredentialsWhenPrefetchRejectsTokenOffRequestThenThatSessionFederatedTokensInvalid() throws Exception {
		stubToken(BOB_TOKEN, BOB_ID, "AKIDBOB", VALID_UNTIL);
		stubToken(ALICE_FRESH_TOKEN, ALICE_ID, "AKIDALICEFRESH", VALID_UNTIL);
		stubTokenThenRejected(ALICE_TOKEN, ALICE_ID, "AKIDALICE", SessionFixture.START.plus(Duration.ofMinutes(4)));
		MockHttpSession alice = federate(ALICE_TOKEN);
		MockHttpSession bob = federate(BOB_TOKEN);
		this.fixture.clock.advance(Duration.ofSeconds(2));
		this.scheduler.runDueTasks();

		// in the prefetch window: served at once, refreshed on the scheduler's thread
		assertThat(inRequest(alice, this.provider::resolveCredentials).accessKeyId()).isEqualTo("AKIDALICE");
		this.scheduler.awaitImmediateTasks();

		assertThat(inRequest(alice, this.manager::currentUserState))
			.isEqualTo(UserState.SIGNED_OUT_FEDERATED_TOKENS_INVALID);
		assertThat(record(alice).getState())
			.as("the HTTP session cannot be written off-request: the in-memory state decides")
			.isEqualTo(UserState.SIGNED_IN);
		assertThat(inRequest(bob, this.manager::currentUserState)).isEqualTo(UserState.SIGNED_IN);
		assertThat(inRequest(bob, this.provider::resolveCredentials).accessKeyId()).isEqualTo("AKIDBOB");
		inRequest(alice, () -> federatedSignIn(ALICE_FRESH_TOKEN));
		assertThat(inRequest(alice, this.manager::currentUserState)).isEqualTo(UserState.SIGNED_IN);
		assertThat(inRequest(alice, this.provider::resolveCredentials).accessKeyId()).isEqualTo("AKIDALICEFRESH");
	}

	@Test
	void resolveCredentialsWhenWaitingForReauthenticationAndSessionFederatesAgainThenFreshTokensCredentials()
			throws Exception {
		closeProviders();
		start(Duration.ofSeconds(30));
		stubToken(ALICE_FRESH_TOKEN, ALICE_ID, "AKIDALICEFRESH", VALID_UNTIL);
		stubGetId(REJECTED_TOKEN, ALICE_ID);
		identity.stubFor(operation("GetCredentialsForIdentity").withRequestBody(withToken(REJECTED_TOKEN))
			.willReturn(tokenExpired()));
		MockHttpSession alice = new MockHttpSession();
		assertThatExceptionOfType(FederatedTokenRejectedException.class)
			.isThrownBy(() -> inRequest(alice, () -> federatedSignIn(REJECTED_TOKEN)));
		ExecutorService requests = Executors.newSingleThreadExecutor();
		try {
			Future<String> waiting = requests
				.submit(() -> inRequest(alice, () -> this.provider.resolveCredentials().accessKeyId()));
			// counted inside its wait: the sign-in below reaches it
			await().until(() -> inRequest(alice, this.manager::threadsWaitingForSignIn) == 1);

			inRequest(alice, () -> federatedSignIn(ALICE_FRESH_TOKEN));

			assertThat(waiting.get(30, TimeUnit.SECONDS)).isEqualTo("AKIDALICEFRESH");
		}
		finally {
			requests.shutdownNow();
		}
	}

	@Test
	void federatedCredentialsFailedWhenSessionFederatedAgainSinceThenLateRejectionIgnored() throws Exception {
		stubToken(ALICE_TOKEN, ALICE_ID, "AKIDALICE", VALID_UNTIL);
		stubToken(ALICE_FRESH_TOKEN, ALICE_ID, "AKIDALICEFRESH", VALID_UNTIL);
		MockHttpSession alice = federate(ALICE_TOKEN);
		Session first = inRequest(alice, this.manager::currentSession);
		inRequest(alice, () -> federatedSignIn(ALICE_FRESH_TOKEN));

		// off-request, as a prefetch of the first token's entry would report it
		this.manager.identities().federatedTokenRejected(first, new FederatedTokenRejectedException(GOOGLE, null));

		assertThat(inRequest(alice, this.manager::currentUserState)).isEqualTo(UserState.SIGNED_IN);
		assertThat(inRequest(alice, this.provider::resolveCredentials).accessKeyId()).isEqualTo("AKIDALICEFRESH");
		this.manager.identities()
			.federatedTokenRejected(inRequest(alice, this.manager::currentSession),
					new FederatedTokenRejectedException(GOOGLE, null));
		assertThat(inRequest(alice, this.manager::currentUserState))
			.isEqualTo(UserState.SIGNED_OUT_FEDERATED_TOKENS_INVALID);
	}

	@Test
	void resolveCredentialsWhenCognitoIdentityFailsOtherwiseThenFederatedSessionKept() throws Exception {
		stubGetId(ALICE_TOKEN, ALICE_ID);
		identity.stubFor(operation("GetCredentialsForIdentity").withRequestBody(withToken(ALICE_TOKEN))
			.willReturn(error(500, "InternalErrorException", "Try again")));
		MockHttpSession alice = federate(ALICE_TOKEN);

		assertThatExceptionOfType(CognitoSessionException.class)
			.isThrownBy(() -> inRequest(alice, this.provider::resolveCredentials))
			.withMessageNotContaining(ALICE_TOKEN);

		assertThat(inRequest(alice, this.manager::currentUserState)).isEqualTo(UserState.SIGNED_IN);
		assertThat(record(alice).getState()).isEqualTo(UserState.SIGNED_IN);
		assertThat(record(alice).getFederatedToken()).isEqualTo(ALICE_TOKEN);
	}

	@Test
	void resolveCredentialsWhenDeveloperAuthenticatedThenItsIdentityIdAndRoleWithoutGetId() throws Exception {
		identity.stubFor(operation("GetCredentialsForIdentity")
			.withRequestBody(matchingJsonPath("$.IdentityId", equalTo("us-east-1:dev-identity")))
			.willReturn(credentials("us-east-1:dev-identity", "AKIDDEV", VALID_UNTIL)));
		MockHttpSession session = new MockHttpSession();
		inRequest(session, () -> {
			pool().federatedSignIn(IdentityLogins.DEVELOPER_PROVIDER_KEY, "open-id-token",
					FederatedSignInOptions.builder()
						.identityId("us-east-1:dev-identity")
						.customRoleArn("arn:aws:iam::123456789012:role/dev")
						.build());
			return null;
		});

		assertThat(inRequest(session, this.provider::resolveCredentials).accessKeyId()).isEqualTo("AKIDDEV");
		identity.verify(0, requested("GetId"));
		identity.verify(1, requested("GetCredentialsForIdentity")
			.withRequestBody(matchingJsonPath("$.CustomRoleArn", equalTo("arn:aws:iam::123456789012:role/dev")))
			.withRequestBody(matchingJsonPath("$.Logins['cognito-identity.amazonaws.com']", equalTo("open-id-token"))));
	}

	@Test
	void resolveCredentialsWhenTokensUsedAndRejectedThenNoTokenInLogsMessagesOrToString(CapturedOutput output)
			throws Exception {
		stubToken(ALICE_TOKEN, ALICE_ID, "AKIDALICE", VALID_UNTIL);
		stubGetId(REJECTED_TOKEN, BOB_ID);
		identity.stubFor(operation("GetCredentialsForIdentity").withRequestBody(withToken(REJECTED_TOKEN))
			.willReturn(tokenExpired()));
		MockHttpSession alice = federate(ALICE_TOKEN);
		inRequest(alice, this.provider::resolveCredentials);
		MockHttpSession bob = new MockHttpSession();
		Throwable failure = null;
		try {
			inRequest(bob, () -> federatedSignIn(REJECTED_TOKEN));
		}
		catch (FederatedTokenRejectedException ex) {
			failure = ex;
		}
		assertThat(failure).isNotNull();
		StringBuilder everything = new StringBuilder(output.getAll());
		for (Throwable cause = failure; cause != null; cause = cause.getCause()) {
			everything.append(cause).append(cause.getMessage());
		}
		everything.append(this.provider)
			.append(this.manager)
			.append(record(alice))
			.append(record(bob))
			.append(this.fixture.events.events);
		assertThat(everything.toString()).doesNotContain(ALICE_TOKEN).doesNotContain(REJECTED_TOKEN);
	}

	private Object resolveIgnoringFailure() {
		try {
			return this.provider.resolveCredentials();
		}
		catch (CognitoSessionException ex) {
			// rejected, or waiting for a new sign-in: the state tells which
			return null;
		}
	}

	private MockHttpSession federate(String token) throws Exception {
		MockHttpSession session = new MockHttpSession();
		inRequest(session, () -> federatedSignIn(token));
		return session;
	}

	private Object federatedSignIn(String token) {
		pool().federatedSignIn(GOOGLE, token, FederatedSignInOptions.builder().build());
		return null;
	}

	private static void stubToken(String token, String identityId, String accessKeyId, Instant expiration) {
		stubGetId(token, identityId);
		identity.stubFor(operation("GetCredentialsForIdentity").withRequestBody(withToken(token))
			.willReturn(credentials(identityId, accessKeyId, expiration)));
	}

	/** Accepted once, rejected from then on (the token expired meanwhile). */
	private static void stubTokenThenRejected(String token, String identityId, String accessKeyId, Instant expiration) {
		stubGetId(token, identityId);
		String scenario = "token " + accessKeyId;
		identity.stubFor(operation("GetCredentialsForIdentity").withRequestBody(withToken(token))
			.inScenario(scenario)
			.whenScenarioStateIs(Scenario.STARTED)
			.willReturn(credentials(identityId, accessKeyId, expiration))
			.willSetStateTo("expired"));
		identity.stubFor(operation("GetCredentialsForIdentity").withRequestBody(withToken(token))
			.inScenario(scenario)
			.whenScenarioStateIs("expired")
			.willReturn(tokenExpired()));
	}

	private static void stubGetId(String token, String identityId) {
		identity.stubFor(operation("GetId").withRequestBody(withToken(token)).willReturn(identityId(identityId)));
	}

	private static StringValuePattern withToken(String token) {
		return matchingJsonPath("$.Logins['" + GOOGLE + "']", equalTo(token));
	}

}
