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
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicReference;

import com.github.tomakehurst.wiremock.junit5.WireMockExtension;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import software.amazon.awssdk.auth.credentials.AwsSessionCredentials;
import software.amazon.awssdk.awscore.exception.AwsErrorDetails;
import software.amazon.awssdk.services.cognitoidentity.CognitoIdentityClient;
import software.amazon.awssdk.services.cognitoidentityprovider.model.NotAuthorizedException;

import io.github.cognitosession.credentials.DefaultIdentityPoolOperations;
import io.github.cognitosession.credentials.SessionCredentialsProvider;
import io.github.cognitosession.credentials.FederatedTokenRejectedException;
import io.github.cognitosession.credentials.GuestAccessNotAllowedException;
import io.github.cognitosession.credentials.IdentityLogins;
import io.github.cognitosession.event.UserStateChangedEvent;
import io.github.cognitosession.exception.NotSignedInException;
import io.github.cognitosession.exception.ReauthenticationTimeoutException;
import io.github.cognitosession.signin.AuthenticationOutcome;
import io.github.cognitosession.state.FederatedLogin;
import io.github.cognitosession.state.UserState;
import io.github.cognitosession.store.SessionRecord;
import io.github.cognitosession.token.TestTokens;

import static com.github.tomakehurst.wiremock.client.WireMock.equalTo;
import static com.github.tomakehurst.wiremock.client.WireMock.matchingJsonPath;
import static com.github.tomakehurst.wiremock.client.WireMock.notContaining;
import static io.github.cognitosession.session.IdentityPoolStubs.USER_POOL_LOGIN;
import static io.github.cognitosession.session.IdentityPoolStubs.credentials;
import static io.github.cognitosession.session.IdentityPoolStubs.identityPool;
import static io.github.cognitosession.session.IdentityPoolStubs.error;
import static io.github.cognitosession.session.IdentityPoolStubs.identityId;
import static io.github.cognitosession.session.IdentityPoolStubs.operation;
import static io.github.cognitosession.session.IdentityPoolStubs.requested;
import static io.github.cognitosession.session.IdentityPoolStubs.tokenExpired;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatExceptionOfType;

/**
 * Tests for the identity-pool side of {@link DefaultCognitoSessionManager} (its
 * {@link SessionIdentity}): the logins it hands to the credentials provider, the identity
 * id kept in the session record, guest and federated states, against Cognito Identity
 * stubbed with WireMock.
 *
 * @author Cognito Session contributors
 */
class SessionIdentityTests {

	private static final String GUEST_ID = "us-east-1:00000000-0000-0000-0000-00000000gues";

	private static final String USER_ID = "us-east-1:00000000-0000-0000-0000-00000000user";

	private static final String GOOGLE = "accounts.google.com";

	private static final String GOOGLE_TOKEN = "google-token-value-1";

	/**
	 * A per-user scope whose calls all resolve to one user: the identity changes are then
	 * checked rather than told.
	 */
	private static final SessionKeyResolver PER_USER_KEYS = () -> "the-user";

	@RegisterExtension
	static WireMockExtension identity = IdentityPoolStubs.wireMock();

	private final SessionFixture fixture = new SessionFixture();

	private final CognitoIdentityClient client = IdentityPoolStubs.client(identity);

	private final List<DefaultCognitoSessionManager> managers = new CopyOnWriteArrayList<>();

	@AfterEach
	void close() {
		this.managers.forEach(DefaultCognitoSessionManager::close);
		this.client.close();
	}

	private DefaultCognitoSessionManager manager(boolean guestAccess) {
		return manager(guestAccess, Duration.ofSeconds(30));
	}

	private DefaultCognitoSessionManager manager(boolean guestAccess, Duration reauthenticationTimeout) {
		DefaultCognitoSessionManager manager = this.fixture.builder(this.fixture.refresher(false))
			.identityPool(identityPool(this.client, this.fixture.clock)::build)
			.guestAccess(guestAccess)
			.reauthenticationTimeout(reauthenticationTimeout)
			.build();
		this.managers.add(manager);
		return manager;
	}

	private static IdentityPoolOperations pool(CognitoSessionManager manager) {
		return manager.identityPool().orElseThrow();
	}

	private static SessionCredentialsProvider provider(CognitoSessionManager manager) {
		return ((DefaultIdentityPoolOperations) pool(manager)).credentialsProvider();
	}

