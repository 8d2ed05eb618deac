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
import java.util.List;
import java.util.Map;

/**
 * The user's account, as AWSMobileClient and Amplify have it: sign-up and its
 * confirmation, forgotten and changed passwords, user attributes and their verification,
 * and deleting the user. One of the roles of {@code CognitoSessionManager}.
 * <p>
 * Sign-up, its confirmation, resending its code and the forgotten-password steps need
 * nobody signed in; the others act for the signed-in user with a fresh access token and
 * throw {@link io.github.cognitosession.exception.NotSignedInException} when nobody is.
 * Errors are the library's exceptions: e.g.
 * {@link io.github.cognitosession.exception.CodeMismatchException} (wrong code),
 * {@link io.github.cognitosession.exception.ExpiredCodeException},
 * {@link io.github.cognitosession.exception.AttemptLimitExceededException},
 * {@link io.github.cognitosession.exception.UsernameExistsException},
 * {@link io.github.cognitosession.exception.AliasExistsException},
 * {@link io.github.cognitosession.exception.InvalidPasswordException} (with the pool's
 * reason), {@link io.github.cognitosession.exception.UserNotConfirmedException},
 * {@link io.github.cognitosession.exception.CodeDeliveryFailureException}. Codes and
 * passwords never appear in their messages, in logs or in any {@code toString()}.
 *
 * @author Cognito Session contributors
 */
public interface AccountOperations {

	/**
	 * Register a new user ({@code SignUp}).
	 * @param username the username (or the e-mail address or phone number, in a pool that
	 * uses them as usernames)
	 * @param password the password
	 * @param attributes user attributes (e.g. {@code email}, {@code custom:team})
	 * @param options client metadata, validation data, auto sign-in
	 * @return whether the user is confirmed, where the code was sent, and the next step
	 */
	SignUpResult signUp(String username, String password, Map<String, String> attributes, SignUpOptions options);

	/**
	 * Register a new user with no options.
	 * @param username the username
	 * @param password the password
	 * @param attributes user attributes
	 * @return whether the user is confirmed, where the code was sent, and the next step
	 */
	default SignUpResult signUp(String username, String password, Map<String, String> attributes) {
		return signUp(username, password, attributes, SignUpOptions.defaults());
	}

	/**
	 * Confirm a sign-up with the code Cognito sent ({@code ConfirmSignUp}). When the
	 * sign-up of this session asked for auto sign-in, the next step is
	 * {@link SignUpStep#COMPLETE_AUTO_SIGN_IN}.
	 * @param username the username
	 * @param code the confirmation code
	 * @param clientMetadata client metadata for the Lambda triggers
	 * @return the next step
	 */
	SignUpResult confirmSignUp(String username, String code, Map<String, String> clientMetadata);

	/**
	 * Confirm a sign-up with the code Cognito sent.
	 * @param username the username
	 * @param code the confirmation code
	 * @return the next step
	 */
	default SignUpResult confirmSignUp(String username, String code) {
		return confirmSignUp(username, code, Map.of());
	}

	/**
	 * Send the sign-up's confirmation code again ({@code ResendConfirmationCode}).
	 * @param username the username
	 * @param clientMetadata client metadata for the Lambda triggers
	 * @return where the code was sent
	 */
	CodeDelivery resendSignUpCode(String username, Map<String, String> clientMetadata);

	/**
	 * Send the sign-up's confirmation code again.
	 * @param username the username
	 * @return where the code was sent
	 */
	default CodeDelivery resendSignUpCode(String username) {
		return resendSignUpCode(username, Map.of());
	}

	/**
	 * Start resetting a forgotten password ({@code ForgotPassword}): Cognito sends a
	 * code.
	 * @param username the username or an alias
	 * @param clientMetadata client metadata for the Lambda triggers
	 * @return where the code was sent
	 */
	CodeDelivery forgotPassword(String username, Map<String, String> clientMetadata);

	/**
	 * Start resetting a forgotten password.
	 * @param username the username or an alias
	 * @return where the code was sent
	 */
	default CodeDelivery forgotPassword(String username) {
		return forgotPassword(username, Map.of());
	}

	/**
	 * Set a new password with the code of {@link #forgotPassword(String)}
	 * ({@code ConfirmForgotPassword}).
	 * @param username the username or an alias
	 * @param code the code
	 * @param newPassword the new password
	 * @param clientMetadata client metadata for the Lambda triggers
	 */
	void confirmForgotPassword(String username, String code, String newPassword, Map<String, String> clientMetadata);

	/**
	 * Set a new password with the code of {@link #forgotPassword(String)}.
	 * @param username the username or an alias
	 * @param code the code
	 * @param newPassword the new password
	 */
	default void confirmForgotPassword(String username, String code, String newPassword) {
		confirmForgotPassword(username, code, newPassword, Map.of());
	}

	/**
	 * Change the signed-in user's password ({@code ChangePassword}).
	 * @param oldPassword the current password
	 * @param newPassword the new password
	 */
	void changePassword(String oldPassword, String newPassword);

	/**
	 * The signed-in user's attributes and MFA settings ({@code GetUser}).
	 * @return the user
	 */
	UserProfile getUser();

	/**
	 * Add or change attributes of the signed-in user ({@code UpdateUserAttributes}). A
	 * changed e-mail address or phone number needs verifying with a code Cognito sends;
	 * until then, depending on the pool, the old value stays in use.
	 * @param attributes the attributes to set
	 * @param clientMetadata client metadata for the Lambda triggers
	 * @return where verification codes were sent, one per attribute to verify
	 */
	List<CodeDelivery> updateUserAttributes(Map<String, String> attributes, Map<String, String> clientMetadata);

	/**
	 * Add or change attributes of the signed-in user.
	 * @param attributes the attributes to set
	 * @return where verification codes were sent, one per attribute to verify
	 */
	default List<CodeDelivery> updateUserAttributes(Map<String, String> attributes) {
		return updateUserAttributes(attributes, Map.of());
	}

	/**
	 * Send a code to verify an attribute ({@code GetUserAttributeVerificationCode}).
	 * @param attributeName {@code email} or {@code phone_number}
	 * @param clientMetadata client metadata for the Lambda triggers
	 * @return where the code was sent
	 */
	CodeDelivery sendAttributeVerificationCode(String attributeName, Map<String, String> clientMetadata);

	/**
	 * Send a code to verify an attribute.
	 * @param attributeName {@code email} or {@code phone_number}
	 * @return where the code was sent
	 */
	default CodeDelivery sendAttributeVerificationCode(String attributeName) {
		return sendAttributeVerificationCode(attributeName, Map.of());
	}

	/**
	 * Verify an attribute with the code Cognito sent ({@code VerifyUserAttribute}).
	 * @param attributeName {@code email} or {@code phone_number}
	 * @param code the code
	 */
	void verifyAttribute(String attributeName, String code);

	/**
	 * Delete attributes of the signed-in user ({@code DeleteUserAttributes}).
	 * @param attributeNames the attributes to delete
	 */
	void deleteUserAttributes(Collection<String> attributeNames);

	/**
	 * Delete the signed-in user ({@code DeleteUser}). The session and this device's
	 * secrets for the user are cleared, and the state becomes signed out (guest with
	 * guest access), with the usual state event.
	 */
	void deleteUser();

}
