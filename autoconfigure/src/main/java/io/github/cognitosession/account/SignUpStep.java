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

/**
 * What a sign-up needs next.
 *
 * @author Cognito Session contributors
 */
public enum SignUpStep {

	/** Confirm the sign-up with the code Cognito sent ({@code confirmSignUp}). */
	CONFIRM_SIGN_UP,

	/**
	 * The user is confirmed and auto sign-in was asked for: call
	 * {@code SignInOperations.autoSignIn()} to sign in without the password.
	 */
	COMPLETE_AUTO_SIGN_IN,

	/** The user is confirmed; sign in as usual. */
	DONE

}
