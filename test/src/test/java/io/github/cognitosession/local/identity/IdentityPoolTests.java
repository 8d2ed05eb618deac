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

package io.github.cognitosession.local.identity;

import java.time.Duration;
import java.time.Instant;
import java.util.Map;

import com.nimbusds.jwt.SignedJWT;
import io.github.cognitosession.local.MutableClock;
import io.github.cognitosession.local.Provisioned;
import io.github.cognitosession.local.Sdk;
import io.github.cognitosession.local.SignIn;
import io.github.cognitosession.local.junit.LocalCognitoExtension;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import software.amazon.awssdk.services.cognitoidentity.CognitoIdentityClient;
import software.amazon.awssdk.services.cognitoidentity.model.CognitoIdentityProvider;
import software.amazon.awssdk.services.cognitoidentity.model.CreateIdentityPoolResponse;
import software.amazon.awssdk.services.cognitoidentity.model.GetCredentialsForIdentityResponse;
import software.amazon.awssdk.services.cognitoidentity.model.NotAuthorizedException;
import software.amazon.awssdk.services.cognitoidentity.model.ResourceNotFoundException;
import software.amazon.awssdk.services.cognitoidentityprovider.CognitoIdentityProviderClient;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatExceptionOfType;

/**
 * Identity pools through the SDK: guests, authenticated identities, linking, login
 * checks, OpenID tokens.
 *
 * @author Cognito Session contributors
 */
class IdentityPoolTests {

	private static final MutableClock clock = MutableClock.startingNow();

	@RegisterExtension
	static final LocalCognitoExtension cognito = LocalCognitoExtension.configure((builder) -> builder.clock(clock));

	private static CognitoIdentityClient identity;

	private static CognitoIdentityProviderClient userPools;

	@BeforeAll
	static void createClients() {
		identity = Sdk.identityPools(cognito.cognito());
		userPools = Sdk.userPools(cognito.cognito());
	}

	@AfterAll
	static void closeClients() {
		identity.close();
		userPools.close();
	}

	@Test
	void getIdWhenGuestsAllowedThenGuestGetsCredentials() {
		Provisioned setup = cognito.provision().identityPool(true).create();
		String identityId = identity.getId((request) -> request.identityPoolId(setup.identityPoolId())).identityId();
		assertThat(identityId).startsWith("us-east-1:");
		GetCredentialsForIdentityResponse credentials = identity
			.getCredentialsForIdentity((request) -> request.identityId(identityId));
		assertThat(credentials.identityId()).isEqualTo(identityId);
		assertThat(credentials.credentials().accessKeyId()).matches("ASIA[A-Z2-7]{16}");
		assertThat(credentials.credentials().secretKey()).isNotBlank();
		assertThat(credentials.credentials().sessionToken()).isNotBlank();
		assertThat(credentials.credentials().expiration())
			.isEqualTo(clock.instant().plus(Duration.ofHours(1)).truncatedTo(java.time.temporal.ChronoUnit.MILLIS));
	}

	@Test
	void getIdWhenGuestsNotAllowedThenNotAuthorized() {
		Provisioned setup = cognito.provision().identityPool(false).create();
		assertThatExceptionOfType(NotAuthorizedException.class)
			.isThrownBy(() -> identity.getId((request) -> request.identityPoolId(setup.identityPoolId())))
			.withMessageContaining("Unauthenticated access is not supported for this identity pool.");
	}

	@Test
	void getIdWhenLoggedInTwiceThenSameIdentity() {
		Provisioned setup = cognito.provision().user("alice", "Password-1").identityPool(false).create();
		Map<String, String> logins = logins(setup);
		String first = identity.getId((request) -> request.identityPoolId(setup.identityPoolId()).logins(logins))
			.identityId();
		String second = identity
			.getId((request) -> request.identityPoolId(setup.identityPoolId()).logins(logins(setup)))
			.identityId();
		assertThat(second).isEqualTo(first);
		assertThat(identity.getCredentialsForIdentity((request) -> request.identityId(first).logins(logins))
			.credentials()
			.accessKeyId()).startsWith("ASIA");
	}

	@Test
	void getCredentialsWhenGuestLogsInThenGuestIdentityBecomesAuthenticated() {
		Provisioned setup = cognito.provision().user("alice", "Password-1").identityPool(true).create();
		String guest = identity.getId((request) -> request.identityPoolId(setup.identityPoolId())).identityId();
		Map<String, String> logins = logins(setup);
		GetCredentialsForIdentityResponse linked = identity
			.getCredentialsForIdentity((request) -> request.identityId(guest).logins(logins));
		assertThat(linked.identityId()).isEqualTo(guest);
		assertThat(
				identity.getId((request) -> request.identityPoolId(setup.identityPoolId()).logins(logins)).identityId())
			.isEqualTo(guest);
		assertThatExceptionOfType(NotAuthorizedException.class)
			.isThrownBy(() -> identity.getCredentialsForIdentity((request) -> request.identityId(guest)))
			.withMessageContaining("Logins don't match");
	}

