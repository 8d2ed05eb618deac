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

import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.concurrent.ConcurrentHashMap;

import io.github.cognitosession.local.server.CognitoError;
import io.github.cognitosession.local.server.Json;
import io.github.cognitosession.local.server.OperationGroup;
import io.github.cognitosession.local.server.OperationRegistry;
import io.github.cognitosession.local.server.Pagination;
import io.github.cognitosession.local.server.Params;
import io.github.cognitosession.local.token.TokenIssuer;
import io.github.cognitosession.local.userpool.Passkey;
import io.github.cognitosession.local.userpool.PoolUser;
import io.github.cognitosession.local.userpool.UserPool;
import io.github.cognitosession.local.webauthn.PasskeyVerifier;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.node.ArrayNode;
import tools.jackson.databind.node.ObjectNode;

/**
 * A signed-in user's passkeys: StartWebAuthnRegistration (the creation options, with a
 * challenge valid for a few minutes), CompleteWebAuthnRegistration (the browser's
 * credential, checked by {@link PasskeyVerifier}), ListWebAuthnCredentials and
 * DeleteWebAuthnCredential, each authorized by the access token. The pool must allow
 * {@code WEB_AUTHN} as a first factor and know its relying party.
 *
 * @author Cognito Session contributors
 */
public final class Passkeys implements OperationGroup {

	/** How long a registration challenge waits for its answer. */
	static final Duration REGISTRATION_VALIDITY = Duration.ofMinutes(5);

	/** How many passkeys a user may have, as in Cognito. */
	static final int MAX_PASSKEYS = 20;

	private final UserPoolServices services;

	private final PasskeyVerifier verifier;

	/** Registrations waiting for the browser, by pool and user. */
	private final Map<String, Registration> registrations = new ConcurrentHashMap<>();

	public Passkeys(UserPoolServices services, PasskeyVerifier verifier) {
		this.services = Objects.requireNonNull(services, "services cannot be null");
		this.verifier = Objects.requireNonNull(verifier, "verifier cannot be null");
	}

	@Override
	public void registerWith(OperationRegistry registry) {
		registry.add(OperationRegistry.USER_POOLS, "StartWebAuthnRegistration", this::startRegistration)
			.add(OperationRegistry.USER_POOLS, "CompleteWebAuthnRegistration", this::completeRegistration)
			.add(OperationRegistry.USER_POOLS, "ListWebAuthnCredentials", this::list)
			.add(OperationRegistry.USER_POOLS, "DeleteWebAuthnCredential", this::delete);
	}

	private JsonNode startRegistration(Params request) {
		TokenIssuer.Subject subject = subject(request);
		UserPool pool = subject.pool();
		PoolUser user = subject.user();
		PasskeyOptions.checkEnabled(pool);
		if (user.passkeys().size() >= MAX_PASSKEYS) {
			throw CognitoError.of("LimitExceededException",
					"The user already has the maximum number of passkeys (" + MAX_PASSKEYS + ").");
		}
		String challenge = PasskeyVerifier.newChallenge(this.services.random());
		ObjectNode options = PasskeyOptions.creation(pool, user, challenge);
		this.registrations.put(key(pool, user), new Registration(challenge, PasskeyOptions.relyingPartyId(pool),
				this.services.now().plus(REGISTRATION_VALIDITY)));
		ObjectNode response = Json.object();
		response.set("CredentialCreationOptions", options);
		return response;
	}

	private JsonNode completeRegistration(Params request) {
		TokenIssuer.Subject subject = subject(request);
		UserPool pool = subject.pool();
		PoolUser user = subject.user();
		JsonNode credential = request.node().get("Credential");
		if (credential == null || !credential.isObject()) {
			throw CognitoError.invalidParameter("Credential must be a JSON object.");
		}
		Registration registration = this.registrations.remove(key(pool, user));
		Instant now = this.services.now();
		if (registration == null || !now.isBefore(registration.expiresAt())) {
			throw CognitoError.of("WebAuthnChallengeNotFoundException",
					"No passkey registration is waiting for the user: call StartWebAuthnRegistration first.");
		}
		PasskeyVerifier.Registered registered = this.verifier.verifyRegistration(
				Json.MAPPER.writeValueAsString(credential), registration.relyingPartyId(), registration.challenge(),
				pool.settings().webAuthnUserVerificationRequired());
		if (user.passkey(registered.credentialId()) != null) {
			throw CognitoError.of("WebAuthnCredentialNotSupportedException", "The passkey is already registered.");
		}
		user.addPasskey(new Passkey(registered.credentialId(), registered.attestedCredentialData(),
				registered.signCount(), registration.relyingPartyId(), null, registered.authenticatorAttachment(),
				registered.transports(), now), now);
		return Json.empty();
	}

	private JsonNode list(Params request) {
		PoolUser user = subject(request).user();
		List<Passkey> passkeys = user.passkeys();
		Pagination.Page<Passkey> page = Pagination.page(passkeys,
				(passkey) -> Pagination.key(passkey.createdAt(), passkey.credentialId()), request.integer("MaxResults"),
				MAX_PASSKEYS, request.optional("NextToken"));
		ObjectNode response = Json.object();
		ArrayNode credentials = response.putArray("Credentials");
		for (Passkey passkey : page.items()) {
			ObjectNode item = credentials.addObject()
				.put("CredentialId", passkey.credentialId())
				.put("RelyingPartyId", passkey.relyingPartyId());
			if (passkey.friendlyName() != null) {
				item.put("FriendlyCredentialName", passkey.friendlyName());
			}
			if (passkey.authenticatorAttachment() != null) {
				item.put("AuthenticatorAttachment", passkey.authenticatorAttachment());
			}
			item.set("AuthenticatorTransports", Json.strings(passkey.transports()));
			Json.putTime(item, "CreatedAt", passkey.createdAt());
		}
		if (page.nextToken() != null) {
			response.put("NextToken", page.nextToken());
		}
		return response;
	}

	private JsonNode delete(Params request) {
		PoolUser user = subject(request).user();
		if (!user.removePasskey(request.required("CredentialId"))) {
			throw CognitoError.resourceNotFound("Credential not found.");
		}
		return Json.empty();
	}

	private TokenIssuer.Subject subject(Params request) {
		return this.services.tokens().verifyAccessToken(request.required("AccessToken"));
	}

	private static String key(UserPool pool, PoolUser user) {
		return pool.id() + "/" + user.username();
	}

	private record Registration(String challenge, String relyingPartyId, Instant expiresAt) {

	}

}
