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

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Objects;

import io.github.cognitosession.local.server.CognitoError;
import io.github.cognitosession.local.server.Json;
import io.github.cognitosession.local.token.TokenSource;
import io.github.cognitosession.local.userpool.Passkey;
import io.github.cognitosession.local.userpool.PoolUser;
import io.github.cognitosession.local.userpool.UserPool;
import io.github.cognitosession.local.webauthn.PasskeyVerifier;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.node.ArrayNode;
import tools.jackson.databind.node.ObjectNode;

/**
 * Choice-based sign-in ({@code USER_AUTH}, for clients that allow
 * {@code ALLOW_USER_AUTH}): the user proves a first factor the pool allows
 * ({@code Policies.SignInPolicy.AllowedFirstAuthFactors}) and the user has: the password
 * ({@code PASSWORD}, or {@code PASSWORD_SRP}), a code by e-mail or SMS to a verified
 * address ({@code EMAIL_OTP}, {@code SMS_OTP}), or a passkey ({@code WEB_AUTHN}). A
 * usable {@code PREFERRED_CHALLENGE} starts that factor; otherwise Cognito answers
 * {@code SELECT_CHALLENGE} with {@code AvailableChallenges}, answered with {@code ANSWER}
 * (and the factor's own parameters). The password factors go on to MFA as other password
 * sign-ins do; codes and passkeys sign in at once.
 * <p>
 * {@code InitiateAuth USER_AUTH} with the {@code Session} of a confirmed sign-up signs
 * the new user in without the password (auto sign-in).
 *
 * @author Cognito Session contributors
 */
final class ChoiceBasedAuthentication {

	/** The {@code ExplicitAuthFlows} value of choice-based sign-in. */
	static final String ALLOW_USER_AUTH = "ALLOW_USER_AUTH";

	static final String SELECT_CHALLENGE = "SELECT_CHALLENGE";

	static final String WEB_AUTHN = "WEB_AUTHN";

	private final SignInSteps steps;

	private final PasskeyVerifier passkeys;

	ChoiceBasedAuthentication(SignInSteps steps, PasskeyVerifier passkeys) {
		this.steps = Objects.requireNonNull(steps, "steps cannot be null");
		this.passkeys = Objects.requireNonNull(passkeys, "passkeys cannot be null");
	}

	void registerWith(SignInFlows flows) {
		flows.flow("USER_AUTH", ALLOW_USER_AUTH, SignInFlows.BOTH, this::start);
		flows.challenge(SELECT_CHALLENGE, this::select);
		flows.challenge(WEB_AUTHN, this::webAuthn);
	}

	private JsonNode start(SignInContext context, Map<String, String> parameters) {
		if (context.session() != null) {
			return autoSignIn(context, parameters);
		}
		String login = SignInSteps.required(parameters, "USERNAME");
		PoolUser user = this.steps.find(context, login);
		SecretHash.check(context.client(), parameters.get("SECRET_HASH"), login,
				(user != null) ? user.username() : null);
		if (user == null) {
			throw SignInSteps.userNotFound(context);
		}
		checkCanSignIn(user);
		List<String> available = available(context.pool(), user);
		String preferred = parameters.get("PREFERRED_CHALLENGE");
		String deviceKey = parameters.get(SignInSteps.DEVICE_KEY);
		if (preferred != null && available.contains(preferred)) {
			return begin(context, user, preferred, parameters, deviceKey);
		}
		ObjectNode response = SignInSteps.challenge(SELECT_CHALLENGE, this.steps.sessions()
			.open(ChallengeSessions.Pending.of(SELECT_CHALLENGE, context.client(), user).deviceKey(deviceKey)));
		SignInSteps.parameters(response).put("USERNAME", user.username());
		ArrayNode choices = response.putArray("AvailableChallenges");
		available.forEach(choices::add);
		return response;
	}

	/**
	 * The first factors a user can prove: those the pool allows that the user has.
	 */
	static List<String> available(UserPool pool, PoolUser user) {
		List<String> allowed = pool.settings().allowedFirstAuthFactors();
		List<String> available = new ArrayList<>();
		if (allowed.contains("PASSWORD") && user.password() != null) {
			available.add("PASSWORD");
			available.add("PASSWORD_SRP");
		}
		if (allowed.contains("EMAIL_OTP") && user.verified("email")) {
			available.add("EMAIL_OTP");
		}
		if (allowed.contains("SMS_OTP") && user.verified("phone_number")) {
			available.add("SMS_OTP");
		}
		if (allowed.contains(WEB_AUTHN) && !user.passkeys().isEmpty()) {
			available.add(WEB_AUTHN);
		}
		return available;
	}

