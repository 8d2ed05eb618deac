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
package io.github.cognitosession.samples.cli;

import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import io.github.cognitosession.account.AccountOperations;
import io.github.cognitosession.account.CodeDelivery;
import io.github.cognitosession.account.SignUpOptions;
import io.github.cognitosession.account.SignUpResult;
import io.github.cognitosession.account.SignUpStep;
import io.github.cognitosession.account.UserProfile;
import io.github.cognitosession.mfa.MfaSettings;

/**
 * A scripted {@link AccountOperations} that records each call as one line (secrets
 * included, so that tests can check what was read; never printed).
 *
 * @author Cognito Session contributors
 */
class FakeAccount implements AccountOperations {

	final List<String> calls = new ArrayList<>();

	CodeDelivery delivery = new CodeDelivery("EMAIL", "email", "a***@e***");

	boolean confirmedAtSignUp;

	Map<String, String> attributes = new LinkedHashMap<>(Map.of("email", "alice@example.com"));

	List<CodeDelivery> attributeDeliveries = List.of();

	RuntimeException failure;

	private void call(String call) {
		if (this.failure != null) {
			throw this.failure;
		}
		this.calls.add(call);
	}

	@Override
	public SignUpResult signUp(String username, String password, Map<String, String> attributes,
			SignUpOptions options) {
		call("signUp " + username + " " + password + " " + attributes);
		return new SignUpResult(this.confirmedAtSignUp, "sub-1", this.confirmedAtSignUp ? null : this.delivery,
				this.confirmedAtSignUp ? SignUpStep.DONE : SignUpStep.CONFIRM_SIGN_UP);
	}

	@Override
	public SignUpResult confirmSignUp(String username, String code, Map<String, String> clientMetadata) {
		call("confirmSignUp " + username + " " + code);
		return new SignUpResult(true, null, null, SignUpStep.DONE);
	}

	@Override
	public CodeDelivery resendSignUpCode(String username, Map<String, String> clientMetadata) {
		call("resendSignUpCode " + username);
		return this.delivery;
	}

	@Override
	public CodeDelivery forgotPassword(String username, Map<String, String> clientMetadata) {
		call("forgotPassword " + username);
		return this.delivery;
	}

	@Override
	public void confirmForgotPassword(String username, String code, String newPassword,
			Map<String, String> clientMetadata) {
		call("confirmForgotPassword " + username + " " + code + " " + newPassword);
	}

	@Override
	public void changePassword(String oldPassword, String newPassword) {
		call("changePassword " + oldPassword + " " + newPassword);
	}

	@Override
	public UserProfile getUser() {
		call("getUser");
		return new UserProfile("alice", this.attributes, MfaSettings.of(List.of(), null));
	}

	@Override
	public List<CodeDelivery> updateUserAttributes(Map<String, String> attributes, Map<String, String> clientMetadata) {
		call("updateUserAttributes " + attributes);
		return this.attributeDeliveries;
	}

	@Override
	public CodeDelivery sendAttributeVerificationCode(String attributeName, Map<String, String> clientMetadata) {
		call("sendAttributeVerificationCode " + attributeName);
		return this.delivery;
	}

	@Override
	public void verifyAttribute(String attributeName, String code) {
		call("verifyAttribute " + attributeName + " " + code);
	}

	@Override
	public void deleteUserAttributes(Collection<String> attributeNames) {
		call("deleteUserAttributes " + attributeNames);
	}

	@Override
	public void deleteUser() {
		call("deleteUser");
	}

}
