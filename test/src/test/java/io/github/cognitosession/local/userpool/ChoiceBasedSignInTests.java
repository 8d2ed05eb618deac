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

import java.time.Instant;
import java.util.HashMap;
import java.util.Map;

import io.github.cognitosession.local.Provisioned;
import io.github.cognitosession.local.TestSrpClient;
import io.github.cognitosession.local.UserPoolsClientExtension;
import io.github.cognitosession.local.junit.LocalCognitoExtension;
import io.github.cognitosession.local.message.Message;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import software.amazon.awssdk.services.cognitoidentityprovider.model.AuthFlowType;
import software.amazon.awssdk.services.cognitoidentityprovider.model.ChallengeNameType;
import software.amazon.awssdk.services.cognitoidentityprovider.model.CodeMismatchException;
import software.amazon.awssdk.services.cognitoidentityprovider.model.InitiateAuthResponse;
import software.amazon.awssdk.services.cognitoidentityprovider.model.InvalidParameterException;
import software.amazon.awssdk.services.cognitoidentityprovider.model.NotAuthorizedException;
import software.amazon.awssdk.services.cognitoidentityprovider.model.RespondToAuthChallengeResponse;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatExceptionOfType;

/**
 * Choice-based sign-in ({@code USER_AUTH}) through the SDK: the factors the pool allows
 * and the user has, {@code PREFERRED_CHALLENGE}, {@code SELECT_CHALLENGE} with
 * {@code AvailableChallenges}, and each first factor's answer.
 *
 * @author Cognito Session contributors
 */
class ChoiceBasedSignInTests {

	private static final String PASSWORD = "Passw0rd-user";

	@RegisterExtension
	static final LocalCognitoExtension cognito = LocalCognitoExtension.create();

	@RegisterExtension
	static final UserPoolsClientExtension userPools = UserPoolsClientExtension.on(cognito);

	private Provisioned pool(String... factors) {
		return cognito.provision()
			.explicitAuthFlows("ALLOW_USER_AUTH", "ALLOW_USER_SRP_AUTH", "ALLOW_REFRESH_TOKEN_AUTH")
			.allowedFirstAuthFactors(factors)
			.user("olivia", PASSWORD)
			.userAttribute("email", "olivia@example.com")
			.userAttribute("email_verified", "true")
			.userAttribute("phone_number", "+15550001234")
			.userAttribute("phone_number_verified", "true")
			.create();
	}

	private InitiateAuthResponse initiate(Provisioned setup, Map<String, String> parameters) {
		Map<String, String> all = new HashMap<>(parameters);
		all.put("USERNAME", "olivia");
		return userPools.client()
			.initiateAuth((request) -> request.clientId(setup.clientId())
				.authFlow(AuthFlowType.USER_AUTH)
				.authParameters(all));
	}

	private RespondToAuthChallengeResponse respond(Provisioned setup, InitiateAuthResponse challenge,
			Map<String, String> responses) {
		Map<String, String> all = new HashMap<>(responses);
		all.put("USERNAME", "olivia");
		return userPools.client()
			.respondToAuthChallenge((request) -> request.clientId(setup.clientId())
				.challengeName(challenge.challengeName())
				.session(challenge.session())
				.challengeResponses(all));
	}

	@Test
	void initiateAuthWhenNoPreferenceThenSelectChallengeListsWhatThePoolAllowsAndTheUserHas() {
		Provisioned setup = pool("PASSWORD", "EMAIL_OTP", "WEB_AUTHN");
		InitiateAuthResponse select = initiate(setup, Map.of());
		assertThat(select.challengeName()).isEqualTo(ChallengeNameType.SELECT_CHALLENGE);
		// no SMS_OTP: the pool does not allow it; no WEB_AUTHN: the user has no passkey
		assertThat(select.availableChallengesAsStrings()).containsExactly("PASSWORD", "PASSWORD_SRP", "EMAIL_OTP");
		assertThat(select.session()).isNotBlank();
	}

	@Test
	void initiateAuthWhenClientDoesNotAllowUserAuthThenRefused() {
		Provisioned setup = cognito.provision().user("olivia", PASSWORD).create();
		assertThatExceptionOfType(InvalidParameterException.class).isThrownBy(() -> initiate(setup, Map.of()))
			.withMessageContaining("USER_AUTH flow not enabled for this client");
	}

