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

import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Consumer;

import io.github.cognitosession.exception.CognitoErrorTranslator;
import io.github.cognitosession.mfa.MfaSettings;
import io.github.cognitosession.userpool.UserPoolClient;
import software.amazon.awssdk.services.cognitoidentityprovider.CognitoIdentityProviderClient;
import software.amazon.awssdk.services.cognitoidentityprovider.model.AttributeType;
import software.amazon.awssdk.services.cognitoidentityprovider.model.ConfirmForgotPasswordRequest;
import software.amazon.awssdk.services.cognitoidentityprovider.model.ConfirmSignUpRequest;
import software.amazon.awssdk.services.cognitoidentityprovider.model.ConfirmSignUpResponse;
import software.amazon.awssdk.services.cognitoidentityprovider.model.ForgotPasswordRequest;
import software.amazon.awssdk.services.cognitoidentityprovider.model.ForgotPasswordResponse;
import software.amazon.awssdk.services.cognitoidentityprovider.model.GetUserAttributeVerificationCodeRequest;
import software.amazon.awssdk.services.cognitoidentityprovider.model.GetUserAttributeVerificationCodeResponse;
import software.amazon.awssdk.services.cognitoidentityprovider.model.GetUserResponse;
import software.amazon.awssdk.services.cognitoidentityprovider.model.ResendConfirmationCodeRequest;
import software.amazon.awssdk.services.cognitoidentityprovider.model.ResendConfirmationCodeResponse;
import software.amazon.awssdk.services.cognitoidentityprovider.model.SignUpRequest;
import software.amazon.awssdk.services.cognitoidentityprovider.model.SignUpResponse;
import software.amazon.awssdk.services.cognitoidentityprovider.model.UpdateUserAttributesRequest;
import software.amazon.awssdk.services.cognitoidentityprovider.model.UpdateUserAttributesResponse;

import org.springframework.util.Assert;

/**
 * Cognito's account operations on the AWS SDK's {@link CognitoIdentityProviderClient},
 * without session state: the anonymous ones (sign-up, confirmation, forgotten password)
 * with {@code SECRET_HASH} for app clients with a secret, and those of a signed-in user,
 * authorized by the access token. None of them is signed with AWS credentials. Client
 * metadata is sent only when there is some.
 * <p>
 * Service errors are thrown as {@code CognitoSessionException} subclasses. Thread-safe.
 *
 * @author Cognito Session contributors
 */
public final class CognitoAccountClient {

	/** Operation name of a sign-up, in error messages. */
	public static final String SIGN_UP = "sign-up";

	private static final String CONFIRM_SIGN_UP = "sign-up confirmation";

	private static final String RESEND_CODE = "confirmation code request";

	private static final String FORGOT_PASSWORD = "password reset request";

	private static final String CONFIRM_FORGOT_PASSWORD = "password reset";

	private final CognitoIdentityProviderClient client;

	private final UserPoolClient userPool;

	/**
	 * Create an instance.
	 * @param client the Cognito user-pool client
	 * @param userPool the user pool and app client
	 */
	public CognitoAccountClient(CognitoIdentityProviderClient client, UserPoolClient userPool) {
		Assert.notNull(client, "client cannot be null");
		Assert.notNull(userPool, "userPool cannot be null");
		this.client = client;
		this.userPool = userPool;
	}

	/**
	 * Register a user.
	 * @param username the username
	 * @param password the password
	 * @param attributes the user attributes
	 * @param options client metadata and validation data
	 * @return Cognito's answer
	 */
	public SignedUp signUp(String username, String password, Map<String, String> attributes, SignUpOptions options) {
		Assert.hasText(username, "username cannot be empty");
		Assert.hasText(password, "password cannot be empty");
		Assert.notNull(attributes, "attributes cannot be null");
		Assert.notNull(options, "options cannot be null");
		SignUpRequest.Builder request = SignUpRequest.builder()
			.clientId(this.userPool.getClientId())
			.secretHash(secretHash(username))
			.username(username)
			.password(password);
		if (!attributes.isEmpty()) {
			request.userAttributes(attributes(attributes));
		}
		if (!options.getValidationData().isEmpty()) {
			request.validationData(attributes(options.getValidationData()));
		}
		if (!options.getClientMetadata().isEmpty()) {
			request.clientMetadata(options.getClientMetadata());
		}
		SignUpResponse response = CognitoErrorTranslator.call(() -> this.client.signUp(request.build()), SIGN_UP);
		return new SignedUp(Boolean.TRUE.equals(response.userConfirmed()), response.userSub(),
				CodeDelivery.of(response.codeDeliveryDetails()), response.session());
	}

