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

import java.security.SecureRandom;
import java.time.Duration;

import io.github.cognitosession.local.server.CognitoError;

/**
 * A user pool's password policy ({@code Policies.PasswordPolicy}). Cognito's default when
 * a pool is created without one: 8 characters, upper and lower case, a number and a
 * symbol, temporary passwords valid 7 days.
 *
 * @param minimumLength the minimum length
 * @param requireUppercase whether an upper-case letter is required
 * @param requireLowercase whether a lower-case letter is required
 * @param requireNumbers whether a digit is required
 * @param requireSymbols whether one of Cognito's symbols is required
 * @param temporaryPasswordValidityDays how long a temporary password works
 * @author Cognito Session contributors
 */
public record PasswordPolicy(int minimumLength, boolean requireUppercase, boolean requireLowercase,
		boolean requireNumbers, boolean requireSymbols, int temporaryPasswordValidityDays) {

	/** Cognito's default policy. */
	public static final PasswordPolicy DEFAULT = new PasswordPolicy(8, true, true, true, true, 7);

	/** The characters Cognito counts as symbols (the space too). */
	static final String SYMBOLS = "^$*.[]{}()?-\"!@#%&/\\,><':;|_~`+= ";

	private static final String LETTERS = "abcdefghijkmnopqrstuvwxyz";

	/**
	 * Check a password, answering as Cognito does.
	 * @param password the password
	 * @throws CognitoError {@code InvalidPasswordException} naming the first rule broken
	 */
	public void check(String password) {
		String problem = null;
		if (password.length() < this.minimumLength) {
			problem = "Password not long enough";
		}
		else if (this.requireLowercase && password.chars().noneMatch(Character::isLowerCase)) {
			problem = "Password must have lowercase characters";
		}
		else if (this.requireUppercase && password.chars().noneMatch(Character::isUpperCase)) {
			problem = "Password must have uppercase characters";
		}
		else if (this.requireNumbers && password.chars().noneMatch(Character::isDigit)) {
			problem = "Password must have numeric characters";
		}
		else if (this.requireSymbols && password.chars().noneMatch((c) -> SYMBOLS.indexOf(c) >= 0)) {
			problem = "Password must have symbol characters";
		}
		if (problem != null) {
			throw CognitoError.of("InvalidPasswordException", "Password did not conform with policy: " + problem);
		}
	}

	/**
	 * A random temporary password that satisfies this policy, as Cognito generates for
	 * AdminCreateUser without a TemporaryPassword.
	 * @param random the randomness source
	 * @return the password
	 */
	public String generate(SecureRandom random) {
		StringBuilder password = new StringBuilder();
		password.append(Character.toUpperCase(LETTERS.charAt(random.nextInt(LETTERS.length()))));
		password.append(random.nextInt(10));
		password.append("-._!".charAt(random.nextInt(4)));
		int length = Math.max(12, this.minimumLength);
		while (password.length() < length) {
			password.append(LETTERS.charAt(random.nextInt(LETTERS.length())));
		}
		return password.toString();
	}

	/**
	 * How long a temporary password works.
	 * @return the validity
	 */
	public Duration temporaryPasswordValidity() {
		return Duration.ofDays(this.temporaryPasswordValidityDays);
	}

}
