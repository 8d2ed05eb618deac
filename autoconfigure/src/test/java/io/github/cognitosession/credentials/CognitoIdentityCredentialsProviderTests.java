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
package io.github.cognitosession.credentials;

import java.io.IOException;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.Function;

import com.github.tomakehurst.wiremock.client.ResponseDefinitionBuilder;
import com.github.tomakehurst.wiremock.junit5.WireMockExtension;
import com.github.tomakehurst.wiremock.stubbing.Scenario;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import software.amazon.awssdk.auth.credentials.AwsCredentials;
import software.amazon.awssdk.auth.credentials.AwsCredentialsProvider;
import software.amazon.awssdk.auth.credentials.AwsSessionCredentials;
import software.amazon.awssdk.services.cognitoidentity.CognitoIdentityClient;

import io.github.cognitosession.exception.CognitoSessionException;
import io.github.cognitosession.local.MutableClock;
import io.github.cognitosession.refresh.ManualScheduler;

import static com.github.tomakehurst.wiremock.client.WireMock.equalTo;
import static com.github.tomakehurst.wiremock.client.WireMock.equalToJson;
import static com.github.tomakehurst.wiremock.client.WireMock.exactly;
import static com.github.tomakehurst.wiremock.client.WireMock.matchingJsonPath;
import static com.github.tomakehurst.wiremock.core.WireMockConfiguration.wireMockConfig;
import static io.github.cognitosession.credentials.CognitoIdentityStubs.GET_CREDENTIALS;
import static io.github.cognitosession.credentials.CognitoIdentityStubs.GET_ID;
import static io.github.cognitosession.credentials.CognitoIdentityStubs.POOL_ID;
import static io.github.cognitosession.credentials.CognitoIdentityStubs.credentials;
import static io.github.cognitosession.credentials.CognitoIdentityStubs.error;
import static io.github.cognitosession.credentials.CognitoIdentityStubs.getCredentials;
import static io.github.cognitosession.credentials.CognitoIdentityStubs.getId;
import static io.github.cognitosession.credentials.CognitoIdentityStubs.identityId;
import static io.github.cognitosession.credentials.CognitoIdentityStubs.requested;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatExceptionOfType;
import static org.awaitility.Awaitility.await;

/**
 * Tests for {@link CognitoIdentityCredentialsProvider} against a WireMock Cognito
 * Identity.
 *
 * @author Cognito Session contributors
 */
class CognitoIdentityCredentialsProviderTests {

	private static final LatchTransformer latch = new LatchTransformer();

	@RegisterExtension
	static WireMockExtension wireMock = WireMockExtension.newInstance()
		.options(wireMockConfig().dynamicPort().extensions(latch))
		.build();

	private static final Instant T0 = Instant.parse("2026-01-01T00:00:00Z");

	private static final Instant EXPIRY = T0.plus(Duration.ofHours(1));

	private static final String USER_POOL_KEY = "cognito-idp.eu-west-1.amazonaws.com/eu-west-1_AbCdEf";

	private static final String ID_TOKEN = "eyJhbGciOiJSUzI1NiJ9.id-token-of-alice.signature";

	private static final IdentityLogins GUEST = IdentityLogins.guest("guest");

	private static final IdentityLogins ALICE = IdentityLogins.userPool("user:alice", "eu-west-1", "eu-west-1_AbCdEf",
			ID_TOKEN);

	private static final IdentityLogins BOB = IdentityLogins.federated("google:bob", "accounts.google.com",
			"google-token");

	private static final String DAVE_ID_TOKEN = "id-token-of-dave";

	private static final IdentityLogins DAVE = IdentityLogins.userPool("user:dave", "eu-west-1", "eu-west-1_AbCdEf",
			DAVE_ID_TOKEN);

	private final MutableClock clock = new MutableClock(T0);

	private final ManualScheduler scheduler = new ManualScheduler(this.clock);

	private final InMemoryIdentityIdStore identityIdStore = new InMemoryIdentityIdStore();

	private final SwitchableLoginsProvider loginsProvider = new SwitchableLoginsProvider(GUEST);

	private final List<CognitoIdentityCredentialsProvider> providers = new ArrayList<>();

	private CognitoIdentityClient client;

	@BeforeEach
	void setUp() {
		latch.close();
		this.client = CognitoIdentityStubs.client(wireMock);
	}

	@AfterEach
	void tearDown() {
		latch.open();
		this.providers.forEach(CognitoIdentityCredentialsProvider::close);
		this.scheduler.shutdownNow();
		this.client.close();
	}

	/**
	 * A provider whose timers follow the test clock.
	 */
	private CognitoIdentityCredentialsProvider.Builder builder() {
		return ownThreadBuilder().scheduler(this.scheduler);
	}

	/**
	 * A provider with its own refresh thread and real-time timers.
	 */
	private CognitoIdentityCredentialsProvider.Builder ownThreadBuilder() {
		return CognitoIdentityCredentialsProvider.builder()
			.cognitoIdentityClient(this.client)
			.identityPoolId(POOL_ID)
			.identityIdStore(this.identityIdStore)
			.loginsProvider(this.loginsProvider)
			.guestAccess(true)
			.clock(this.clock);
	}

	private CognitoIdentityCredentialsProvider provider() {
		return track(builder().build());
	}

	private void moveClockTo(Instant instant) {
		this.clock.set(instant);
		this.scheduler.runDueTasks();
	}

	private CognitoIdentityCredentialsProvider track(CognitoIdentityCredentialsProvider provider) {
		this.providers.add(provider);
		return provider;
	}

	/**
	 * A provider that has already fetched the credentials of an identity.
	 */
	private CognitoIdentityCredentialsProvider warmProvider(String identityId, String accessKeyId) {
		stubIdentity(identityId, accessKeyId);
		CognitoIdentityCredentialsProvider provider = provider();
		provider.resolveCredentials();
		return provider;
	}

