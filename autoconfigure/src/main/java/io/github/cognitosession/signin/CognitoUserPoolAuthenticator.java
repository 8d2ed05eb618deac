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
import io.github.cognitosession.exception.UnsupportedChallengeException;
import io.github.cognitosession.signin.srp.PasswordClaim;
import io.github.cognitosession.signin.srp.DeviceVerifier;
import io.github.cognitosession.signin.srp.PasswordVerifierChallenge;
import io.github.cognitosession.signin.srp.SrpClient;
import software.amazon.awssdk.core.exception.SdkException;
import software.amazon.awssdk.services.cognitoidentityprovider.CognitoIdentityProviderClient;
import software.amazon.awssdk.services.cognitoidentityprovider.model.AuthenticationResultType;
import software.amazon.awssdk.services.cognitoidentityprovider.model.ConfirmDeviceResponse;
import software.amazon.awssdk.services.cognitoidentityprovider.model.InitiateAuthRequest;
import software.amazon.awssdk.services.cognitoidentityprovider.model.InitiateAuthResponse;
import software.amazon.awssdk.services.cognitoidentityprovider.model.NewDeviceMetadataType;
import software.amazon.awssdk.services.cognitoidentityprovider.model.RespondToAuthChallengeRequest;
import software.amazon.awssdk.services.cognitoidentityprovider.model.RespondToAuthChallengeResponse;

import org.apache.commons.logging.Log;
import org.apache.commons.logging.LogFactory;
import org.springframework.util.Assert;
import org.springframework.util.StringUtils;

/**
 * {@link UserPoolAuthenticator} on the AWS SDK's {@link CognitoIdentityProviderClient}
 * (which must be configured with anonymous credentials: these calls are unsigned).
 * <p>
 * The SRP flows answer {@code PASSWORD_VERIFIER} here, so callers only see the challenges
 * a person must answer. {@code MFA_SETUP} is passed through: its responses come from the
 * caller after setting up TOTP.
 * <p>
 * With a {@link DeviceSecretsStore} set, devices are tracked as AWSMobileClient does: a
 * sign-in that ends with {@code NewDeviceMetadata} confirms the device (ConfirmDevice
 * with a random device password) and keeps its secrets for the user; later sign-ins of
 * that user send its {@code DEVICE_KEY} and answer {@code DEVICE_SRP_AUTH} and
 * {@code DEVICE_PASSWORD_VERIFIER} here, so a remembered device skips MFA. A device
 * Cognito no longer knows is forgotten and the sign-in starts again without it. Without a
 * store, {@code DEVICE_*} challenges fail with {@link UnsupportedChallengeException}.
 * <p>
 * Thread-safe: each sign-in has its own SRP state.
 *
 * @author Cognito Session contributors
 */
public final class CognitoUserPoolAuthenticator implements UserPoolAuthenticator {

	private static final String USERNAME = "USERNAME";

	private static final String SECRET_HASH = "SECRET_HASH";

	private static final String PASSWORD_VERIFIER = "PASSWORD_VERIFIER";

	private static final String DEVICE_KEY = "DEVICE_KEY";

	private static final String DEVICE_SRP_AUTH = "DEVICE_SRP_AUTH";

	private static final String DEVICE_PASSWORD_VERIFIER = "DEVICE_PASSWORD_VERIFIER";

	private static final String DEFAULT_DEVICE_NAME = "Cognito Session for Spring Boot";

	private static final int DEVICE_PASSWORD_BYTES = 40;

	private static final Log logger = LogFactory.getLog(CognitoUserPoolAuthenticator.class);

	private final CognitoIdentityProviderClient client;

	private final UserPoolAuthenticatorSettings settings;

	private volatile DeviceSecretsStore devices;

	private volatile String deviceName = DEFAULT_DEVICE_NAME;

