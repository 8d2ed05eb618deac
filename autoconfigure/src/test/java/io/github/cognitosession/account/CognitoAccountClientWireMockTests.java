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
package io.github.cognitosession.account;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;

import com.github.tomakehurst.wiremock.junit5.WireMockExtension;
import io.github.cognitosession.exception.AliasExistsException;
import io.github.cognitosession.exception.AttemptLimitExceededException;
import io.github.cognitosession.exception.CodeDeliveryFailureException;
import io.github.cognitosession.exception.CodeMismatchException;
import io.github.cognitosession.exception.CognitoSessionException;
import io.github.cognitosession.exception.ExpiredCodeException;
import io.github.cognitosession.exception.InvalidPasswordException;
import io.github.cognitosession.exception.UserNotConfirmedException;
import io.github.cognitosession.exception.UsernameExistsException;
import io.github.cognitosession.mfa.MfaType;
import io.github.cognitosession.token.CognitoWireMock;
import io.github.cognitosession.userpool.UserPoolClient;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import software.amazon.awssdk.services.cognitoidentityprovider.CognitoIdentityProviderClient;

import static com.github.tomakehurst.wiremock.client.WireMock.absent;
import static com.github.tomakehurst.wiremock.client.WireMock.equalTo;
import static com.github.tomakehurst.wiremock.client.WireMock.equalToJson;
import static com.github.tomakehurst.wiremock.client.WireMock.matchingJsonPath;
import static com.github.tomakehurst.wiremock.core.WireMockConfiguration.wireMockConfig;
import static io.github.cognitosession.token.CognitoWireMock.error;
import static io.github.cognitosession.token.CognitoWireMock.ok;
import static io.github.cognitosession.token.CognitoWireMock.operation;
import static io.github.cognitosession.token.CognitoWireMock.requested;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatExceptionOfType;

/**
 * {@link CognitoAccountClient} against Cognito's JSON protocol on WireMock: the shape of
 * each request ({@code SECRET_HASH} on the anonymous calls of a client with a secret,
 * client metadata only when there is some) and the mapping of Cognito's errors.
 *
 * @author Cognito Session contributors
 */
class CognitoAccountClientWireMockTests {

	private static final String PASSWORD = "Passw0rd-alice";

	private static final String NEW_PASSWORD = "N3w-Passw0rd!";

	private static final String CODE = "246810";

	private static final String DELIVERY = "{\"CodeDeliveryDetails\":{\"Destination\":\"a***@e***\","
			+ "\"DeliveryMedium\":\"EMAIL\",\"AttributeName\":\"email\"}}";

	@RegisterExtension
	static WireMockExtension cognito = WireMockExtension.newInstance()
		.options(wireMockConfig().dynamicPort().bindAddress("127.0.0.1"))
		.build();

	private final CognitoIdentityProviderClient sdk = CognitoWireMock.client(cognito);

	private final UserPoolClient withSecret = UserPoolClient.builder()
		.userPoolId("us-east-1_TestPool1")
		.clientId("test-client-id")
		.clientSecret("client-secret-value")
		.build();

	private final CognitoAccountClient client = new CognitoAccountClient(this.sdk, this.withSecret);

	@AfterEach
	void closeClient() {
		this.sdk.close();
	}

	@Test
	void signUpWhenClientHasSecretThenSendsSecretHashAttributesValidationDataAndMetadata() {
		cognito.stubFor(operation("SignUp").willReturn(ok("{\"UserConfirmed\":false,\"UserSub\":\"sub-1\","
				+ DELIVERY.substring(1, DELIVERY.length() - 1) + ",\"Session\":\"sign-up-session\"}")));
		Map<String, String> attributes = new LinkedHashMap<>();
		attributes.put("email", "alice@example.com");
		attributes.put("custom:team", "blue");
		CognitoAccountClient.SignedUp signedUp = this.client.signUp("alice", PASSWORD, attributes,
				SignUpOptions.builder()
					.clientMetadata(Map.of("source", "test"))
					.validationData(Map.of("invite", "x1"))
					.build());
		assertThat(signedUp.userConfirmed()).isFalse();
		assertThat(signedUp.userSub()).isEqualTo("sub-1");
		assertThat(signedUp.codeDelivery()).isEqualTo(new CodeDelivery("EMAIL", "email", "a***@e***"));
		assertThat(signedUp.session()).isEqualTo("sign-up-session");
		assertThat(signedUp.toString()).doesNotContain("sign-up-session");
		cognito.verify(requested("SignUp").withRequestBody(equalToJson("{\"ClientId\":\"test-client-id\","
				+ "\"SecretHash\":\"" + this.withSecret.secretHash("alice") + "\",\"Username\":\"alice\","
				+ "\"Password\":\"" + PASSWORD + "\",\"UserAttributes\":[{\"Name\":\"email\",\"Value\":"
				+ "\"alice@example.com\"},{\"Name\":\"custom:team\",\"Value\":\"blue\"}],\"ValidationData\":"
				+ "[{\"Name\":\"invite\",\"Value\":\"x1\"}],\"ClientMetadata\":{\"source\":\"test\"}}")));
	}

