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

import java.math.BigInteger;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.util.Base64;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;

import io.github.cognitosession.local.server.CognitoError;
import io.github.cognitosession.local.server.Json;
import io.github.cognitosession.local.srp.PasswordVerifier;
import io.github.cognitosession.local.srp.SrpServerSession;
import io.github.cognitosession.local.token.TokenSource;
import io.github.cognitosession.local.userpool.Device;
import io.github.cognitosession.local.userpool.PoolUser;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.node.ObjectNode;

/**
 * SRP sign-in: USER_SRP_AUTH and its PASSWORD_VERIFIER challenge (the real server-side
 * check of Cognito's SRP-6a variant), and a remembered device's DEVICE_SRP_AUTH and
 * DEVICE_PASSWORD_VERIFIER. A PASSWORD_VERIFIER that belongs to a custom-auth sign-in
 * hands the result back to {@link CustomAuthentication}.
 *
 * @author Cognito Session contributors
 */
final class SrpAuthentication {

	static final String PASSWORD_VERIFIER = "PASSWORD_VERIFIER";

	static final String DEVICE_PASSWORD_VERIFIER = "DEVICE_PASSWORD_VERIFIER";

	private static final DateTimeFormatter TIMESTAMP = DateTimeFormatter
		.ofPattern("EEE MMM d HH:mm:ss 'UTC' yyyy", Locale.US)
		.withZone(ZoneId.of("UTC"));

	private final SignInSteps steps;

	private final CustomAuthentication custom;

	SrpAuthentication(SignInSteps steps, CustomAuthentication custom) {
		this.steps = Objects.requireNonNull(steps, "steps cannot be null");
		this.custom = Objects.requireNonNull(custom, "custom cannot be null");
	}

	void registerWith(SignInFlows flows) {
		flows.flow("USER_SRP_AUTH", "ALLOW_USER_SRP_AUTH", SignInFlows.BOTH, this::start);
		flows.challenge(PASSWORD_VERIFIER, (context, session, responses) -> passwordVerifier(context, responses));
		flows.challenge(SignInSteps.DEVICE_SRP_AUTH, this::deviceSrpAuth);
		flows.challenge(DEVICE_PASSWORD_VERIFIER,
				(context, session, responses) -> devicePasswordVerifier(context, responses));
	}

	private JsonNode start(SignInContext context, Map<String, String> parameters) {
		String login = SignInSteps.required(parameters, "USERNAME");
		String srpA = SignInSteps.required(parameters, "SRP_A");
		PoolUser user = this.steps.find(context, login);
		SecretHash.check(context.client(), parameters.get("SECRET_HASH"), login,
				(user != null) ? user.username() : null);
		if (user == null) {
			throw SignInSteps.userNotFound(context);
		}
		SignInSteps.checkNoResetRequired(user);
		return challenge(this.steps, context, user, srpA,
				ChallengeSessions.Pending.of(PASSWORD_VERIFIER, context.client(), user)
					.deviceKey(parameters.get(SignInSteps.DEVICE_KEY)));
	}

	/**
	 * Open a PASSWORD_VERIFIER challenge for a client's SRP_A.
	 * @param steps the sign-in steps
	 * @param context the sign-in
	 * @param user the user
	 * @param srpA the client's A, in hex
	 * @param pending what the answer must match (the SRP session is added)
	 * @return the challenge
	 */
	static ObjectNode challenge(SignInSteps steps, SignInContext context, PoolUser user, String srpA,
			ChallengeSessions.Pending pending) {
		SrpServerSession srp = session(steps, user.password(), srpA);
		String secretBlock = steps.sessions().open(pending.srp(srp));
		ObjectNode response = Json.object().put("ChallengeName", PASSWORD_VERIFIER);
		response.putObject("ChallengeParameters")
			.put("SALT", srp.salt().toString(16))
			.put("SRP_B", srp.publicB().toString(16))
			.put("SECRET_BLOCK", secretBlock)
			.put("USER_ID_FOR_SRP", user.username())
			.put("USERNAME", user.username());
		return response;
	}

	private static SrpServerSession session(SignInSteps steps, PasswordVerifier verifier, String srpA) {
		BigInteger a;
		try {
			a = new BigInteger(srpA, 16);
		}
		catch (NumberFormatException ex) {
			throw CognitoError.invalidParameter("SRP_A is not a hexadecimal number");
		}
		try {
			return SrpServerSession.start(steps.services().random(), verifier, a);
		}
		catch (IllegalArgumentException ex) {
			throw CognitoError.invalidParameter("SRP_A is not valid");
		}
	}