	/**
	 * Create an instance.
	 * @param client the Cognito user-pool client
	 * @param settings the pool, app client and sign-in flow
	 */
	public CognitoUserPoolAuthenticator(CognitoIdentityProviderClient client, UserPoolAuthenticatorSettings settings) {
		Assert.notNull(client, "client cannot be null");
		Assert.notNull(settings, "settings cannot be null");
		this.client = client;
		this.settings = settings;
	}

	/**
	 * Track devices: confirm new devices and sign in remembered ones with device SRP.
	 * @param devices where the device secrets are kept, or {@code null} to track none
	 */
	public void setDeviceSecretsStore(DeviceSecretsStore devices) {
		this.devices = devices;
	}

	/**
	 * The name confirmed devices get (shown by ListDevices).
	 * @param deviceName the name
	 */
	public void setDeviceName(String deviceName) {
		Assert.hasText(deviceName, "deviceName cannot be empty");
		this.deviceName = deviceName;
	}

	@Override
	public AuthenticationOutcome initiate(String username, String password) {
		Assert.hasText(username, "username cannot be empty");
		UserPoolAuthFlow flow = this.settings.getAuthFlow();
		if (flow.isPasswordRequired()) {
			Assert.hasText(password, "password cannot be empty");
		}
		DeviceSecretsStore store = this.devices;
		DeviceSecrets device = (store != null) ? store.load(username).orElse(null) : null;
		if (device == null) {
			return initiate(username, password, null);
		}
		try {
			return initiate(username, password, device);
		}
		catch (StaleDeviceException ex) {
			store.remove(username);
			logger.info("Cognito no longer knows the remembered device of this user (" + ex.getErrorCode()
					+ "); it is forgotten and the sign-in starts again without it");
			return initiate(username, password, null);
		}
	}

	private AuthenticationOutcome initiate(String username, String password, DeviceSecrets device) {
		UserPoolAuthFlow flow = this.settings.getAuthFlow();
		Map<String, String> parameters = new LinkedHashMap<>();
		parameters.put(USERNAME, username);
		if (device != null) {
			parameters.put(DEVICE_KEY, device.getDeviceKey());
		}
		SrpClient srp = null;
		switch (flow) {
			case USER_SRP_AUTH -> {
				srp = SrpClient.create(this.settings.getSecureRandom());
				parameters.put("SRP_A", srp.publicAHex());
			}
			case CUSTOM_AUTH_WITH_SRP -> {
				srp = SrpClient.create(this.settings.getSecureRandom());
				parameters.put("SRP_A", srp.publicAHex());
				parameters.put("CHALLENGE_NAME", "SRP_A");
			}
			case USER_PASSWORD_AUTH -> parameters.put("PASSWORD", password);
			case CUSTOM_AUTH_WITHOUT_SRP -> {
			}
		}
		addSecretHash(parameters, username);
		InitiateAuthRequest request = InitiateAuthRequest.builder()
			.clientId(this.settings.getClientId())
			.authFlow(flow.cognitoFlow())
			.authParameters(parameters)
			.build();
		InitiateAuthResponse response = deviceCall(() -> this.client.initiateAuth(request),
				CognitoErrorTranslator.SIGN_IN, device, false);
		return next(response.authenticationResult(), response.challengeNameAsString(), response.session(),
				response.challengeParameters(), username, srp, password, device);
	}

	@Override
	public AuthenticationOutcome respond(PendingChallenge challenge, String answer, Map<String, String> responses) {
		Assert.notNull(challenge, "challenge cannot be null");
		String name = challenge.challengeName();
		Map<String, String> challengeResponses = new LinkedHashMap<>();
		if (responses != null) {
			challengeResponses.putAll(responses);
		}
		String answerKey = answerKey(name);
		if (answerKey != null) {
			Assert.hasText(answer, () -> "answer cannot be empty: " + name + " is answered with " + answerKey);
			challengeResponses.put(answerKey, answer);
		}
		else {
			Assert.isTrue(!StringUtils.hasText(answer),
					"MFA_SETUP has no single answer here: register the authenticator with AssociateSoftwareToken and "
							+ "VerifySoftwareToken first (CognitoSessionManager.associateSoftwareToken() then "
							+ "confirmSignIn(code) do both) and respond with the session VerifySoftwareToken returned");
		}
		challengeResponses.put(USERNAME, challenge.username());
		addSecretHash(challengeResponses, challenge.username());
		return respond(name, challenge.session(), challengeResponses, challenge.username(),
				CognitoErrorTranslator.CONFIRM_SIGN_IN, null);
	}

