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
import java.util.stream.Collectors;

import io.github.cognitosession.local.Provisioned;
import io.github.cognitosession.local.SignIn;
import io.github.cognitosession.local.UserPoolsClientExtension;
import io.github.cognitosession.local.junit.LocalCognitoExtension;
import io.github.cognitosession.local.message.Message;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import software.amazon.awssdk.services.cognitoidentityprovider.model.AttributeType;
import software.amazon.awssdk.services.cognitoidentityprovider.model.AuthenticationResultType;
import software.amazon.awssdk.services.cognitoidentityprovider.model.CodeMismatchException;
import software.amazon.awssdk.services.cognitoidentityprovider.model.GetUserResponse;
import software.amazon.awssdk.services.cognitoidentityprovider.model.InvalidParameterException;
import software.amazon.awssdk.services.cognitoidentityprovider.model.NotAuthorizedException;
import software.amazon.awssdk.services.cognitoidentityprovider.model.UpdateUserAttributesResponse;
import software.amazon.awssdk.services.cognitoidentityprovider.model.UserNotFoundException;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatExceptionOfType;

/**
 * A signed-in user's own attributes and account through the SDK: changing an e-mail
 * address (unverified, a code to the new one), verifying it, deleting attributes, and
 * deleting the user.
 *
 * @author Cognito Session contributors
 */
class UserAttributeTests {

	private static final String PASSWORD = "Passw0rd-user";

	@RegisterExtension
	static final LocalCognitoExtension cognito = LocalCognitoExtension.create();

	@RegisterExtension
	static final UserPoolsClientExtension userPools = UserPoolsClientExtension.on(cognito);

	private Provisioned user(String username) {
		return cognito.provision()
			.user(username, PASSWORD)
			.userAttribute("email", username + "@example.com")
			.userAttribute("email_verified", "true")
			.userAttribute("locale", "fr")
			.create();
	}

	private static Map<String, String> attributes(String accessToken) {
		GetUserResponse user = userPools.client().getUser((request) -> request.accessToken(accessToken));
		return user.userAttributes().stream().collect(Collectors.toMap(AttributeType::name, AttributeType::value));
	}

	@Test
	void updateUserAttributesWhenEmailChangesThenUnverifiedAndCodeToTheNewAddressVerifiesIt() {
		Provisioned setup = cognito.provision()
			.user("wendy", PASSWORD)
			.userAttribute("email", "wendy@example.com")
			.userAttribute("email_verified", "true")
			.create();
		String accessToken = SignIn.tokens(userPools.client(), setup).accessToken();
		UpdateUserAttributesResponse updated = userPools.client()
			.updateUserAttributes((request) -> request.accessToken(accessToken)
				.userAttributes(AttributeType.builder().name("email").value("wendy.new@example.com").build(),
						AttributeType.builder().name("locale").value("de").build()));
		assertThat(updated.codeDeliveryDetailsList()).singleElement().satisfies((delivery) -> {
			assertThat(delivery.destination()).isEqualTo("w***@e***");
			assertThat(delivery.attributeName()).isEqualTo("email");
		});
		assertThat(attributes(accessToken)).containsEntry("email", "wendy.new@example.com")
			.containsEntry("email_verified", "false")
			.containsEntry("locale", "de");
		Message code = cognito.inbox("wendy.new@example.com").get(0);
		assertThat(code.purpose()).isEqualTo(Message.Purpose.VERIFY_EMAIL);
		String wrong = code.code().equals("000000") ? "111111" : "000000";
		assertThatExceptionOfType(CodeMismatchException.class).isThrownBy(() -> userPools.client()
			.verifyUserAttribute((request) -> request.accessToken(accessToken).attributeName("email").code(wrong)));
		userPools.client()
			.verifyUserAttribute(
					(request) -> request.accessToken(accessToken).attributeName("email").code(code.code()));
		assertThat(attributes(accessToken)).containsEntry("email_verified", "true");
	}

	@Test
	void getUserAttributeVerificationCodeWhenAskedThenCodeSentAndVerifies() {
		Provisioned setup = cognito.provision()
			.user("xena", PASSWORD)
			.userAttribute("phone_number", "+15550009876")
			.create();
		String accessToken = SignIn.tokens(userPools.client(), setup).accessToken();
		assertThat(userPools.client()
			.getUserAttributeVerificationCode(
					(request) -> request.accessToken(accessToken).attributeName("phone_number"))
			.codeDeliveryDetails()
			.destination()).isEqualTo("+*******9876");
		userPools.client()
			.verifyUserAttribute((request) -> request.accessToken(accessToken)
				.attributeName("phone_number")
				.code(cognito.lastCode(setup.userPoolId(), "xena")));
		assertThat(attributes(accessToken)).containsEntry("phone_number_verified", "true");
		assertThatExceptionOfType(InvalidParameterException.class).isThrownBy(() -> userPools.client()
			.getUserAttributeVerificationCode((request) -> request.accessToken(accessToken).attributeName("email")));
	}

	@Test
	void updateUserAttributesWhenVerifiedFlagGivenThenRefused() {
		Provisioned setup = user("yuri");
		String accessToken = SignIn.tokens(userPools.client(), setup).accessToken();
		assertThatExceptionOfType(InvalidParameterException.class).isThrownBy(() -> userPools.client()
			.updateUserAttributes((request) -> request.accessToken(accessToken)
				.userAttributes(AttributeType.builder().name("email_verified").value("true").build())));
	}

	@Test
	void deleteUserAttributesWhenEmailDeletedThenItsVerifiedFlagGoesToo() {
		Provisioned setup = user("zoe");
		String accessToken = SignIn.tokens(userPools.client(), setup).accessToken();
		userPools.client()
			.deleteUserAttributes((request) -> request.accessToken(accessToken).userAttributeNames("email", "locale"));
		assertThat(attributes(accessToken)).doesNotContainKeys("email", "email_verified", "locale").containsKey("sub");
	}

	@Test
	void deleteUserWhenSignedInThenUserAndTokensGone() {
		Provisioned setup = user("adam");
		AuthenticationResultType tokens = SignIn.tokens(userPools.client(), setup);
		userPools.client().deleteUser((request) -> request.accessToken(tokens.accessToken()));
		assertThatExceptionOfType(NotAuthorizedException.class)
			.isThrownBy(() -> userPools.client().getUser((request) -> request.accessToken(tokens.accessToken())));
		assertThatExceptionOfType(UserNotFoundException.class)
			.isThrownBy(() -> SignIn.srp(userPools.client(), setup, "adam", PASSWORD));
	}

}
