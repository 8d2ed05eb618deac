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
import io.github.cognitosession.local.SignIn;
import io.github.cognitosession.local.UserPoolsClientExtension;
import io.github.cognitosession.local.junit.LocalCognitoExtension;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import software.amazon.awssdk.services.cognitoidentityprovider.model.AttributeType;
import software.amazon.awssdk.services.cognitoidentityprovider.model.CodeMismatchException;
import software.amazon.awssdk.services.cognitoidentityprovider.model.GetUserResponse;
import software.amazon.awssdk.services.cognitoidentityprovider.model.InvalidPasswordException;
import software.amazon.awssdk.services.cognitoidentityprovider.model.NotAuthorizedException;
import software.amazon.awssdk.services.cognitoidentityprovider.model.SignUpResponse;
import software.amazon.awssdk.services.cognitoidentityprovider.model.UserNotConfirmedException;
import software.amazon.awssdk.services.cognitoidentityprovider.model.UsernameExistsException;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatExceptionOfType;

/**
 * Sign-up, confirmation, forgotten and changed passwords and GetUser through the SDK.
 *
 * @author Cognito Session contributors
 */
class SelfServiceTests {

	@RegisterExtension
	static final LocalCognitoExtension cognito = LocalCognitoExtension.create();

	@RegisterExtension
	static final UserPoolsClientExtension userPools = UserPoolsClientExtension.on(cognito);

	@Test
	void signUpWhenConfirmedWithDeliveredCodeThenUserCanSignIn() {
		Provisioned setup = cognito.provision().create();
		SignUpResponse signUp = userPools.client()
			.signUp((request) -> request.clientId(setup.clientId())
				.username("frank")
				.password("Password-1")
				.userAttributes(AttributeType.builder().name("email").value("frank@example.com").build()));
		assertThat(signUp.userConfirmed()).isFalse();
		assertThat(signUp.userSub()).isNotBlank();
		assertThat(signUp.codeDeliveryDetails().destination()).isEqualTo("f***@e***");
		Provisioned frank = withUser(setup, "frank", "Password-1");
		assertThatExceptionOfType(UserNotConfirmedException.class)
			.isThrownBy(() -> SignIn.srp(userPools.client(), frank, "frank", "Password-1"));
		userPools.client()
			.confirmSignUp((request) -> request.clientId(setup.clientId())
				.username("frank")
				.confirmationCode(cognito.cognito().lastCode(setup.userPoolId(), "frank")));
		assertThat(SignIn.tokens(userPools.client(), frank).idToken()).isNotBlank();
	}

	@Test
	void confirmSignUpWhenCodeIsWrongThenCodeMismatch() {
		Provisioned setup = cognito.provision().create();
		userPools.client()
			.signUp((request) -> request.clientId(setup.clientId())
				.username("gina")
				.password("Password-1")
				.userAttributes(AttributeType.builder().name("email").value("gina@example.com").build()));
		String wrong = cognito.cognito().lastCode(setup.userPoolId(), "gina").equals("000000") ? "111111" : "000000";
		assertThatExceptionOfType(CodeMismatchException.class).isThrownBy(() -> userPools.client()
			.confirmSignUp((request) -> request.clientId(setup.clientId()).username("gina").confirmationCode(wrong)));
	}

	@Test
	void signUpWhenUsernameIsTakenThenUsernameExists() {
		Provisioned setup = cognito.provision().user("hank", "Password-1").create();
		assertThatExceptionOfType(UsernameExistsException.class).isThrownBy(() -> userPools.client()
			.signUp((request) -> request.clientId(setup.clientId()).username("hank").password("Password-1")));
	}

	@Test
	void signUpWhenPasswordIsTooShortThenInvalidPassword() {
		Provisioned setup = cognito.provision().create();
		assertThatExceptionOfType(InvalidPasswordException.class).isThrownBy(() -> userPools.client()
			.signUp((request) -> request.clientId(setup.clientId()).username("ivy").password("short")));
	}

