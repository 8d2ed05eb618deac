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

import java.util.Map;

import io.github.cognitosession.local.Provisioned;
import io.github.cognitosession.local.SignIn;
import io.github.cognitosession.local.UserPoolsClientExtension;
import io.github.cognitosession.local.junit.LocalCognitoExtension;
import io.github.cognitosession.local.message.Message;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import software.amazon.awssdk.services.cognitoidentityprovider.model.ChallengeNameType;
import software.amazon.awssdk.services.cognitoidentityprovider.model.GetUserResponse;
import software.amazon.awssdk.services.cognitoidentityprovider.model.InvalidParameterException;
import software.amazon.awssdk.services.cognitoidentityprovider.model.RespondToAuthChallengeResponse;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatExceptionOfType;

/**
 * MFA preferences through the SDK: several factors on at once, the preferred one asked
 * for at sign-in or a choice ({@code SELECT_MFA_TYPE}), codes by e-mail as a second
 * factor, and e-mail MFA set up during {@code MFA_SETUP}.
 *
 * @author Cognito Session contributors
 */
class MfaPreferenceTests {

	private static final String PASSWORD = "Passw0rd-user";

	@RegisterExtension
	static final LocalCognitoExtension cognito = LocalCognitoExtension.create();

	@RegisterExtension
	static final UserPoolsClientExtension userPools = UserPoolsClientExtension.on(cognito);

	private Provisioned user(String username, boolean mfaRequired) {
		return cognito.provision()
			.emailMfa(true)
			.mfaRequired(mfaRequired)
			.user(username, PASSWORD)
			.userAttribute("email", username + "@example.com")
			.userAttribute("email_verified", "true")
			.userAttribute("phone_number", "+15550004321")
			.create();
	}

	private static void preferences(String accessToken, boolean sms, boolean email, String preferred) {
		userPools.client()
			.setUserMFAPreference((request) -> request.accessToken(accessToken)
				.smsMfaSettings((settings) -> settings.enabled(sms).preferredMfa("SMS_MFA".equals(preferred)))
				.emailMfaSettings((settings) -> settings.enabled(email).preferredMfa("EMAIL_OTP".equals(preferred))));
	}

	@Test
	void signInWhenTwoFactorsOnAndNonePreferredThenUserChooses() {
		Provisioned setup = user("bella", false);
		String accessToken = SignIn.tokens(userPools.client(), setup).accessToken();
		preferences(accessToken, true, true, null);
		GetUserResponse user = userPools.client().getUser((request) -> request.accessToken(accessToken));
		assertThat(user.userMFASettingList()).containsExactly("SMS_MFA", "EMAIL_OTP");
		assertThat(user.preferredMfaSetting()).isNull();
		RespondToAuthChallengeResponse select = SignIn.srp(userPools.client(), setup, "bella", PASSWORD);
		assertThat(select.challengeName()).isEqualTo(ChallengeNameType.SELECT_MFA_TYPE);
		assertThat(select.challengeParameters().get("MFAS_CAN_CHOOSE")).isEqualTo("[\"SMS_MFA\",\"EMAIL_OTP\"]");
		RespondToAuthChallengeResponse email = userPools.client()
			.respondToAuthChallenge((request) -> request.clientId(setup.clientId())
				.challengeName(ChallengeNameType.SELECT_MFA_TYPE)
				.session(select.session())
				.challengeResponses(Map.of("USERNAME", "bella", "ANSWER", "EMAIL_OTP")));
		assertThat(email.challengeName()).isEqualTo(ChallengeNameType.EMAIL_OTP);
		assertThat(email.challengeParameters()).containsEntry("CODE_DELIVERY_DESTINATION", "b***@e***");
		Message code = cognito.inbox("bella@example.com").get(cognito.inbox("bella@example.com").size() - 1);
		assertThat(code.purpose()).isEqualTo(Message.Purpose.EMAIL_OTP);
		assertThat(userPools.client()
			.respondToAuthChallenge((request) -> request.clientId(setup.clientId())
				.challengeName(ChallengeNameType.EMAIL_OTP)
				.session(email.session())
				.challengeResponses(Map.of("USERNAME", "bella", "EMAIL_OTP_CODE", code.code())))
			.authenticationResult()
			.idToken()).isNotBlank();
	}

