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
import java.time.Instant;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.util.Base64;
import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.UUID;

import io.github.cognitosession.local.code.DeliveredCode;
import io.github.cognitosession.local.server.CognitoError;
import io.github.cognitosession.local.server.Json;
import io.github.cognitosession.local.server.OperationGroup;
import io.github.cognitosession.local.server.OperationRegistry;
import io.github.cognitosession.local.server.Params;
import io.github.cognitosession.local.srp.SrpServerSession;
import io.github.cognitosession.local.token.IssuedTokens;
import io.github.cognitosession.local.token.RefreshTokens;
import io.github.cognitosession.local.totp.Totp;
import io.github.cognitosession.local.userpool.AppClient;
import io.github.cognitosession.local.userpool.Device;
import io.github.cognitosession.local.userpool.PoolUser;
import io.github.cognitosession.local.userpool.UserPool;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.node.ObjectNode;

/**
 * Sign-in: InitiateAuth (USER_SRP_AUTH with the real SRP check, USER_PASSWORD_AUTH,
 * REFRESH_TOKEN_AUTH), RespondToAuthChallenge (PASSWORD_VERIFIER, NEW_PASSWORD_REQUIRED,
 * SMS_MFA, SOFTWARE_TOKEN_MFA, MFA_SETUP, DEVICE_SRP_AUTH, DEVICE_PASSWORD_VERIFIER) and
 * GetTokensFromRefreshToken (rotation), with the authenticator-app setup of
 * {@link SoftwareTokens}.
 * <p>
 * SOFTWARE_TOKEN_MFA checks real TOTP codes when the user has a verified authenticator; a
 * user given SOFTWARE_TOKEN_MFA without one (provisioned or set by preference only) gets
 * a "delivered" code instead, readable like an SMS code.
 * <p>
 * When the pool tracks devices, a sign-in without a known device ends with
 * {@code NewDeviceMetadata}; one that sends the {@code DEVICE_KEY} of a confirmed device
 * proves the device's password with device SRP after the user's password, and a
 * remembered device then skips MFA.
 *
 * @author Cognito Session contributors
 */
public final class Authentication implements OperationGroup {

	private static final DateTimeFormatter TIMESTAMP = DateTimeFormatter
		.ofPattern("EEE MMM d HH:mm:ss 'UTC' yyyy", Locale.US)
		.withZone(ZoneId.of("UTC"));

	private static final String WRONG_PASSWORD = "Incorrect username or password.";

	private static final String DEVICE_KEY = "DEVICE_KEY";

	private static final String DEVICE_SRP_AUTH = "DEVICE_SRP_AUTH";

	private static final String DEVICE_PASSWORD_VERIFIER = "DEVICE_PASSWORD_VERIFIER";

	private final UserPoolServices services;

	private final ChallengeSessions sessions;

	private final SoftwareTokens softwareTokens;

	public Authentication(UserPoolServices services) {
		this.services = Objects.requireNonNull(services, "services cannot be null");
		this.sessions = new ChallengeSessions(services.clock(), services.random());
		this.softwareTokens = new SoftwareTokens(services, this.sessions);
	}

	@Override
	public void registerWith(OperationRegistry registry) {
		registry.add(OperationRegistry.USER_POOLS, "InitiateAuth", this::initiateAuth)
			.add(OperationRegistry.USER_POOLS, "RespondToAuthChallenge", this::respondToAuthChallenge)
			.add(OperationRegistry.USER_POOLS, "GetTokensFromRefreshToken", this::getTokensFromRefreshToken);
		this.softwareTokens.registerWith(registry);
	}

	private JsonNode initiateAuth(Params request) {
		String flow = request.required("AuthFlow");
		AppClient client = this.services.pools().client(request.required("ClientId"));
		UserPool pool = this.services.pools().pool(client.poolId());
		Map<String, String> parameters = request.map("AuthParameters");
		return switch (flow) {
			case "USER_SRP_AUTH" -> startSrp(pool, client, parameters);
			case "USER_PASSWORD_AUTH" -> passwordAuth(pool, client, parameters);
			case "REFRESH_TOKEN_AUTH", "REFRESH_TOKEN" -> refresh(pool, client, parameters);
			default -> throw CognitoError.invalidParameter("Unsupported AuthFlow " + flow);
		};
	}