	@Test
	void confirmSignUpWhenSessionGivenThenSendsItWithSecretHashAndReturnsTheSignInSession() {
		cognito.stubFor(operation("ConfirmSignUp").willReturn(ok("{\"Session\":\"auto-sign-in-session\"}")));
		assertThat(this.client.confirmSignUp("alice", CODE, "sign-up-session", Map.of("k", "v")))
			.isEqualTo("auto-sign-in-session");
		cognito.verify(requested("ConfirmSignUp")
			.withRequestBody(equalToJson("{\"ClientId\":\"test-client-id\"," + "\"SecretHash\":\""
					+ this.withSecret.secretHash("alice") + "\",\"Username\":\"alice\"," + "\"ConfirmationCode\":\""
					+ CODE + "\",\"Session\":\"sign-up-session\"," + "\"ClientMetadata\":{\"k\":\"v\"}}")));
	}

	@Test
	void anonymousCallsWhenClientHasSecretThenEachSendsSecretHashOfTheUsername() {
		cognito.stubFor(operation("ResendConfirmationCode").willReturn(ok(DELIVERY)));
		cognito.stubFor(operation("ForgotPassword").willReturn(ok(DELIVERY)));
		cognito.stubFor(operation("ConfirmForgotPassword").willReturn(ok("{}")));
		assertThat(this.client.resendConfirmationCode("alice", Map.of())).hasToString("EMAIL a***@e***");
		assertThat(this.client.forgotPassword("alice@example.com", Map.of()).attributeName()).isEqualTo("email");
		this.client.confirmForgotPassword("alice@example.com", CODE, NEW_PASSWORD, Map.of());
		String hash = matchingJsonPathValue("SecretHash", this.withSecret.secretHash("alice"));
		cognito.verify(requested("ResendConfirmationCode").withRequestBody(matchingJsonPath(hash)));
		String aliasHash = matchingJsonPathValue("SecretHash", this.withSecret.secretHash("alice@example.com"));
		cognito.verify(requested("ForgotPassword").withRequestBody(matchingJsonPath(aliasHash))
			.withRequestBody(matchingJsonPath("$.ClientMetadata", absent())));
		cognito.verify(requested("ConfirmForgotPassword").withRequestBody(matchingJsonPath(aliasHash))
			.withRequestBody(matchingJsonPath("$.ConfirmationCode", equalTo(CODE)))
			.withRequestBody(matchingJsonPath("$.Password", equalTo(NEW_PASSWORD))));
	}

	@Test
	void codeCallsWhenClientMetadataGivenThenSentForTheLambdaTriggers() {
		cognito.stubFor(operation("ResendConfirmationCode").willReturn(ok(DELIVERY)));
		cognito.stubFor(operation("ForgotPassword").willReturn(ok(DELIVERY)));
		cognito.stubFor(operation("ConfirmForgotPassword").willReturn(ok("{}")));
		cognito.stubFor(operation("GetUserAttributeVerificationCode").willReturn(ok(DELIVERY)));
		Map<String, String> metadata = Map.of("app", "cli");
		this.client.resendConfirmationCode("alice", metadata);
		this.client.forgotPassword("alice", metadata);
		this.client.confirmForgotPassword("alice", CODE, NEW_PASSWORD, metadata);
		this.client.sendAttributeVerificationCode("access-token-secret", "email", metadata);
		for (String operation : new String[] { "ResendConfirmationCode", "ForgotPassword", "ConfirmForgotPassword",
				"GetUserAttributeVerificationCode" }) {
			cognito
				.verify(requested(operation).withRequestBody(matchingJsonPath("$.ClientMetadata.app", equalTo("cli"))));
		}
		String hash = matchingJsonPathValue("SecretHash", this.withSecret.secretHash("alice"));
		for (String operation : new String[] { "ResendConfirmationCode", "ForgotPassword", "ConfirmForgotPassword" }) {
			cognito.verify(requested(operation).withRequestBody(matchingJsonPath(hash)));
		}
	}