	private static String answerKey(String challengeName) {
		return switch (challengeName) {
			case "SMS_MFA" -> "SMS_MFA_CODE";
			case "SMS_OTP" -> "SMS_OTP_CODE";
			case "SOFTWARE_TOKEN_MFA" -> "SOFTWARE_TOKEN_MFA_CODE";
			case "EMAIL_OTP" -> "EMAIL_OTP_CODE";
			case "NEW_PASSWORD_REQUIRED" -> "NEW_PASSWORD";
			case "CUSTOM_CHALLENGE", "SELECT_MFA_TYPE" -> "ANSWER";
			case "MFA_SETUP" -> null;
			default -> throw new UnsupportedChallengeException(challengeName,
					"Cannot answer the Cognito challenge " + challengeName);
		};
	}

	private AuthenticationOutcome next(AuthenticationResultType result, String challengeName, String session,
			Map<String, String> parameters, String previousUsername, SrpClient srp, String password,
			DeviceSecrets device) {
		if (result != null) {
			RawTokens tokens = tokens(result);
			if (result.newDeviceMetadata() != null) {
				confirmDevice(previousUsername, tokens.accessToken(), result.newDeviceMetadata());
			}
			return new AuthenticationOutcome.Authenticated(tokens);
		}
		if (!StringUtils.hasText(challengeName)) {
			throw new CognitoSessionException("InvalidResponse",
					"Cognito returned neither tokens nor a challenge during sign-in");
		}
		if (PASSWORD_VERIFIER.equals(challengeName) && srp != null) {
			return answerPasswordVerifier(srp, password, session, parameters, device);
		}
		if (DEVICE_SRP_AUTH.equals(challengeName) && device != null) {
			return answerDeviceSrp(device, session, username(parameters, previousUsername));
		}
		if (challengeName.startsWith("DEVICE_")) {
			throw new UnsupportedChallengeException(challengeName,
					"Cognito asked for " + challengeName
							+ " (remembered-device sign-in) but this device has no device secrets for the user; set a"
							+ " DeviceSecretsStore to track devices, or turn device tracking off for the user pool");
		}
		if (!isSupported(challengeName)) {
			throw new UnsupportedChallengeException(challengeName,
					"Cognito asked for the challenge " + challengeName + ", which this library cannot answer");
		}
		return new AuthenticationOutcome.ChallengeRequired(
				new PendingChallenge(challengeName, session, username(parameters, previousUsername), parameters));
	}

	private static boolean isSupported(String challengeName) {
		try {
			SignInStep.fromChallengeName(challengeName);
			return true;
		}
		catch (IllegalArgumentException ex) {
			return false;
		}
	}

	private AuthenticationOutcome answerPasswordVerifier(SrpClient srp, String password, String session,
			Map<String, String> parameters, DeviceSecrets device) {
		PasswordClaim claim;
		try {
			PasswordVerifierChallenge challenge = PasswordVerifierChallenge.from(parameters);
			claim = srp.claim(this.settings.getPoolName(), password, challenge, this.settings.getClock().instant());
		}
		catch (IllegalArgumentException ex) {
			throw new CognitoSessionException("InvalidSrpChallenge", ex.getMessage(), ex);
		}
		String username = username(parameters, parameters.get("USER_ID_FOR_SRP"));
		Map<String, String> responses = new LinkedHashMap<>();
		responses.put(USERNAME, username);
		responses.put("PASSWORD_CLAIM_SECRET_BLOCK", claim.secretBlock());
		responses.put("PASSWORD_CLAIM_SIGNATURE", claim.signature());
		responses.put("TIMESTAMP", claim.timestamp());
		if (device != null) {
			responses.put(DEVICE_KEY, device.getDeviceKey());
		}
		addSecretHash(responses, username);
		return respond(PASSWORD_VERIFIER, session, responses, username, CognitoErrorTranslator.SIGN_IN, device);
	}

