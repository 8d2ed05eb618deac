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

import java.time.Instant;
import java.util.ArrayList;
import java.util.Base64;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.UUID;

import io.github.cognitosession.local.message.Message;
import io.github.cognitosession.local.server.CognitoError;
import io.github.cognitosession.local.server.Json;
import io.github.cognitosession.local.token.IssuedTokens;
import io.github.cognitosession.local.token.TokenSource;
import io.github.cognitosession.local.userpool.Device;
import io.github.cognitosession.local.userpool.PoolUser;
import io.github.cognitosession.local.userpool.UserPool;
import io.github.cognitosession.local.userpool.UserPoolSettings;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.node.ObjectNode;

/**
 * What every sign-in flow shares once it knows who the user is: finding the user (by
 * username or alias), the checks Cognito makes (disabled, unconfirmed, password to reset,
 * expired temporary password), and what follows a proven password: a new password, the
 * device check, a second factor, then tokens.
 *
 * @author Cognito Session contributors
 */
final class SignInSteps {

	static final String WRONG_PASSWORD = "Incorrect username or password.";

	static final String DEVICE_KEY = "DEVICE_KEY";

	static final String DEVICE_SRP_AUTH = "DEVICE_SRP_AUTH";

	private final UserPoolServices services;

	private final ChallengeSessions sessions;

	SignInSteps(UserPoolServices services, ChallengeSessions sessions) {
		this.services = Objects.requireNonNull(services, "services cannot be null");
		this.sessions = Objects.requireNonNull(sessions, "sessions cannot be null");
	}

	UserPoolServices services() {
		return this.services;
	}

	ChallengeSessions sessions() {
		return this.sessions;
	}

	/**
	 * The user a sign-in names.
	 * @param context the sign-in
	 * @param login the {@code USERNAME} given (a username or an alias)
	 * @return the user, or {@code null} when unknown
	 */
	PoolUser find(SignInContext context, String login) {
		return context.pool().findUser(login);
	}

	/**
	 * The error for an unknown user: Cognito's, or the wrong-password error when the
	 * client prevents user-existence errors.
	 * @param context the sign-in
	 * @return the error
	 */
	static CognitoError userNotFound(SignInContext context) {
		return context.client().preventUserExistenceErrors() ? CognitoError.notAuthorized(WRONG_PASSWORD)
				: CognitoError.of("UserNotFoundException", "User does not exist.");
	}

	/**
	 * Refuse a user whose password must be reset first (before any password check, as
	 * they may have none).
	 * @param user the user
	 */
	static void checkNoResetRequired(PoolUser user) {
		if (user.status() == PoolUser.Status.RESET_REQUIRED || user.password() == null) {
			throw CognitoError.of("PasswordResetRequiredException", "Password reset required for the user");
		}
	}

	/**
	 * What follows a correct password: a forced new password, the device check, a second
	 * factor, or tokens.
	 * @param context the sign-in
	 * @param user the user
	 * @param deviceKey the device the client signs in from, or {@code null}
	 * @return the answer
	 */
	JsonNode afterPassword(SignInContext context, PoolUser user, String deviceKey) {
		return afterPassword(context, user, deviceKey, TokenSource.AUTHENTICATION);
	}

	/**
	 * What follows a correct password, for a sign-in that ends as {@code source} says.
	 * @param context the sign-in
	 * @param user the user
	 * @param deviceKey the device the client signs in from, or {@code null}
	 * @param source how the sign-in ends, for the token trigger
	 * @return the answer
	 */
	JsonNode afterPassword(SignInContext context, PoolUser user, String deviceKey, TokenSource source) {
		if (!user.enabled()) {
			throw CognitoError.notAuthorized("User is disabled.");
		}
		if (user.status() == PoolUser.Status.UNCONFIRMED) {
			throw CognitoError.of("UserNotConfirmedException", "User is not confirmed.");
		}
		checkNoResetRequired(user);
		if (user.status() == PoolUser.Status.FORCE_CHANGE_PASSWORD) {
			Instant expiry = user.passwordSetAt()
				.plus(context.pool().settings().passwordPolicy().temporaryPasswordValidity());
			if (!this.services.now().isBefore(expiry)) {
				throw CognitoError
					.notAuthorized("Temporary password has expired and must be reset by an administrator.");
			}
			ObjectNode response = challenge("NEW_PASSWORD_REQUIRED",
					this.sessions.open(ChallengeSessions.Pending.of("NEW_PASSWORD_REQUIRED", context.client(), user)
						.deviceKey(deviceKey)));
			Map<String, String> attributes = new LinkedHashMap<>(user.orderedAttributes());
			attributes.remove("sub");
			parameters(response).put("USER_ID_FOR_SRP", user.username())
				.put("requiredAttributes", "[]")
				.put("userAttributes", Json.MAPPER.writeValueAsString(Json.stringMap(attributes)));
			return response;
		}
		if (deviceKey != null && context.pool().deviceTracking().isOn()) {
			Device device = confirmedDevice(user, deviceKey);
			ObjectNode response = challenge(DEVICE_SRP_AUTH, this.sessions
				.open(ChallengeSessions.Pending.of(DEVICE_SRP_AUTH, context.client(), user).deviceKey(device.key())));
			parameters(response).put("USERNAME", user.username()).put(DEVICE_KEY, device.key());
			return response;
		}
		return secondFactor(context, user, null, source);
	}