	private JsonNode passwordVerifier(SignInContext context, Map<String, String> responses) {
		String username = SignInSteps.required(responses, "USERNAME");
		SecretHash.check(context.client(), responses.get("SECRET_HASH"), username);
		String secretBlock = SignInSteps.required(responses, "PASSWORD_CLAIM_SECRET_BLOCK");
		String signature = SignInSteps.required(responses, "PASSWORD_CLAIM_SIGNATURE");
		String timestamp = timestamp(responses);
		ChallengeSessions.Pending pending = this.steps.sessions()
			.take(secretBlock, PASSWORD_VERIFIER, context.client());
		PoolUser user = context.pool().user(pending.username());
		if (!sameUser(context, username, user)) {
			throw CognitoError.notAuthorized(SignInSteps.WRONG_PASSWORD);
		}
		if (!pending.srp()
			.verify(context.pool().srpPoolName(), user.username(), Base64.getDecoder().decode(secretBlock), timestamp,
					signature)) {
			throw CognitoError.notAuthorized(SignInSteps.WRONG_PASSWORD);
		}
		if (pending.custom() != null) {
			return this.custom.next(context, user, pending.custom().after(PASSWORD_VERIFIER, true, null));
		}
		String deviceKey = responses.get(SignInSteps.DEVICE_KEY);
		return this.steps.afterPassword(context, user, (deviceKey != null) ? deviceKey : pending.deviceKey());
	}

	private static boolean sameUser(SignInContext context, String username, PoolUser user) {
		PoolUser named = context.pool().findUser(username);
		return named != null && named.username().equals(user.username());
	}

	/**
	 * DEVICE_SRP_AUTH: the client starts the device's SRP exchange with its A.
	 */
	private JsonNode deviceSrpAuth(SignInContext context, String session, Map<String, String> responses) {
		String username = SignInSteps.required(responses, "USERNAME");
		SecretHash.check(context.client(), responses.get("SECRET_HASH"), username);
		ChallengeSessions.Pending pending = this.steps.sessions()
			.take(session, SignInSteps.DEVICE_SRP_AUTH, context.client());
		String deviceKey = SignInSteps.required(responses, SignInSteps.DEVICE_KEY);
		if (!pending.username().equals(username) || !deviceKey.equals(pending.deviceKey())) {
			throw CognitoError.notAuthorized("Invalid session for the user.");
		}
		PoolUser user = context.pool().user(username);
		Device device = SignInSteps.confirmedDevice(user, deviceKey);
		SrpServerSession srp = session(this.steps, device.verifier(), SignInSteps.required(responses, "SRP_A"));
		String secretBlock = this.steps.sessions()
			.open(ChallengeSessions.Pending.of(DEVICE_PASSWORD_VERIFIER, context.client(), user)
				.srp(srp)
				.deviceKey(deviceKey));
		ObjectNode response = Json.object().put("ChallengeName", DEVICE_PASSWORD_VERIFIER);
		response.putObject("ChallengeParameters")
			.put("SALT", srp.salt().toString(16))
			.put("SRP_B", srp.publicB().toString(16))
			.put("SECRET_BLOCK", secretBlock)
			.put("USERNAME", user.username())
			.put(SignInSteps.DEVICE_KEY, deviceKey);
		return response;
	}

	/**
	 * DEVICE_PASSWORD_VERIFIER: the proof that the client knows the device's password. A
	 * remembered device skips MFA.
	 */
	private JsonNode devicePasswordVerifier(SignInContext context, Map<String, String> responses) {
		String username = SignInSteps.required(responses, "USERNAME");
		SecretHash.check(context.client(), responses.get("SECRET_HASH"), username);
		String secretBlock = SignInSteps.required(responses, "PASSWORD_CLAIM_SECRET_BLOCK");
		String signature = SignInSteps.required(responses, "PASSWORD_CLAIM_SIGNATURE");
		String timestamp = timestamp(responses);
		ChallengeSessions.Pending pending = this.steps.sessions()
			.take(secretBlock, DEVICE_PASSWORD_VERIFIER, context.client());
		String deviceKey = SignInSteps.required(responses, SignInSteps.DEVICE_KEY);
		if (!pending.username().equals(username) || !deviceKey.equals(pending.deviceKey())) {
			throw CognitoError.notAuthorized(SignInSteps.WRONG_PASSWORD);
		}
		PoolUser user = context.pool().user(username);
		Device device = SignInSteps.confirmedDevice(user, deviceKey);
		if (!pending.srp()
			.verify(device.groupKey(), device.key(), Base64.getDecoder().decode(secretBlock), timestamp, signature)) {
			throw CognitoError.notAuthorized(SignInSteps.WRONG_PASSWORD);
		}
		device.authenticated(this.steps.services().now());
		return device.remembered() ? this.steps.signedIn(context, user, deviceKey, TokenSource.AUTHENTICATE_DEVICE)
				: this.steps.secondFactor(context, user, deviceKey, TokenSource.AUTHENTICATE_DEVICE);
	}

	private static String timestamp(Map<String, String> responses) {
		String timestamp = SignInSteps.required(responses, "TIMESTAMP");
		try {
			TIMESTAMP.parse(timestamp);
		}
		catch (DateTimeParseException ex) {
			throw CognitoError.invalidParameter("TIMESTAMP format is invalid; expected EEE MMM d HH:mm:ss UTC yyyy");
		}
		return timestamp;
	}

}