	private JsonNode startSrp(UserPool pool, AppClient client, Map<String, String> parameters) {
		requireFlow(client, "ALLOW_USER_SRP_AUTH", "USER_SRP_AUTH");
		String username = requiredParameter(parameters, "USERNAME");
		String srpA = requiredParameter(parameters, "SRP_A");
		SecretHash.check(client, parameters.get("SECRET_HASH"), username);
		PoolUser user = pool.user(username);
		BigInteger a;
		try {
			a = new BigInteger(srpA, 16);
		}
		catch (NumberFormatException ex) {
			throw CognitoError.invalidParameter("SRP_A is not a hexadecimal number");
		}
		SrpServerSession srp;
		try {
			srp = SrpServerSession.start(this.services.random(), user.password(), a);
		}
		catch (IllegalArgumentException ex) {
			throw CognitoError.invalidParameter("SRP_A is not valid");
		}
		String secretBlock = this.sessions.open("PASSWORD_VERIFIER", client, user, null, srp,
				parameters.get(DEVICE_KEY));
		ObjectNode response = Json.object().put("ChallengeName", "PASSWORD_VERIFIER");
		response.putObject("ChallengeParameters")
			.put("SALT", srp.salt().toString(16))
			.put("SRP_B", srp.publicB().toString(16))
			.put("SECRET_BLOCK", secretBlock)
			.put("USER_ID_FOR_SRP", user.username())
			.put("USERNAME", user.username());
		return response;
	}

	private JsonNode passwordAuth(UserPool pool, AppClient client, Map<String, String> parameters) {
		requireFlow(client, "ALLOW_USER_PASSWORD_AUTH", "USER_PASSWORD_AUTH");
		String username = requiredParameter(parameters, "USERNAME");
		String password = requiredParameter(parameters, "PASSWORD");
		SecretHash.check(client, parameters.get("SECRET_HASH"), username);
		PoolUser user = pool.user(username);
		if (!user.password().matches(pool.srpPoolName(), user.username(), password)) {
			throw CognitoError.notAuthorized(WRONG_PASSWORD);
		}
		return afterPassword(pool, client, user, parameters.get(DEVICE_KEY));
	}

	private JsonNode refresh(UserPool pool, AppClient client, Map<String, String> parameters) {
		requireFlow(client, "ALLOW_REFRESH_TOKEN_AUTH", "REFRESH_TOKEN_AUTH");
		if (client.refreshTokenRotation()) {
			throw CognitoError.notAuthorized(
					"Refresh token rotation is enabled for this client; use GetTokensFromRefreshToken to refresh tokens.");
		}
		String token = requiredParameter(parameters, "REFRESH_TOKEN");
		RefreshTokens.Grant grant = this.services.refreshTokens().redeem(token, client);
		PoolUser user = pool.findUser(grant.username());
		SecretHash.check(client, parameters.get("SECRET_HASH"), grant.username(), (user != null) ? user.sub() : null);
		return tokens(this.services.tokens().refresh(grant, null));
	}

	private JsonNode respondToAuthChallenge(Params request) {
		AppClient client = this.services.pools().client(request.required("ClientId"));
		UserPool pool = this.services.pools().pool(client.poolId());
		String challenge = request.required("ChallengeName");
		Map<String, String> responses = request.map("ChallengeResponses");
		String username = requiredParameter(responses, "USERNAME");
		SecretHash.check(client, responses.get("SECRET_HASH"), username);
		return switch (challenge) {
			case "PASSWORD_VERIFIER" -> passwordVerifier(pool, client, responses, username);
			case "NEW_PASSWORD_REQUIRED" -> newPassword(pool, client, request.optional("Session"), responses);
			case "SMS_MFA" ->
				mfa(pool, client, request.optional("Session"), challenge, requiredParameter(responses, "SMS_MFA_CODE"));
			case "SOFTWARE_TOKEN_MFA" -> mfa(pool, client, request.optional("Session"), challenge,
					requiredParameter(responses, "SOFTWARE_TOKEN_MFA_CODE"));
			case SoftwareTokens.MFA_SETUP -> signedIn(pool, client, pool.user(
					this.sessions.take(request.optional("Session"), SoftwareTokens.VERIFIED, client).username()), null);
			case DEVICE_SRP_AUTH -> deviceSrpAuth(pool, client, request.optional("Session"), responses, username);
			case DEVICE_PASSWORD_VERIFIER -> devicePasswordVerifier(pool, client, responses, username);
			default -> throw CognitoError.invalidParameter("Unsupported ChallengeName " + challenge);
		};
	}

