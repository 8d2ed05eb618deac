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

import java.util.Optional;

import org.springframework.util.Assert;

/**
 * The outcome of a sign-up or its confirmation: whether the user is confirmed, the user's
 * {@code sub}, where the confirmation code was sent, and the next step. Never holds a
 * code, a password or Cognito's session.
 *
 * @author Cognito Session contributors
 */
public final class SignUpResult {

	private final boolean userConfirmed;

	private final String userSub;

	private final CodeDelivery codeDelivery;

	private final SignUpStep nextStep;

	/**
	 * Create an instance.
	 * @param userConfirmed whether the user is confirmed
	 * @param userSub the user's {@code sub}, or {@code null} when not known (a
	 * confirmation)
	 * @param codeDelivery where the code was sent, or {@code null} when none was
	 * @param nextStep what to do next
	 */
	public SignUpResult(boolean userConfirmed, String userSub, CodeDelivery codeDelivery, SignUpStep nextStep) {
		Assert.notNull(nextStep, "nextStep cannot be null");
		this.userConfirmed = userConfirmed;
		this.userSub = userSub;
		this.codeDelivery = codeDelivery;
		this.nextStep = nextStep;
	}

	/**
	 * Whether the user is confirmed (at once, e.g. by a pre sign-up trigger, or by the
	 * confirmation).
	 * @return whether the user is confirmed
	 */
	public boolean isUserConfirmed() {
		return this.userConfirmed;
	}

	/**
	 * The new user's {@code sub}.
	 * @return the sub, or {@code null} after a confirmation
	 */
	public String getUserSub() {
		return this.userSub;
	}

	/**
	 * Where the confirmation code was sent.
	 * @return the delivery, or empty when no code was sent
	 */
	public Optional<CodeDelivery> getCodeDelivery() {
		return Optional.ofNullable(this.codeDelivery);
	}

	/**
	 * What to do next.
	 * @return the next step
	 */
	public SignUpStep getNextStep() {
		return this.nextStep;
	}

	@Override
	public String toString() {
		return "SignUpResult[userConfirmed=" + this.userConfirmed + ", codeDelivery=" + this.codeDelivery
				+ ", nextStep=" + this.nextStep + "]";
	}

}