	private static void stubIdentity(String identityId, String accessKeyId) {
		wireMock.stubFor(getId().willReturn(identityId(identityId)));
		wireMock.stubFor(getCredentials().willReturn(credentials(identityId, accessKeyId, EXPIRY)));
	}

	/**
	 * The guest's next credentials, valid for an hour after the first ones expire.
	 */
	private static ResponseDefinitionBuilder renewedGuestCredentials() {
		return credentials("eu-west-1:guest-1", "ASIANEW", EXPIRY.plus(Duration.ofHours(1)));
	}

	private static AwsSessionCredentials session(AwsCredentials credentials) {
		assertThat(credentials).isInstanceOf(AwsSessionCredentials.class);
		return (AwsSessionCredentials) credentials;
	}

	@Test
	void resolveCredentialsWhenGuestThenFetchesUnauthenticatedCredentialsWithoutLogins() {
		stubIdentity("eu-west-1:guest-1", "ASIAGUEST");

		AwsSessionCredentials credentials = session(provider().resolveCredentials());

		assertThat(credentials.accessKeyId()).isEqualTo("ASIAGUEST");
		assertThat(credentials.secretAccessKey()).isEqualTo("secret-ASIAGUEST");
		assertThat(credentials.sessionToken()).isEqualTo("session-ASIAGUEST");
		assertThat(credentials.expirationTime()).contains(EXPIRY);
		wireMock.verify(exactly(1),
				requested(GET_ID).withRequestBody(equalToJson("{\"IdentityPoolId\":\"" + POOL_ID + "\"}")));
		wireMock.verify(exactly(1),
				requested(GET_CREDENTIALS).withRequestBody(equalToJson("{\"IdentityId\":\"eu-west-1:guest-1\"}")));
	}

	@Test
	void resolveCredentialsWhenSignedInToUserPoolThenSendsIdTokenUnderUserPoolKey() {
		this.loginsProvider.switchTo(ALICE);
		stubIdentity("eu-west-1:alice", "ASIAALICE");

		AwsSessionCredentials credentials = session(provider().resolveCredentials());

		assertThat(credentials.accessKeyId()).isEqualTo("ASIAALICE");
		String logins = "\"Logins\":{\"" + USER_POOL_KEY + "\":\"" + ID_TOKEN + "\"}";
		wireMock.verify(exactly(1), requested(GET_ID)
			.withRequestBody(equalToJson("{\"IdentityPoolId\":\"" + POOL_ID + "\"," + logins + "}")));
		wireMock.verify(exactly(1), requested(GET_CREDENTIALS)
			.withRequestBody(equalToJson("{\"IdentityId\":\"eu-west-1:alice\"," + logins + "}")));
	}

	@Test
	void resolveCredentialsWhenFederatedThenSendsProviderTokenAndCustomRoleArn() {
		String role = "arn:aws:iam::123456789012:role/federated";
		this.loginsProvider.switchTo(BOB);
		stubIdentity("eu-west-1:bob", "ASIABOB");

		AwsCredentials credentials = track(builder().customRoleArn(role).build()).resolveCredentials();

		assertThat(credentials.accessKeyId()).isEqualTo("ASIABOB");
		wireMock.verify(exactly(1),
				requested(GET_CREDENTIALS).withRequestBody(equalToJson("{\"IdentityId\":\"eu-west-1:bob\","
						+ "\"Logins\":{\"accounts.google.com\":\"google-token\"},\"CustomRoleArn\":\"" + role
						+ "\"}")));
	}

	@Test
	void resolveCredentialsWhenDeveloperAuthenticatedThenUsesGivenIdentityIdWithoutGetId() {
		this.loginsProvider
			.switchTo(IdentityLogins.federated("dev:carol", IdentityLogins.DEVELOPER_PROVIDER_KEY, "open-id-token")
				.withIdentityId("eu-west-1:carol"));
		wireMock.stubFor(getCredentials().willReturn(credentials("eu-west-1:carol", "ASIACAROL", EXPIRY)));

		assertThat(provider().resolveCredentials().accessKeyId()).isEqualTo("ASIACAROL");
		wireMock.verify(exactly(0), requested(GET_ID));
		wireMock.verify(exactly(1), requested(GET_CREDENTIALS)
			.withRequestBody(matchingJsonPath("$.IdentityId", equalTo("eu-west-1:carol"))));
	}

	@Test
	void resolveCredentialsWhenFederatedTokenRejectedThenFederatedTokenRejectedException() {
		this.loginsProvider.switchTo(BOB);
		wireMock.stubFor(getId().willReturn(identityId("eu-west-1:bob")));
		wireMock.stubFor(getCredentials()
			.willReturn(error(400, "NotAuthorizedException", "Invalid login token. Token expired: 1 >= 0")));

		assertThatExceptionOfType(FederatedTokenRejectedException.class).isThrownBy(provider()::resolveCredentials)
			.satisfies((ex) -> {
				assertThat(ex.getProviderKey()).isEqualTo("accounts.google.com");
				assertThat(ex.getErrorCode()).isEqualTo("NotAuthorizedException");
				assertThat(ex.getMessage()).doesNotContain("google-token");
			});
	}

	@Test
	void resolveCredentialsWhenFederatedTokenRejectedDuringPrefetchThenListenerToldWhileValidCredentialsServed() {
		this.loginsProvider.switchTo(BOB);
		stubIdentity("eu-west-1:bob", "ASIABOB");
		List<RuntimeException> failures = new CopyOnWriteArrayList<>();
		CognitoIdentityCredentialsProvider provider = track(builder().refreshFailureListener(failures::add).build());
		provider.resolveCredentials();
		wireMock.stubFor(getCredentials()
			.willReturn(error(400, "NotAuthorizedException", "Invalid login token. Token expired: 1 >= 0")));

		moveClockTo(EXPIRY.minus(Duration.ofMinutes(3)));
		assertThat(provider.resolveCredentials().accessKeyId()).isEqualTo("ASIABOB");

		await().atMost(Duration.ofSeconds(10)).until(() -> !failures.isEmpty());
		assertThat(failures).singleElement().isInstanceOf(FederatedTokenRejectedException.class);
		assertThat(provider.resolveCredentials().accessKeyId()).isEqualTo("ASIABOB");
	}