	private JsonNode passwordVerifier(UserPool pool, AppClient client, Map<String, String> responses, String username) {
		String secretBlock = requiredParameter(responses, "PASSWORD_CLAIM_SECRET_BLOCK");
		String signature = requiredParameter(responses, "PASSWORD_CLAIM_SIGNATURE");
		String timestamp = requiredParameter(responses, "TIMESTAMP");
		try {
			TIMESTAMP.parse(timestamp);
		}
		catch (DateTimeParseException ex) {
			throw CognitoError.invalidParameter("TIMESTAMP format is invalid; expected EEE MMM d HH:mm:ss UTC yyyy");
		}
		ChallengeSessions.Pending pending = this.sessions.take(secretBlock, "PASSWORD_VERIFIER", client);
		if (!pending.username().equals(username)) {
			throw CognitoError.notAuthorized(WRONG_PASSWORD);
		}
		PoolUser user = pool.user(username);
		if (!pending.srp()
			.verify(pool.srpPoolName(), user.username(), Base64.getDecoder().decode(secretBlock), timestamp,
					signature)) {
			throw CognitoError.notAuthorized(WRONG_PASSWORD);
		}
		String deviceKey = responses.get(DEVICE_KEY);
		return afterPassword(pool, client, user, (deviceKey != null) ? deviceKey : pending.deviceKey());
	}

	private JsonNode newPassword(UserPool pool, AppClient client, String session, Map<String, String> responses) {
		ChallengeSessions.Pending pending = this.sessions.take(session, "NEW_PASSWORD_REQUIRED", client);
		PoolUser user = pool.user(pending.username());
		String password = requiredParameter(responses, "NEW_PASSWORD");
		Instant now = this.services.clock().instant();
		user.setPassword(Users.verifier(this.services, pool, user, password), PoolUser.Status.CONFIRMED, now);
		Map<String, String> attributes = new LinkedHashMap<>();
		responses.forEach((name, value) -> {
			if (name.startsWith("userAttributes.")) {
				attributes.put(name.substring("userAttributes.".length()), value);
			}
		});
		user.putAttributes(attributes, now);
		return afterPassword(pool, client, user, pending.deviceKey());
	}

	private JsonNode mfa(UserPool pool, AppClient client, String session, String challenge, String code) {
		ChallengeSessions.Pending pending = this.sessions.take(session, challenge, client);
		PoolUser user = pool.user(pending.username());
		boolean matches = (pending.code() != null) ? pending.code().equals(code)
				: Totp.matches(user.softwareToken(), code, this.services.clock().instant());
		if (!matches) {
			throw CognitoError.of("CodeMismatchException", "Invalid code or auth state for the user.");
		}
		return signedIn(pool, client, user, pending.deviceKey());
	}

	/**
	 * What follows a correct password: a forced new password, a second factor, or tokens.
	 */
	private JsonNode afterPassword(UserPool pool, AppClient client, PoolUser user, String deviceKey) {
		if (!user.enabled()) {
			throw CognitoError.notAuthorized("User is disabled.");
		}
		if (user.status() == PoolUser.Status.UNCONFIRMED) {
			throw CognitoError.of("UserNotConfirmedException", "User is not confirmed.");
		}
		if (user.status() == PoolUser.Status.FORCE_CHANGE_PASSWORD) {
			ObjectNode response = challenge("NEW_PASSWORD_REQUIRED",
					this.sessions.open("NEW_PASSWORD_REQUIRED", client, user, null, null));
			Map<String, String> attributes = new LinkedHashMap<>(user.orderedAttributes());
			attributes.remove("sub");
			((ObjectNode) response.get("ChallengeParameters")).put("USER_ID_FOR_SRP", user.username())
				.put("requiredAttributes", "[]")
				.put("userAttributes", Json.MAPPER.writeValueAsString(Json.stringMap(attributes)));
			return response;
		}
		if (deviceKey != null && pool.deviceTracking().isOn()) {
			Device device = confirmedDevice(user, deviceKey);
			ObjectNode response = challenge(DEVICE_SRP_AUTH,
					this.sessions.open(DEVICE_SRP_AUTH, client, user, null, null, device.key()));
			((ObjectNode) response.get("ChallengeParameters")).put("USERNAME", user.username())
				.put(DEVICE_KEY, device.key());
			return response;
		}
		return secondFactor(pool, client, user, null);
	}