	private JsonNode select(SignInContext context, String session, Map<String, String> responses) {
		String username = SignInSteps.required(responses, "USERNAME");
		SecretHash.check(context.client(), responses.get("SECRET_HASH"), username);
		String answer = SignInSteps.required(responses, "ANSWER");
		ChallengeSessions.Pending pending = this.steps.sessions().take(session, SELECT_CHALLENGE, context.client());
		PoolUser user = context.pool().user(pending.username());
		if (!available(context.pool(), user).contains(answer)) {
			throw CognitoError.invalidParameter("The challenge " + answer + " is not available for the user.");
		}
		return begin(context, user, answer, responses, pending.deviceKey());
	}

	/**
	 * Start proving a first factor, with what the request already carries (the password,
	 * SRP's A).
	 */
	private JsonNode begin(SignInContext context, PoolUser user, String factor, Map<String, String> parameters,
			String deviceKey) {
		return switch (factor) {
			case "PASSWORD" -> {
				SignInSteps.checkNoResetRequired(user);
				String password = SignInSteps.required(parameters, "PASSWORD");
				if (!user.password().matches(context.pool().srpPoolName(), user.username(), password)) {
					throw CognitoError.notAuthorized(SignInSteps.WRONG_PASSWORD);
				}
				yield this.steps.afterPassword(context, user, deviceKey);
			}
			case "PASSWORD_SRP" -> {
				SignInSteps.checkNoResetRequired(user);
				yield SrpAuthentication.challenge(this.steps, context, user, SignInSteps.required(parameters, "SRP_A"),
						ChallengeSessions.Pending.of(SrpAuthentication.PASSWORD_VERIFIER, context.client(), user)
							.deviceKey(deviceKey));
			}
			case "EMAIL_OTP", "SMS_OTP" -> this.steps.codeChallenge(context, user, factor, deviceKey, null);
			case WEB_AUTHN -> passkeyChallenge(context, user, deviceKey);
			default -> throw CognitoError.invalidParameter("The challenge " + factor + " is not supported.");
		};
	}

	private JsonNode passkeyChallenge(SignInContext context, PoolUser user, String deviceKey) {
		String challenge = PasskeyVerifier.newChallenge(this.steps.services().random());
		ObjectNode options = PasskeyOptions.request(context.pool(), user, challenge);
		ObjectNode response = SignInSteps.challenge(WEB_AUTHN,
				this.steps.sessions()
					.open(ChallengeSessions.Pending.of(WEB_AUTHN, context.client(), user)
						.code(challenge)
						.deviceKey(deviceKey)));
		SignInSteps.parameters(response)
			.put("USERNAME", user.username())
			.put("CREDENTIAL_REQUEST_OPTIONS", Json.MAPPER.writeValueAsString(options));
		return response;
	}

	/**
	 * WEB_AUTHN: the browser's assertion, checked against the passkey it names.
	 */
	private JsonNode webAuthn(SignInContext context, String session, Map<String, String> responses) {
		String username = SignInSteps.required(responses, "USERNAME");
		SecretHash.check(context.client(), responses.get("SECRET_HASH"), username);
		String credential = SignInSteps.required(responses, "CREDENTIAL");
		ChallengeSessions.Pending pending = this.steps.sessions().take(session, WEB_AUTHN, context.client());
		UserPool pool = context.pool();
		PoolUser user = pool.user(pending.username());
		Passkey passkey = user.passkey(PasskeyVerifier.credentialId(credential));
		if (passkey == null) {
			throw CognitoError.notAuthorized("The passkey is not registered for the user.");
		}
		long signCount = this.passkeys.verifyAssertion(credential, PasskeyOptions.relyingPartyId(pool), pending.code(),
				passkey.attestedCredentialData(), passkey.signCount(),
				pool.settings().webAuthnUserVerificationRequired());
		user.passkeyUsed(passkey.credentialId(), signCount);
		return this.steps.signedIn(context, user, pending.deviceKey(), TokenSource.AUTHENTICATION);
	}

	/**
	 * The session of a confirmed sign-up stands for the first factor: the confirmation
	 * code proved the user's address. MFA still applies where the pool requires it.
	 */
	private JsonNode autoSignIn(SignInContext context, Map<String, String> parameters) {
		String login = SignInSteps.required(parameters, "USERNAME");
		ChallengeSessions.Pending pending = this.steps.sessions()
			.take(context.session(), SelfService.AUTO_SIGN_IN, context.client());
		PoolUser user = context.pool().user(pending.username());
		SecretHash.check(context.client(), parameters.get("SECRET_HASH"), login, user.username());
		PoolUser named = this.steps.find(context, login);
		if (named != user) {
			throw CognitoError.notAuthorized("Invalid session for the user.");
		}
		checkCanSignIn(user);
		return this.steps.secondFactor(context, user, null, TokenSource.AUTHENTICATION);
	}

	private static void checkCanSignIn(PoolUser user) {
		if (!user.enabled()) {
			throw CognitoError.notAuthorized("User is disabled.");
		}
		if (user.status() == PoolUser.Status.UNCONFIRMED) {
			throw CognitoError.of("UserNotConfirmedException", "User is not confirmed.");
		}
	}

}
