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

package io.github.cognitosession.local.userpool.operations;

import java.nio.charset.StandardCharsets;
import java.util.Base64;

import io.github.cognitosession.local.server.CognitoError;
import io.github.cognitosession.local.server.Json;
import io.github.cognitosession.local.userpool.Passkey;
import io.github.cognitosession.local.userpool.PoolUser;
import io.github.cognitosession.local.userpool.UserPool;
import io.github.cognitosession.local.webauthn.PasskeyVerifier;
import tools.jackson.databind.node.ArrayNode;
import tools.jackson.databind.node.ObjectNode;

/**
 * The WebAuthn side of a pool: its relying party (the {@code WebAuthnConfiguration}'s
 * {@code RelyingPartyId}, else the pool's domain) and the options a browser needs, as
 * JSON, to create a passkey or sign in with one.
 *
 * @author Cognito Session contributors
 */
final class PasskeyOptions {

	/** How long a browser has to answer, in milliseconds. */
	private static final long TIMEOUT_MILLIS = 180_000;

	private PasskeyOptions() {
	}

	/**
	 * The pool's relying-party id.
	 * @param pool the pool
	 * @return the id
	 * @throws CognitoError {@code WebAuthnConfigurationMissingException} when the pool
	 * has neither a relying-party id nor a domain
	 */
	static String relyingPartyId(UserPool pool) {
		String configured = pool.settings().webAuthnRelyingPartyId();
		if (configured != null) {
			return configured;
		}
		String domain = pool.domain();
		if (domain == null) {
			throw CognitoError.of("WebAuthnConfigurationMissingException",
					"The user pool has no relying party: set WebAuthnConfiguration.RelyingPartyId "
							+ "(SetUserPoolMfaConfig) or create a user-pool domain.");
		}
		return domain.contains(".") ? domain : domain + ".auth." + pool.region() + ".amazoncognito.com";
	}

	/**
	 * Refuse passkeys in a pool that does not allow them as a first factor.
	 * @param pool the pool
	 */
	static void checkEnabled(UserPool pool) {
		if (!pool.settings().allowedFirstAuthFactors().contains("WEB_AUTHN")) {
			throw CognitoError.of("WebAuthnNotEnabledException",
					"Passkeys are not enabled: WEB_AUTHN is not in the pool's AllowedFirstAuthFactors.");
		}
	}

	/**
	 * {@code PublicKeyCredentialCreationOptions} for a user.
	 */
	static ObjectNode creation(UserPool pool, PoolUser user, String challenge) {
		String rpId = relyingPartyId(pool);
		ObjectNode options = Json.object().put("challenge", challenge);
		options.putObject("rp").put("id", rpId).put("name", rpId);
		String displayName = (user.attribute("email") != null) ? user.attribute("email") : user.username();
		options.putObject("user")
			.put("id",
					Base64.getUrlEncoder().withoutPadding().encodeToString(user.sub().getBytes(StandardCharsets.UTF_8)))
			.put("name", user.username())
			.put("displayName", displayName);
		ArrayNode algorithms = options.putArray("pubKeyCredParams");
		PasskeyVerifier.ALGORITHMS.forEach((alg) -> algorithms.addObject().put("type", "public-key").put("alg", alg));
		options.put("timeout", TIMEOUT_MILLIS);
		credentials(options.putArray("excludeCredentials"), user);
		options.putObject("authenticatorSelection")
			.put("residentKey", "required")
			.put("requireResidentKey", true)
			.put("userVerification", userVerification(pool));
		options.put("attestation", "none");
		return options;
	}

	/**
	 * {@code PublicKeyCredentialRequestOptions} for a user's sign-in.
	 */
	static ObjectNode request(UserPool pool, PoolUser user, String challenge) {
		ObjectNode options = Json.object().put("challenge", challenge).put("rpId", relyingPartyId(pool));
		credentials(options.putArray("allowCredentials"), user);
		options.put("timeout", TIMEOUT_MILLIS).put("userVerification", userVerification(pool));
		return options;
	}

	private static void credentials(ArrayNode list, PoolUser user) {
		for (Passkey passkey : user.passkeys()) {
			ObjectNode credential = list.addObject().put("type", "public-key").put("id", passkey.credentialId());
			credential.set("transports", Json.strings(passkey.transports()));
		}
	}

	private static String userVerification(UserPool pool) {
		return pool.settings().webAuthnUserVerificationRequired() ? "required" : "preferred";
	}

}