	@Test
	void resolveCredentialsWhenGuestAccessOffThenGuestAccessNotAllowedWithoutUpstreamCall() {
		CognitoIdentityCredentialsProvider provider = track(builder().guestAccess(false).build());

		assertThatExceptionOfType(GuestAccessNotAllowedException.class).isThrownBy(provider::resolveCredentials)
			.withMessageContaining("cognito.identity-pool.guest-access");
		assertThat(wireMock.getAllServeEvents()).isEmpty();
	}

	@Test
	void resolveCredentialsWhenPoolRejectsUnauthenticatedThenGuestAccessNotAllowed() {
		wireMock.stubFor(getId().willReturn(error(400, "NotAuthorizedException",
				"Unauthenticated access is not supported for this identity pool.")));

		assertThatExceptionOfType(GuestAccessNotAllowedException.class).isThrownBy(provider()::resolveCredentials)
			.withMessageContaining(POOL_ID);
	}

	@Test
	void resolveCredentialsWhenIdentityIdCachedThenGetIdOnlyOnceAcrossRefreshesAndInstances() {
		CognitoIdentityCredentialsProvider provider = warmProvider("eu-west-1:guest-1", "ASIAGUEST");
		for (int i = 0; i < 3; i++) {
			// past expiry: every resolution fetches again
			moveClockTo(EXPIRY.plusSeconds(i * 3600L));
			wireMock.stubFor(getCredentials()
				.willReturn(credentials("eu-west-1:guest-1", "ASIAGUEST", EXPIRY.plusSeconds((i + 1) * 3600L))));
			provider.resolveCredentials();
		}
		track(builder().build()).resolveCredentials();

		assertThat(provider.getIdentityId()).isEqualTo("eu-west-1:guest-1");
		wireMock.verify(exactly(1), requested(GET_ID));
		wireMock.verify(exactly(5), requested(GET_CREDENTIALS));
	}

	@Test
	void resolveCredentialsWhenCachedIdentityNotFoundThenFetchesNewIdentityOnce() {
		this.identityIdStore.save("eu-west-1:deleted");
		wireMock.stubFor(getId().willReturn(identityId("eu-west-1:new")));
		wireMock
			.stubFor(getCredentials().withRequestBody(matchingJsonPath("$.IdentityId", equalTo("eu-west-1:deleted")))
				.willReturn(error(400, "ResourceNotFoundException", "Identity 'eu-west-1:deleted' not found.")));
		wireMock.stubFor(getCredentials().withRequestBody(matchingJsonPath("$.IdentityId", equalTo("eu-west-1:new")))
			.willReturn(credentials("eu-west-1:new", "ASIANEW", EXPIRY)));

		assertThat(provider().resolveCredentials().accessKeyId()).isEqualTo("ASIANEW");
		assertThat(this.identityIdStore.load()).contains("eu-west-1:new");
		wireMock.verify(exactly(1), requested(GET_ID));
	}

	@Test
	void resolveCredentialsWhenCachedIdentityForbiddenThenRetriesOnlyOnce() {
		this.identityIdStore.save("eu-west-1:disabled");
		wireMock.stubFor(getId().willReturn(identityId("eu-west-1:also-forbidden")));
		wireMock.stubFor(getCredentials()
			.willReturn(error(400, "NotAuthorizedException", "Access to Identity 'eu-west-1:x' is forbidden.")));

		assertThatExceptionOfType(CognitoSessionException.class).isThrownBy(provider()::resolveCredentials)
			.satisfies((ex) -> assertThat(ex.getErrorCode()).isEqualTo("NotAuthorizedException"));
		wireMock.verify(exactly(1), requested(GET_ID));
		wireMock.verify(exactly(2), requested(GET_CREDENTIALS));
	}

	@Test
	void resolveCredentialsWhenGuestSignsInThenGuestIdentityIdIsSentWithLogins() {
		CognitoIdentityCredentialsProvider provider = warmProvider("eu-west-1:guest-1", "ASIAGUEST");

		this.loginsProvider.switchTo(ALICE);
		wireMock.stubFor(getCredentials().withRequestBody(matchingJsonPath("$.Logins"))
			.willReturn(credentials("eu-west-1:guest-1", "ASIAALICE", EXPIRY)));

		assertThat(provider.resolveCredentials().accessKeyId()).isEqualTo("ASIAALICE");
		wireMock.verify(exactly(1), requested(GET_ID));
		wireMock.verify(exactly(1), requested(GET_CREDENTIALS).withRequestBody(equalToJson(
				"{\"IdentityId\":\"eu-west-1:guest-1\",\"Logins\":{\"" + USER_POOL_KEY + "\":\"" + ID_TOKEN + "\"}}")));
	}

	@Test
	void resolveCredentialsWhenCognitoMergedIdentitiesThenStoresReturnedIdentityId() {
		this.identityIdStore.save("eu-west-1:guest-1");
		this.loginsProvider.switchTo(ALICE);
		wireMock.stubFor(getCredentials().willReturn(credentials("eu-west-1:alice", "ASIAALICE", EXPIRY)));

		provider().resolveCredentials();

		assertThat(this.identityIdStore.load()).contains("eu-west-1:alice");
	}

