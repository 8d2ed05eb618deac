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
package io.github.cognitosession.signin;

import java.util.Base64;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.function.Supplier;

import io.github.cognitosession.device.DeviceSecrets;
import io.github.cognitosession.device.DeviceSecretsStore;
import io.github.cognitosession.exception.CognitoErrorTranslator;
import io.github.cognitosession.exception.CognitoSessionException;
import io.github.cognitosession.signin.srp.DeviceVerifier;
import io.github.cognitosession.signin.srp.PasswordClaim;
import io.github.cognitosession.signin.srp.PasswordVerifierChallenge;
import io.github.cognitosession.signin.srp.SrpClient;
import software.amazon.awssdk.core.exception.SdkException;
import software.amazon.awssdk.services.cognitoidentityprovider.CognitoIdentityProviderClient;
import software.amazon.awssdk.services.cognitoidentityprovider.model.ConfirmDeviceResponse;
import software.amazon.awssdk.services.cognitoidentityprovider.model.NewDeviceMetadataType;
import software.amazon.awssdk.services.cognitoidentityprovider.model.RespondToAuthChallengeRequest;
import software.amazon.awssdk.services.cognitoidentityprovider.model.RespondToAuthChallengeResponse;

import org.apache.commons.logging.Log;
import org.apache.commons.logging.LogFactory;
import org.springframework.util.StringUtils;

/**
 * The remembered-device part of a sign-in, as AWSMobileClient does it: the device's own
 * SRP exchange ({@code DEVICE_SRP_AUTH}, {@code DEVICE_PASSWORD_VERIFIER}) and the
 * confirmation of a new device. Device secrets are kept under the username Cognito
 * returns (the {@code cognito:username}), never under what the user typed, so that a user
 * who signs in with an alias finds the device again.
 *
 * @author Cognito Session contributors
 */
final class DeviceAuthentication {

	static final String DEVICE_KEY = "DEVICE_KEY";

	static final String DEVICE_SRP_AUTH = "DEVICE_SRP_AUTH";

	static final String DEVICE_PASSWORD_VERIFIER = "DEVICE_PASSWORD_VERIFIER";

	private static final String USERNAME = "USERNAME";

	private static final int DEVICE_PASSWORD_BYTES = 40;

	private static final Log logger = LogFactory.getLog(DeviceAuthentication.class);

	private final CognitoIdentityProviderClient client;

	private final UserPoolAuthenticatorSettings settings;

	DeviceAuthentication(CognitoIdentityProviderClient client, UserPoolAuthenticatorSettings settings) {
		this.client = client;
		this.settings = settings;
	}

	/**
	 * The device's SRP exchange: DEVICE_SRP_AUTH sends A, DEVICE_PASSWORD_VERIFIER proves
	 * the device password, with the device group key as the "pool name" and the device
	 * key as the user id.
	 * @return Cognito's answer to the last step
	 */
	RespondToAuthChallengeResponse answerDeviceSrp(KnownDevice device, String session, String username,
			Map<String, String> clientMetadata) {
		DeviceSecrets secrets = device.secrets();
		SrpClient srp = SrpClient.create(this.settings.getSecureRandom());
		Map<String, String> start = new LinkedHashMap<>();
		start.put(USERNAME, username);
		start.put(DEVICE_KEY, secrets.getDeviceKey());
		start.put("SRP_A", srp.publicAHex());
		addSecretHash(start, username);
		RespondToAuthChallengeResponse verifier = call(
				() -> this.client
					.respondToAuthChallenge(challengeRequest(DEVICE_SRP_AUTH, session, start, clientMetadata)),
				CognitoErrorTranslator.SIGN_IN, device, true);
		if (!DEVICE_PASSWORD_VERIFIER.equals(verifier.challengeNameAsString())) {
			return verifier;
		}
		Map<String, String> parameters = new LinkedHashMap<>(verifier.challengeParameters());
		parameters.put("USER_ID_FOR_SRP", secrets.getDeviceKey());
		PasswordClaim claim;
		try {
			claim = srp.claim(secrets.getDeviceGroupKey(), secrets.getDevicePassword(),
					PasswordVerifierChallenge.from(parameters), this.settings.getClock().instant());
		}
		catch (IllegalArgumentException ex) {
			throw new CognitoSessionException("InvalidSrpChallenge", "DEVICE_" + ex.getMessage(), ex);
		}
		String verifiedUsername = verifier.challengeParameters().getOrDefault(USERNAME, username);
		Map<String, String> responses = new LinkedHashMap<>();
		responses.put(USERNAME, verifiedUsername);
		responses.put(DEVICE_KEY, secrets.getDeviceKey());
		responses.put("PASSWORD_CLAIM_SECRET_BLOCK", claim.secretBlock());
		responses.put("PASSWORD_CLAIM_SIGNATURE", claim.signature());
		responses.put("TIMESTAMP", claim.timestamp());
		addSecretHash(responses, verifiedUsername);
		return call(
				() -> this.client.respondToAuthChallenge(
						challengeRequest(DEVICE_PASSWORD_VERIFIER, verifier.session(), responses, clientMetadata)),
				CognitoErrorTranslator.SIGN_IN, device, true);
	}