	/**
	 * What follows the password (and the device check, when the user signs in from a
	 * known device that is not remembered): a second factor or tokens.
	 */
	private JsonNode secondFactor(UserPool pool, AppClient client, PoolUser user, String deviceKey) {
		PoolUser.Mfa mfa = user.mfa();
		if (mfa == null && pool.mfaRequired()) {
			ObjectNode response = challenge(SoftwareTokens.MFA_SETUP,
					this.sessions.open(SoftwareTokens.MFA_SETUP, client, user, null, null, deviceKey));
			// Only authenticator apps can be set up here: SMS needs a verified phone
			// number.
			((ObjectNode) response.get("ChallengeParameters")).put("MFAS_CAN_SETUP", "[\"SOFTWARE_TOKEN_MFA\"]");
			return response;
		}
		if (mfa == PoolUser.Mfa.SOFTWARE_TOKEN_MFA && user.softwareToken() != null) {
			ObjectNode response = challenge(mfa.name(),
					this.sessions.open(mfa.name(), client, user, null, null, deviceKey));
			((ObjectNode) response.get("ChallengeParameters")).put("USER_ID_FOR_SRP", user.username());
			return response;
		}
		if (mfa != null) {
			String code = this.services.newCode();
			DeliveredCode.Purpose purpose = (mfa == PoolUser.Mfa.SMS_MFA) ? DeliveredCode.Purpose.SMS_MFA
					: DeliveredCode.Purpose.SOFTWARE_TOKEN_MFA;
			this.services.codes().deliver(new DeliveredCode(pool.id(), user.username(), purpose, code));
			ObjectNode response = challenge(mfa.name(),
					this.sessions.open(mfa.name(), client, user, code, null, deviceKey));
			ObjectNode parameters = (ObjectNode) response.get("ChallengeParameters");
			parameters.put("USER_ID_FOR_SRP", user.username());
			if (mfa == PoolUser.Mfa.SMS_MFA) {
				parameters.put("CODE_DELIVERY_DELIVERY_MEDIUM", "SMS").put("CODE_DELIVERY_DESTINATION", "+*******0000");
			}
			return response;
		}
		return signedIn(pool, client, user, deviceKey);
	}

	/**
	 * DEVICE_SRP_AUTH: the client starts the device's SRP exchange with its A.
	 */
	private JsonNode deviceSrpAuth(UserPool pool, AppClient client, String session, Map<String, String> responses,
			String username) {
		ChallengeSessions.Pending pending = this.sessions.take(session, DEVICE_SRP_AUTH, client);
		String deviceKey = requiredParameter(responses, DEVICE_KEY);
		if (!pending.username().equals(username) || !deviceKey.equals(pending.deviceKey())) {
			throw CognitoError.notAuthorized("Invalid session for the user.");
		}
		PoolUser user = pool.user(username);
		Device device = confirmedDevice(user, deviceKey);
		SrpServerSession srp;
		try {
			srp = SrpServerSession.start(this.services.random(), device.verifier(),
					new BigInteger(requiredParameter(responses, "SRP_A"), 16));
		}
		catch (IllegalArgumentException ex) {
			// NumberFormatException is an IllegalArgumentException too.
			throw CognitoError.invalidParameter("SRP_A is not valid");
		}
		String secretBlock = this.sessions.open(DEVICE_PASSWORD_VERIFIER, client, user, null, srp, deviceKey);
		ObjectNode response = Json.object().put("ChallengeName", DEVICE_PASSWORD_VERIFIER);
		response.putObject("ChallengeParameters")
			.put("SALT", srp.salt().toString(16))
			.put("SRP_B", srp.publicB().toString(16))
			.put("SECRET_BLOCK", secretBlock)
			.put("USERNAME", user.username())
			.put(DEVICE_KEY, deviceKey);
		return response;
	}