	/**
	 * What follows the password (and the device check, when the user signs in from a
	 * known device that is not remembered): a second factor or tokens. Pools with MFA
	 * {@code OFF} never ask for one; with {@code ON}, a user without a second factor gets
	 * an SMS code when the pool sends SMS and the user has a phone number, else
	 * {@code MFA_SETUP}.
	 * @param context the sign-in
	 * @param user the user
	 * @param deviceKey the device, or {@code null}
	 * @param source how the sign-in ends, for the token trigger
	 * @return the answer
	 */
	JsonNode secondFactor(SignInContext context, PoolUser user, String deviceKey, TokenSource source) {
		UserPoolSettings settings = context.pool().settings();
		PoolUser.Mfa mfa = settings.mfaEnabled() ? user.mfa() : null;
		if (mfa == null && settings.mfaRequired()) {
			if (settings.smsMfaEnabled() && user.attribute("phone_number") != null) {
				mfa = PoolUser.Mfa.SMS_MFA;
			}
			else {
				ObjectNode response = challenge(SoftwareTokens.MFA_SETUP,
						this.sessions
							.open(ChallengeSessions.Pending.of(SoftwareTokens.MFA_SETUP, context.client(), user)
								.deviceKey(deviceKey)));
				List<String> canSetUp = new ArrayList<>();
				if (settings.smsMfaEnabled()) {
					canSetUp.add("SMS_MFA");
				}
				if (settings.softwareTokenMfaEnabled() || canSetUp.isEmpty()) {
					canSetUp.add("SOFTWARE_TOKEN_MFA");
				}
				parameters(response).put("MFAS_CAN_SETUP", Json.MAPPER.writeValueAsString(Json.strings(canSetUp)));
				return response;
			}
		}
		if (mfa == PoolUser.Mfa.SOFTWARE_TOKEN_MFA && user.softwareToken() != null) {
			ObjectNode response = challenge(mfa.name(), this.sessions
				.open(ChallengeSessions.Pending.of(mfa.name(), context.client(), user).deviceKey(deviceKey)));
			parameters(response).put("USER_ID_FOR_SRP", user.username());
			return response;
		}
		if (mfa != null) {
			return codeChallenge(context, user, mfa, deviceKey);
		}
		return signedIn(context, user, deviceKey, source);
	}

	/**
	 * An MFA challenge whose code the emulator makes: SMS codes (to the user's phone
	 * number), and the stand-in for an authenticator app that was never verified.
	 */
	private JsonNode codeChallenge(SignInContext context, PoolUser user, PoolUser.Mfa mfa, String deviceKey) {
		String code = this.services.newCode();
		String phone = user.attribute("phone_number");
		Message message;
		if (mfa == PoolUser.Mfa.SMS_MFA && phone != null) {
			message = new Message(context.pool().id(), user.username(), Message.Purpose.SMS_MFA,
					Message.DeliveryMedium.SMS, phone, code);
		}
		else {
			message = Message.withoutDelivery(context.pool().id(), user.username(),
					(mfa == PoolUser.Mfa.SMS_MFA) ? Message.Purpose.SMS_MFA : Message.Purpose.SOFTWARE_TOKEN_MFA, code);
		}
		this.services.outbox().send(message);
		ObjectNode response = challenge(mfa.name(), this.sessions
			.open(ChallengeSessions.Pending.of(mfa.name(), context.client(), user).code(code).deviceKey(deviceKey)));
		ObjectNode parameters = parameters(response);
		parameters.put("USER_ID_FOR_SRP", user.username());
		if (mfa == PoolUser.Mfa.SMS_MFA) {
			parameters.put("CODE_DELIVERY_DELIVERY_MEDIUM", "SMS")
				.put("CODE_DELIVERY_DESTINATION",
						(phone != null)
								? CodeDelivery.mask(new CodeDelivery.Destination(Message.DeliveryMedium.SMS, phone))
								: "+*******0000");
		}
		return response;
	}

	/**
	 * Tokens, with a new device key when the pool tracks devices and the sign-in did not
	 * come from a known one.
	 * @param context the sign-in
	 * @param user the user
	 * @param deviceKey the device, or {@code null}
	 * @param source how the sign-in ended
	 * @return the answer
	 */
	JsonNode signedIn(SignInContext context, PoolUser user, String deviceKey, TokenSource source) {
		UserPool pool = context.pool();
		ObjectNode response = (ObjectNode) tokens(
				this.services.tokens().signIn(pool, context.client(), user, source, context.clientMetadata()));
		if (deviceKey == null && pool.deviceTracking().isOn()) {
			Device device = user.addDevice(pool.region() + "_" + UUID.randomUUID(), "-" + randomGroupKey(),
					this.services.now());
			((ObjectNode) response.get("AuthenticationResult")).putObject("NewDeviceMetadata")
				.put("DeviceKey", device.key())
				.put("DeviceGroupKey", device.groupKey());
		}
		return response;
	}

	static Device confirmedDevice(PoolUser user, String deviceKey) {
		Device device = user.device(deviceKey);
		if (device == null || !device.confirmed()) {
			throw CognitoError.resourceNotFound("Device does not exist.");
		}
		return device;
	}

	private String randomGroupKey() {
		byte[] bytes = new byte[6];
		this.services.random().nextBytes(bytes);
		return Base64.getUrlEncoder().withoutPadding().encodeToString(bytes).replace('-', 'x').replace('_', 'y');
	}

	static ObjectNode challenge(String name, String session) {
		ObjectNode response = Json.object().put("ChallengeName", name).put("Session", session);
		response.putObject("ChallengeParameters");
		return response;
	}

	static ObjectNode parameters(ObjectNode challenge) {
		return (ObjectNode) challenge.get("ChallengeParameters");
	}

	static JsonNode tokens(IssuedTokens tokens) {
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

	static String required(Map<String, String> parameters, String name) {
		String value = parameters.get(name);
		if (value == null || value.isEmpty()) {
			throw CognitoError.invalidParameter("Missing required parameter " + name);
		}
		return value;
	}

}