	/**
	 * ConfirmDevice with a fresh random device password, of which Cognito keeps only the
	 * SRP verifier, and keep the secrets under the user's Cognito username. In a pool
	 * that remembers devices only on request ({@code UserConfirmationNecessary}) the
	 * device is confirmed but not remembered until
	 * {@code DeviceOperations.rememberDevice()}. A failure leaves the user signed in with
	 * the device not tracked.
	 */
	void confirmDevice(DeviceSecretsStore store, String deviceName, String username, String accessToken,
			NewDeviceMetadataType metadata) {
		if (!StringUtils.hasText(username)) {
			return;
		}
		try {
			byte[] password = new byte[DEVICE_PASSWORD_BYTES];
			this.settings.getSecureRandom().nextBytes(password);
			DeviceSecrets secrets = new DeviceSecrets(metadata.deviceKey(), metadata.deviceGroupKey(),
					Base64.getEncoder().encodeToString(password));
			DeviceVerifier verifier = DeviceVerifier.create(this.settings.getSecureRandom(),
					secrets.getDeviceGroupKey(), secrets.getDeviceKey(), secrets.getDevicePassword());
			ConfirmDeviceResponse response = CognitoErrorTranslator
				.call(() -> this.client.confirmDevice((request) -> request.accessToken(accessToken)
					.deviceKey(secrets.getDeviceKey())
					.deviceName(deviceName)
					.deviceSecretVerifierConfig(
							(config) -> config.salt(verifier.salt()).passwordVerifier(verifier.passwordVerifier()))),
						"device confirmation");
			store.save(username, secrets);
			if (Boolean.TRUE.equals(response.userConfirmationNecessary())) {
				logger.debug("Device confirmed; the user pool remembers it only when asked to");
			}
		}
		catch (RuntimeException ex) {
			// The user is signed in all the same; the device is simply not tracked and
			// the
			// next sign-in gets a new device key.
			logger.warn("Could not confirm this device with Cognito; it will not be remembered ("
					+ ex.getClass().getSimpleName() + ")");
		}
	}

	/**
	 * A call of a sign-in that sends a device key: Cognito's "Device does not exist"
	 * (ResourceNotFound), or any rejection of the device's own proof, means the device is
	 * gone and the sign-in must start again without it.
	 */
	static <T> T call(Supplier<T> call, String operation, KnownDevice device, boolean deviceStep) {
		try {
			return call.get();
		}
		catch (SdkException ex) {
			CognitoSessionException translated = CognitoErrorTranslator.translate(ex, operation);
			String code = translated.getErrorCode();
			if (device != null && ("ResourceNotFoundException".equals(code)
					|| (deviceStep && "NotAuthorizedException".equals(code)))) {
				throw new StaleDeviceException(code, device.username(), translated);
			}
			throw translated;
		}
	}

	RespondToAuthChallengeRequest challengeRequest(String challengeName, String session, Map<String, String> responses,
			Map<String, String> clientMetadata) {
		RespondToAuthChallengeRequest.Builder request = RespondToAuthChallengeRequest.builder()
			.clientId(this.settings.getClientId())
			.challengeName(challengeName)
			.session(session)
			.challengeResponses(responses);
		if (!clientMetadata.isEmpty()) {
			request.clientMetadata(clientMetadata);
		}
		return request.build();
	}

	void addSecretHash(Map<String, String> parameters, String username) {
		if (this.settings.hasClientSecret()) {
			parameters.put("SECRET_HASH", this.settings.getUserPool().secretHash(username));
		}
	}

	/**
	 * A device's secrets and the username they are kept under.
	 *
	 * @param username the key in the device secrets store
	 * @param secrets the secrets
	 */
	record KnownDevice(String username, DeviceSecrets secrets) {

		@Override
		public String toString() {
			return "KnownDevice[username=" + this.username + "]";
		}

	}

	/**
	 * Cognito rejected a remembered device; caught where the sign-in starts, which
	 * forgets the device and starts again without it.
	 */
	static final class StaleDeviceException extends CognitoSessionException {

		private final String username;

		StaleDeviceException(String errorCode, String username, CognitoSessionException cause) {
			super(errorCode, "Cognito no longer knows the remembered device (" + errorCode + ")", cause);
			this.username = username;
		}

		String username() {
			return this.username;
		}

	}

}