	@ParameterizedTest(name = "identity changes notified: {0}")
	@ValueSource(booleans = { false, true })
	void resolveCredentialsWhenIdentityChangesThenPreviousIdentityCredentialsNeverReturned(boolean notified) {
		SwitchableLoginsProvider logins = SwitchableLoginsProvider.of(ALICE, notified);
		stubIdentity("eu-west-1:alice", "ASIAALICE");
		CognitoIdentityCredentialsProvider provider = track(
				builder().loginsProvider(logins).guestAccess(false).build());
		assertThat(provider.resolveCredentials().accessKeyId()).isEqualTo("ASIAALICE");

		// sign-out with guest access off: no credentials at all
		logins.switchTo(GUEST);
		assertThatExceptionOfType(GuestAccessNotAllowedException.class).isThrownBy(provider::resolveCredentials);

		// another user: that user's credentials, even though Alice's are still valid
		this.identityIdStore.clear();
		logins.switchTo(DAVE);
		stubIdentity("eu-west-1:dave", "ASIADAVE");
		assertThat(provider.resolveCredentials().accessKeyId()).isEqualTo("ASIADAVE");
	}

	@ParameterizedTest(name = "identity changes notified: {0}")
	@ValueSource(booleans = { false, true })
	void resolveCredentialsWhenIdentityChangesUnderConcurrentReadersThenNoReaderSeesPreviousIdentity(boolean notified)
			throws Exception {
		assertNoReaderSeesPreviousIdentity(notified, (provider) -> provider);
	}

	@ParameterizedTest(name = "identity changes notified: {0}")
	@ValueSource(booleans = { false, true })
	void resolveCredentialsThroughMirrorWhenIdentityChangesUnderConcurrentReadersThenNoReaderSeesPreviousIdentity(
			boolean notified) throws Exception {
		assertNoReaderSeesPreviousIdentity(notified, (provider) -> {
			MirroringProvider mirroring = new MirroringProvider(provider);
			provider.mirrorTo(mirroring);
			return mirroring;
		});
	}

	private void assertNoReaderSeesPreviousIdentity(boolean notified,
			Function<CognitoIdentityCredentialsProvider, AwsCredentialsProvider> readerOf) throws Exception {
		wireMock.stubFor(getId().willReturn(identityId("eu-west-1:shared")));
		wireMock.stubFor(getCredentials()
			.withRequestBody(matchingJsonPath("$.Logins['" + USER_POOL_KEY + "']", equalTo(ID_TOKEN)))
			.willReturn(credentials("eu-west-1:shared", "ASIAALICE", EXPIRY)));
		wireMock.stubFor(getCredentials()
			.withRequestBody(matchingJsonPath("$.Logins['" + USER_POOL_KEY + "']", equalTo(DAVE_ID_TOKEN)))
			.willReturn(credentials("eu-west-1:shared", "ASIADAVE", EXPIRY)));
		SwitchableLoginsProvider logins = SwitchableLoginsProvider.of(ALICE, notified);
		AwsCredentialsProvider provider = readerOf.apply(track(builder().loginsProvider(logins).build()));
		provider.resolveCredentials();

		int readers = 8;
		AtomicBoolean switched = new AtomicBoolean();
		AtomicInteger violations = new AtomicInteger();
		CountDownLatch running = new CountDownLatch(readers);
		ExecutorService executor = Executors.newFixedThreadPool(readers);
		try {
			List<Future<?>> results = new ArrayList<>();
			for (int i = 0; i < readers; i++) {
				results.add(executor.submit(() -> {
					running.countDown();
					for (int n = 0; n < 20_000; n++) {
						boolean afterSwitch = switched.get();
						String accessKeyId = provider.resolveCredentials().accessKeyId();
						if (afterSwitch && !accessKeyId.equals("ASIADAVE")) {
							violations.incrementAndGet();
						}
					}
				}));
			}
			assertThat(running.await(10, TimeUnit.SECONDS)).isTrue();
			logins.switchTo(DAVE);
			switched.set(true);
			for (Future<?> result : results) {
				result.get(30, TimeUnit.SECONDS);
			}
		}
		finally {
			executor.shutdownNow();
		}
		assertThat(violations).hasValue(0);
		assertThat(provider.resolveCredentials().accessKeyId()).isEqualTo("ASIADAVE");
		wireMock.verify(exactly(2), requested(GET_CREDENTIALS));
	}

	@ParameterizedTest(name = "identity changes notified: {0}")
	@ValueSource(booleans = { false, true })
	void resolveCredentialsWhenIdentityChangesDuringUpstreamOutageThenFailsInsteadOfServingOldCredentials(
			boolean notified) {
		SwitchableLoginsProvider logins = SwitchableLoginsProvider.of(ALICE, notified);
		stubIdentity("eu-west-1:alice", "ASIAALICE");
		CognitoIdentityCredentialsProvider provider = track(builder().loginsProvider(logins).build());
		provider.resolveCredentials();

		this.identityIdStore.clear();
		logins.switchTo(DAVE);
		wireMock.stubFor(getId().willReturn(error(500, "InternalErrorException", "try later")));

		assertThatExceptionOfType(CognitoSessionException.class).isThrownBy(provider::resolveCredentials)
			.satisfies((ex) -> assertThat(ex.getErrorCode()).isEqualTo("InternalErrorException"));
	}

