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

import java.time.Duration;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;

import com.github.tomakehurst.wiremock.junit5.WireMockExtension;
import com.github.tomakehurst.wiremock.stubbing.Scenario;
import io.github.cognitosession.state.UserState;
import io.github.cognitosession.event.TokenRefreshFailedEvent;
import io.github.cognitosession.event.UserStateChangedEvent;
import io.github.cognitosession.exception.CognitoUnavailableException;
import io.github.cognitosession.exception.ReauthenticationTimeoutException;
import io.github.cognitosession.exception.ThrottledException;
import io.github.cognitosession.signin.AuthenticationOutcome;
import io.github.cognitosession.signin.RawTokens;
import io.github.cognitosession.token.CognitoTokens;
import io.github.cognitosession.token.CognitoWireMock;
import io.github.cognitosession.token.RefreshTokenRotation;
import io.github.cognitosession.token.TestTokens;
import io.github.cognitosession.token.TokenRefresher;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.extension.RegisterExtension;

import org.springframework.boot.test.system.CapturedOutput;
import org.springframework.boot.test.system.OutputCaptureExtension;
import software.amazon.awssdk.services.cognitoidentityprovider.CognitoIdentityProviderClient;
import software.amazon.awssdk.services.cognitoidentityprovider.model.NotAuthorizedException;

import static com.github.tomakehurst.wiremock.client.WireMock.equalToJson;
import static com.github.tomakehurst.wiremock.core.WireMockConfiguration.wireMockConfig;
import static io.github.cognitosession.token.CognitoWireMock.authenticationResult;
import static io.github.cognitosession.token.CognitoWireMock.connectionReset;
import static io.github.cognitosession.token.CognitoWireMock.error;
import static io.github.cognitosession.token.CognitoWireMock.ok;
import static io.github.cognitosession.token.CognitoWireMock.operation;
import static io.github.cognitosession.token.CognitoWireMock.requested;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatExceptionOfType;

/**
 * The session manager with the real SDK refreshers and remote sign-out against Cognito's
 * JSON protocol on WireMock: what each service answer does to the session.
 *
 * @author Cognito Session contributors
 */
class SessionManagerWireMockTests {

	@RegisterExtension
	static WireMockExtension cognito = WireMockExtension.newInstance()
		.options(wireMockConfig().dynamicPort().bindAddress("127.0.0.1"))
		.build();

	private final SessionFixture fixture = new SessionFixture();

	private final CognitoIdentityProviderClient client = CognitoWireMock.client(cognito);

	@AfterEach
	void closeClient() {
		this.client.close();
	}

	private DefaultCognitoSessionManager signedIn(RefreshTokenRotation rotation) {
		return signedIn(rotation, true);
	}

	private DefaultCognitoSessionManager signedIn(RefreshTokenRotation rotation, boolean revokeOnSignOut) {
		TokenRefresher refresher = TokenRefresher.create(this.client,
				UserPoolClient.of(TestTokens.POOL_ID, TestTokens.CLIENT_ID), rotation);
		DefaultCognitoSessionManager manager = this.fixture.builder(refresher)
			.remoteSignOut(new RemoteSignOut(this.client, UserPoolClient.of(TestTokens.POOL_ID, TestTokens.CLIENT_ID)))
			.revokeOnSignOut(revokeOnSignOut)
			.reauthenticationTimeout(Duration.ZERO)
			.build();
		this.fixture.authenticator
			.then(new AuthenticationOutcome.Authenticated(this.fixture.rawTokens("alice", "refresh-token-1")));
		manager.signIn("alice", "password");
		this.fixture.events.events.clear();
		return manager;
	}

	private String refreshedTokensJson(String refreshToken) {
		RawTokens raw = this.fixture.rawTokens("alice", refreshToken);
		return authenticationResult(raw.idToken(), raw.accessToken(), refreshToken);
	}

