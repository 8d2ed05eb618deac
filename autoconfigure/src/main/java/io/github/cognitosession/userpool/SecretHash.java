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
package io.github.cognitosession.userpool;

import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.util.Base64;

import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;

import org.springframework.util.Assert;

/**
 * Cognito's {@code SECRET_HASH} for app clients with a secret:
 * {@code base64(HMAC-SHA256(clientSecret, username + clientId))}.
 *
 * @author Cognito Session contributors
 */
public final class SecretHash {

	private static final String HMAC_SHA256 = "HmacSHA256";

	private SecretHash() {
	}

	/**
	 * Compute the secret hash.
	 * @param username the username the request (or the challenge answer) names
	 * @param clientId the app client id
	 * @param clientSecret the app client secret
	 * @return the {@code SECRET_HASH} value
	 */
	public static String calculate(String username, String clientId, String clientSecret) {
		Assert.hasText(username, "username cannot be empty");
		Assert.hasText(clientId, "clientId cannot be empty");
		Assert.hasText(clientSecret, "clientSecret cannot be empty");
		try {
			Mac mac = Mac.getInstance(HMAC_SHA256);
			mac.init(new SecretKeySpec(clientSecret.getBytes(StandardCharsets.UTF_8), HMAC_SHA256));
			return Base64.getEncoder()
				.encodeToString(mac.doFinal((username + clientId).getBytes(StandardCharsets.UTF_8)));
		}
		catch (GeneralSecurityException ex) {
			throw new IllegalStateException("HmacSHA256 is not available", ex);
		}
	}

}
