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
package io.github.cognitosession.signin;

import software.amazon.awssdk.services.cognitoidentityprovider.model.AuthFlowType;

/**
 * How a sign-in proves the password to Cognito.
 *
 * @author Cognito Session contributors
 */
public enum UserPoolAuthFlow {

	/** Secure Remote Password: the password never leaves the application (default). */
	USER_SRP_AUTH(AuthFlowType.USER_SRP_AUTH, true),

	/** The password is sent to Cognito over TLS (needed for user migration Lambdas). */
	USER_PASSWORD_AUTH(AuthFlowType.USER_PASSWORD_AUTH, true),

	/** Custom auth Lambdas after an SRP password check. */
	CUSTOM_AUTH_WITH_SRP(AuthFlowType.CUSTOM_AUTH, true),

	/** Custom auth Lambdas only; a password, if given, is not sent. */
	CUSTOM_AUTH_WITHOUT_SRP(AuthFlowType.CUSTOM_AUTH, false),

	/**
	 * Choice-based sign-in: the user proves a first factor of their choice (password,
	 * password with SRP, e-mail or SMS code, passkey). Without a preferred factor,
	 * Cognito lists the available ones ({@code SELECT_CHALLENGE}). The app client must
	 * allow {@code ALLOW_USER_AUTH}.
	 */
	USER_AUTH(AuthFlowType.USER_AUTH, false);

	private final AuthFlowType cognitoFlow;

	private final boolean passwordRequired;

	UserPoolAuthFlow(AuthFlowType cognitoFlow, boolean passwordRequired) {
		this.cognitoFlow = cognitoFlow;
		this.passwordRequired = passwordRequired;
	}

	/**
	 * The {@code AuthFlow} sent with {@code InitiateAuth}.
	 * @return Cognito's flow
	 */
	public AuthFlowType cognitoFlow() {
		return this.cognitoFlow;
	}

	/**
	 * Whether a sign-in with this flow needs a password.
	 * @return {@code true} unless the flow is custom auth without SRP or choice-based
	 * (where only the password factors need one)
	 */
	public boolean isPasswordRequired() {
		return this.passwordRequired;
	}

}
