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

package io.github.cognitosession.local.token;

import java.time.Duration;
import java.util.Map;

import io.github.cognitosession.local.MutableClock;
import io.github.cognitosession.local.Provisioned;
import io.github.cognitosession.local.Sdk;
import io.github.cognitosession.local.SignIn;
import io.github.cognitosession.local.UserPoolsClientExtension;
import io.github.cognitosession.local.junit.LocalCognitoExtension;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import software.amazon.awssdk.services.cognitoidentityprovider.model.AuthFlowType;
import software.amazon.awssdk.services.cognitoidentityprovider.model.AuthenticationResultType;
import software.amazon.awssdk.services.cognitoidentityprovider.model.GetTokensFromRefreshTokenResponse;
import software.amazon.awssdk.services.cognitoidentityprovider.model.InitiateAuthResponse;
import software.amazon.awssdk.services.cognitoidentityprovider.model.NotAuthorizedException;
import software.amazon.awssdk.services.cognitoidentityprovider.model.RefreshTokenReuseException;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatExceptionOfType;

/**
 * Refresh without and with rotation (grace period driven by the emulator's clock), and
 * invalidation by GlobalSignOut and RevokeToken.
 *
 * @author Cognito Session contributors
 */
class RefreshTokenTests {

	private static final Duration GRACE_PERIOD = Duration.ofSeconds(10);

	private static final MutableClock clock = MutableClock.startingNow();

	@RegisterExtension
	static final LocalCognitoExtension cognito = LocalCognitoExtension.configure((builder) -> builder.clock(clock));

	@RegisterExtension
	static final UserPoolsClientExtension userPools = UserPoolsClientExtension.on(cognito);

	@Test
	void refreshTokenAuthWhenRotationIsOffThenIssuesNewAccessTokenWithoutRefreshToken() {
		Provisioned setup = cognito.provision().user("alice", "Password-1").create();
		AuthenticationResultType tokens = SignIn.tokens(userPools.client(), setup);
		InitiateAuthResponse refreshed = refresh(setup, tokens.refreshToken());
		assertThat(refreshed.authenticationResult().accessToken()).isNotBlank().isNotEqualTo(tokens.accessToken());
		assertThat(refreshed.authenticationResult().refreshToken()).isNull();
	}

	@Test
	void refreshTokenAuthWhenClientHasSecretThenSecretHashWithUsernameIsAccepted() {
		Provisioned setup = cognito.provision().clientSecret(true).user("alice", "Password-1").create();
		AuthenticationResultType tokens = SignIn.tokens(userPools.client(), setup);
		InitiateAuthResponse refreshed = userPools.client()
			.initiateAuth((request) -> request.authFlow(AuthFlowType.REFRESH_TOKEN_AUTH)
				.clientId(setup.clientId())
				.authParameters(Map.of("REFRESH_TOKEN", tokens.refreshToken(), "SECRET_HASH",
						Sdk.secretHash(setup.clientSecret(), "alice", setup.clientId()))));
		assertThat(refreshed.authenticationResult().idToken()).isNotBlank();
	}

	@Test
	void refreshTokenAuthWhenClientRotatesThenNotAuthorized() {
		Provisioned setup = rotatingClient();
		AuthenticationResultType tokens = SignIn.tokens(userPools.client(), setup);
		assertThatExceptionOfType(NotAuthorizedException.class).isThrownBy(() -> refresh(setup, tokens.refreshToken()))
			.withMessageContaining("GetTokensFromRefreshToken");
	}

	@Test
	void getTokensFromRefreshTokenWhenRotatingThenReturnsNewRefreshToken() {
		Provisioned setup = rotatingClient();
		AuthenticationResultType tokens = SignIn.tokens(userPools.client(), setup);
		GetTokensFromRefreshTokenResponse rotated = rotate(setup, tokens.refreshToken());
		assertThat(rotated.authenticationResult().refreshToken()).isNotBlank().isNotEqualTo(tokens.refreshToken());
		assertThat(rotate(setup, rotated.authenticationResult().refreshToken()).authenticationResult().accessToken())
			.isNotBlank();
	}

	@Test
	void getTokensFromRefreshTokenWhenOldTokenReusedWithinGracePeriodThenAccepted() {
		Provisioned setup = rotatingClient();
		String original = SignIn.tokens(userPools.client(), setup).refreshToken();
		rotate(setup, original);
		clock.advance(GRACE_PERIOD);
		assertThat(rotate(setup, original).authenticationResult().accessToken()).isNotBlank();
	}

	@Test
	void getTokensFromRefreshTokenWhenOldTokenReusedAfterGracePeriodThenRefreshTokenReuse() {
		Provisioned setup = rotatingClient();
		String original = SignIn.tokens(userPools.client(), setup).refreshToken();
		rotate(setup, original);
		clock.advance(GRACE_PERIOD.plusSeconds(1));
		assertThatExceptionOfType(RefreshTokenReuseException.class).isThrownBy(() -> rotate(setup, original));
	}