	@Test
	void anonymousCallsWhenClientHasNoSecretThenNoSecretHash() {
		CognitoAccountClient publicClient = new CognitoAccountClient(this.sdk,
				UserPoolClient.of("us-east-1_TestPool1", "test-client-id"));
		cognito.stubFor(operation("SignUp").willReturn(ok("{\"UserConfirmed\":true,\"UserSub\":\"sub-1\"}")));
		cognito.stubFor(operation("ForgotPassword").willReturn(ok(DELIVERY)));
		CognitoAccountClient.SignedUp signedUp = publicClient.signUp("alice", PASSWORD, Map.of(),
				SignUpOptions.defaults());
		assertThat(signedUp.userConfirmed()).isTrue();
		assertThat(signedUp.codeDelivery()).isNull();
		publicClient.forgotPassword("alice", Map.of());
		cognito.verify(requested("SignUp").withRequestBody(matchingJsonPath("$.SecretHash", absent()))
			.withRequestBody(matchingJsonPath("$.UserAttributes", absent()))
			.withRequestBody(matchingJsonPath("$.ClientMetadata", absent())));
		cognito.verify(requested("ForgotPassword").withRequestBody(matchingJsonPath("$.SecretHash", absent())));
	}

	@Test
	void signedInCallsWhenCalledThenAuthorizedByTheAccessToken() {
		cognito.stubFor(operation("ChangePassword").willReturn(ok("{}")));
		cognito.stubFor(operation("UpdateUserAttributes").willReturn(ok("{\"CodeDeliveryDetailsList\":[{"
				+ "\"Destination\":\"b***@e***\",\"DeliveryMedium\":\"EMAIL\",\"AttributeName\":\"email\"}]}")));
		cognito.stubFor(operation("GetUserAttributeVerificationCode").willReturn(ok(DELIVERY)));
		cognito.stubFor(operation("VerifyUserAttribute").willReturn(ok("{}")));
		cognito.stubFor(operation("DeleteUserAttributes").willReturn(ok("{}")));
		cognito.stubFor(operation("DeleteUser").willReturn(ok("{}")));
		this.client.changePassword("access-token-secret", PASSWORD, NEW_PASSWORD);
		assertThat(this.client.updateUserAttributes("access-token-secret", Map.of("email", "bob@example.com"),
				Map.of("k", "v")))
			.containsExactly(new CodeDelivery("EMAIL", "email", "b***@e***"));
		this.client.sendAttributeVerificationCode("access-token-secret", "email", Map.of());
		this.client.verifyAttribute("access-token-secret", "email", CODE);
		this.client.deleteUserAttributes("access-token-secret", List.of("custom:team"));
		this.client.deleteUser("access-token-secret");
		cognito.verify(requested("ChangePassword")
			.withRequestBody(equalToJson("{\"AccessToken\":" + "\"access-token-secret\",\"PreviousPassword\":\""
					+ PASSWORD + "\",\"ProposedPassword\":\"" + NEW_PASSWORD + "\"}")));
		cognito.verify(requested("UpdateUserAttributes").withRequestBody(equalToJson("{\"AccessToken\":"
				+ "\"access-token-secret\",\"UserAttributes\":[{\"Name\":\"email\",\"Value\":\"bob@example.com\"}],"
				+ "\"ClientMetadata\":{\"k\":\"v\"}}")));
		cognito.verify(requested("GetUserAttributeVerificationCode")
			.withRequestBody(equalToJson("{\"AccessToken\":\"access-token-secret\",\"AttributeName\":\"email\"}")));
		cognito.verify(requested("VerifyUserAttribute").withRequestBody(equalToJson(
				"{\"AccessToken\":\"access-token-secret\",\"AttributeName\":\"email\",\"Code\":\"" + CODE + "\"}")));
		cognito.verify(requested("DeleteUserAttributes").withRequestBody(
				equalToJson("{\"AccessToken\":\"access-token-secret\",\"UserAttributeNames\":[\"custom:team\"]}")));
		cognito
			.verify(requested("DeleteUser").withRequestBody(equalToJson("{\"AccessToken\":\"access-token-secret\"}")));
	}