	@ParameterizedTest(name = "identity changes notified: {0}")
	@ValueSource(booleans = { false, true })
	void resolveCredentialsWhenIdentityChangesWhileFetchIsHeldThenFetchedCredentialsNotServedAfterChange(
			boolean notified) throws Exception {
		wireMock.stubFor(getId().willReturn(identityId("eu-west-1:shared")));
		wireMock.stubFor(getCredentials()
			.withRequestBody(matchingJsonPath("$.Logins['" + USER_POOL_KEY + "']", equalTo(ID_TOKEN)))
			.willReturn(credentials("eu-west-1:shared", "ASIAALICE", EXPIRY).withTransformers(LatchTransformer.NAME)));
		wireMock.stubFor(getCredentials()
			.withRequestBody(matchingJsonPath("$.Logins['" + USER_POOL_KEY + "']", equalTo(DAVE_ID_TOKEN)))
			.willReturn(credentials("eu-west-1:shared", "ASIADAVE", EXPIRY)));
		SwitchableLoginsProvider logins = SwitchableLoginsProvider.of(ALICE, notified);
		CognitoIdentityCredentialsProvider provider = track(builder().loginsProvider(logins).build());
		ExecutorService executor = Executors.newSingleThreadExecutor();
		try {
			// Alice's first call fetches with her logins; the answer is held upstream
			Future<AwsCredentials> alicesCall = executor.submit(provider::resolveCredentials);
			assertThat(latch.awaitHeldRequest()).isTrue();

			logins.switchTo(DAVE);
			latch.open();

			// the call made before the change may still get Alice's credentials, but they
			// are not kept: nobody is served them after the change
			assertThat(alicesCall.get(30, TimeUnit.SECONDS).accessKeyId()).isEqualTo("ASIAALICE");
			assertThat(provider.resolveCredentials().accessKeyId()).isEqualTo("ASIADAVE");
			assertThat(provider.resolveCredentials().accessKeyId()).isEqualTo("ASIADAVE");
		}
		finally {
			executor.shutdownNow();
		}
		wireMock.verify(exactly(2), requested(GET_CREDENTIALS));
	}

	@Test
	void mirrorToWhenCredentialsFreshThenMirrorHoldsTheCurrentIdentitysUntilItChangesOrProviderCloses() {
		SwitchableLoginsProvider logins = SwitchableLoginsProvider.notifying(ALICE);
		stubIdentity("eu-west-1:alice", "ASIAALICE");
		CognitoIdentityCredentialsProvider provider = track(builder().loginsProvider(logins).build());
		MirroringProvider mirroring = new MirroringProvider(provider);
		provider.mirrorTo(mirroring);
		assertThat(mirroring.mirrored()).isNull();

		assertThat(mirroring.resolveCredentials().accessKeyId()).isEqualTo("ASIAALICE");
		assertThat(mirroring.mirrored()).isSameAs(provider.resolveCredentials());

		// an identity change empties the mirror before the notification returns
		this.identityIdStore.clear();
		stubIdentity("eu-west-1:dave", "ASIADAVE");
		logins.switchTo(DAVE);
		assertThat(mirroring.mirrored()).isNull();
		assertThat(mirroring.resolveCredentials().accessKeyId()).isEqualTo("ASIADAVE");
		assertThat(mirroring.mirrored().accessKeyId()).isEqualTo("ASIADAVE");

		// attaching again changes nothing; a closed provider decides with the clock
		provider.mirrorTo(mirroring);
		assertThat(mirroring.mirrored().accessKeyId()).isEqualTo("ASIADAVE");
		provider.close();
		assertThat(mirroring.mirrored()).isNull();
		assertThat(mirroring.resolveCredentials().accessKeyId()).isEqualTo("ASIADAVE");
		wireMock.verify(exactly(2), requested(GET_CREDENTIALS));
	}

	@Test
	void mirrorToWhenPrefetchTimeComesThenMirrorEmptiedAndCallersDecideWithClock() {
		CognitoIdentityCredentialsProvider provider = track(
				builder().loginsProvider(SwitchableLoginsProvider.notifying(GUEST)).build());
		stubIdentity("eu-west-1:guest-1", "ASIAOLD");
		provider.resolveCredentials();
		MirroringProvider mirroring = new MirroringProvider(provider);
		// a mirror attached to a warm provider gets its credentials at once
		provider.mirrorTo(mirroring);
		assertThat(mirroring.mirrored().accessKeyId()).isEqualTo("ASIAOLD");

		// past any jittered prefetch time: the timer ends the fresh phase
		moveClockTo(EXPIRY.minus(Duration.ofMinutes(3)));

		assertThat(mirroring.mirrored()).isNull();
		long clockReads = this.clock.reads();
		wireMock.stubFor(getCredentials().willReturn(renewedGuestCredentials()));
		assertThat(mirroring.resolveCredentials().accessKeyId()).isIn("ASIAOLD", "ASIANEW");
		assertThat(this.clock.reads()).isGreaterThan(clockReads);

		// the background refresh publishes the new credentials: a new fresh phase
		await().atMost(Duration.ofSeconds(10))
			.untilAsserted(() -> assertThat(mirroring.resolveCredentials().accessKeyId()).isEqualTo("ASIANEW"));
		assertThat(mirroring.mirrored().accessKeyId()).isEqualTo("ASIANEW");
		wireMock.verify(exactly(2), requested(GET_CREDENTIALS));
	}

	/**
	 * A wrapper as the auto-configuration's: the mirrored credentials, else the provider.
	 */
	private static final class MirroringProvider extends CredentialsMirror implements AwsCredentialsProvider {

		private final AwsCredentialsProvider provider;

		MirroringProvider(AwsCredentialsProvider provider) {
			this.provider = provider;
		}

		@Override
		public AwsCredentials resolveCredentials() {
			AwsCredentials mirrored = mirroredCredentials();
			return (mirrored != null) ? mirrored : this.provider.resolveCredentials();
		}

		AwsCredentials mirrored() {
			return mirroredCredentials();
		}

	}

	@Test
	void resolveCredentialsWhenIdentityChangesNotifiedAndWarmThenIdentityKeyNotAskedFor() {
		SwitchableLoginsProvider logins = SwitchableLoginsProvider.notifying(ALICE);
		stubIdentity("eu-west-1:alice", "ASIAALICE");
		CognitoIdentityCredentialsProvider provider = track(builder().loginsProvider(logins).build());
		provider.resolveCredentials();
		int keyReads = logins.identityKeyReads();

		for (int i = 0; i < 1000; i++) {
			assertThat(provider.resolveCredentials().accessKeyId()).isEqualTo("ASIAALICE");
		}

		assertThat(logins.identityKeyReads()).isEqualTo(keyReads);
	}