	@Test
	void getTokensWhenNoRotationThenInitiateAuthRefreshKeepsRefreshToken() {
		DefaultCognitoSessionManager manager = signedIn(RefreshTokenRotation.DISABLED);
		this.fixture.clock.advance(Duration.ofMinutes(56));
		cognito.stubFor(operation("InitiateAuth").willReturn(ok(refreshedTokensJson(null))));
		CognitoTokens tokens = manager.getTokens();
		assertThat(tokens.getRefreshToken()).isEqualTo("refresh-token-1");
		assertThat(tokens.getExpiresAt()).isAfter(this.fixture.clock.instant().plus(Duration.ofMinutes(59)));
		cognito.verify(1, requested("InitiateAuth"));
	}

	@Test
	void getTokensWhenRotationThenGetTokensFromRefreshTokenAndNewTokenPersisted() {
		DefaultCognitoSessionManager manager = signedIn(RefreshTokenRotation.ENABLED);
		this.fixture.clock.advance(Duration.ofMinutes(56));
		cognito.stubFor(operation("GetTokensFromRefreshToken").willReturn(ok(refreshedTokensJson("refresh-token-2"))));
		assertThat(manager.getTokens().getRefreshToken()).isEqualTo("refresh-token-2");
		assertThat(this.fixture.store.record().getRefreshToken()).isEqualTo("refresh-token-2");
		cognito.verify(requested("GetTokensFromRefreshToken")
			.withRequestBody(equalToJson("{\"ClientId\":\"test-client-id\",\"RefreshToken\":\"refresh-token-1\"}")));
	}

	@Test
	void getTokensWhenRefreshTokenRevokedThenTokenInvalid() {
		DefaultCognitoSessionManager manager = signedIn(RefreshTokenRotation.DISABLED);
		this.fixture.clock.advance(Duration.ofMinutes(56));
		cognito.stubFor(operation("InitiateAuth")
			.willReturn(error(400, "NotAuthorizedException", "Refresh Token has been revoked")));
		assertThatExceptionOfType(ReauthenticationTimeoutException.class).isThrownBy(manager::getTokens);
		assertThat(manager.currentUserState()).isEqualTo(UserState.SIGNED_OUT_USER_POOLS_TOKEN_INVALID);
		assertThat(this.fixture.events.eventsOfType(UserStateChangedEvent.class)).singleElement()
			.satisfies((event) -> assertThat(event.getCause()).isInstanceOf(NotAuthorizedException.class));
	}

	@Test
	void getTokensWhenRotatedTokenReusedThenTokenInvalid() {
		DefaultCognitoSessionManager manager = signedIn(RefreshTokenRotation.ENABLED);
		this.fixture.clock.advance(Duration.ofMinutes(56));
		cognito.stubFor(operation("GetTokensFromRefreshToken")
			.willReturn(error(400, "RefreshTokenReuseException", "Refresh token has been reused")));
		assertThatExceptionOfType(ReauthenticationTimeoutException.class).isThrownBy(manager::getTokens);
		assertThat(manager.currentUserState()).isEqualTo(UserState.SIGNED_OUT_USER_POOLS_TOKEN_INVALID);
	}

	@Test
	void getTokensWhenThrottledThenStateKeptAndValidTokensServed() {
		DefaultCognitoSessionManager manager = signedIn(RefreshTokenRotation.DISABLED);
		this.fixture.clock.advance(Duration.ofMinutes(56));
		cognito.stubFor(operation("InitiateAuth").willReturn(error(400, "TooManyRequestsException", "Rate exceeded")));
		assertThat(manager.getTokens().getRefreshToken()).isEqualTo("refresh-token-1");
		this.fixture.clock.advance(Duration.ofMinutes(10));
		assertThatExceptionOfType(ThrottledException.class).isThrownBy(manager::getTokens);
		assertThat(manager.currentUserState()).isEqualTo(UserState.SIGNED_IN);
		assertThat(this.fixture.store.record().getRefreshToken()).isEqualTo("refresh-token-1");
		assertThat(this.fixture.events.eventsOfType(TokenRefreshFailedEvent.class)).hasSize(2);
		assertThat(this.fixture.events.eventsOfType(UserStateChangedEvent.class)).isEmpty();
	}

