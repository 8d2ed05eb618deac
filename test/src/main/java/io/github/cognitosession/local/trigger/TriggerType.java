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

package io.github.cognitosession.local.trigger;

import java.util.Arrays;
import java.util.Locale;

/**
 * The Lambda triggers of a user pool that the emulator calls, named as in
 * {@code LambdaConfig}.
 *
 * @author Cognito Session contributors
 */
public enum TriggerType {

	/**
	 * Before SignUp and AdminCreateUser create a user: may refuse, auto-confirm,
	 * auto-verify.
	 */
	PRE_SIGN_UP("PreSignUp"),

	/** After ConfirmSignUp, AdminConfirmSignUp and ConfirmForgotPassword. */
	POST_CONFIRMATION("PostConfirmation"),

	/** Before tokens are issued: may add or suppress claims and override groups. */
	PRE_TOKEN_GENERATION("PreTokenGeneration"),

	/** Custom auth: decides the next challenge, success or failure. */
	DEFINE_AUTH_CHALLENGE("DefineAuthChallenge"),

	/** Custom auth: makes a challenge. */
	CREATE_AUTH_CHALLENGE("CreateAuthChallenge"),

	/** Custom auth: checks an answer. */
	VERIFY_AUTH_CHALLENGE_RESPONSE("VerifyAuthChallengeResponse"),

	/** Sign-in or forgotten password of an unknown user: may bring the user in. */
	USER_MIGRATION("UserMigration");

	private final String lambdaConfigName;

	TriggerType(String lambdaConfigName) {
		this.lambdaConfigName = lambdaConfigName;
	}

	/**
	 * The name in {@code LambdaConfig} and in Cognito's error messages.
	 * @return e.g. {@code PreSignUp}
	 */
	public String lambdaConfigName() {
		return this.lambdaConfigName;
	}

	/**
	 * The trigger of a {@code LambdaConfig} name (any case) or an enum name.
	 * @param name e.g. {@code PreTokenGeneration} or {@code PRE_TOKEN_GENERATION}
	 * @return the trigger
	 * @throws IllegalArgumentException for an unknown name, listing the known ones
	 */
	public static TriggerType of(String name) {
		return Arrays.stream(values())
			.filter((type) -> type.lambdaConfigName.equalsIgnoreCase(name)
					|| type.name().equals(name.toUpperCase(Locale.ROOT)))
			.findFirst()
			.orElseThrow(() -> new IllegalArgumentException("unknown trigger '" + name + "'; known triggers: "
					+ String.join(", ", Arrays.stream(values()).map(TriggerType::lambdaConfigName).toList())));
	}

}
