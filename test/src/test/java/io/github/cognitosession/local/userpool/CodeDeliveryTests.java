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

import io.github.cognitosession.local.Provisioned;
import io.github.cognitosession.local.Sdk;
import io.github.cognitosession.local.junit.LocalCognitoExtension;
import io.github.cognitosession.local.message.Message;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import software.amazon.awssdk.services.cognitoidentityprovider.CognitoIdentityProviderClient;
import software.amazon.awssdk.services.cognitoidentityprovider.model.AttributeType;
import software.amazon.awssdk.services.cognitoidentityprovider.model.CodeDeliveryDetailsType;
import software.amazon.awssdk.services.cognitoidentityprovider.model.DeliveryMediumType;
import software.amazon.awssdk.services.cognitoidentityprovider.model.InvalidParameterException;
import software.amazon.awssdk.services.cognitoidentityprovider.model.NotAuthorizedException;
import software.amazon.awssdk.services.cognitoidentityprovider.model.SignUpResponse;
import software.amazon.awssdk.services.cognitoidentityprovider.model.UserStatusType;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatExceptionOfType;

/**
 * Codes go where Cognito sends them, and {@code CodeDeliveryDetails} appear only when a
 * code was sent, masked as Cognito masks them.
 *
 * @author Cognito Session contributors
 */
class CodeDeliveryTests {

	@RegisterExtension
	static final LocalCognitoExtension cognito = LocalCognitoExtension.create();

	@Test
	void signUpWhenPoolVerifiesNothingThenUnconfirmedWithoutCodeDeliveryDetailsAndAdminConfirms() {
		Provisioned setup = cognito.provision().autoVerifiedAttributes().create();
		try (CognitoIdentityProviderClient client = Sdk.userPools(cognito.cognito());
				CognitoIdentityProviderClient admin = Sdk.admin(cognito.cognito())) {
			SignUpResponse signUp = signUp(client, setup, "alice", email("alice@example.com"));
			assertThat(signUp.userConfirmed()).isFalse();
			assertThat(signUp.userSub()).matches("[0-9a-f-]{36}");
			assertThat(signUp.codeDeliveryDetails()).isNull();
			assertThat(cognito.cognito().inbox("alice@example.com")).isEmpty();
			assertThatExceptionOfType(InvalidParameterException.class)
				.isThrownBy(() -> client
					.resendConfirmationCode((request) -> request.clientId(setup.clientId()).username("alice")))
				.withMessageContaining("Auto verification not turned on");
			admin.adminConfirmSignUp((request) -> request.userPoolId(setup.userPoolId()).username("alice"));
			assertThat(admin.adminGetUser((request) -> request.userPoolId(setup.userPoolId()).username("alice"))
				.userStatus()).isEqualTo(UserStatusType.CONFIRMED);
		}
	}

	@Test
	void signUpWhenEmailIsVerifiedAutomaticallyThenCodeByEmailMaskedLikeCognito() {
		Provisioned setup = cognito.provision().create();
		try (CognitoIdentityProviderClient client = Sdk.userPools(cognito.cognito())) {
			CodeDeliveryDetailsType details = signUp(client, setup, "bob", email("bob.smith@example.com"))
				.codeDeliveryDetails();
			assertThat(details.destination()).isEqualTo("b***@e***");
			assertThat(details.deliveryMedium()).isEqualTo(DeliveryMediumType.EMAIL);
			assertThat(details.attributeName()).isEqualTo("email");
			assertThat(cognito.cognito().inbox("bob.smith@example.com")).singleElement()
				.extracting(Message::purpose)
				.isEqualTo(Message.Purpose.SIGN_UP);
		}
	}

	@Test
	void signUpWhenPhoneAndEmailAreVerifiedAutomaticallyThenCodeBySmsMaskedLikeCognito() {
		Provisioned setup = cognito.provision().autoVerifiedAttributes("email", "phone_number").create();
		try (CognitoIdentityProviderClient client = Sdk.userPools(cognito.cognito())) {
			CodeDeliveryDetailsType details = signUp(client, setup, "carol", email("carol@example.com"),
					attribute("phone_number", "+12065551234"))
				.codeDeliveryDetails();
			assertThat(details.destination()).isEqualTo("+*******1234");
			assertThat(details.deliveryMedium()).isEqualTo(DeliveryMediumType.SMS);
			assertThat(details.attributeName()).isEqualTo("phone_number");
			client.confirmSignUp((request) -> request.clientId(setup.clientId())
				.username("carol")
				.confirmationCode(cognito.cognito().inbox("+12065551234").get(0).code()));
		}
		try (CognitoIdentityProviderClient admin = Sdk.admin(cognito.cognito())) {
			assertThat(admin.adminGetUser((request) -> request.userPoolId(setup.userPoolId()).username("carol"))
				.userAttributes()).contains(attribute("phone_number_verified", "true"));
		}
	}

