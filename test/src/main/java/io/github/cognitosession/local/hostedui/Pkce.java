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

package io.github.cognitosession.local.hostedui;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.Base64;

/**
 * The PKCE (RFC 7636) S256 check: {@code BASE64URL(SHA-256(code_verifier))} must equal
 * the {@code code_challenge} of the authorization request.
 *
 * @author Cognito Session contributors
 */
final class Pkce {

	private Pkce() {
	}

	static boolean matches(String codeVerifier, String codeChallenge) {
		if (codeVerifier == null || codeVerifier.length() < 43 || codeVerifier.length() > 128) {
			return false;
		}
		return MessageDigest.isEqual(s256(codeVerifier).getBytes(StandardCharsets.US_ASCII),
				codeChallenge.getBytes(StandardCharsets.US_ASCII));
	}

	static String s256(String codeVerifier) {
		try {
			byte[] digest = MessageDigest.getInstance("SHA-256")
				.digest(codeVerifier.getBytes(StandardCharsets.US_ASCII));
			return Base64.getUrlEncoder().withoutPadding().encodeToString(digest);
		}
		catch (NoSuchAlgorithmException ex) {
			throw new IllegalStateException("SHA-256 is not available", ex);
		}
	}

}