	private void signIn(DefaultCognitoSessionManager manager, String username) {
		this.fixture.authenticator
			.then(new AuthenticationOutcome.Authenticated(this.fixture.rawTokens(username, "refresh-" + username)));
		assertThat(manager.signIn(username, "password").isDone()).isTrue();
	}

	/** GetId answers the guest id without logins and the user id with them. */
	private static void stubGetId() {
		identity.stubFor(operation("GetId").withRequestBody(notContaining("Logins")).willReturn(identityId(GUEST_ID)));
		identity
			.stubFor(operation("GetId").withRequestBody(matchingJsonPath("$.Logins")).willReturn(identityId(USER_ID)));
	}

	/** Guest credentials without logins, the user's with the user pool's ID token. */
	private static void stubCredentials() {
		identity.stubFor(operation("GetCredentialsForIdentity").withRequestBody(notContaining("Logins"))
			.willReturn(credentials(GUEST_ID, "AKIDGUEST")));
		identity.stubFor(operation("GetCredentialsForIdentity")
			.withRequestBody(matchingJsonPath("$.Logins['" + USER_POOL_LOGIN + "']"))
			.willReturn(credentials(USER_ID, "AKIDUSER")));
		identity.stubFor(operation("GetCredentialsForIdentity")
			.withRequestBody(matchingJsonPath("$.Logins['" + GOOGLE + "']", equalTo(GOOGLE_TOKEN)))
			.willReturn(credentials(USER_ID, "AKIDGOOGLE")));
	}

	@Test
	void initializeWhenGuestAccessAndNobodySignedInThenGuestWithoutNetwork() {
		assertThat(manager(true).initialize()).isEqualTo(UserState.GUEST);
		assertThat(manager(false).initialize()).isEqualTo(UserState.SIGNED_OUT);
		assertThat(identity.getAllServeEvents()).isEmpty();
	}

	@Test
	void getCredentialsWhenGuestThenUnauthenticatedCredentialsAndGuestIdentityKeptInGuestRecord() {
		stubGetId();
		stubCredentials();
		DefaultCognitoSessionManager manager = manager(true);
		AwsSessionCredentials credentials = pool(manager).getCredentials();
		assertThat(credentials.accessKeyId()).isEqualTo("AKIDGUEST");
		assertThat(credentials.sessionToken()).isEqualTo("session-AKIDGUEST");
		assertThat(pool(manager).getIdentityId()).isEqualTo(GUEST_ID);
		assertThat(this.fixture.store.record().getState()).isEqualTo(UserState.GUEST);
		assertThat(this.fixture.store.record().getIdentityId()).isEqualTo(GUEST_ID);
		identity.verify(1, requested("GetId").withRequestBody(notContaining("Logins")));
	}

	@Test
	void getIdentityIdWhenSecondManagerOnSameStoreThenRestoredAsGuestAndNoSecondGetId() {
		stubGetId();
		stubCredentials();
		pool(manager(true)).getCredentials();
		DefaultCognitoSessionManager restarted = manager(true);
		assertThat(restarted.initialize()).isEqualTo(UserState.GUEST);
		assertThat(pool(restarted).getCachedIdentityId()).isEqualTo(GUEST_ID);
		assertThat(pool(restarted).getIdentityId()).isEqualTo(GUEST_ID);
		assertThat(pool(restarted).getCredentials().accessKeyId()).isEqualTo("AKIDGUEST");
		identity.verify(1, requested("GetId"));
	}

	@Test
	void getCredentialsWhenGuestAccessOffAndNobodySignedInThenGuestAccessNotAllowed() {
		DefaultCognitoSessionManager manager = manager(false);
		assertThatExceptionOfType(GuestAccessNotAllowedException.class).isThrownBy(() -> pool(manager).getCredentials())
			.withMessageContaining("cognito.identity-pool.guest-access");
		assertThatExceptionOfType(GuestAccessNotAllowedException.class).isThrownBy(() -> pool(manager).getIdentityId());
		assertThat(identity.getAllServeEvents()).isEmpty();
	}

