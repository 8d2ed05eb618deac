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

package io.github.cognitosession.local.userpool;

import java.security.SecureRandom;
import java.time.Duration;
import java.time.Instant;
import java.util.Map;

import io.github.cognitosession.local.MutableClock;
import io.github.cognitosession.local.Provisioned;
import io.github.cognitosession.local.Sdk;
import io.github.cognitosession.local.SignIn;
import io.github.cognitosession.local.UserPoolsClientExtension;
import io.github.cognitosession.local.junit.LocalCognitoExtension;
import io.github.cognitosession.local.totp.Totp;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import software.amazon.awssdk.services.cognitoidentityprovider.CognitoIdentityProviderClient;
import software.amazon.awssdk.services.cognitoidentityprovider.model.AssociateSoftwareTokenResponse;
import software.amazon.awssdk.services.cognitoidentityprovider.model.AuthenticationResultType;
import software.amazon.awssdk.services.cognitoidentityprovider.model.ChallengeNameType;
import software.amazon.awssdk.services.cognitoidentityprovider.model.CodeMismatchException;
import software.amazon.awssdk.services.cognitoidentityprovider.model.EnableSoftwareTokenMfaException;
import software.amazon.awssdk.services.cognitoidentityprovider.model.InvalidParameterException;
import software.amazon.awssdk.services.cognitoidentityprovider.model.NotAuthorizedException;
import software.amazon.awssdk.services.cognitoidentityprovider.model.RespondToAuthChallengeResponse;
import software.amazon.awssdk.services.cognitoidentityprovider.model.VerifySoftwareTokenResponse;
import software.amazon.awssdk.services.cognitoidentityprovider.model.VerifySoftwareTokenResponseType;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatExceptionOfType;

/**
 * Authenticator-app MFA: MFA_SETUP at sign-in on a pool that requires MFA,
 * AssociateSoftwareToken and VerifySoftwareToken with a session or an access token, and
 * SOFTWARE_TOKEN_MFA answered with real TOTP codes on the emulator's clock.
 *
 * @author Cognito Session contributors
 */
class SoftwareTokenTests {

	private static final String PASSWORD = "Password-1";

	private static final MutableClock clock = new MutableClock(Instant.parse("2026-03-01T09:00:10Z"));

	@RegisterExtension
	static final LocalCognitoExtension cognito = LocalCognitoExtension.configure((builder) -> builder.clock(clock));

	@RegisterExtension
	static final UserPoolsClientExtension userPools = UserPoolsClientExtension.on(cognito);

	@Test
	void signInWhenPoolRequiresMfaAndUserHasNoneThenMfaSetupChallenge() {
		Provisioned setup = cognito.provision().mfaRequired(true).user("alice", PASSWORD).create();
		RespondToAuthChallengeResponse challenge = SignIn.srp(client(), setup, "alice", PASSWORD);
		assertThat(challenge.challengeName()).isEqualTo(ChallengeNameType.MFA_SETUP);
		assertThat(challenge.challengeParameters()).containsEntry("MFAS_CAN_SETUP", "[\"SOFTWARE_TOKEN_MFA\"]");
		assertThat(challenge.session()).isNotBlank();
		assertThat(challenge.authenticationResult()).isNull();
	}

	@Test
	void mfaSetupWhenTokenAssociatedAndVerifiedWithSessionThenTokensAndNextSignInAsksForTotp() {
		Provisioned setup = cognito.provision().mfaRequired(true).user("bob", PASSWORD).create();
		RespondToAuthChallengeResponse challenge = SignIn.srp(client(), setup, "bob", PASSWORD);
		AssociateSoftwareTokenResponse associated = client()
			.associateSoftwareToken((request) -> request.session(challenge.session()));
		assertThat(associated.secretCode()).matches("[A-Z2-7]{32}");
		assertThat(associated.session()).isNotBlank().isNotEqualTo(challenge.session());
		VerifySoftwareTokenResponse verified = client()
			.verifySoftwareToken((request) -> request.session(associated.session())
				.userCode(Totp.code(associated.secretCode(), clock.instant()))
				.friendlyDeviceName("phone"));
		assertThat(verified.status()).isEqualTo(VerifySoftwareTokenResponseType.SUCCESS);
		assertThat(verified.session()).isNotBlank();
		RespondToAuthChallengeResponse answer = respond(setup, ChallengeNameType.MFA_SETUP, verified.session(),
				Map.of("USERNAME", "bob"));
		assertThat(answer.authenticationResult().accessToken()).isNotBlank();
		RespondToAuthChallengeResponse next = SignIn.srp(client(), setup, "bob", PASSWORD);
		assertThat(next.challengeName()).isEqualTo(ChallengeNameType.SOFTWARE_TOKEN_MFA);
		assertThat(cognito.cognito().messages()).noneMatch((message) -> message.username().equals("bob"));
		assertThat(respond(setup, ChallengeNameType.SOFTWARE_TOKEN_MFA, next.session(),
				Map.of("USERNAME", "bob", "SOFTWARE_TOKEN_MFA_CODE",
						Totp.code(associated.secretCode(), clock.instant())))
			.authenticationResult()
			.idToken()).isNotBlank();
	}