	/**
	 * Confirm a sign-up.
	 * @param username the username
	 * @param code the confirmation code
	 * @param session the session {@code SignUp} returned, to sign in afterwards, or
	 * {@code null}
	 * @param clientMetadata client metadata
	 * @return the session to sign in with ({@code USER_AUTH}), or {@code null}
	 */
	public String confirmSignUp(String username, String code, String session, Map<String, String> clientMetadata) {
		Assert.hasText(username, "username cannot be empty");
		Assert.hasText(code, "code cannot be empty");
		ConfirmSignUpRequest.Builder request = ConfirmSignUpRequest.builder()
			.clientId(this.userPool.getClientId())
			.secretHash(secretHash(username))
			.username(username)
			.confirmationCode(code)
			.session(session);
		metadata(clientMetadata, request::clientMetadata);
		ConfirmSignUpResponse response = CognitoErrorTranslator.call(() -> this.client.confirmSignUp(request.build()),
				CONFIRM_SIGN_UP);
		return response.session();
	}

	/**
	 * Send a sign-up's confirmation code again.
	 * @param username the username
	 * @param clientMetadata client metadata
	 * @return where the code was sent
	 */
	public CodeDelivery resendConfirmationCode(String username, Map<String, String> clientMetadata) {
		Assert.hasText(username, "username cannot be empty");
		ResendConfirmationCodeRequest.Builder request = ResendConfirmationCodeRequest.builder()
			.clientId(this.userPool.getClientId())
			.secretHash(secretHash(username))
			.username(username);
		metadata(clientMetadata, request::clientMetadata);
		ResendConfirmationCodeResponse response = CognitoErrorTranslator
			.call(() -> this.client.resendConfirmationCode(request.build()), RESEND_CODE);
		return CodeDelivery.of(response.codeDeliveryDetails());
	}

	/**
	 * Start resetting a forgotten password.
	 * @param username the username or an alias
	 * @param clientMetadata client metadata
	 * @return where the code was sent
	 */
	public CodeDelivery forgotPassword(String username, Map<String, String> clientMetadata) {
		Assert.hasText(username, "username cannot be empty");
		ForgotPasswordRequest.Builder request = ForgotPasswordRequest.builder()
			.clientId(this.userPool.getClientId())
			.secretHash(secretHash(username))
			.username(username);
		metadata(clientMetadata, request::clientMetadata);
		ForgotPasswordResponse response = CognitoErrorTranslator.call(() -> this.client.forgotPassword(request.build()),
				FORGOT_PASSWORD);
		return CodeDelivery.of(response.codeDeliveryDetails());
	}

	/**
	 * Set a new password with a reset code.
	 * @param username the username or an alias
	 * @param code the code
	 * @param newPassword the new password
	 * @param clientMetadata client metadata
	 */
	public void confirmForgotPassword(String username, String code, String newPassword,
			Map<String, String> clientMetadata) {
		Assert.hasText(username, "username cannot be empty");
		Assert.hasText(code, "code cannot be empty");
		Assert.hasText(newPassword, "newPassword cannot be empty");
		ConfirmForgotPasswordRequest.Builder request = ConfirmForgotPasswordRequest.builder()
			.clientId(this.userPool.getClientId())
			.secretHash(secretHash(username))
			.username(username)
			.confirmationCode(code)
			.password(newPassword);
		metadata(clientMetadata, request::clientMetadata);
		CognitoErrorTranslator.call(() -> this.client.confirmForgotPassword(request.build()), CONFIRM_FORGOT_PASSWORD);
	}

	/**
	 * Change a signed-in user's password.
	 * @param accessToken the user's access token
	 * @param oldPassword the current password
	 * @param newPassword the new password
	 */
	public void changePassword(String accessToken, String oldPassword, String newPassword) {
		Assert.hasText(accessToken, "accessToken cannot be empty");
		Assert.hasText(oldPassword, "oldPassword cannot be empty");
		Assert.hasText(newPassword, "newPassword cannot be empty");
		CognitoErrorTranslator.call(() -> this.client.changePassword((request) -> request.accessToken(accessToken)
			.previousPassword(oldPassword)
			.proposedPassword(newPassword)), CognitoErrorTranslator.CHANGE_PASSWORD);
	}

	/**
	 * A signed-in user's attributes and MFA settings.
	 * @param accessToken the user's access token
	 * @return the user
	 */
	public UserProfile getUser(String accessToken) {
		Assert.hasText(accessToken, "accessToken cannot be empty");
		GetUserResponse response = CognitoErrorTranslator
			.call(() -> this.client.getUser((request) -> request.accessToken(accessToken)), "user lookup");
		Map<String, String> attributes = new LinkedHashMap<>();
		response.userAttributes().forEach((attribute) -> attributes.put(attribute.name(), attribute.value()));
		MfaSettings mfa = MfaSettings.of(response.hasUserMFASettingList() ? response.userMFASettingList() : null,
				response.preferredMfaSetting());
		return new UserProfile(response.username(), attributes, mfa);
	}

