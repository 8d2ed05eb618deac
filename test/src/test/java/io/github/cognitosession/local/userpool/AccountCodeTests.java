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

import java.time.Duration;
import java.time.Instant;
import java.util.Map;

import io.github.cognitosession.local.MutableClock;
import io.github.cognitosession.local.Provisioned;
import io.github.cognitosession.local.Sdk;
import io.github.cognitosession.local.UserPoolsClientExtension;
import io.github.cognitosession.local.junit.LocalCognitoExtension;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import software.amazon.awssdk.services.cognitoidentityprovider.CognitoIdentityProviderClient;
import software.amazon.awssdk.services.cognitoidentityprovider.model.AliasExistsException;
import software.amazon.awssdk.services.cognitoidentityprovider.model.AttributeType;
import software.amazon.awssdk.services.cognitoidentityprovider.model.AuthFlowType;
import software.amazon.awssdk.services.cognitoidentityprovider.model.CodeMismatchException;
import software.amazon.awssdk.services.cognitoidentityprovider.model.ConfirmSignUpResponse;
import software.amazon.awssdk.services.cognitoidentityprovider.model.ExpiredCodeException;
import software.amazon.awssdk.services.cognitoidentityprovider.model.InitiateAuthResponse;
import software.amazon.awssdk.services.cognitoidentityprovider.model.LimitExceededException;
import software.amazon.awssdk.services.cognitoidentityprovider.model.NotAuthorizedException;
import software.amazon.awssdk.services.cognitoidentityprovider.model.SignUpResponse;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatExceptionOfType;

/**
 * Codes as Cognito keeps them (a day for sign-up, an hour for a password reset, five
 * wrong attempts), the alias a confirmation claims, and the session that signs a new user
 * in without the password (auto sign-in).
 *
 * @author Cognito Session contributors
 */
class AccountCodeTests {

	private static final String PASSWORD = "Passw0rd-user";

	private static final MutableClock clock = new MutableClock(Instant.parse("2026-05-01T08:00:00Z"));

	@RegisterExtension
	static final LocalCognitoExtension cognito = LocalCognitoExtension.configure((builder) -> builder.clock(clock));

	@RegisterExtension
	static final UserPoolsClientExtension userPools = UserPoolsClientExtension.on(cognito);

	private SignUpResponse signUp(Provisioned setup, String username, String email) {
		return userPools.client()
			.signUp((request) -> request.clientId(setup.clientId())
				.username(username)
				.password(PASSWORD)
				.userAttributes(AttributeType.builder().name("email").value(email).build()));
	}

	private void confirm(Provisioned setup, String username, String code) {
		userPools.client()
			.confirmSignUp((request) -> request.clientId(setup.clientId()).username(username).confirmationCode(code));
	}

	@Test
	void confirmSignUpWhenCodeOlderThanADayThenExpired() {
		Provisioned setup = cognito.provision().create();
		signUp(setup, "quinn", "quinn@example.com");
		String code = cognito.lastCode(setup.userPoolId(), "quinn");
		clock.advance(Duration.ofHours(24));
		assertThatExceptionOfType(ExpiredCodeException.class).isThrownBy(() -> confirm(setup, "quinn", code))
			.withMessageContaining("Invalid code provided, please request a code again.");
		userPools.client().resendConfirmationCode((request) -> request.clientId(setup.clientId()).username("quinn"));
		confirm(setup, "quinn", cognito.lastCode(setup.userPoolId(), "quinn"));
	}

	@Test
	void confirmSignUpWhenFiveWrongCodesThenLimitExceededAndTheCodeIsUsedUp() {
		Provisioned setup = cognito.provision().create();
		signUp(setup, "rosa", "rosa@example.com");
		String code = cognito.lastCode(setup.userPoolId(), "rosa");
		String wrong = code.equals("000000") ? "111111" : "000000";
		for (int attempt = 1; attempt < 5; attempt++) {
			assertThatExceptionOfType(CodeMismatchException.class).isThrownBy(() -> confirm(setup, "rosa", wrong));
		}
		assertThatExceptionOfType(LimitExceededException.class).isThrownBy(() -> confirm(setup, "rosa", wrong))
			.withMessageContaining("Attempt limit exceeded");
		assertThatExceptionOfType(CodeMismatchException.class).isThrownBy(() -> confirm(setup, "rosa", code));
	}

