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

import java.text.ParseException;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

import com.nimbusds.jwt.JWTParser;
import io.github.cognitosession.device.DeviceSecretsStore;
import io.github.cognitosession.exception.CognitoErrorTranslator;
import io.github.cognitosession.exception.CognitoSessionException;
import io.github.cognitosession.exception.UnsupportedChallengeException;
import io.github.cognitosession.signin.DeviceAuthentication.KnownDevice;
import io.github.cognitosession.signin.DeviceAuthentication.StaleDeviceException;
import io.github.cognitosession.signin.srp.PasswordClaim;
import io.github.cognitosession.signin.srp.PasswordVerifierChallenge;
import io.github.cognitosession.signin.srp.SrpClient;
import software.amazon.awssdk.services.cognitoidentityprovider.CognitoIdentityProviderClient;
import software.amazon.awssdk.services.cognitoidentityprovider.model.AuthFlowType;
import software.amazon.awssdk.services.cognitoidentityprovider.model.AuthenticationResultType;
import software.amazon.awssdk.services.cognitoidentityprovider.model.InitiateAuthRequest;
import software.amazon.awssdk.services.cognitoidentityprovider.model.InitiateAuthResponse;
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
 * caller after setting up TOTP (or with the {@code EMAIL} to set up e-mail MFA).
 * <p>
 * Choice-based sign-in ({@code USER_AUTH}) sends the preferred first factor; a
 * {@code SELECT_CHALLENGE} is answered with the chosen factor, and a password factor
 * chosen without the password becomes a local {@link SignInStep#PASSWORD} step, so that
 * the password is asked for only when needed and never kept.
 * <p>
 * With a {@link DeviceSecretsStore} set, devices are tracked as AWSMobileClient does: a
 * sign-in that ends with {@code NewDeviceMetadata} confirms the device (ConfirmDevice
 * with a random device password) and keeps its secrets under the user's Cognito username;
 * later sign-ins of that user send its {@code DEVICE_KEY} (with the SRP proof when the
 * user typed an alias, since only then is the username known) and answer
 * {@code DEVICE_SRP_AUTH} and {@code DEVICE_PASSWORD_VERIFIER} here, so a remembered
 * device skips MFA. A device Cognito no longer knows is forgotten and the sign-in starts
 * again without it. Without a store, {@code DEVICE_*} challenges fail with
 * {@link UnsupportedChallengeException}.
 * <p>
 * Thread-safe: each sign-in has its own SRP state.
 *
 * @author Cognito Session contributors
 */
public final class CognitoUserPoolAuthenticator implements UserPoolAuthenticator {

	private static final String USERNAME = "USERNAME";

	private static final String PASSWORD = "PASSWORD";

	private static final String PASSWORD_SRP = "PASSWORD_SRP";

	private static final String PASSWORD_VERIFIER = "PASSWORD_VERIFIER";

	private static final String SELECT_CHALLENGE = "SELECT_CHALLENGE";

	private static final String SRP_A = "SRP_A";

	private static final String DEFAULT_DEVICE_NAME = "Cognito Session for Spring Boot";

	private static final Log logger = LogFactory.getLog(CognitoUserPoolAuthenticator.class);

	private final CognitoIdentityProviderClient client;

	private final UserPoolAuthenticatorSettings settings;

	private final DeviceAuthentication deviceAuthentication;

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
		this.deviceAuthentication = new DeviceAuthentication(client, settings);
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
		return initiate(username, password, SignInOptions.defaults());
	}

	@Override
	public AuthenticationOutcome initiate(String username, String password, SignInOptions options) {
		Assert.hasText(username, "username cannot be empty");
		Assert.notNull(options, "options cannot be null");
		UserPoolAuthFlow flow = (options.getAuthFlow() != null) ? options.getAuthFlow() : this.settings.getAuthFlow();
		AuthFactor preferred = (flow == UserPoolAuthFlow.USER_AUTH) ? options.getPreferredChallenge() : null;
		if (flow.isPasswordRequired() || (preferred != null && preferred.isPasswordRequired())) {
			Assert.hasText(password, "password cannot be empty");
		}
		Attempt attempt = new Attempt(flow, preferred, options.getClientMetadata());
		DeviceSecretsStore store = this.devices;
		KnownDevice device = (store != null)
				? store.load(username).map((secrets) -> new KnownDevice(username, secrets)).orElse(null) : null;
		try {
			return initiate(username, password, attempt, device, store != null);
		}
		catch (StaleDeviceException ex) {
			store.remove(ex.username());
			logger.info("Cognito no longer knows the remembered device of this user (" + ex.getErrorCode()
					+ "); it is forgotten and the sign-in starts again without it");
			return initiate(username, password, attempt, null, false);
		}
	}

	private AuthenticationOutcome initiate(String username, String password, Attempt attempt, KnownDevice device,
			boolean lookUpDevice) {
		Map<String, String> parameters = new LinkedHashMap<>();
		parameters.put(USERNAME, username);
		if (device != null) {
			parameters.put(DeviceAuthentication.DEVICE_KEY, device.secrets().getDeviceKey());
		}
		SrpClient srp = null;
		switch (attempt.flow()) {
			case USER_SRP_AUTH -> {
				srp = SrpClient.create(this.settings.getSecureRandom());
				parameters.put(SRP_A, srp.publicAHex());
			}
			case CUSTOM_AUTH_WITH_SRP -> {
				srp = SrpClient.create(this.settings.getSecureRandom());
				parameters.put(SRP_A, srp.publicAHex());
				parameters.put("CHALLENGE_NAME", SRP_A);
			}
			case USER_PASSWORD_AUTH -> parameters.put(PASSWORD, password);
			case CUSTOM_AUTH_WITHOUT_SRP -> {
			}
			case USER_AUTH -> srp = preferredChallenge(parameters, attempt.preferred(), password);
		}
		this.deviceAuthentication.addSecretHash(parameters, username);
		InitiateAuthRequest request = initiateAuthRequest(attempt.flow().cognitoFlow(), parameters, null,
				attempt.clientMetadata());
		InitiateAuthResponse response = DeviceAuthentication.call(() -> this.client.initiateAuth(request),
				CognitoErrorTranslator.SIGN_IN, device, false);
		Flight flight = new Flight(password, srp, device, lookUpDevice && device == null, attempt.clientMetadata());
		return next(response.authenticationResult(), response.challengeNameAsString(), response.session(),
				withAvailableChallenges(response), username, flight);
	}

	private SrpClient preferredChallenge(Map<String, String> parameters, AuthFactor preferred, String password) {
		if (preferred == null) {
			return null;
		}
		parameters.put("PREFERRED_CHALLENGE", preferred.name());
		if (preferred == AuthFactor.PASSWORD) {
			parameters.put(PASSWORD, password);
		}
		else if (preferred == AuthFactor.PASSWORD_SRP) {
			SrpClient srp = SrpClient.create(this.settings.getSecureRandom());
			parameters.put(SRP_A, srp.publicAHex());
			return srp;
		}
		return null;
	}

	@Override
	public AuthenticationOutcome initiateAutoSignIn(String username, String session,
			Map<String, String> clientMetadata) {
		Assert.hasText(username, "username cannot be empty");
		Assert.hasText(session, "session cannot be empty");
		Map<String, String> parameters = new LinkedHashMap<>();
		parameters.put(USERNAME, username);
		this.deviceAuthentication.addSecretHash(parameters, username);
		Map<String, String> metadata = (clientMetadata != null) ? clientMetadata : Map.of();
		InitiateAuthRequest request = initiateAuthRequest(AuthFlowType.USER_AUTH, parameters, session, metadata);
		InitiateAuthResponse response = CognitoErrorTranslator.call(() -> this.client.initiateAuth(request),
				"auto sign-in");
		return next(response.authenticationResult(), response.challengeNameAsString(), response.session(),
				withAvailableChallenges(response), username, new Flight(null, null, null, false, metadata));
	}

	private InitiateAuthRequest initiateAuthRequest(AuthFlowType flow, Map<String, String> parameters, String session,
			Map<String, String> clientMetadata) {
		InitiateAuthRequest.Builder request = InitiateAuthRequest.builder()
			.clientId(this.settings.getClientId())
			.authFlow(flow)
			.authParameters(parameters)
			.session(session);
		if (!clientMetadata.isEmpty()) {
			request.clientMetadata(clientMetadata);
		}
		return request.build();
	}

	@Override
	public AuthenticationOutcome respond(PendingChallenge challenge, String answer, Map<String, String> responses) {
		return respond(challenge, answer, responses, Map.of());
	}

	@Override
	public AuthenticationOutcome respond(PendingChallenge challenge, String answer, Map<String, String> responses,
			Map<String, String> clientMetadata) {
		Assert.notNull(challenge, "challenge cannot be null");
		String name = challenge.challengeName();
		Map<String, String> challengeResponses = new LinkedHashMap<>();
		if (responses != null) {
			challengeResponses.putAll(responses);
		}
		Map<String, String> metadata = (clientMetadata != null) ? clientMetadata : Map.of();
		if (SELECT_CHALLENGE.equals(name)) {
			return select(challenge, answer, challengeResponses, metadata);
		}
		if (PASSWORD.equals(name) || PASSWORD_SRP.equals(name)) {
			// the local step of a password factor chosen without the password
			Assert.hasText(answer, "answer cannot be empty: the chosen factor is answered with the password");
			challengeResponses.put(PASSWORD, answer);
			return select(challenge, name, challengeResponses, metadata);
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
							+ "confirmSignIn(code) do both) and respond with the session VerifySoftwareToken returned, "
							+ "or respond with EMAIL to set up e-mail MFA");
		}
		challengeResponses.put(USERNAME, challenge.username());
		this.deviceAuthentication.addSecretHash(challengeResponses, challenge.username());
		return respond(name, challenge.session(), challengeResponses, challenge.username(),
				CognitoErrorTranslator.CONFIRM_SIGN_IN, new Flight(null, null, null, false, metadata));
	}

	/**
	 * Answer {@code SELECT_CHALLENGE} with a first factor. A password factor needs the
	 * password: without it, the answer waits for a {@link SignInStep#PASSWORD} step
	 * (nothing is sent yet, since Cognito's session would be spent on a wrong answer).
	 */
	private AuthenticationOutcome select(PendingChallenge challenge, String choice, Map<String, String> responses,
			Map<String, String> clientMetadata) {
		Assert.hasText(choice, () -> "answer cannot be empty: SELECT_CHALLENGE is answered with a first factor, one of "
				+ challenge.parameters().getOrDefault(SignInResult.AVAILABLE_CHALLENGES, "[]"));
		String factor = choice.strip();
		String password = responses.remove(PASSWORD);
		boolean passwordFactor = PASSWORD.equals(factor) || PASSWORD_SRP.equals(factor);
		if (passwordFactor && !StringUtils.hasText(password)) {
			return new AuthenticationOutcome.ChallengeRequired(
					new PendingChallenge(factor, challenge.session(), challenge.username(), Map.of()));
		}
		Map<String, String> answer = new LinkedHashMap<>(responses);
		answer.put(USERNAME, challenge.username());
		answer.put("ANSWER", factor);
		SrpClient srp = null;
		KnownDevice device = null;
		DeviceSecretsStore store = this.devices;
		if (PASSWORD.equals(factor)) {
			answer.put(PASSWORD, password);
			// a remembered device lets Cognito skip MFA, as with the other password flows
			device = (store != null) ? store.load(challenge.username())
				.map((secrets) -> new KnownDevice(challenge.username(), secrets))
				.orElse(null) : null;
			if (device != null) {
				answer.put(DeviceAuthentication.DEVICE_KEY, device.secrets().getDeviceKey());
			}
		}
		else if (PASSWORD_SRP.equals(factor)) {
			srp = SrpClient.create(this.settings.getSecureRandom());
			answer.put(SRP_A, srp.publicAHex());
		}
		this.deviceAuthentication.addSecretHash(answer, challenge.username());
		// with SRP the device goes with the proof, found by Cognito's USER_ID_FOR_SRP
		Flight flight = new Flight(password, srp, device, PASSWORD_SRP.equals(factor) && store != null, clientMetadata);
		try {
			return respond(SELECT_CHALLENGE, challenge.session(), answer, challenge.username(),
					passwordFactor ? CognitoErrorTranslator.SIGN_IN : CognitoErrorTranslator.CONFIRM_SIGN_IN, flight);
		}
		catch (StaleDeviceException ex) {
			// Cognito's session is spent: forget the device so that the next sign-in
			// works
			store.remove(ex.username());
			logger.info("Cognito no longer knows the remembered device of this user (" + ex.getErrorCode()
					+ "); it is forgotten: sign in again");
			throw (ex.getCause() instanceof CognitoSessionException cause) ? cause : ex;
		}
	}

	private static String answerKey(String challengeName) {
		return switch (challengeName) {
			case "SMS_MFA" -> "SMS_MFA_CODE";
			case "SMS_OTP" -> "SMS_OTP_CODE";
			case "SOFTWARE_TOKEN_MFA" -> "SOFTWARE_TOKEN_MFA_CODE";
			case "EMAIL_OTP" -> "EMAIL_OTP_CODE";
			case "NEW_PASSWORD_REQUIRED" -> "NEW_PASSWORD";
			case "CUSTOM_CHALLENGE", "SELECT_MFA_TYPE" -> "ANSWER";
			case "WEB_AUTHN" -> "CREDENTIAL";
			case "MFA_SETUP" -> null;
			default -> throw new UnsupportedChallengeException(challengeName,
					"Cannot answer the Cognito challenge " + challengeName);
		};
	}

	private AuthenticationOutcome next(AuthenticationResultType result, String challengeName, String session,
			Map<String, String> parameters, String previousUsername, Flight flight) {
		if (result != null) {
			RawTokens tokens = tokens(result);
			DeviceSecretsStore store = this.devices;
			if (result.newDeviceMetadata() != null && store != null) {
				this.deviceAuthentication.confirmDevice(store, this.deviceName,
						cognitoUsername(tokens, previousUsername), tokens.accessToken(), result.newDeviceMetadata());
			}
			return new AuthenticationOutcome.Authenticated(tokens);
		}
		if (!StringUtils.hasText(challengeName)) {
			throw new CognitoSessionException("InvalidResponse",
					"Cognito returned neither tokens nor a challenge during sign-in");
		}
		if (PASSWORD_VERIFIER.equals(challengeName) && flight.srp() != null) {
			return answerPasswordVerifier(flight, session, parameters);
		}
		String username = username(parameters, previousUsername);
		if (DeviceAuthentication.DEVICE_SRP_AUTH.equals(challengeName) && flight.device() != null) {
			RespondToAuthChallengeResponse response = this.deviceAuthentication.answerDeviceSrp(flight.device(),
					session, username, flight.clientMetadata());
			String verifiedUsername = username(response.challengeParameters(), username);
			return next(response.authenticationResult(), response.challengeNameAsString(), response.session(),
					response.challengeParameters(), verifiedUsername, flight.withoutDevice());
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
				new PendingChallenge(challengeName, session, username, parameters));
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

	/**
	 * Prove the password with SRP. Cognito names the user here (for an alias, the real
	 * username), so this is where a device remembered for that username is found when the
	 * sign-in started without one.
	 */
	private AuthenticationOutcome answerPasswordVerifier(Flight flight, String session,
			Map<String, String> parameters) {
		PasswordClaim claim;
		try {
			PasswordVerifierChallenge challenge = PasswordVerifierChallenge.from(parameters);
			claim = flight.srp()
				.claim(this.settings.getPoolName(), flight.password(), challenge, this.settings.getClock().instant());
		}
		catch (IllegalArgumentException ex) {
			throw new CognitoSessionException("InvalidSrpChallenge", ex.getMessage(), ex);
		}
		String username = username(parameters, parameters.get("USER_ID_FOR_SRP"));
		KnownDevice device = flight.device();
		DeviceSecretsStore store = this.devices;
		if (device == null && flight.lookUpDevice() && store != null && StringUtils.hasText(username)) {
			device = store.load(username).map((secrets) -> new KnownDevice(username, secrets)).orElse(null);
		}
		Map<String, String> responses = new LinkedHashMap<>();
		responses.put(USERNAME, username);
		responses.put("PASSWORD_CLAIM_SECRET_BLOCK", claim.secretBlock());
		responses.put("PASSWORD_CLAIM_SIGNATURE", claim.signature());
		responses.put("TIMESTAMP", claim.timestamp());
		if (device != null) {
			responses.put(DeviceAuthentication.DEVICE_KEY, device.secrets().getDeviceKey());
		}
		this.deviceAuthentication.addSecretHash(responses, username);
		return respond(PASSWORD_VERIFIER, session, responses, username, CognitoErrorTranslator.SIGN_IN,
				flight.proven(device));
	}

	private AuthenticationOutcome respond(String challengeName, String session, Map<String, String> responses,
			String username, String operation, Flight flight) {
		RespondToAuthChallengeResponse response = DeviceAuthentication.call(() -> this.client.respondToAuthChallenge(
				this.deviceAuthentication.challengeRequest(challengeName, session, responses, flight.clientMetadata())),
				operation, flight.device(), false);
		return next(response.authenticationResult(), response.challengeNameAsString(), response.session(),
				response.challengeParameters(), username, flight);
	}

	/**
	 * Cognito's challenge parameters, plus the first factors it offers (a response field
	 * rather than a parameter) for a {@code SELECT_CHALLENGE}.
	 */
	private static Map<String, String> withAvailableChallenges(InitiateAuthResponse response) {
		if (!response.hasAvailableChallenges() || response.availableChallengesAsStrings().isEmpty()) {
			return response.challengeParameters();
		}
		Map<String, String> parameters = new LinkedHashMap<>(response.challengeParameters());
		parameters.put(SignInResult.AVAILABLE_CHALLENGES, jsonArray(response.availableChallengesAsStrings()));
		return parameters;
	}

	private static String jsonArray(List<String> names) {
		return names.stream().map((name) -> "\"" + name + "\"").collect(Collectors.joining(",", "[", "]"));
	}

	private static String username(Map<String, String> parameters, String fallback) {
		String username = parameters.get(USERNAME);
		if (StringUtils.hasText(username)) {
			return username;
		}
		String userIdForSrp = parameters.get("USER_ID_FOR_SRP");
		return StringUtils.hasText(userIdForSrp) ? userIdForSrp : fallback;
	}

	/**
	 * The user's Cognito username, which device secrets are kept under. Read from the ID
	 * token before the session verifies it: it is only a local key, and a token that
	 * fails verification ends the sign-in anyway.
	 */
	private static String cognitoUsername(RawTokens tokens, String fallback) {
		try {
			String username = JWTParser.parse(tokens.idToken()).getJWTClaimsSet().getStringClaim("cognito:username");
			return StringUtils.hasText(username) ? username : fallback;
		}
		catch (ParseException ex) {
			return fallback;
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
	 * What a sign-in was asked to do.
	 */
	private record Attempt(UserPoolAuthFlow flow, AuthFactor preferred, Map<String, String> clientMetadata) {

	}

	/**
	 * The state of one sign-in between its calls: the SRP exchange and password until the
	 * password is proven, the remembered device, whether one may still be looked up by
	 * Cognito's username, and the client metadata. Never printed.
	 */
	private record Flight(String password, SrpClient srp, KnownDevice device, boolean lookUpDevice,
			Map<String, String> clientMetadata) {

		Flight proven(KnownDevice provenDevice) {
			return new Flight(null, null, provenDevice, false, this.clientMetadata);
		}

		Flight withoutDevice() {
			return new Flight(null, null, null, false, this.clientMetadata);
		}

		@Override
		public String toString() {
			return "Flight[PROTECTED]";
		}

	}

}