	@Test
	void verifySoftwareTokenWhenCodeIsWrongThenEnableSoftwareTokenMfaExceptionAndSessionStaysUsable() {
		Provisioned setup = cognito.provision().mfaRequired(true).user("carol", PASSWORD).create();
		RespondToAuthChallengeResponse challenge = SignIn.srp(client(), setup, "carol", PASSWORD);
		AssociateSoftwareTokenResponse associated = client()
			.associateSoftwareToken((request) -> request.session(challenge.session()));
		String right = Totp.code(associated.secretCode(), clock.instant());
		assertThatExceptionOfType(EnableSoftwareTokenMfaException.class)
			.isThrownBy(() -> client()
				.verifySoftwareToken((request) -> request.session(associated.session()).userCode(otherThan(right))))
			.withMessageNotContaining(associated.secretCode());
		VerifySoftwareTokenResponse verified = client()
			.verifySoftwareToken((request) -> request.session(associated.session()).userCode(right));
		assertThat(verified.status()).isEqualTo(VerifySoftwareTokenResponseType.SUCCESS);
	}

	@Test
	void respondToMfaSetupWhenTokenNotVerifiedThenNotAuthorized() {
		Provisioned setup = cognito.provision().mfaRequired(true).user("dave", PASSWORD).create();
		RespondToAuthChallengeResponse challenge = SignIn.srp(client(), setup, "dave", PASSWORD);
		AssociateSoftwareTokenResponse associated = client()
			.associateSoftwareToken((request) -> request.session(challenge.session()));
		assertThatExceptionOfType(NotAuthorizedException.class).isThrownBy(
				() -> respond(setup, ChallengeNameType.MFA_SETUP, associated.session(), Map.of("USERNAME", "dave")));
		assertThatExceptionOfType(NotAuthorizedException.class).isThrownBy(
				() -> respond(setup, ChallengeNameType.MFA_SETUP, challenge.session(), Map.of("USERNAME", "dave")));
	}

	@Test
	void associateSoftwareTokenWhenBothOrNeitherOfAccessTokenAndSessionThenInvalidParameter() {
		assertThatExceptionOfType(InvalidParameterException.class).isThrownBy(
				() -> client().associateSoftwareToken((request) -> request.session("x".repeat(40)).accessToken("eyJ")));
		assertThatExceptionOfType(InvalidParameterException.class)
			.isThrownBy(() -> client().associateSoftwareToken((request) -> {
			}));
	}

	@Test
	void verifySoftwareTokenWhenNothingAssociatedThenInvalidParameter() {
		Provisioned setup = cognito.provision().user("erin", PASSWORD).create();
		String accessToken = SignIn.tokens(client(), setup).accessToken();
		assertThatExceptionOfType(InvalidParameterException.class).isThrownBy(
				() -> client().verifySoftwareToken((request) -> request.accessToken(accessToken).userCode("123456")));
	}

	@Test
	void softwareTokenMfaWhenSetUpWithAccessTokenThenCodesOfAdjacentStepsAcceptedAndOlderRejected() {
		Provisioned setup = cognito.provision().user("frank", PASSWORD).create();
		String accessToken = SignIn.tokens(client(), setup).accessToken();
		String secret = client().associateSoftwareToken((request) -> request.accessToken(accessToken)).secretCode();
		assertThat(client()
			.verifySoftwareToken((request) -> request.accessToken(accessToken)
				.userCode(Totp.code(secret, clock.instant()))
				.friendlyDeviceName("laptop"))
			.status()).isEqualTo(VerifySoftwareTokenResponseType.SUCCESS);
		assertThat(SignIn.tokens(client(), setup)).as("verified but not enabled yet").isNotNull();
		client().setUserMFAPreference((request) -> request.accessToken(accessToken)
			.softwareTokenMfaSettings((settings) -> settings.enabled(true).preferredMfa(true)));
		clock.advance(Duration.ofMinutes(5));
		assertThat(signInWithCode(setup, "frank", Totp.code(secret, clock.instant().minus(Totp.STEP))).idToken())
			.isNotBlank();
		assertThat(signInWithCode(setup, "frank", Totp.code(secret, clock.instant().plus(Totp.STEP))).idToken())
			.isNotBlank();
		String stale = Totp.code(secret, clock.instant().minus(Totp.STEP.multipliedBy(2)));
		assertThatExceptionOfType(CodeMismatchException.class).isThrownBy(() -> signInWithCode(setup, "frank", stale));
	}

	@Test
	void softwareTokenMfaWhenProvisionedWithSecretThenTotpCodeSignsIn() {
		String secret = Totp.newSecret(new SecureRandom());
		Provisioned setup = cognito.provision().user("grace", PASSWORD).softwareTokenMfa(secret).create();
		assertThat(signInWithCode(setup, "grace", Totp.code(secret, clock.instant())).accessToken()).isNotBlank();
		assertThat(Sdk.admin(cognito.cognito())
			.adminGetUser((request) -> request.userPoolId(setup.userPoolId()).username("grace"))
			.preferredMfaSetting()).isEqualTo("SOFTWARE_TOKEN_MFA");
	}

	private AuthenticationResultType signInWithCode(Provisioned setup, String username, String code) {
		RespondToAuthChallengeResponse challenge = SignIn.srp(client(), setup, username, PASSWORD);
		assertThat(challenge.challengeName()).isEqualTo(ChallengeNameType.SOFTWARE_TOKEN_MFA);
		return respond(setup, ChallengeNameType.SOFTWARE_TOKEN_MFA, challenge.session(),
				Map.of("USERNAME", username, "SOFTWARE_TOKEN_MFA_CODE", code))
			.authenticationResult();
	}

	private RespondToAuthChallengeResponse respond(Provisioned setup, ChallengeNameType challenge, String session,
			Map<String, String> responses) {
		return client().respondToAuthChallenge((request) -> request.clientId(setup.clientId())
			.challengeName(challenge)
			.session(session)
			.challengeResponses(responses));
	}

	private static String otherThan(String code) {
		return (code.charAt(0) == '0' ? "1" : "0") + code.substring(1);
	}

	private static CognitoIdentityProviderClient client() {
		return userPools.client();
	}

}