	@Test
	void signUpWhenPoolOnlyLetsAdministratorsCreateUsersThenNotAuthorized() {
		try (CognitoIdentityProviderClient admin = Sdk.admin(cognito.cognito());
				CognitoIdentityProviderClient client = Sdk.userPools(cognito.cognito())) {
			String poolId = admin
				.createUserPool((request) -> request.poolName("closed")
					.adminCreateUserConfig((config) -> config.allowAdminCreateUserOnly(true)))
				.userPool()
				.id();
			String clientId = admin.createUserPoolClient((request) -> request.userPoolId(poolId).clientName("app"))
				.userPoolClient()
				.clientId();
			assertThatExceptionOfType(NotAuthorizedException.class).isThrownBy(
					() -> client.signUp((request) -> request.clientId(clientId).username("dan").password("Passw0rd!")))
				.withMessageContaining("SignUp is not permitted for this user pool");
		}
	}

	@Test
	void forgotPasswordWhenPhoneAndEmailVerifiedThenSmsAsCognitosLegacyChoice() {
		Provisioned setup = cognito.provision()
			.user("erin", "Passw0rd!")
			.userAttribute("email", "erin@example.com")
			.userAttribute("email_verified", "true")
			.userAttribute("phone_number", "+447700900123")
			.userAttribute("phone_number_verified", "true")
			.create();
		try (CognitoIdentityProviderClient client = Sdk.userPools(cognito.cognito())) {
			CodeDeliveryDetailsType details = client
				.forgotPassword((request) -> request.clientId(setup.clientId()).username("erin"))
				.codeDeliveryDetails();
			assertThat(details.deliveryMedium()).isEqualTo(DeliveryMediumType.SMS);
			assertThat(details.destination()).isEqualTo("+********0123");
		}
	}

	@Test
	void forgotPasswordWhenRecoveryPrefersEmailThenEmail() {
		try (CognitoIdentityProviderClient admin = Sdk.admin(cognito.cognito());
				CognitoIdentityProviderClient client = Sdk.userPools(cognito.cognito())) {
			String poolId = admin.createUserPool((request) -> request.poolName("recovery")
				.accountRecoverySetting((recovery) -> recovery.recoveryMechanisms(
						(mechanism) -> mechanism.name("verified_email").priority(1),
						(mechanism) -> mechanism.name("verified_phone_number").priority(2))))
				.userPool()
				.id();
			String clientId = admin.createUserPoolClient((request) -> request.userPoolId(poolId).clientName("app"))
				.userPoolClient()
				.clientId();
			admin.adminCreateUser((request) -> request.userPoolId(poolId)
				.username("fay")
				.messageAction("SUPPRESS")
				.userAttributes(email("fay@example.com"), attribute("email_verified", "true"),
						attribute("phone_number", "+12065550000"), attribute("phone_number_verified", "true")));
			admin.adminSetUserPassword(
					(request) -> request.userPoolId(poolId).username("fay").password("Passw0rd!").permanent(true));
			CodeDeliveryDetailsType details = client
				.forgotPassword((request) -> request.clientId(clientId).username("fay"))
				.codeDeliveryDetails();
			assertThat(details.deliveryMedium()).isEqualTo(DeliveryMediumType.EMAIL);
			assertThat(details.destination()).isEqualTo("f***@e***");
		}
	}

	@Test
	void forgotPasswordWhenNoVerifiedContactThenCognitosError() {
		Provisioned setup = cognito.provision()
			.user("gil", "Passw0rd!")
			.userAttribute("email", "gil@example.com")
			.create();
		try (CognitoIdentityProviderClient client = Sdk.userPools(cognito.cognito())) {
			assertThatExceptionOfType(InvalidParameterException.class)
				.isThrownBy(
						() -> client.forgotPassword((request) -> request.clientId(setup.clientId()).username("gil")))
				.withMessageContaining("no registered/verified email or phone_number");
		}
	}

	private static SignUpResponse signUp(CognitoIdentityProviderClient client, Provisioned setup, String username,
			AttributeType... attributes) {
		return client.signUp((request) -> request.clientId(setup.clientId())
			.username(username)
			.password("Passw0rd!")
			.userAttributes(attributes));
	}

	private static AttributeType email(String email) {
		return attribute("email", email);
	}

	private static AttributeType attribute(String name, String value) {
		return AttributeType.builder().name(name).value(value).build();
	}

}