	@Test
	void getTokensWhenServerErrorThenStateKeptAndValidTokensServed() {
		DefaultCognitoSessionManager manager = signedIn(RefreshTokenRotation.DISABLED);
		this.fixture.clock.advance(Duration.ofMinutes(56));
		cognito.stubFor(operation("InitiateAuth").willReturn(error(500, "InternalErrorException", "Internal error")));
		assertThat(manager.getTokens().getRefreshToken()).isEqualTo("refresh-token-1");
		this.fixture.clock.advance(Duration.ofMinutes(10));
		assertThatExceptionOfType(CognitoUnavailableException.class).isThrownBy(manager::getTokens);
		assertThat(manager.currentUserState()).isEqualTo(UserState.SIGNED_IN);
	}

	@Test
	void getTokensWhenConnectionResetThenStateKeptAndRefreshWorksOnceBack() {
		DefaultCognitoSessionManager manager = signedIn(RefreshTokenRotation.DISABLED);
		this.fixture.clock.advance(Duration.ofMinutes(56));
		cognito.stubFor(operation("InitiateAuth").inScenario("outage")
			.whenScenarioStateIs(Scenario.STARTED)
			.willReturn(connectionReset())
			.willSetStateTo("back"));
		cognito.stubFor(operation("InitiateAuth").inScenario("outage")
			.whenScenarioStateIs("back")
			.willReturn(ok(refreshedTokensJson(null))));
		CognitoTokens stale = manager.getTokens();
		assertThat(manager.currentUserState()).isEqualTo(UserState.SIGNED_IN);
		// Within the back-off the still-valid tokens are served without a new attempt.
		assertThat(manager.getTokens()).isSameAs(stale);
		cognito.verify(1, requested("InitiateAuth"));
		this.fixture.clock.advance(Duration.ofSeconds(10));
		CognitoTokens fresh = manager.getTokens();
		assertThat(fresh).isNotSameAs(stale);
		assertThat(fresh.getExpiresAt()).isAfter(stale.getExpiresAt());
	}

	@Test
	void signOutWhenRemoteStepsSucceedThenGlobalSignOutBeforeRevoke() {
		DefaultCognitoSessionManager manager = signedIn(RefreshTokenRotation.DISABLED);
		String accessToken = manager.getTokens().getAccessToken().getTokenValue();
		cognito.stubFor(operation("GlobalSignOut").willReturn(ok("{}")));
		cognito.stubFor(operation("RevokeToken").willReturn(ok("{}")));
		SignOutResult result = manager.signOut(new SignOutOptions(true, true));
		assertThat(result.isComplete()).isTrue();
		assertThat(result.globalSignOutDone()).isTrue();
		assertThat(result.tokenRevoked()).isTrue();
		cognito.verify(
				requested("GlobalSignOut").withRequestBody(equalToJson("{\"AccessToken\":\"" + accessToken + "\"}")));
		cognito.verify(requested("RevokeToken")
			.withRequestBody(equalToJson("{\"Token\":\"refresh-token-1\",\"ClientId\":\"test-client-id\"}")));
		List<String> targets = new ArrayList<>(cognito.getAllServeEvents()
			.stream()
			.map((event) -> event.getRequest().getHeader("X-Amz-Target"))
			.toList());
		// WireMock lists the newest request first.
		Collections.reverse(targets);
		assertThat(targets).containsSubsequence("AWSCognitoIdentityProviderService.GlobalSignOut",
				"AWSCognitoIdentityProviderService.RevokeToken");
		assertThat(manager.currentUserState()).isEqualTo(UserState.SIGNED_OUT);
	}

	@Test
	void signOutWhenRemoteStepsFailThenReportedAndSignedOutLocally() {
		DefaultCognitoSessionManager manager = signedIn(RefreshTokenRotation.DISABLED);
		cognito.stubFor(operation("GlobalSignOut").willReturn(connectionReset()));
		cognito.stubFor(operation("RevokeToken").willReturn(error(500, "InternalErrorException", "Internal error")));
		SignOutResult result = manager.signOut(new SignOutOptions(true, true));
		assertThat(result.isComplete()).isFalse();
		assertThat(result.globalSignOutDone()).isFalse();
		assertThat(result.tokenRevoked()).isFalse();
		assertThat(result.errors()).hasSize(2);
		assertThat(manager.currentUserState()).isEqualTo(UserState.SIGNED_OUT);
		assertThat(this.fixture.store.record()).isNull();
		assertThat(this.fixture.events.eventsOfType(UserStateChangedEvent.class)).singleElement()
			.satisfies((event) -> assertThat(event.getState()).isEqualTo(UserState.SIGNED_OUT));
	}