	/**
	 * DEVICE_PASSWORD_VERIFIER: the proof that the client knows the device's password. A
	 * remembered device skips MFA.
	 */
	private JsonNode devicePasswordVerifier(UserPool pool, AppClient client, Map<String, String> responses,
			String username) {
		String secretBlock = requiredParameter(responses, "PASSWORD_CLAIM_SECRET_BLOCK");
		String signature = requiredParameter(responses, "PASSWORD_CLAIM_SIGNATURE");
		String timestamp = requiredParameter(responses, "TIMESTAMP");
		try {
			TIMESTAMP.parse(timestamp);
		}
		catch (DateTimeParseException ex) {
			throw CognitoError.invalidParameter("TIMESTAMP format is invalid; expected EEE MMM d HH:mm:ss UTC yyyy");
		}
		ChallengeSessions.Pending pending = this.sessions.take(secretBlock, DEVICE_PASSWORD_VERIFIER, client);
		String deviceKey = requiredParameter(responses, DEVICE_KEY);
		if (!pending.username().equals(username) || !deviceKey.equals(pending.deviceKey())) {
			throw CognitoError.notAuthorized(WRONG_PASSWORD);
		}
		PoolUser user = pool.user(username);
		Device device = confirmedDevice(user, deviceKey);
		if (!pending.srp()
			.verify(device.groupKey(), device.key(), Base64.getDecoder().decode(secretBlock), timestamp, signature)) {
			throw CognitoError.notAuthorized(WRONG_PASSWORD);
		}
		device.authenticated(this.services.clock().instant());
		return device.remembered() ? signedIn(pool, client, user, deviceKey)
				: secondFactor(pool, client, user, deviceKey);
	}

	private static Device confirmedDevice(PoolUser user, String deviceKey) {
		Device device = user.device(deviceKey);
		if (device == null || !device.confirmed()) {
			throw CognitoError.resourceNotFound("Device does not exist.");
		}
		return device;
	}

	/**
	 * Tokens, with a new device key when the pool tracks devices and the sign-in did not
	 * come from a known one.
	 */
	private JsonNode signedIn(UserPool pool, AppClient client, PoolUser user, String deviceKey) {
		ObjectNode response = (ObjectNode) tokens(this.services.tokens().signIn(pool, client, user));
		if (deviceKey == null && pool.deviceTracking().isOn()) {
			Instant now = this.services.clock().instant();
			Device device = user.addDevice(pool.region() + "_" + UUID.randomUUID(), "-" + randomGroupKey(), now);
			((ObjectNode) response.get("AuthenticationResult")).putObject("NewDeviceMetadata")
				.put("DeviceKey", device.key())
				.put("DeviceGroupKey", device.groupKey());
		}
		return response;
	}

	private String randomGroupKey() {
		byte[] bytes = new byte[6];
		this.services.random().nextBytes(bytes);
		return Base64.getUrlEncoder().withoutPadding().encodeToString(bytes).replace('-', 'x').replace('_', 'y');
	}

	private JsonNode getTokensFromRefreshToken(Params request) {
		AppClient client = this.services.pools().client(request.required("ClientId"));
		SecretHash.checkSecret(client, request.optional("ClientSecret"));
		String token = request.required("RefreshToken");
		if (!client.refreshTokenRotation()) {
			RefreshTokens.Grant grant = this.services.refreshTokens().redeem(token, client);
			return tokens(this.services.tokens().refresh(grant, null));
		}
		RefreshTokens.Rotation rotation = this.services.refreshTokens().rotate(token, client);
		return tokens(this.services.tokens().refresh(rotation.grant(), rotation.newToken()));
	}

	private static ObjectNode challenge(String name, String session) {
		ObjectNode response = Json.object().put("ChallengeName", name).put("Session", session);
		response.putObject("ChallengeParameters");
		return response;
	}

	private static JsonNode tokens(IssuedTokens tokens) {
		ObjectNode response = Json.object();
		response.putObject("ChallengeParameters");
		ObjectNode result = response.putObject("AuthenticationResult")
			.put("AccessToken", tokens.accessToken())
			.put("ExpiresIn", tokens.expiresIn().toSeconds())
			.put("TokenType", "Bearer")
			.put("IdToken", tokens.idToken());
		if (tokens.refreshToken() != null) {
			result.put("RefreshToken", tokens.refreshToken());
		}
		return response;
	}

	private static void requireFlow(AppClient client, String allowed, String flow) {
		if (!client.allows(allowed)) {
			throw CognitoError.invalidParameter(flow + " flow not enabled for this client");
		}
	}

	private static String requiredParameter(Map<String, String> parameters, String name) {
		String value = parameters.get(name);
		if (value == null || value.isEmpty()) {
			throw CognitoError.invalidParameter("Missing required parameter " + name);
		}
		return value;
	}

}
