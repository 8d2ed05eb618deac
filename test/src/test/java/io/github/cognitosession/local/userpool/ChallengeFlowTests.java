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
import io.github.cognitosession.local.Sdk;
import io.github.cognitosession.local.SignIn;
import io.github.cognitosession.local.UserPoolsClientExtension;
import io.github.cognitosession.local.message.Message;
import io.github.cognitosession.local.junit.LocalCognitoExtension;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import software.amazon.awssdk.services.cognitoidentityprovider.model.AdminGetUserResponse;
import software.amazon.awssdk.services.cognitoidentityprovider.model.ChallengeNameType;
import software.amazon.awssdk.services.cognitoidentityprovider.model.CodeMismatchException;
import software.amazon.awssdk.services.cognitoidentityprovider.model.NotAuthorizedException;
import software.amazon.awssdk.services.cognitoidentityprovider.model.RespondToAuthChallengeResponse;
import software.amazon.awssdk.services.cognitoidentityprovider.model.UserStatusType;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatExceptionOfType;

/**
 * NEW_PASSWORD_REQUIRED, SMS_MFA and SOFTWARE_TOKEN_MFA after a correct SRP proof.
 *
 * @author Cognito Session contributors
 */
class ChallengeFlowTests {

	@RegisterExtension
	static final LocalCognitoExtension cognito = LocalCognitoExtension.create();

	@RegisterExtension
	static final UserPoolsClientExtension userPools = UserPoolsClientExtension.on(cognito);

	@Test
	void srpWhenPasswordIsTemporaryThenNewPasswordRequiredAndAnswerIssuesTokens() {
		Provisioned setup = cognito.provision()
			.userWithTemporaryPassword("bob", "Temporary-1")
			.userAttribute("email", "bob@example.com")
			.create();
		RespondToAuthChallengeResponse challenge = SignIn.srp(userPools.client(), setup, "bob", "Temporary-1");
		assertThat(challenge.challengeName()).isEqualTo(ChallengeNameType.NEW_PASSWORD_REQUIRED);
		assertThat(challenge.session()).isNotBlank();
		assertThat(challenge.challengeParameters().get("userAttributes")).contains("bob@example.com");
		RespondToAuthChallengeResponse answer = userPools.client()
			.respondToAuthChallenge((request) -> request.clientId(setup.clientId())
				.challengeName(ChallengeNameType.NEW_PASSWORD_REQUIRED)
				.session(challenge.session())
				.challengeResponses(Map.of("USERNAME", "bob", "NEW_PASSWORD", "Permanent-22", "userAttributes.name",
						"Bob Builder")));
		assertThat(answer.authenticationResult().idToken()).isNotBlank();
		AdminGetUserResponse user = Sdk.admin(cognito.cognito())
			.adminGetUser((request) -> request.userPoolId(setup.userPoolId()).username("bob"));
		assertThat(user.userStatus()).isEqualTo(UserStatusType.CONFIRMED);
		assertThat(user.userAttributes()).anySatisfy((attribute) -> {
			assertThat(attribute.name()).isEqualTo("name");
			assertThat(attribute.value()).isEqualTo("Bob Builder");
		});
		assertThat(SignIn.srp(userPools.client(), setup, "bob", "Permanent-22").authenticationResult()).isNotNull();
	}

	@Test
	void newPasswordWhenSessionIsUnknownThenNotAuthorized() {
		Provisioned setup = cognito.provision().userWithTemporaryPassword("bob", "Temporary-1").create();
		assertThatExceptionOfType(NotAuthorizedException.class)
			.isThrownBy(() -> userPools.client()
				.respondToAuthChallenge((request) -> request.clientId(setup.clientId())
					.challengeName(ChallengeNameType.NEW_PASSWORD_REQUIRED)
					.session("made-up-session-that-was-never-issued")
					.challengeResponses(Map.of("USERNAME", "bob", "NEW_PASSWORD", "Permanent-22"))))
			.withMessageContaining("Invalid session for the user");
	}

	@Test
	void srpWhenUserHasSmsMfaThenSmsChallengeWithCodeReadableByTests() {
		Provisioned setup = cognito.provision().user("carol", "Password-1").mfa(PoolUser.Mfa.SMS_MFA).create();
		RespondToAuthChallengeResponse challenge = SignIn.srp(userPools.client(), setup, "carol", "Password-1");
		assertThat(challenge.challengeName()).isEqualTo(ChallengeNameType.SMS_MFA);
		assertThat(challenge.challengeParameters()).containsEntry("CODE_DELIVERY_DELIVERY_MEDIUM", "SMS");
		String code = cognito.cognito().lastCode(setup.userPoolId(), "carol");
		assertThat(cognito.cognito().messages()).last().extracting(Message::purpose).isEqualTo(Message.Purpose.SMS_MFA);
		RespondToAuthChallengeResponse answer = userPools.client()
			.respondToAuthChallenge((request) -> request.clientId(setup.clientId())
				.challengeName(ChallengeNameType.SMS_MFA)
				.session(challenge.session())
				.challengeResponses(Map.of("USERNAME", "carol", "SMS_MFA_CODE", code)));
		assertThat(answer.authenticationResult().accessToken()).isNotBlank();
	}

	@Test
	void softwareTokenMfaWhenCodeIsWrongThenCodeMismatch() {
		Provisioned setup = cognito.provision()
			.user("dave", "Password-1")
			.mfa(PoolUser.Mfa.SOFTWARE_TOKEN_MFA)
			.create();
		RespondToAuthChallengeResponse challenge = SignIn.srp(userPools.client(), setup, "dave", "Password-1");
		assertThat(challenge.challengeName()).isEqualTo(ChallengeNameType.SOFTWARE_TOKEN_MFA);
		String wrong = cognito.cognito().lastCode(setup.userPoolId(), "dave").equals("000000") ? "111111" : "000000";
		assertThatExceptionOfType(CodeMismatchException.class).isThrownBy(() -> userPools.client()
			.respondToAuthChallenge((request) -> request.clientId(setup.clientId())
				.challengeName(ChallengeNameType.SOFTWARE_TOKEN_MFA)
				.session(challenge.session())
				.challengeResponses(Map.of("USERNAME", "dave", "SOFTWARE_TOKEN_MFA_CODE", wrong))));
	}

	@Test
	void softwareTokenMfaWhenCodeIsRightThenIssuesTokens() {
		Provisioned setup = cognito.provision().user("erin", "Password-1").create();
		Sdk.admin(cognito.cognito())
			.adminSetUserMFAPreference((request) -> request.userPoolId(setup.userPoolId())
				.username("erin")
				.softwareTokenMfaSettings((settings) -> settings.enabled(true).preferredMfa(true)));
		RespondToAuthChallengeResponse challenge = SignIn.srp(userPools.client(), setup, "erin", "Password-1");
		assertThat(challenge.challengeName()).isEqualTo(ChallengeNameType.SOFTWARE_TOKEN_MFA);
		String code = cognito.cognito().lastCode(setup.userPoolId(), "erin");
		RespondToAuthChallengeResponse answer = userPools.client()
			.respondToAuthChallenge((request) -> request.clientId(setup.clientId())
				.challengeName(ChallengeNameType.SOFTWARE_TOKEN_MFA)
				.session(challenge.session())
				.challengeResponses(Map.of("USERNAME", "erin", "SOFTWARE_TOKEN_MFA_CODE", code)));
		assertThat(answer.authenticationResult().idToken()).isNotBlank();
	}

}