	@Test
	void getUserWhenCalledThenAttributesInOrderAndMfaSettings() {
		cognito.stubFor(operation("GetUser").willReturn(ok("{\"Username\":\"alice\",\"UserAttributes\":["
				+ "{\"Name\":\"sub\",\"Value\":\"sub-1\"},{\"Name\":\"email\",\"Value\":\"alice@example.com\"},"
				+ "{\"Name\":\"email_verified\",\"Value\":\"true\"}],\"PreferredMfaSetting\":\"SOFTWARE_TOKEN_MFA\","
				+ "\"UserMFASettingList\":[\"SOFTWARE_TOKEN_MFA\",\"EMAIL_OTP\",\"FUTURE_MFA\"]}")));
		UserProfile user = this.client.getUser("access-token-secret");
		assertThat(user.getUsername()).isEqualTo("alice");
		assertThat(user.getAttributes()).containsExactly(Map.entry("sub", "sub-1"),
				Map.entry("email", "alice@example.com"), Map.entry("email_verified", "true"));
		assertThat(user.getMfaSettings().preferred()).isEqualTo(MfaType.TOTP);
		assertThat(user.getMfaSettings().enabled()).containsExactlyInAnyOrder(MfaType.TOTP, MfaType.EMAIL);
		assertThat(user.toString()).contains("email").doesNotContain("alice@example.com");
	}

	static Stream<Arguments> errors() {
		return Stream.of(
				Arguments.of("CodeMismatchException", "Invalid verification code provided, please try again.",
						CodeMismatchException.class, "Invalid code during sign-up confirmation"),
				Arguments.of("ExpiredCodeException", "Invalid code provided, please request a code again.",
						ExpiredCodeException.class, "The code has expired during sign-up confirmation"),
				Arguments.of("TooManyFailedAttemptsException", "Too many failed attempts.",
						AttemptLimitExceededException.class, "Too many attempts during sign-up confirmation"),
				Arguments.of("LimitExceededException", "Attempt limit exceeded, please try after some time.",
						AttemptLimitExceededException.class, "wait before trying again"),
				Arguments.of("AliasExistsException", "An account with the email already exists.",
						AliasExistsException.class, "already used by another account"),
				Arguments.of("UserNotConfirmedException", "User is not confirmed.", UserNotConfirmedException.class,
						"User is not confirmed"),
				Arguments.of("CodeDeliveryFailureException", "Unable to deliver message",
						CodeDeliveryFailureException.class, "could not send the code"));
	}

	@ParameterizedTest(name = "{0}")
	@MethodSource("errors")
	void confirmSignUpWhenCognitoRefusesThenLibraryExceptionWithoutTheCode(String type, String message,
			Class<? extends CognitoSessionException> expected, String expectedMessage) {
		cognito.stubFor(operation("ConfirmSignUp").willReturn(error(400, type, message)));
		assertThatExceptionOfType(expected).isThrownBy(() -> this.client.confirmSignUp("alice", CODE, null, Map.of()))
			.withMessageContaining(expectedMessage)
			.withMessageNotContaining(CODE)
			.satisfies((ex) -> assertThat(ex.getErrorCode()).isEqualTo(type));
	}

	@Test
	void signUpWhenUsernameTakenThenUsernameExists() {
		cognito.stubFor(operation("SignUp").willReturn(error(400, "UsernameExistsException", "User already exists")));
		assertThatExceptionOfType(UsernameExistsException.class)
			.isThrownBy(() -> this.client.signUp("alice", PASSWORD, Map.of(), SignUpOptions.defaults()))
			.withMessage("An account with this username already exists (sign-up)")
			.withMessageNotContaining(PASSWORD);
	}

	@Test
	void signUpWhenPasswordRefusedByPolicyThenInvalidPasswordWithTheRuleAndWithoutThePassword() {
		cognito.stubFor(operation("SignUp").willReturn(error(400, "InvalidPasswordException",
				"Password did not conform with policy: Password must have symbol characters")));
		assertThatExceptionOfType(InvalidPasswordException.class)
			.isThrownBy(() -> this.client.signUp("alice", PASSWORD, Map.of(), SignUpOptions.defaults()))
			.withMessageContaining("Password must have symbol characters")
			.withMessageNotContaining(PASSWORD);
	}

	@Test
	void optionsWhenPrintedThenNamesKeysOnly() {
		SignUpOptions options = SignUpOptions.builder()
			.clientMetadata(Map.of("invite", "very-secret-value"))
			.validationData(Map.of("captcha", "very-secret-value"))
			.autoSignIn(true)
			.build();
		assertThat(options.toString()).contains("invite", "captcha").doesNotContain("very-secret-value");
	}

	private static String matchingJsonPathValue(String field, String value) {
		return "$[?(@." + field + " == '" + value + "')]";
	}

}