	@Test
	void resolveCredentialsWhenWarmThenNeitherClockNorUpstreamIsRead() {
		CognitoIdentityCredentialsProvider provider = warmProvider("eu-west-1:guest-1", "ASIAGUEST");
		long clockReads = this.clock.reads();

		for (int i = 0; i < 1000; i++) {
			assertThat(provider.resolveCredentials().accessKeyId()).isEqualTo("ASIAGUEST");
		}

		assertThat(this.clock.reads()).isEqualTo(clockReads);
		wireMock.verify(exactly(1), requested(GET_CREDENTIALS));
	}

	@Test
	void resolveCredentialsWhenClosedThenExpiryStillEnforcedOnCallerThread() {
		CognitoIdentityCredentialsProvider provider = warmProvider("eu-west-1:guest-1", "ASIAOLD");

		provider.close();
		// no timer runs any more: only the clock can tell that the credentials expired
		this.clock.set(EXPIRY);
		wireMock.stubFor(getCredentials().willReturn(renewedGuestCredentials()));

		assertThat(provider.resolveCredentials().accessKeyId()).isEqualTo("ASIANEW");
		assertThat(provider.resolveCredentials().accessKeyId()).isEqualTo("ASIANEW");
		wireMock.verify(exactly(2), requested(GET_CREDENTIALS));
	}

	@Test
	void resolveCredentialsWhenManyThreadsAtStaleInstantThenOneUpstreamCall() throws Exception {
		CognitoIdentityCredentialsProvider provider = warmProvider("eu-west-1:guest-1", "ASIAOLD");
		wireMock.stubFor(getCredentials().willReturn(renewedGuestCredentials()));
		moveClockTo(EXPIRY.minus(CognitoIdentityCredentialsProvider.DEFAULT_STALE_TIME));

		int threads = 200;
		CountDownLatch start = new CountDownLatch(1);
		ExecutorService executor = Executors.newFixedThreadPool(threads);
		try {
			List<Future<AwsCredentials>> results = new ArrayList<>();
			for (int i = 0; i < threads; i++) {
				results.add(executor.submit(() -> {
					start.await();
					return provider.resolveCredentials();
				}));
			}
			start.countDown();
			for (Future<AwsCredentials> result : results) {
				assertThat(result.get(30, TimeUnit.SECONDS).accessKeyId()).isEqualTo("ASIANEW");
			}
		}
		finally {
			executor.shutdownNow();
		}
		wireMock.verify(exactly(2), requested(GET_CREDENTIALS));
	}

	@Test
	void resolveCredentialsWhenInPrefetchWindowThenCallersGetOldCredentialsWhileRefreshIsInFlight()
			throws InterruptedException {
		CognitoIdentityCredentialsProvider provider = warmProvider("eu-west-1:guest-1", "ASIAOLD");
		wireMock
			.stubFor(getCredentials().willReturn(renewedGuestCredentials().withTransformers(LatchTransformer.NAME)));
		// past any jittered prefetch time, before the stale time
		moveClockTo(EXPIRY.minus(Duration.ofMinutes(3)));

		assertThat(provider.resolveCredentials().accessKeyId()).isEqualTo("ASIAOLD");
		assertThat(latch.awaitHeldRequest()).isTrue();
		// the refresh is held upstream: nobody waits for it
		for (int i = 0; i < 100; i++) {
			assertThat(provider.resolveCredentials().accessKeyId()).isEqualTo("ASIAOLD");
		}
		latch.open();

		await().atMost(Duration.ofSeconds(10))
			.untilAsserted(() -> assertThat(provider.resolveCredentials().accessKeyId()).isEqualTo("ASIANEW"));
		wireMock.verify(exactly(2), requested(GET_CREDENTIALS));
	}

	@Test
	void resolveCredentialsWhenBeforeJitteredPrefetchWindowThenNoRefreshAndWithinItOneRefresh() {
		CognitoIdentityCredentialsProvider provider = warmProvider("eu-west-1:guest-1", "ASIAOLD");
		wireMock.stubFor(getCredentials().willReturn(renewedGuestCredentials()));

		// the jitter only moves the prefetch later, by at most 20% of the prefetch time
		moveClockTo(EXPIRY.minus(CognitoIdentityCredentialsProvider.DEFAULT_PREFETCH_TIME).minusSeconds(1));
		assertThat(provider.resolveCredentials().accessKeyId()).isEqualTo("ASIAOLD");
		wireMock.verify(exactly(1), requested(GET_CREDENTIALS));

		moveClockTo(EXPIRY.minus(Duration.ofMinutes(4)));
		provider.resolveCredentials();
		await().atMost(Duration.ofSeconds(10))
			.untilAsserted(() -> assertThat(provider.resolveCredentials().accessKeyId()).isEqualTo("ASIANEW"));
		wireMock.verify(exactly(2), requested(GET_CREDENTIALS));
	}

	@Test
	void resolveCredentialsWhenPrefetchFailsThenBacksOffAndKeepsServingWithoutBlocking() {
		CognitoIdentityCredentialsProvider provider = warmProvider("eu-west-1:guest-1", "ASIAOLD");
		wireMock.stubFor(getCredentials().willReturn(error(500, "InternalErrorException", "unavailable")));
		Instant prefetch = EXPIRY.minus(Duration.ofMinutes(3));

		moveClockTo(prefetch);
		assertThat(provider.resolveCredentials().accessKeyId()).isEqualTo("ASIAOLD");
		await().atMost(Duration.ofSeconds(10))
			.untilAsserted(() -> wireMock.verify(exactly(2), requested(GET_CREDENTIALS)));
		// the test clock stands still inside the first backoff: callers keep resolving,
		// and none of them starts another attempt
		await().during(Duration.ofMillis(500)).atMost(Duration.ofSeconds(10)).untilAsserted(() -> {
			assertThat(provider.resolveCredentials().accessKeyId()).isEqualTo("ASIAOLD");
			wireMock.verify(exactly(2), requested(GET_CREDENTIALS));
		});

		moveClockTo(prefetch.plusSeconds(2));
		assertThat(provider.resolveCredentials().accessKeyId()).isEqualTo("ASIAOLD");
		await().atMost(Duration.ofSeconds(10))
			.untilAsserted(() -> wireMock.verify(exactly(3), requested(GET_CREDENTIALS)));
	}

