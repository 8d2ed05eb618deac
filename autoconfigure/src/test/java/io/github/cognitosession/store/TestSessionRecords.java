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

package io.github.cognitosession.store;

import java.util.Base64;
import java.util.Random;

import io.github.cognitosession.state.UserState;

/**
 * Session records shaped like real Cognito ones, built from a seeded random source so
 * that every run uses the same bytes.
 *
 * @author Cognito Session contributors
 */
final class TestSessionRecords {

	/** Typical sizes of Cognito's tokens: RS256 JWTs and a JWE refresh token. */
	static final int ID_TOKEN_LENGTH = 1100;

	static final int ACCESS_TOKEN_LENGTH = 1000;

	static final int REFRESH_TOKEN_LENGTH = 1800;

	private TestSessionRecords() {
	}

	/**
	 * A signed-in session with all user-pool fields filled, as after sign-in and an
	 * identity-pool call.
	 */
	static SessionRecord realistic() {
		Random random = new Random(42);
		return SessionRecord.builder()
			.state(UserState.SIGNED_IN)
			.username("alice.example@example.com")
			.idToken(jwt(random, ID_TOKEN_LENGTH))
			.accessToken(jwt(random, ACCESS_TOKEN_LENGTH))
			.refreshToken(jwe(random, REFRESH_TOKEN_LENGTH))
			.identityId("eu-west-1:7f3c9a2e-1b4d-4e8f-9a6b-2c5d8e1f0a3b")
			.build();
	}

	/**
	 * Every field set, including federation and a non-ASCII username.
	 */
	static SessionRecord full() {
		Random random = new Random(7);
		return realistic().mutate()
			.username("zoë-用户")
			.federatedProvider("accounts.google.com")
			.federatedToken(jwt(random, 900))
			.build();
	}

	/**
	 * Only the mandatory state.
	 */
	static SessionRecord minimal() {
		return SessionRecord.builder().state(UserState.GUEST).build();
	}

	static SessionRecord signedIn(String username) {
		Random random = new Random(username.hashCode());
		return SessionRecord.builder()
			.state(UserState.SIGNED_IN)
			.username(username)
			.idToken(jwt(random, 800))
			.accessToken(jwt(random, 700))
			.refreshToken(jwe(random, 900))
			.build();
	}

	/** Three base64url segments, the last one an RS256 signature. */
	static String jwt(Random random, int length) {
		String header = segment(random, 100);
		String signature = segment(random, 342);
		return header + "." + segment(random, length - header.length() - signature.length() - 2) + "." + signature;
	}

	/** Five base64url segments, the compact JWE form Cognito uses for refresh tokens. */
	static String jwe(Random random, int length) {
		String header = segment(random, 154);
		String encryptedKey = segment(random, 342);
		String iv = segment(random, 22);
		String tag = segment(random, 22);
		int ciphertext = length - header.length() - encryptedKey.length() - iv.length() - tag.length() - 4;
		return header + "." + encryptedKey + "." + iv + "." + segment(random, ciphertext) + "." + tag;
	}

	private static String segment(Random random, int length) {
		byte[] bytes = new byte[length];
		random.nextBytes(bytes);
		return Base64.getUrlEncoder().withoutPadding().encodeToString(bytes).substring(0, length);
	}

}