	@Test
	void signOutWhenDefaultThenRevokesTheRefreshTokenAndSignsOutLocally() {
		DefaultCognitoSessionManager manager = signedIn(RefreshTokenRotation.DISABLED);
		cognito.stubFor(operation("RevokeToken").willReturn(ok("{}")));
		manager.signOut();
		cognito.verify(1, requested("RevokeToken")
			.withRequestBody(equalToJson("{\"Token\":\"refresh-token-1\",\"ClientId\":\"test-client-id\"}")));
		cognito.verify(0, requested("GlobalSignOut"));
		assertThat(manager.currentUserState()).isEqualTo(UserState.SIGNED_OUT);
		assertThat(this.fixture.store.record()).isNull();
	}

	@Test
	@ExtendWith(OutputCaptureExtension.class)
	void signOutWhenRevocationFailsThenSignedOutLocallyAndWarnedWithoutTheToken(CapturedOutput output) {
		DefaultCognitoSessionManager manager = signedIn(RefreshTokenRotation.DISABLED);
		cognito.stubFor(operation("RevokeToken").willReturn(error(500, "InternalErrorException", "Internal error")));
		manager.signOut();
		assertThat(manager.currentUserState()).isEqualTo(UserState.SIGNED_OUT);
		assertThat(this.fixture.store.record()).isNull();
		assertThat(this.fixture.events.eventsOfType(UserStateChangedEvent.class)).singleElement()
			.satisfies((event) -> assertThat(event.getState()).isEqualTo(UserState.SIGNED_OUT));
		assertThat(output.getOut().lines().filter((line) -> line.contains("WARN")))
			.singleElement(org.assertj.core.api.InstanceOfAssertFactories.STRING)
			.contains("token revocation", "InternalErrorException", "signed out locally")
			.doesNotContain("refresh-token-1");
	}

	@Test
	void signOutWhenRevokeOnSignOutDisabledThenOnlyLocal() {
		DefaultCognitoSessionManager manager = signedIn(RefreshTokenRotation.DISABLED, false);
		manager.signOut();
		cognito.verify(0, requested("RevokeToken"));
		assertThat(manager.currentUserState()).isEqualTo(UserState.SIGNED_OUT);
	}

	@Test
	@ExtendWith(OutputCaptureExtension.class)
	void signOutWhenNotSignedInToTheUserPoolThenNoRemoteCallAndNoWarning(CapturedOutput output) {
		DefaultCognitoSessionManager manager = signedIn(RefreshTokenRotation.DISABLED);
		cognito.stubFor(operation("RevokeToken").willReturn(ok("{}")));
		manager.signOut();
		manager.signOut();
		cognito.verify(1, requested("RevokeToken"));
		assertThat(output.getOut()).doesNotContain("WARN");
	}

	@Test
	void signOutWithOptionsWhenRevocationFailsThenResultHoldsTheLibrarysExceptionNamingTheOperation() {
		DefaultCognitoSessionManager manager = signedIn(RefreshTokenRotation.DISABLED);
		cognito.stubFor(operation("RevokeToken").willReturn(connectionReset()));
		SignOutResult result = manager.signOut(new SignOutOptions(false, true));
		assertThat(result.tokenRevoked()).isFalse();
		assertThat(result.errors()).singleElement()
			.isInstanceOf(CognitoUnavailableException.class)
			.satisfies(
					(ex) -> assertThat(ex.getMessage()).contains("token revocation").doesNotContain("refresh-token-1"));
		assertThat(manager.currentUserState()).isEqualTo(UserState.SIGNED_OUT);
	}

	@Test
	void signOutWithLocalOptionsThenNoRemoteCallWhateverTheDefault() {
		DefaultCognitoSessionManager manager = signedIn(RefreshTokenRotation.DISABLED);
		SignOutResult result = manager.signOut(SignOutOptions.local());
		assertThat(result.isComplete()).isTrue();
		cognito.verify(0, requested("RevokeToken"));
		assertThat(manager.currentUserState()).isEqualTo(UserState.SIGNED_OUT);
	}

}