	@Test
	void resendConfirmationCodeWhenCalledThenNewCodeConfirms() {
		Provisioned setup = cognito.provision().create();
		userPools.client()
			.signUp((request) -> request.clientId(setup.clientId())
				.username("jack")
				.password("Password-1")
				.userAttributes(AttributeType.builder().name("email").value("jack@example.com").build()));
		userPools.client().resendConfirmationCode((request) -> request.clientId(setup.clientId()).username("jack"));
		userPools.client()
			.confirmSignUp((request) -> request.clientId(setup.clientId())
				.username("jack")
				.confirmationCode(cognito.cognito().lastCode(setup.userPoolId(), "jack")));
		assertThat(SignIn.tokens(userPools.client(), withUser(setup, "jack", "Password-1")).idToken()).isNotBlank();
	}

	@Test
	void forgotPasswordWhenConfirmedWithCodeThenNewPasswordWorksAndOldDoesNot() {
		Provisioned setup = cognito.provision()
			.user("kate", "Password-1")
			.userAttribute("email", "kate@example.com")
			.userAttribute("email_verified", "true")
			.create();
		userPools.client().forgotPassword((request) -> request.clientId(setup.clientId()).username("kate"));
		userPools.client()
			.confirmForgotPassword((request) -> request.clientId(setup.clientId())
				.username("kate")
				.password("Password-2")
				.confirmationCode(cognito.cognito().lastCode(setup.userPoolId(), "kate")));
		assertThat(SignIn.srp(userPools.client(), setup, "kate", "Password-2").authenticationResult()).isNotNull();
		assertThatExceptionOfType(NotAuthorizedException.class)
			.isThrownBy(() -> SignIn.srp(userPools.client(), setup, "kate", "Password-1"));
	}

	@Test
	void changePasswordWhenPreviousIsRightThenNewPasswordWorks() {
		Provisioned setup = cognito.provision().user("liam", "Password-1").create();
		String accessToken = SignIn.tokens(userPools.client(), setup).accessToken();
		userPools.client()
			.changePassword((request) -> request.accessToken(accessToken)
				.previousPassword("Password-1")
				.proposedPassword("Password-2"));
		assertThat(SignIn.srp(userPools.client(), setup, "liam", "Password-2").authenticationResult()).isNotNull();
	}

	@Test
	void changePasswordWhenPreviousIsWrongThenNotAuthorized() {
		Provisioned setup = cognito.provision().user("mia", "Password-1").create();
		String accessToken = SignIn.tokens(userPools.client(), setup).accessToken();
		assertThatExceptionOfType(NotAuthorizedException.class).isThrownBy(() -> userPools.client()
			.changePassword((request) -> request.accessToken(accessToken)
				.previousPassword("Nope-1234")
				.proposedPassword("Password-2")));
	}

	@Test
	void getUserWhenAccessTokenIsValidThenReturnsAttributes() {
		Provisioned setup = cognito.provision()
			.user("noah", "Password-1")
			.userAttribute("email", "noah@example.com")
			.create();
		String accessToken = SignIn.tokens(userPools.client(), setup).accessToken();
		GetUserResponse user = userPools.client().getUser((request) -> request.accessToken(accessToken));
		assertThat(user.username()).isEqualTo("noah");
		assertThat(user.userAttributes()).extracting(AttributeType::name).contains("sub", "email");
	}

	@Test
	void getUserWhenAccessTokenIsGarbageThenNotAuthorized() {
		assertThatExceptionOfType(NotAuthorizedException.class)
			.isThrownBy(() -> userPools.client().getUser((request) -> request.accessToken("not.a.jwt")));
	}

	private static Provisioned withUser(Provisioned setup, String username, String password) {
		return new Provisioned(setup.endpoint(), setup.region(), setup.userPoolId(), setup.clientId(),
				setup.clientSecret(), username, password, setup.identityPoolId(), setup.issuer());
	}

}