	/**
	 * Add or change a signed-in user's attributes.
	 * @param accessToken the user's access token
	 * @param attributes the attributes
	 * @param clientMetadata client metadata
	 * @return where verification codes were sent
	 */
	public List<CodeDelivery> updateUserAttributes(String accessToken, Map<String, String> attributes,
			Map<String, String> clientMetadata) {
		Assert.hasText(accessToken, "accessToken cannot be empty");
		Assert.notEmpty(attributes, "attributes cannot be empty");
		UpdateUserAttributesRequest.Builder request = UpdateUserAttributesRequest.builder()
			.accessToken(accessToken)
			.userAttributes(attributes(attributes));
		metadata(clientMetadata, request::clientMetadata);
		UpdateUserAttributesResponse response = CognitoErrorTranslator
			.call(() -> this.client.updateUserAttributes(request.build()), "attribute update");
		return response.codeDeliveryDetailsList().stream().map(CodeDelivery::of).toList();
	}

	/**
	 * Send a code to verify a signed-in user's attribute.
	 * @param accessToken the user's access token
	 * @param attributeName the attribute
	 * @param clientMetadata client metadata
	 * @return where the code was sent
	 */
	public CodeDelivery sendAttributeVerificationCode(String accessToken, String attributeName,
			Map<String, String> clientMetadata) {
		Assert.hasText(accessToken, "accessToken cannot be empty");
		Assert.hasText(attributeName, "attributeName cannot be empty");
		GetUserAttributeVerificationCodeRequest.Builder request = GetUserAttributeVerificationCodeRequest.builder()
			.accessToken(accessToken)
			.attributeName(attributeName);
		metadata(clientMetadata, request::clientMetadata);
		GetUserAttributeVerificationCodeResponse response = CognitoErrorTranslator
			.call(() -> this.client.getUserAttributeVerificationCode(request.build()), "verification code request");
		return CodeDelivery.of(response.codeDeliveryDetails());
	}

	/**
	 * Verify a signed-in user's attribute with a code.
	 * @param accessToken the user's access token
	 * @param attributeName the attribute
	 * @param code the code
	 */
	public void verifyAttribute(String accessToken, String attributeName, String code) {
		Assert.hasText(accessToken, "accessToken cannot be empty");
		Assert.hasText(attributeName, "attributeName cannot be empty");
		Assert.hasText(code, "code cannot be empty");
		CognitoErrorTranslator.call(
				() -> this.client.verifyUserAttribute(
						(request) -> request.accessToken(accessToken).attributeName(attributeName).code(code)),
				"attribute verification");
	}

	/**
	 * Delete a signed-in user's attributes.
	 * @param accessToken the user's access token
	 * @param attributeNames the attributes
	 */
	public void deleteUserAttributes(String accessToken, Collection<String> attributeNames) {
		Assert.hasText(accessToken, "accessToken cannot be empty");
		Assert.notEmpty(attributeNames, "attributeNames cannot be empty");
		CognitoErrorTranslator.call(
				() -> this.client.deleteUserAttributes(
						(request) -> request.accessToken(accessToken).userAttributeNames(attributeNames)),
				"attribute deletion");
	}

	/**
	 * Delete a signed-in user.
	 * @param accessToken the user's access token
	 */
	public void deleteUser(String accessToken) {
		Assert.hasText(accessToken, "accessToken cannot be empty");
		CognitoErrorTranslator.call(() -> this.client.deleteUser((request) -> request.accessToken(accessToken)),
				"user deletion");
	}

	private String secretHash(String username) {
		return this.userPool.hasClientSecret() ? this.userPool.secretHash(username) : null;
	}

	private static List<AttributeType> attributes(Map<String, String> attributes) {
		return attributes.entrySet()
			.stream()
			.map((attribute) -> AttributeType.builder().name(attribute.getKey()).value(attribute.getValue()).build())
			.toList();
	}

	private static void metadata(Map<String, String> clientMetadata, Consumer<Map<String, String>> setter) {
		if (clientMetadata != null && !clientMetadata.isEmpty()) {
			setter.accept(clientMetadata);
		}
	}

	@Override
	public String toString() {
		return "CognitoAccountClient[" + this.userPool + "]";
	}

	/**
	 * Cognito's answer to a sign-up.
	 *
	 * @param userConfirmed whether the user is confirmed at once
	 * @param userSub the new user's {@code sub}
	 * @param codeDelivery where the confirmation code was sent, or {@code null}
	 * @param session the session to confirm with (and then sign in without the password),
	 * or {@code null} when the app client does not allow {@code USER_AUTH} (never
	 * printed)
	 */
	public record SignedUp(boolean userConfirmed, String userSub, CodeDelivery codeDelivery, String session) {

		@Override
		public String toString() {
			return "SignedUp[userConfirmed=" + this.userConfirmed + ", codeDelivery=" + this.codeDelivery + ", session="
					+ ((this.session != null) ? "[PROTECTED]" : "none") + "]";
		}

	}

}