	@Test
	void getCredentialsWhenSignedInThenLoginsMapUserPoolKeyToCurrentIdToken() {
		stubGetId();
		stubCredentials();
		DefaultCognitoSessionManager manager = manager(false);
		signIn(manager, "alice");
		String idToken = manager.getTokens().getIdToken().getTokenValue();
		assertThat(pool(manager).getCredentials().accessKeyId()).isEqualTo("AKIDUSER");
		identity.verify(1, requested("GetId").withRequestBody(matchingJsonPath("$.Logins.size()", equalTo("1")))
			.withRequestBody(matchingJsonPath("$.Logins['" + USER_POOL_LOGIN + "']", equalTo(idToken))));
		identity.verify(1,
				requested("GetCredentialsForIdentity")
					.withRequestBody(matchingJsonPath("$.IdentityId", equalTo(USER_ID)))
					.withRequestBody(matchingJsonPath("$.Logins['" + USER_POOL_LOGIN + "']", equalTo(idToken))));
		assertThat(this.fixture.store.record().getIdentityId()).isEqualTo(USER_ID);
	}

	@Test
	void getCredentialsWhenIdTokenRefreshedThenSameIdentityKeyAndFreshTokenSentOnNextFetch() {
		stubGetId();
		stubCredentials();
		DefaultCognitoSessionManager manager = manager(false);
		signIn(manager, "alice");
		String identityKey = manager.currentSession().identityKey();
		this.fixture.clock.advance(Duration.ofMinutes(58));
		String refreshed = manager.getTokens().getIdToken().getTokenValue();
		assertThat(manager.currentSession().identityKey()).isEqualTo(identityKey);
		assertThat(this.fixture.store.record().getIdentityId()).isNull();
		pool(manager).getCredentials();
		identity.verify(1, requested("GetCredentialsForIdentity")
			.withRequestBody(matchingJsonPath("$.Logins['" + USER_POOL_LOGIN + "']", equalTo(refreshed))));
	}

	@Test
	void signInWhenGuestSignsInThenGuestIdentityCarriedIntoAuthenticatedOne() {
		stubGetId();
		stubCredentials();
		DefaultCognitoSessionManager manager = manager(true);
		assertThat(pool(manager).getIdentityId()).isEqualTo(GUEST_ID);
		signIn(manager, "alice");
		assertThat(this.fixture.store.record().getIdentityId()).isEqualTo(GUEST_ID);
		pool(manager).getCredentials();
		identity.verify(1, requested("GetId"));
		identity.verify(1,
				requested("GetCredentialsForIdentity")
					.withRequestBody(matchingJsonPath("$.IdentityId", equalTo(GUEST_ID)))
					.withRequestBody(matchingJsonPath("$.Logins['" + USER_POOL_LOGIN + "']")));
		// Cognito answered with the linked identity: that is the one kept
		assertThat(pool(manager).getIdentityId()).isEqualTo(USER_ID);
	}

	@Test
	void signInWhenDifferentUserSignsInThenPreviousUsersIdentityIdCleared() {
		stubGetId();
		stubCredentials();
		DefaultCognitoSessionManager manager = manager(false);
		signIn(manager, "alice");
		pool(manager).getIdentityId();
		assertThat(this.fixture.store.record().getIdentityId()).isEqualTo(USER_ID);
		signIn(manager, "bob");
		assertThat(this.fixture.store.record().getIdentityId()).isNull();
		signIn(manager, "bob");
		assertThat(this.fixture.store.record().getIdentityId()).isNull();
	}

	@Test
	void signInWhenSameUserSignsInAgainAfterRefreshTokenRejectedThenIdentityIdKeptWithoutSecondGetId() {
		stubGetId();
		stubCredentials();
		DefaultCognitoSessionManager manager = this.fixture.builder((username, refreshToken, deviceKey) -> {
			throw NotAuthorizedException.builder()
				.message("Refresh Token has been revoked")
				.awsErrorDetails(AwsErrorDetails.builder().errorCode("NotAuthorizedException").build())
				.statusCode(400)
				.build();
		})
			.identityPool(identityPool(this.client, this.fixture.clock)::build)
			.reauthenticationTimeout(Duration.ZERO)
			.build();
		this.managers.add(manager);
		signIn(manager, "alice");
		assertThat(pool(manager).getIdentityId()).isEqualTo(USER_ID);
		this.fixture.clock.advance(Duration.ofMinutes(58));
		assertThatExceptionOfType(ReauthenticationTimeoutException.class).isThrownBy(manager::getTokens);
		assertThat(manager.currentUserState()).isEqualTo(UserState.SIGNED_OUT_USER_POOLS_TOKEN_INVALID);
		assertThat(this.fixture.store.record().getIdentityId()).isEqualTo(USER_ID);
		signIn(manager, "alice");
		assertThat(pool(manager).getIdentityId()).isEqualTo(USER_ID);
		identity.verify(1, requested("GetId"));
	}