	@Test
	void initiateAuthWhenPreferredPasswordThenTokens() {
		Provisioned setup = pool("PASSWORD");
		InitiateAuthResponse response = initiate(setup,
				Map.of("PREFERRED_CHALLENGE", "PASSWORD", "PASSWORD", PASSWORD));
		assertThat(response.authenticationResult().idToken()).isNotBlank();
		assertThatExceptionOfType(NotAuthorizedException.class)
			.isThrownBy(() -> initiate(setup, Map.of("PREFERRED_CHALLENGE", "PASSWORD", "PASSWORD", "Wrong-Horse-1")))
			.withMessageContaining("Incorrect username or password.");
	}

	@Test
	void initiateAuthWhenPreferredPasswordSrpThenPasswordVerifierChecksTheProof() {
		Provisioned setup = pool("PASSWORD");
		TestSrpClient srp = new TestSrpClient();
		InitiateAuthResponse verifier = initiate(setup,
				Map.of("PREFERRED_CHALLENGE", "PASSWORD_SRP", "SRP_A", srp.srpA()));
		assertThat(verifier.challengeName()).isEqualTo(ChallengeNameType.PASSWORD_VERIFIER);
		Map<String, String> proof = srp.respond(setup.userPoolId(), PASSWORD, verifier.challengeParameters(),
				Instant.now());
		RespondToAuthChallengeResponse tokens = respond(setup, verifier, proof);
		assertThat(tokens.authenticationResult().accessToken()).isNotBlank();
	}

	@Test
	void selectChallengeWhenEmailOtpChosenThenCodeSentToTheVerifiedAddressSignsIn() {
		Provisioned setup = pool("PASSWORD", "EMAIL_OTP");
		InitiateAuthResponse select = initiate(setup, Map.of());
		RespondToAuthChallengeResponse otp = userPools.client()
			.respondToAuthChallenge((request) -> request.clientId(setup.clientId())
				.challengeName(ChallengeNameType.SELECT_CHALLENGE)
				.session(select.session())
				.challengeResponses(Map.of("USERNAME", "olivia", "ANSWER", "EMAIL_OTP")));
		assertThat(otp.challengeName()).isEqualTo(ChallengeNameType.EMAIL_OTP);
		assertThat(otp.challengeParameters()).containsEntry("CODE_DELIVERY_DESTINATION", "o***@e***")
			.containsEntry("CODE_DELIVERY_DELIVERY_MEDIUM", "EMAIL");
		Message message = cognito.inbox("olivia@example.com").get(cognito.inbox("olivia@example.com").size() - 1);
		assertThat(message.purpose()).isEqualTo(Message.Purpose.EMAIL_OTP);
		RespondToAuthChallengeResponse tokens = userPools.client()
			.respondToAuthChallenge((request) -> request.clientId(setup.clientId())
				.challengeName(ChallengeNameType.EMAIL_OTP)
				.session(otp.session())
				.challengeResponses(Map.of("USERNAME", "olivia", "EMAIL_OTP_CODE", message.code())));
		assertThat(tokens.authenticationResult().idToken()).isNotBlank();
	}

	@Test
	void initiateAuthWhenPreferredSmsOtpThenCodeBySms() {
		Provisioned setup = pool("SMS_OTP");
		InitiateAuthResponse otp = initiate(setup, Map.of("PREFERRED_CHALLENGE", "SMS_OTP"));
		assertThat(otp.challengeName()).isEqualTo(ChallengeNameType.SMS_OTP);
		assertThat(otp.challengeParameters()).containsEntry("CODE_DELIVERY_DESTINATION", "+*******1234");
		String code = cognito.lastCode(setup.userPoolId(), "olivia");
		assertThatExceptionOfType(CodeMismatchException.class)
			.isThrownBy(() -> respond(setup, otp, Map.of("SMS_OTP_CODE", code.equals("000000") ? "111111" : "000000")));
		InitiateAuthResponse again = initiate(setup, Map.of("PREFERRED_CHALLENGE", "SMS_OTP"));
		assertThat(respond(setup, again, Map.of("SMS_OTP_CODE", cognito.lastCode(setup.userPoolId(), "olivia")))
			.authenticationResult()
			.idToken()).isNotBlank();
	}

	@Test
	void initiateAuthWhenPreferredFactorUnavailableThenSelectChallenge() {
		Provisioned setup = pool("PASSWORD");
		InitiateAuthResponse response = initiate(setup, Map.of("PREFERRED_CHALLENGE", "EMAIL_OTP"));
		assertThat(response.challengeName()).isEqualTo(ChallengeNameType.SELECT_CHALLENGE);
		assertThat(response.availableChallengesAsStrings()).containsExactly("PASSWORD", "PASSWORD_SRP");
		assertThatExceptionOfType(InvalidParameterException.class)
			.isThrownBy(() -> respond(setup, response, Map.of("ANSWER", "EMAIL_OTP")))
			.withMessageContaining("EMAIL_OTP is not available");
	}

}