	@Test
	void resolveCredentialsWhenStaleAndUpstreamHangsThenWaitIsBounded() throws Exception {
		stubIdentity("eu-west-1:guest-1", "ASIAOLD");
		CognitoIdentityCredentialsProvider provider = track(builder().refreshTimeout(Duration.ofMillis(100)).build());
		provider.resolveCredentials();
		wireMock
			.stubFor(getCredentials().willReturn(renewedGuestCredentials().withTransformers(LatchTransformer.NAME)));
		moveClockTo(EXPIRY.minusSeconds(30));
		ExecutorService executor = Executors.newSingleThreadExecutor();
		try {
			// this caller makes the upstream call, which the stub holds
			Future<AwsCredentials> leader = executor.submit(provider::resolveCredentials);
			assertThat(latch.awaitHeldRequest()).isTrue();

			// stale but valid: after the bounded wait, the old credentials
			assertThat(provider.resolveCredentials().accessKeyId()).isEqualTo("ASIAOLD");
			// expired: after the bounded wait, a clear error
			moveClockTo(EXPIRY);
			assertThatExceptionOfType(CognitoSessionException.class).isThrownBy(provider::resolveCredentials)
				.satisfies((ex) -> assertThat(ex.getErrorCode()).isEqualTo("CredentialsRefreshTimeout"));

			latch.open();
			assertThat(leader.get(10, TimeUnit.SECONDS).accessKeyId()).isEqualTo("ASIANEW");
		}
		finally {
			executor.shutdownNow();
		}
		assertThat(provider.resolveCredentials().accessKeyId()).isEqualTo("ASIANEW");
		wireMock.verify(exactly(2), requested(GET_CREDENTIALS));
	}

	@Test
	void resolveCredentialsWhenRefreshFailsThenBacksOffAndServesOldCredentialsUntilExpiry() {
		CognitoIdentityCredentialsProvider provider = warmProvider("eu-west-1:guest-1", "ASIAOLD");
		wireMock.stubFor(getCredentials().willReturn(error(500, "InternalErrorException", "unavailable")));

		Instant stale = EXPIRY.minusSeconds(30);
		moveClockTo(stale);
		assertThat(provider.resolveCredentials().accessKeyId()).isEqualTo("ASIAOLD");
		wireMock.verify(exactly(2), requested(GET_CREDENTIALS));

		// within the first backoff (at least one second): no upstream call
		moveClockTo(stale.plusMillis(900));
		assertThat(provider.resolveCredentials().accessKeyId()).isEqualTo("ASIAOLD");
		assertThat(provider.resolveCredentials().accessKeyId()).isEqualTo("ASIAOLD");
		wireMock.verify(exactly(2), requested(GET_CREDENTIALS));

		// after it: one more attempt, still the old credentials
		moveClockTo(stale.plusSeconds(2));
		assertThat(provider.resolveCredentials().accessKeyId()).isEqualTo("ASIAOLD");
		wireMock.verify(exactly(3), requested(GET_CREDENTIALS));

		// really expired: the failure surfaces, and again within the backoff without a
		// call
		moveClockTo(EXPIRY);
		assertThatExceptionOfType(CognitoSessionException.class).isThrownBy(provider::resolveCredentials)
			.satisfies((ex) -> assertThat(ex.getErrorCode()).isEqualTo("InternalErrorException"));
		assertThatExceptionOfType(CognitoSessionException.class).isThrownBy(provider::resolveCredentials);
		wireMock.verify(exactly(4), requested(GET_CREDENTIALS));

		// the upstream recovers
		wireMock.stubFor(getCredentials().willReturn(renewedGuestCredentials()));
		moveClockTo(EXPIRY.plus(CognitoIdentityCredentialsProvider.DEFAULT_MAX_BACKOFF));
		assertThat(provider.resolveCredentials().accessKeyId()).isEqualTo("ASIANEW");
	}

	@Test
	void resolveCredentialsWhenBackgroundRefreshThenRefreshedWithoutCaller() {
		wireMock.stubFor(getId().willReturn(identityId("eu-west-1:guest-1")));
		wireMock.stubFor(getCredentials().inScenario("background")
			.whenScenarioStateIs(Scenario.STARTED)
			.willReturn(credentials("eu-west-1:guest-1", "ASIAOLD", T0.plus(Duration.ofMinutes(5))))
			.willSetStateTo("refreshed"));
		wireMock.stubFor(getCredentials().inScenario("background")
			.whenScenarioStateIs("refreshed")
			.willReturn(credentials("eu-west-1:guest-1", "ASIANEW", EXPIRY)));
		CognitoIdentityCredentialsProvider provider = track(
				ownThreadBuilder().backgroundRefresh(true).prefetchJitter(0).build());

		assertThat(provider.resolveCredentials().accessKeyId()).isEqualTo("ASIAOLD");

		// the clock stands still: only the background task can have fetched
		await().atMost(Duration.ofSeconds(10))
			.untilAsserted(() -> wireMock.verify(exactly(2), requested(GET_CREDENTIALS)));
		await().atMost(Duration.ofSeconds(10))
			.untilAsserted(() -> assertThat(provider.resolveCredentials().accessKeyId()).isEqualTo("ASIANEW"));
	}