	@Test
	void signOutWhenGuestAccessThenGuestAndPreviousCredentialsNeverReturned() {
		stubGetId();
		stubCredentials();
		DefaultCognitoSessionManager manager = manager(true);
		signIn(manager, "alice");
		assertThat(pool(manager).getCredentials().accessKeyId()).isEqualTo("AKIDUSER");
		manager.signOut();
		assertThat(manager.currentUserState()).isEqualTo(UserState.GUEST);
		assertThat(pool(manager).getCredentials().accessKeyId()).isEqualTo("AKIDGUEST");
		assertThat(this.fixture.events.eventsOfType(UserStateChangedEvent.class)).last()
			.satisfies((event) -> assertThat(event.getState()).isEqualTo(UserState.GUEST));
	}

	@ParameterizedTest(name = "application scope: {0}")
	@ValueSource(booleans = { true, false })
	void signOutWhenEventListenerAsksForCredentialsThenGivenNewIdentityNotPrevious(boolean applicationWide) {
		stubGetId();
		stubCredentials();
		AtomicReference<SessionCredentialsProvider> provider = new AtomicReference<>();
		List<String> seenOnSignOut = new CopyOnWriteArrayList<>();
		DefaultCognitoSessionManager manager = this.fixture.builder(this.fixture.refresher(false))
			.sessionKeyResolver(applicationWide ? SessionKeyResolver.application() : PER_USER_KEYS)
			.identityPool(identityPool(this.client, this.fixture.clock)::build)
			.guestAccess(true)
			.eventPublisher((event) -> {
				if (event instanceof UserStateChangedEvent changed && changed.getState() == UserState.GUEST) {
					seenOnSignOut.add(provider.get().resolveCredentials().accessKeyId());
				}
			})
			.build();
		provider.set(provider(manager));
		this.managers.add(manager);
		signIn(manager, "alice");
		assertThat(provider.get().resolveCredentials().accessKeyId()).isEqualTo("AKIDUSER");

		manager.signOut();

		assertThat(seenOnSignOut).containsExactly("AKIDGUEST");
		assertThat(provider.get().resolveCredentials().accessKeyId()).isEqualTo("AKIDGUEST");
	}

	@Test
	void onIdentityChangeWhenApplicationScopeThenOfferedAndToldOfEveryChange() {
		stubGetId();
		stubCredentials();
		DefaultCognitoSessionManager manager = manager(true);
		AtomicInteger changes = new AtomicInteger();
		assertThat(manager.identities().onIdentityChange(changes::incrementAndGet)).isTrue();
		String guestKey = manager.currentSession().identityKey();
		int afterRestore = changes.get();

		signIn(manager, "alice");
		assertThat(changes.get()).isEqualTo(afterRestore + 1);
		pool(manager).federatedSignIn(GOOGLE, GOOGLE_TOKEN);
		assertThat(changes.get()).isEqualTo(afterRestore + 2);
		manager.signOut();
		assertThat(changes.get()).isEqualTo(afterRestore + 3);
		assertThat(manager.currentSession().identityKey()).isNotEqualTo(guestKey);
	}

	@Test
	void onIdentityChangeWhenPerUserScopeThenNotOffered() {
		DefaultCognitoSessionManager manager = this.fixture.builder(this.fixture.refresher(false))
			.sessionKeyResolver(PER_USER_KEYS)
			.guestAccess(true)
			.build();
		AtomicInteger changes = new AtomicInteger();

		assertThat(manager.identities().onIdentityChange(changes::incrementAndGet)).isFalse();
		signIn(manager, "alice");
		assertThat(changes).hasValue(0);
	}