	/**
	 * The device's own SRP exchange: DEVICE_SRP_AUTH sends A, DEVICE_PASSWORD_VERIFIER
	 * proves the device password, with the device group key as the "pool name" and the
	 * device key as the user id.
	 */
	private AuthenticationOutcome answerDeviceSrp(DeviceSecrets device, String session, String username) {
		SrpClient srp = SrpClient.create(this.settings.getSecureRandom());
		Map<String, String> start = new LinkedHashMap<>();
		start.put(USERNAME, username);
		start.put(DEVICE_KEY, device.getDeviceKey());
		start.put("SRP_A", srp.publicAHex());
		addSecretHash(start, username);
		RespondToAuthChallengeResponse verifier = deviceCall(
				() -> this.client.respondToAuthChallenge(challengeRequest(DEVICE_SRP_AUTH, session, start)),
				CognitoErrorTranslator.SIGN_IN, device, true);
		if (!DEVICE_PASSWORD_VERIFIER.equals(verifier.challengeNameAsString())) {
			return next(verifier.authenticationResult(), verifier.challengeNameAsString(), verifier.session(),
					verifier.challengeParameters(), username, null, null, null);
		}
		Map<String, String> parameters = new LinkedHashMap<>(verifier.challengeParameters());
		parameters.put("USER_ID_FOR_SRP", device.getDeviceKey());
		PasswordClaim claim;
		try {
			claim = srp.claim(device.getDeviceGroupKey(), device.getDevicePassword(),
					PasswordVerifierChallenge.from(parameters), this.settings.getClock().instant());
		}
		catch (IllegalArgumentException ex) {
			throw new CognitoSessionException("InvalidSrpChallenge", "DEVICE_" + ex.getMessage(), ex);
		}
		String verifiedUsername = username(verifier.challengeParameters(), username);
		Map<String, String> responses = new LinkedHashMap<>();
		responses.put(USERNAME, verifiedUsername);
		responses.put(DEVICE_KEY, device.getDeviceKey());
		responses.put("PASSWORD_CLAIM_SECRET_BLOCK", claim.secretBlock());
		responses.put("PASSWORD_CLAIM_SIGNATURE", claim.signature());
		responses.put("TIMESTAMP", claim.timestamp());
		addSecretHash(responses, verifiedUsername);
		RespondToAuthChallengeResponse response = deviceCall(
				() -> this.client
					.respondToAuthChallenge(challengeRequest(DEVICE_PASSWORD_VERIFIER, verifier.session(), responses)),
				CognitoErrorTranslator.SIGN_IN, device, true);
		return next(response.authenticationResult(), response.challengeNameAsString(), response.session(),
				response.challengeParameters(), verifiedUsername, null, null, null);
	}

