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
package io.github.cognitosession.signin.srp;

import java.math.BigInteger;
import java.util.Base64;
import java.util.Map;

import org.springframework.util.StringUtils;

/**
 * The parameters of Cognito's {@code PASSWORD_VERIFIER} challenge.
 *
 * @param userIdForSrp {@code USER_ID_FOR_SRP}: the user id that enters the password hash
 * @param saltHex {@code SALT}, hex
 * @param publicBHex {@code SRP_B}, the server's public value, hex
 * @param secretBlock {@code SECRET_BLOCK}, base64, echoed back in the answer
 * @author Cognito Session contributors
 */
public record PasswordVerifierChallenge(String userIdForSrp, String saltHex, String publicBHex, String secretBlock) {

	/**
	 * Read the challenge from Cognito's challenge parameters.
	 * @param parameters the {@code ChallengeParameters}
	 * @return the challenge
	 * @throws IllegalArgumentException if a parameter is missing or malformed
	 */
	public static PasswordVerifierChallenge from(Map<String, String> parameters) {
		PasswordVerifierChallenge challenge = new PasswordVerifierChallenge(required(parameters, "USER_ID_FOR_SRP"),
				required(parameters, "SALT"), required(parameters, "SRP_B"), required(parameters, "SECRET_BLOCK"));
		// Fail here, naming the parameter, rather than deep inside the arithmetic
		challenge.salt();
		challenge.publicB();
		challenge.secretBlockBytes();
		return challenge;
	}

	private static String required(Map<String, String> parameters, String name) {
		String value = parameters.get(name);
		if (!StringUtils.hasText(value)) {
			throw new IllegalArgumentException("PASSWORD_VERIFIER challenge has no " + name);
		}
		return value;
	}

	BigInteger salt() {
		return hex(this.saltHex, "SALT");
	}

	BigInteger publicB() {
		return hex(this.publicBHex, "SRP_B");
	}

	byte[] secretBlockBytes() {
		try {
			return Base64.getDecoder().decode(this.secretBlock);
		}
		catch (IllegalArgumentException ex) {
			throw new IllegalArgumentException("PASSWORD_VERIFIER challenge has a SECRET_BLOCK that is not base64");
		}
	}

	private static BigInteger hex(String value, String name) {
		try {
			return new BigInteger(value, 16);
		}
		catch (NumberFormatException ex) {
			throw new IllegalArgumentException("PASSWORD_VERIFIER challenge has a " + name + " that is not hex");
		}
	}

	@Override
	public String toString() {
		return "PasswordVerifierChallenge[userIdForSrp=" + this.userIdForSrp + "]";
	}

}