	@Test
	void signOutWhenGuestAccessOffThenSignedOutAndCredentialsRefused() {
		stubGetId();
		stubCredentials();
		DefaultCognitoSessionManager manager = manager(false);
		signIn(manager, "alice");
		pool(manager).getCredentials();
		manager.signOut();
		assertThat(manager.currentUserState()).isEqualTo(UserState.SIGNED_OUT);
		assertThatExceptionOfType(GuestAccessNotAllowedException.class)
			.isThrownBy(() -> pool(manager).getCredentials());
	}

	@Test
	void federatedSignInWhenTokenAcceptedThenSignedInWithProviderLoginsAndNoUserPoolTokens() {
		stubGetId();
		stubCredentials();
		DefaultCognitoSessionManager manager = manager(false);
		pool(manager).federatedSignIn(GOOGLE, GOOGLE_TOKEN);
		assertThat(manager.currentUserState()).isEqualTo(UserState.SIGNED_IN);
		assertThat(pool(manager).getCredentials().accessKeyId()).isEqualTo("AKIDGOOGLE");
		identity.verify(1, requested("GetId")
			.withRequestBody(matchingJsonPath("$.Logins['" + GOOGLE + "']", equalTo(GOOGLE_TOKEN))));
		assertThatExceptionOfType(NotSignedInException.class).isThrownBy(manager::getTokens)
			.withMessageStartingWith("Not signed in to the user pool")
			.withMessageContaining(GOOGLE)
			.withMessageNotContaining(GOOGLE_TOKEN);
		SessionRecord record = this.fixture.store.record();
		assertThat(record.getFederatedProvider()).isEqualTo(GOOGLE);
		assertThat(record.getIdentityId()).isEqualTo(USER_ID);
		assertThat(record.toString()).doesNotContain(GOOGLE_TOKEN);
	}

	@Test
	void federatedSignInWhenRestartedThenRestoredSignedInWithoutNetwork() {
		stubGetId();
		stubCredentials();
		pool(manager(false)).federatedSignIn(GOOGLE, GOOGLE_TOKEN);
		identity.resetRequests();
		DefaultCognitoSessionManager restarted = manager(false);
		assertThat(restarted.initialize()).isEqualTo(UserState.SIGNED_IN);
		assertThat(identity.getAllServeEvents()).isEmpty();
		assertThat(pool(restarted).getCredentials().accessKeyId()).isEqualTo("AKIDGOOGLE");
		identity.verify(0, requested("GetId"));
	}

	@Test
	void federatedSignInWhenTokenRejectedThenFederatedTokensInvalidWithEventAndFreshTokenRecovers() {
		stubGetId();
		stubCredentials();
		identity.stubFor(operation("GetCredentialsForIdentity")
			.withRequestBody(matchingJsonPath("$.Logins['" + GOOGLE + "']", equalTo("expired-token")))
			.willReturn(tokenExpired()));
		DefaultCognitoSessionManager manager = manager(false, Duration.ZERO);
		assertThatExceptionOfType(FederatedTokenRejectedException.class)
			.isThrownBy(() -> pool(manager).federatedSignIn(GOOGLE, "expired-token"))
			.withMessageNotContaining("expired-token");
		assertThat(manager.currentUserState()).isEqualTo(UserState.SIGNED_OUT_FEDERATED_TOKENS_INVALID);
		assertThat(this.fixture.store.record().getState()).isEqualTo(UserState.SIGNED_OUT_FEDERATED_TOKENS_INVALID);
		assertThat(this.fixture.store.record().getFederatedToken()).isNull();
		UserStateChangedEvent event = this.fixture.events.eventsOfType(UserStateChangedEvent.class).get(1);
		assertThat(event.getState()).isEqualTo(UserState.SIGNED_OUT_FEDERATED_TOKENS_INVALID);
		assertThat(event.getCause()).isInstanceOf(FederatedTokenRejectedException.class);
		assertThat(this.fixture.events.events)
			.allSatisfy((published) -> assertThat(published.toString()).doesNotContain("expired-token"));
		assertThatExceptionOfType(ReauthenticationTimeoutException.class)
			.isThrownBy(() -> pool(manager).getCredentials());
		assertThatExceptionOfType(ReauthenticationTimeoutException.class)
			.isThrownBy(() -> pool(manager).getIdentityId());
		pool(manager).federatedSignIn(GOOGLE, GOOGLE_TOKEN);
		assertThat(manager.currentUserState()).isEqualTo(UserState.SIGNED_IN);
		assertThat(pool(manager).getCredentials().accessKeyId()).isEqualTo("AKIDGOOGLE");
	}