	@Test
	void getTokensFromRefreshTokenWhenClientSecretIsMissingThenNotAuthorized() {
		Provisioned setup = cognito.provision()
			.clientSecret(true)
			.refreshTokenRotation(Duration.ZERO)
			.user("alice", "Password-1")
			.create();
		String refreshToken = SignIn.tokens(userPools.client(), setup).refreshToken();
		assertThatExceptionOfType(NotAuthorizedException.class).isThrownBy(() -> userPools.client()
			.getTokensFromRefreshToken((request) -> request.clientId(setup.clientId()).refreshToken(refreshToken)));
		assertThat(userPools.client()
			.getTokensFromRefreshToken((request) -> request.clientId(setup.clientId())
				.clientSecret(setup.clientSecret())
				.refreshToken(refreshToken))
			.authenticationResult()
			.refreshToken()).isNotBlank();
	}

	@Test
	void refreshWhenTokenExpiredThenNotAuthorized() {
		Provisioned setup = cognito.provision()
			.tokenValidity(Duration.ofMinutes(5), Duration.ofMinutes(5), Duration.ofHours(1))
			.user("alice", "Password-1")
			.create();
		String refreshToken = SignIn.tokens(userPools.client(), setup).refreshToken();
		clock.advance(Duration.ofHours(1));
		assertThatExceptionOfType(NotAuthorizedException.class).isThrownBy(() -> refresh(setup, refreshToken))
			.withMessageContaining("Invalid Refresh Token");
	}

	@Test
	void globalSignOutWhenCalledThenRefreshAndAccessTokensAreRevoked() {
		Provisioned setup = cognito.provision().user("alice", "Password-1").create();
		AuthenticationResultType first = SignIn.tokens(userPools.client(), setup);
		AuthenticationResultType second = SignIn.tokens(userPools.client(), setup);
		userPools.client().globalSignOut((request) -> request.accessToken(first.accessToken()));
		assertThatExceptionOfType(NotAuthorizedException.class).isThrownBy(() -> refresh(setup, second.refreshToken()));
		assertThatExceptionOfType(NotAuthorizedException.class)
			.isThrownBy(() -> userPools.client().getUser((request) -> request.accessToken(second.accessToken())))
			.withMessageContaining("revoked");
	}

	@Test
	void revokeTokenWhenCalledThenThatSessionIsRevokedAndOthersAreNot() {
		Provisioned setup = cognito.provision().user("alice", "Password-1").create();
		AuthenticationResultType revoked = SignIn.tokens(userPools.client(), setup);
		AuthenticationResultType kept = SignIn.tokens(userPools.client(), setup);
		userPools.client().revokeToken((request) -> request.clientId(setup.clientId()).token(revoked.refreshToken()));
		assertThatExceptionOfType(NotAuthorizedException.class)
			.isThrownBy(() -> refresh(setup, revoked.refreshToken()));
		assertThatExceptionOfType(NotAuthorizedException.class)
			.isThrownBy(() -> userPools.client().getUser((request) -> request.accessToken(revoked.accessToken())));
		assertThat(refresh(setup, kept.refreshToken()).authenticationResult()).isNotNull();
		assertThat(userPools.client().getUser((request) -> request.accessToken(kept.accessToken())).username())
			.isEqualTo("alice");
	}

	@Test
	void getUserWhenAccessTokenExpiredThenNotAuthorized() {
		Provisioned setup = cognito.provision()
			.tokenValidity(Duration.ofMinutes(5), Duration.ofMinutes(5), Duration.ofDays(1))
			.user("alice", "Password-1")
			.create();
		String accessToken = SignIn.tokens(userPools.client(), setup).accessToken();
		clock.advance(Duration.ofMinutes(5));
		assertThatExceptionOfType(NotAuthorizedException.class)
			.isThrownBy(() -> userPools.client().getUser((request) -> request.accessToken(accessToken)))
			.withMessageContaining("expired");
	}

	/**
	 * An app client with refresh-token rotation and a 10-second grace period, and a user.
	 */
	private static Provisioned rotatingClient() {
		return cognito.provision().refreshTokenRotation(GRACE_PERIOD).user("alice", "Password-1").create();
	}

	private static InitiateAuthResponse refresh(Provisioned setup, String refreshToken) {
		return userPools.client()
			.initiateAuth((request) -> request.authFlow(AuthFlowType.REFRESH_TOKEN_AUTH)
				.clientId(setup.clientId())
				.authParameters(Map.of("REFRESH_TOKEN", refreshToken)));
	}

	private static GetTokensFromRefreshTokenResponse rotate(Provisioned setup, String refreshToken) {
		return userPools.client()
			.getTokensFromRefreshToken((request) -> request.clientId(setup.clientId()).refreshToken(refreshToken));
	}

}