	@Test
	void confirmForgotPasswordWhenCodeOlderThanAnHourThenExpired() {
		Provisioned setup = cognito.provision()
			.user("sam", PASSWORD)
			.userAttribute("email", "sam@example.com")
			.userAttribute("email_verified", "true")
			.create();
		userPools.client().forgotPassword((request) -> request.clientId(setup.clientId()).username("sam"));
		String code = cognito.lastCode(setup.userPoolId(), "sam");
		clock.advance(Duration.ofMinutes(61));
		assertThatExceptionOfType(ExpiredCodeException.class).isThrownBy(() -> userPools.client()
			.confirmForgotPassword((request) -> request.clientId(setup.clientId())
				.username("sam")
				.confirmationCode(code)
				.password("N3w-Passw0rd!")));
	}

	@Test
	void confirmSignUpWhenAnotherUserHasTheVerifiedAliasThenAliasExistsUnlessForced() {
		Provisioned setup = cognito.provision()
			.aliasAttributes("email")
			.user("tara", PASSWORD)
			.userAttribute("email", "shared@example.com")
			.userAttribute("email_verified", "true")
			.create();
		signUp(setup, "tina", "shared@example.com");
		String code = cognito.lastCode(setup.userPoolId(), "tina");
		assertThatExceptionOfType(AliasExistsException.class).isThrownBy(() -> confirm(setup, "tina", code));
		userPools.client().resendConfirmationCode((request) -> request.clientId(setup.clientId()).username("tina"));
		userPools.client()
			.confirmSignUp((request) -> request.clientId(setup.clientId())
				.username("tina")
				.confirmationCode(cognito.lastCode(setup.userPoolId(), "tina"))
				.forceAliasCreation(true));
		try (CognitoIdentityProviderClient admin = Sdk.admin(cognito.cognito())) {
			assertThat(admin.adminGetUser((request) -> request.userPoolId(setup.userPoolId()).username("tara"))
				.userAttributes()).contains(AttributeType.builder().name("email_verified").value("false").build());
			assertThat(admin
				.adminGetUser((request) -> request.userPoolId(setup.userPoolId()).username("shared@example.com"))
				.username()).isEqualTo("tina");
		}
	}

	@Test
	void initiateAuthWhenConfirmedSignUpSessionThenSignedInWithoutThePassword() {
		Provisioned setup = cognito.provision()
			.explicitAuthFlows("ALLOW_USER_AUTH", "ALLOW_USER_SRP_AUTH", "ALLOW_REFRESH_TOKEN_AUTH")
			.clientSecret(true)
			.create();
		SignUpResponse signedUp = userPools.client()
			.signUp((request) -> request.clientId(setup.clientId())
				.secretHash(Sdk.secretHash(setup.clientSecret(), "uma", setup.clientId()))
				.username("uma")
				.password(PASSWORD)
				.userAttributes(AttributeType.builder().name("email").value("uma@example.com").build()));
		assertThat(signedUp.session()).isNotBlank();
		ConfirmSignUpResponse confirmed = userPools.client()
			.confirmSignUp((request) -> request.clientId(setup.clientId())
				.secretHash(Sdk.secretHash(setup.clientSecret(), "uma", setup.clientId()))
				.username("uma")
				.confirmationCode(cognito.lastCode(setup.userPoolId(), "uma"))
				.session(signedUp.session()));
		assertThat(confirmed.session()).isNotBlank();
		InitiateAuthResponse tokens = userPools.client()
			.initiateAuth((request) -> request.clientId(setup.clientId())
				.authFlow(AuthFlowType.USER_AUTH)
				.session(confirmed.session())
				.authParameters(Map.of("USERNAME", "uma", "SECRET_HASH",
						Sdk.secretHash(setup.clientSecret(), "uma", setup.clientId()))));
		assertThat(tokens.authenticationResult().idToken()).isNotBlank();
		assertThatExceptionOfType(NotAuthorizedException.class).as("the session signs in once")
			.isThrownBy(() -> userPools.client()
				.initiateAuth((request) -> request.clientId(setup.clientId())
					.authFlow(AuthFlowType.USER_AUTH)
					.session(confirmed.session())
					.authParameters(Map.of("USERNAME", "uma", "SECRET_HASH",
							Sdk.secretHash(setup.clientSecret(), "uma", setup.clientId())))));
	}

	@Test
	void signUpWhenClientDoesNotAllowUserAuthThenNoSession() {
		Provisioned setup = cognito.provision().create();
		assertThat(signUp(setup, "vera", "vera@example.com").session()).isNull();
	}

}