	@Test
	void federatedSignInWhenDeveloperAuthenticatedThenGivenIdentityIdUsedWithoutGetId() {
		identity.stubFor(operation("GetCredentialsForIdentity")
			.withRequestBody(matchingJsonPath("$.IdentityId", equalTo("us-east-1:dev-identity")))
			.willReturn(credentials("us-east-1:dev-identity", "AKIDDEV")));
		DefaultCognitoSessionManager manager = manager(false);
		pool(manager).federatedSignIn(IdentityLogins.DEVELOPER_PROVIDER_KEY, "open-id-token",
				FederatedSignInOptions.builder()
					.identityId("us-east-1:dev-identity")
					.customRoleArn("arn:aws:iam::123456789012:role/dev")
					.build());
		assertThat(pool(manager).getCredentials().accessKeyId()).isEqualTo("AKIDDEV");
		assertThat(pool(manager).getIdentityId()).isEqualTo("us-east-1:dev-identity");
		identity.verify(0, requested("GetId"));
		identity.verify(requested("GetCredentialsForIdentity")
			.withRequestBody(matchingJsonPath("$.CustomRoleArn", equalTo("arn:aws:iam::123456789012:role/dev")))
			.withRequestBody(matchingJsonPath("$.Logins['cognito-identity.amazonaws.com']", equalTo("open-id-token"))));
	}

	@Test
	void getCredentialsWhenCachedIdentityIdRejectedThenFetchedAgainAndStored() {
		stubGetId();
		identity.stubFor(operation("GetCredentialsForIdentity")
			.withRequestBody(matchingJsonPath("$.IdentityId", equalTo("us-east-1:deleted")))
			.willReturn(error(400, "ResourceNotFoundException", "Identity 'us-east-1:deleted' not found.")));
		identity.stubFor(operation("GetCredentialsForIdentity")
			.withRequestBody(matchingJsonPath("$.IdentityId", equalTo(GUEST_ID)))
			.willReturn(credentials(GUEST_ID, "AKIDGUEST")));
		this.fixture.store
			.record(SessionRecord.builder().state(UserState.GUEST).identityId("us-east-1:deleted").build());
		DefaultCognitoSessionManager manager = manager(true);
		assertThat(pool(manager).getCredentials().accessKeyId()).isEqualTo("AKIDGUEST");
		assertThat(this.fixture.store.record().getIdentityId()).isEqualTo(GUEST_ID);
		identity.verify(1, requested("GetId"));
	}

	@Test
	void identityKeyWhenSignInFederatedSignInAndSignOutThenChangesEachTimeAndHoldsNoToken() {
		stubGetId();
		stubCredentials();
		DefaultCognitoSessionManager manager = manager(true);
		String guest = manager.currentSession().identityKey();
		signIn(manager, "alice");
		String alice = manager.currentSession().identityKey();
		signIn(manager, "alice");
		String aliceAgain = manager.currentSession().identityKey();
		pool(manager).federatedSignIn(GOOGLE, GOOGLE_TOKEN);
		String google = manager.currentSession().identityKey();
		manager.signOut();
		assertThat(List.of(guest, alice, aliceAgain, google, manager.currentSession().identityKey()))
			.doesNotHaveDuplicates()
			.allSatisfy((key) -> assertThat(key).doesNotContain(GOOGLE_TOKEN).doesNotContain("eyJ"));
	}

	@Test
	void toStringWhenFederatedThenNoTokenAnywhere() {
		stubGetId();
		stubCredentials();
		DefaultCognitoSessionManager manager = manager(false);
		pool(manager).federatedSignIn(GOOGLE, GOOGLE_TOKEN);
		assertThat(new FederatedLogin(GOOGLE, GOOGLE_TOKEN, null).toString()).doesNotContain(GOOGLE_TOKEN);
		assertThat(manager.toString() + this.fixture.store.record() + this.fixture.events.events)
			.doesNotContain(GOOGLE_TOKEN);
	}

	@Test
	void identityPoolWhenNoneConfiguredThenNoRoleVisibleBeforeRunTime() {
		DefaultCognitoSessionManager manager = this.fixture.manager(this.fixture.refresher(false));
		assertThat(manager.identityPool()).isEmpty();
	}

}