	@Test
	void signInWhenEmailPreferredThenEmailCodeAskedAtOnce() {
		Provisioned setup = user("carla", false);
		String accessToken = SignIn.tokens(userPools.client(), setup).accessToken();
		preferences(accessToken, true, true, "EMAIL_OTP");
		assertThat(userPools.client().getUser((request) -> request.accessToken(accessToken)).preferredMfaSetting())
			.isEqualTo("EMAIL_OTP");
		assertThat(SignIn.srp(userPools.client(), setup, "carla", PASSWORD).challengeName())
			.isEqualTo(ChallengeNameType.EMAIL_OTP);
	}

	@Test
	void setUserMfaPreferenceWhenDisabledThenSignInNeedsNoCode() {
		Provisioned setup = user("dora", false);
		String accessToken = SignIn.tokens(userPools.client(), setup).accessToken();
		preferences(accessToken, true, false, "SMS_MFA");
		preferences(accessToken, false, false, null);
		assertThat(userPools.client().getUser((request) -> request.accessToken(accessToken)).userMFASettingList())
			.isEmpty();
		assertThat(SignIn.srp(userPools.client(), setup, "dora", PASSWORD).authenticationResult()).isNotNull();
	}

	@Test
	void setUserMfaPreferenceWhenEmailUnverifiedOrPoolWithoutEmailMfaThenRefused() {
		Provisioned unverified = cognito.provision()
			.emailMfa(true)
			.user("emma", PASSWORD)
			.userAttribute("email", "emma@example.com")
			.create();
		String accessToken = SignIn.tokens(userPools.client(), unverified).accessToken();
		assertThatExceptionOfType(InvalidParameterException.class)
			.isThrownBy(() -> preferences(accessToken, false, true, null))
			.withMessageContaining("EMAIL_OTP");
		Provisioned withoutEmailMfa = cognito.provision()
			.user("emma", PASSWORD)
			.userAttribute("email", "emma@example.com")
			.userAttribute("email_verified", "true")
			.create();
		String otherToken = SignIn.tokens(userPools.client(), withoutEmailMfa).accessToken();
		assertThatExceptionOfType(InvalidParameterException.class)
			.isThrownBy(() -> preferences(otherToken, false, true, null))
			.withMessageContaining("Email MFA is not enabled");
	}

	@Test
	void mfaSetupWhenAnsweredWithEmailThenCodeToItTurnsEmailMfaOn() {
		Provisioned setup = cognito.provision().emailMfa(true).mfaRequired(true).user("fiona", PASSWORD).create();
		RespondToAuthChallengeResponse setUp = SignIn.srp(userPools.client(), setup, "fiona", PASSWORD);
		assertThat(setUp.challengeName()).isEqualTo(ChallengeNameType.MFA_SETUP);
		assertThat(setUp.challengeParameters().get("MFAS_CAN_SETUP")).contains("EMAIL_OTP");
		RespondToAuthChallengeResponse otp = userPools.client()
			.respondToAuthChallenge((request) -> request.clientId(setup.clientId())
				.challengeName(ChallengeNameType.MFA_SETUP)
				.session(setUp.session())
				.challengeResponses(Map.of("USERNAME", "fiona", "EMAIL", "fiona@example.com")));
		assertThat(otp.challengeName()).isEqualTo(ChallengeNameType.EMAIL_OTP);
		String accessToken = userPools.client()
			.respondToAuthChallenge((request) -> request.clientId(setup.clientId())
				.challengeName(ChallengeNameType.EMAIL_OTP)
				.session(otp.session())
				.challengeResponses(Map.of("USERNAME", "fiona", "EMAIL_OTP_CODE",
						cognito.inbox("fiona@example.com").get(0).code())))
			.authenticationResult()
			.accessToken();
		GetUserResponse user = userPools.client().getUser((request) -> request.accessToken(accessToken));
		assertThat(user.userMFASettingList()).containsExactly("EMAIL_OTP");
		assertThat(user.userAttributes()).anySatisfy((attribute) -> {
			assertThat(attribute.name()).isEqualTo("email_verified");
			assertThat(attribute.value()).isEqualTo("true");
		});
		assertThat(SignIn.srp(userPools.client(), setup, "fiona", PASSWORD).challengeName())
			.isEqualTo(ChallengeNameType.EMAIL_OTP);
	}

}