	@Test
	void getCredentialsWhenNewGuestLogsInAsKnownUserThenReturnsUsersIdentity() {
		Provisioned setup = cognito.provision().user("alice", "Password-1").identityPool(true).create();
		Map<String, String> logins = logins(setup);
		String known = identity.getId((request) -> request.identityPoolId(setup.identityPoolId()).logins(logins))
			.identityId();
		String guest = identity.getId((request) -> request.identityPoolId(setup.identityPoolId())).identityId();
		assertThat(
				identity.getCredentialsForIdentity((request) -> request.identityId(guest).logins(logins)).identityId())
			.isEqualTo(known);
	}

	@Test
	void getCredentialsWhenIdentityIsUnknownThenResourceNotFound() {
		assertThatExceptionOfType(ResourceNotFoundException.class).isThrownBy(() -> identity.getCredentialsForIdentity(
				(request) -> request.identityId("us-east-1:00000000-0000-0000-0000-000000000000")));
	}

	@Test
	void getIdWhenTokenIsForAnotherClientThenNotAuthorized() {
		Provisioned setup = cognito.provision().user("alice", "Password-1").create();
		Provisioned other = cognito.provision().identityPool(false).create();
		CreateIdentityPoolResponse pool = identity.createIdentityPool((request) -> request.identityPoolName("other")
			.allowUnauthenticatedIdentities(false)
			.cognitoIdentityProviders(CognitoIdentityProvider.builder()
				.providerName(setup.providerName())
				.clientId(other.clientId())
				.build()));
		Map<String, String> logins = logins(setup);
		assertThatExceptionOfType(NotAuthorizedException.class)
			.isThrownBy(() -> identity.getId((request) -> request.identityPoolId(pool.identityPoolId()).logins(logins)))
			.withMessageContaining("audience");
	}

	@Test
	void getIdWhenTokenIsTamperedThenNotAuthorized() {
		Provisioned setup = cognito.provision().user("alice", "Password-1").identityPool(false).create();
		String idToken = SignIn.tokens(userPools, setup).idToken();
		String tampered = idToken.substring(0, idToken.length() - 4) + "AAAA";
		assertThatExceptionOfType(NotAuthorizedException.class)
			.isThrownBy(() -> identity.getId((request) -> request.identityPoolId(setup.identityPoolId())
				.logins(Map.of(setup.providerName(), tampered))));
	}

	@Test
	void getIdWhenIdTokenExpiredThenNotAuthorized() {
		Provisioned setup = cognito.provision()
			.tokenValidity(Duration.ofMinutes(5), Duration.ofMinutes(5), Duration.ofDays(1))
			.user("alice", "Password-1")
			.identityPool(false)
			.create();
		Map<String, String> logins = logins(setup);
		clock.advance(Duration.ofMinutes(6));
		assertThatExceptionOfType(NotAuthorizedException.class)
			.isThrownBy(
					() -> identity.getId((request) -> request.identityPoolId(setup.identityPoolId()).logins(logins)))
			.withMessageContaining("expired");
	}

	@Test
	void getIdWhenFederatedTokenAcceptedByTestThenAuthenticatedIdentity() {
		CreateIdentityPoolResponse pool = identity.createIdentityPool((request) -> request.identityPoolName("social")
			.allowUnauthenticatedIdentities(false)
			.supportedLoginProviders(Map.of("accounts.google.com", "google-app-id")));
		cognito.cognito().acceptFederatedLogin("accounts.google.com", "google-id-token", "google-user-1");
		String identityId = identity
			.getId((request) -> request.identityPoolId(pool.identityPoolId())
				.logins(Map.of("accounts.google.com", "google-id-token")))
			.identityId();
		assertThat(identity.getCredentialsForIdentity(
				(request) -> request.identityId(identityId).logins(Map.of("accounts.google.com", "google-id-token")))
			.credentials()
			.accessKeyId()).startsWith("ASIA");
		assertThatExceptionOfType(NotAuthorizedException.class)
			.isThrownBy(() -> identity.getId((request) -> request.identityPoolId(pool.identityPoolId())
				.logins(Map.of("accounts.google.com", "unknown-token"))));
	}

	@Test
	void getOpenIdTokenWhenAuthenticatedThenTokenNamesIdentityAndPool() throws Exception {
		Provisioned setup = cognito.provision().user("alice", "Password-1").identityPool(false).create();
		Map<String, String> logins = logins(setup);
		String identityId = identity.getId((request) -> request.identityPoolId(setup.identityPoolId()).logins(logins))
			.identityId();
		String token = identity.getOpenIdToken((request) -> request.identityId(identityId).logins(logins)).token();
		com.nimbusds.jwt.JWTClaimsSet claims = SignedJWT.parse(token).getJWTClaimsSet();
		assertThat(claims.getIssuer()).isEqualTo("https://cognito-identity.amazonaws.com");
		assertThat(claims.getSubject()).isEqualTo(identityId);
		assertThat(claims.getAudience()).containsExactly(setup.identityPoolId());
		assertThat(claims.getStringListClaim("amr")).contains("authenticated");
	}

	@Test
	void issuedCredentialsWhenPrintedThenHideSecrets() {
		IssuedCredentials credentials = new IssuedCredentials("id", "ASIAEXAMPLE", "secret-key", "session-token",
				Instant.EPOCH, null);
		assertThat(credentials.toString()).doesNotContain("secret-key").doesNotContain("session-token");
	}

	private static Map<String, String> logins(Provisioned setup) {
		return Map.of(setup.providerName(), SignIn.tokens(userPools, setup).idToken());
	}

}