	@Test
	void closeWhenCreatedAndClosedManyTimesThenNoRefreshThreadLeaks() {
		stubIdentity("eu-west-1:guest-1", "ASIAGUEST");
		int startedThreads = 0;
		for (int i = 0; i < 200; i++) {
			try (CognitoIdentityCredentialsProvider provider = ownThreadBuilder().backgroundRefresh(true).build()) {
				provider.resolveCredentials();
				// the scheduled background refresh has started the provider's thread
				startedThreads += (refreshThreadCount() > 0) ? 1 : 0;
			}
		}

		assertThat(startedThreads).isEqualTo(200);
		await().atMost(Duration.ofSeconds(10)).until(() -> refreshThreadCount() == 0);
	}

	private static long refreshThreadCount() {
		return Thread.getAllStackTraces()
			.keySet()
			.stream()
			.filter((thread) -> thread.isAlive()
					&& thread.getName().startsWith(CognitoIdentityCredentialsProvider.THREAD_NAME_PREFIX))
			.count();
	}

	@Test
	void toStringWhenCredentialsCachedThenNoSecrets() {
		this.loginsProvider.switchTo(ALICE);
		stubIdentity("eu-west-1:alice", "ASIAALICE");
		CognitoIdentityCredentialsProvider provider = provider();
		AwsCredentials credentials = provider.resolveCredentials();

		assertThat(provider.toString()).contains("eu-west-1:alice")
			.doesNotContain("secret-ASIAALICE", "session-ASIAALICE", ID_TOKEN);
		assertThat(credentials.toString()).doesNotContain("secret-ASIAALICE", "session-ASIAALICE");
		assertThat(ALICE.toString()).contains(USER_POOL_KEY).doesNotContain(ID_TOKEN);
	}

	@Test
	void buildWhenIdentityPoolIdMissingThenIdentityPoolNotConfigured() {
		assertThatExceptionOfType(IdentityPoolNotConfiguredException.class)
			.isThrownBy(() -> builder().identityPoolId(null).build())
			.withMessageContaining("cognito.identity-pool.id");
	}

	@Test
	void buildWhenIdentityPoolIdMalformedThenErrorNamesProperty() {
		assertThatExceptionOfType(IllegalArgumentException.class)
			.isThrownBy(() -> builder().identityPoolId("eu-west-1_AbCdEf").build())
			.withMessageContaining("cognito.identity-pool.id");
	}

	@ParameterizedTest(name = "identity changes notified: {0}")
	@ValueSource(booleans = { false, true })
	void resolveCredentialsWhenPreviousIdentityBacksOffThenNewIdentityFetchedAtOnce(boolean notified) {
		SwitchableLoginsProvider logins = SwitchableLoginsProvider.of(BOB, notified);
		wireMock.stubFor(getId().willReturn(identityId("eu-west-1:bob")));
		wireMock.stubFor(getCredentials().willReturn(error(500, "InternalErrorException", "unavailable")));
		CognitoIdentityCredentialsProvider provider = track(builder().loginsProvider(logins).build());
		assertThatExceptionOfType(CognitoSessionException.class).isThrownBy(provider::resolveCredentials);
		// within Bob's backoff: no call
		assertThatExceptionOfType(CognitoSessionException.class).isThrownBy(provider::resolveCredentials);
		wireMock.verify(exactly(1), requested(GET_CREDENTIALS));

		// a new federated sign-in (a new identity key) starts over at once
		this.identityIdStore.clear();
		logins.switchTo(DAVE);
		stubIdentity("eu-west-1:dave", "ASIADAVE");

		assertThat(provider.resolveCredentials().accessKeyId()).isEqualTo("ASIADAVE");
		wireMock.verify(exactly(2), requested(GET_CREDENTIALS));
	}

	@Test
	void resolveCredentialsWhenLoginsProviderThrowsCheckedExceptionThenWrapped() {
		IOException checked = new IOException("broken");
		LoginsProvider sneaky = new LoginsProvider() {

			@Override
			public String currentIdentityKey() {
				return "user:alice";
			}

			@Override
			public IdentityLogins currentLogins() {
				throw CognitoIdentityCredentialsProviderTests.<RuntimeException>sneaky(checked);
			}

		};

		assertThatExceptionOfType(CognitoSessionException.class)
			.isThrownBy(track(builder().loginsProvider(sneaky).build())::resolveCredentials)
			.withMessageContaining("Fetching AWS credentials failed")
			.withCauseInstanceOf(IOException.class);
	}

	@SuppressWarnings("unchecked")
	private static <E extends Throwable> RuntimeException sneaky(Throwable failure) throws E {
		throw (E) failure;
	}

	@Test
	void buildWhenPrefetchJitterAboveOneThenFails() {
		assertThatExceptionOfType(IllegalArgumentException.class)
			.isThrownBy(() -> builder().prefetchJitter(1.5).build())
			.withMessage("prefetchJitter must be between 0 and 1");
	}

	@Test
	void buildWhenMaxBackoffBelowMinRefreshIntervalThenFails() {
		assertThatExceptionOfType(IllegalArgumentException.class)
			.isThrownBy(() -> builder().maxBackoff(Duration.ofMillis(500)).build())
			.withMessage("maxBackoff cannot be shorter than PT1S");
	}

	@Test
	void buildWhenRefreshTimeoutZeroThenFails() {
		assertThatExceptionOfType(IllegalArgumentException.class)
			.isThrownBy(() -> builder().refreshTimeout(Duration.ZERO).build())
			.withMessage("refreshTimeout must be positive");
	}

	@Test
	void buildWhenPrefetchTimeShorterThanStaleTimeThenFails() {
		assertThatExceptionOfType(IllegalArgumentException.class)
			.isThrownBy(() -> builder().prefetchTime(Duration.ofSeconds(30)).build())
			.withMessageContaining("prefetchTime");
	}

}