	/**
	 * ConfirmDevice with a fresh random device password, of which Cognito keeps only the
	 * SRP verifier. In a pool that remembers devices only on request
	 * ({@code UserConfirmationNecessary}) the device is confirmed but not remembered
	 * until {@code CognitoSessionManager.rememberDevice()}.
	 */
	private void confirmDevice(String username, String accessToken, NewDeviceMetadataType metadata) {
		DeviceSecretsStore store = this.devices;
		if (store == null || !StringUtils.hasText(username)) {
			return;
		}
		try {
			byte[] password = new byte[DEVICE_PASSWORD_BYTES];
			this.settings.getSecureRandom().nextBytes(password);
			DeviceSecrets secrets = new DeviceSecrets(metadata.deviceKey(), metadata.deviceGroupKey(),
					Base64.getEncoder().encodeToString(password));
			DeviceVerifier verifier = DeviceVerifier.create(this.settings.getSecureRandom(),
					secrets.getDeviceGroupKey(), secrets.getDeviceKey(), secrets.getDevicePassword());
			ConfirmDeviceResponse response = deviceCall(
					() -> this.client.confirmDevice(
							(request) -> request.accessToken(accessToken)
								.deviceKey(secrets.getDeviceKey())
								.deviceName(this.deviceName)
								.deviceSecretVerifierConfig((config) -> config.salt(verifier.salt())
									.passwordVerifier(verifier.passwordVerifier()))),
					"device confirmation", null, false);
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

	private RespondToAuthChallengeRequest challengeRequest(String challengeName, String session,
			Map<String, String> responses) {
		return RespondToAuthChallengeRequest.builder()
			.clientId(this.settings.getClientId())
			.challengeName(challengeName)
			.session(session)
			.challengeResponses(responses)
			.build();
	}

	private AuthenticationOutcome respond(String challengeName, String session, Map<String, String> responses,
			String username, String operation, DeviceSecrets device) {
		RespondToAuthChallengeRequest request = challengeRequest(challengeName, session, responses);
		RespondToAuthChallengeResponse response = deviceCall(() -> this.client.respondToAuthChallenge(request),
				operation, device, false);
		return next(response.authenticationResult(), response.challengeNameAsString(), response.session(),
				response.challengeParameters(), username, null, null, device);
	}

	/**
	 * A call of a sign-in that sends a device key: Cognito's "Device does not exist"
	 * (ResourceNotFound), or any rejection of the device's own proof, means the device is
	 * gone and the sign-in must start again without it.
	 */
	private static <T> T deviceCall(Supplier<T> call, String operation, DeviceSecrets device, boolean deviceStep) {
		try {
			return call.get();
		}
		catch (SdkException ex) {
			CognitoSessionException translated = CognitoErrorTranslator.translate(ex, operation);
			String code = translated.getErrorCode();
			if (device != null && ("ResourceNotFoundException".equals(code)
					|| (deviceStep && "NotAuthorizedException".equals(code)))) {
				throw new StaleDeviceException(code, translated);
			}
			throw translated;
		}
	}

	private static String username(Map<String, String> parameters, String fallback) {
		String username = parameters.get(USERNAME);
		if (StringUtils.hasText(username)) {
			return username;
		}
		String userIdForSrp = parameters.get("USER_ID_FOR_SRP");
		return StringUtils.hasText(userIdForSrp) ? userIdForSrp : fallback;
	}

	private void addSecretHash(Map<String, String> parameters, String username) {
		if (this.settings.hasClientSecret()) {
			parameters.put(SECRET_HASH, this.settings.getUserPool().secretHash(username));
		}
	}

	private static RawTokens tokens(AuthenticationResultType result) {
		if (!StringUtils.hasText(result.idToken()) || !StringUtils.hasText(result.accessToken())) {
			throw new CognitoSessionException("InvalidResponse",
					"Cognito returned an authentication result without an ID or access token");
		}
		return new RawTokens(result.idToken(), result.accessToken(), result.refreshToken());
	}

	@Override
	public String toString() {
		return "CognitoUserPoolAuthenticator[" + this.settings + "]";
	}

	/**
	 * Cognito rejected a remembered device; caught by {@code initiate}, which forgets it.
	 */
	private static final class StaleDeviceException extends CognitoSessionException {

		StaleDeviceException(String errorCode, CognitoSessionException cause) {
			super(errorCode, "Cognito no longer knows the remembered device (" + errorCode + ")", cause);
		}

	}

}
