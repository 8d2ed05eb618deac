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

import java.util.LinkedHashMap;
import java.util.Map;
import java.util.function.Supplier;

import io.github.cognitosession.exception.CognitoErrorTranslator;
import io.github.cognitosession.exception.CognitoSessionException;
import io.github.cognitosession.exception.UnsupportedChallengeException;
import io.github.cognitosession.signin.srp.PasswordClaim;
import io.github.cognitosession.signin.srp.PasswordVerifierChallenge;
import io.github.cognitosession.signin.srp.SrpClient;
import software.amazon.awssdk.core.exception.SdkException;
import software.amazon.awssdk.services.cognitoidentityprovider.CognitoIdentityProviderClient;
import software.amazon.awssdk.services.cognitoidentityprovider.model.AuthenticationResultType;
import software.amazon.awssdk.services.cognitoidentityprovider.model.InitiateAuthRequest;
import software.amazon.awssdk.services.cognitoidentityprovider.model.InitiateAuthResponse;
import software.amazon.awssdk.services.cognitoidentityprovider.model.RespondToAuthChallengeRequest;
import software.amazon.awssdk.services.cognitoidentityprovider.model.RespondToAuthChallengeResponse;

import org.springframework.util.Assert;
import org.springframework.util.StringUtils;

/**
 * {@link UserPoolAuthenticator} on the AWS SDK's {@link CognitoIdentityProviderClient}
 * (which must be configured with anonymous credentials: these calls are unsigned).
 * <p>
 * The SRP flows answer {@code PASSWORD_VERIFIER} here, so callers only see the challenges
 * a person must answer. {@code MFA_SETUP} is passed through: its responses come from the
 * caller after setting up TOTP. Device SRP ({@code DEVICE_SRP_AUTH}) is not supported yet
 * and fails with {@link UnsupportedChallengeException}.
 * <p>
 * Thread-safe: each sign-in has its own SRP state.
 *
 * @author Cognito Session contributors
 */
public final class CognitoUserPoolAuthenticator implements UserPoolAuthenticator {

	private static final String USERNAME = "USERNAME";

	private static final String SECRET_HASH = "SECRET_HASH";

	private static final String PASSWORD_VERIFIER = "PASSWORD_VERIFIER";

	private final CognitoIdentityProviderClient client;

	private final UserPoolAuthenticatorSettings settings;

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

	@Override
	public AuthenticationOutcome initiate(String username, String password) {
		Assert.hasText(username, "username cannot be empty");
		UserPoolAuthFlow flow = this.settings.getAuthFlow();
		if (flow.isPasswordRequired()) {
			Assert.hasText(password, "password cannot be empty");
		}
		Map<String, String> parameters = new LinkedHashMap<>();
		parameters.put(USERNAME, username);
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
		InitiateAuthResponse response = call(() -> this.client.initiateAuth(request), CognitoErrorTranslator.SIGN_IN);
		return next(response.authenticationResult(), response.challengeNameAsString(), response.session(),
				response.challengeParameters(), username, srp, password);
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
				CognitoErrorTranslator.CONFIRM_SIGN_IN);
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
			Map<String, String> parameters, String previousUsername, SrpClient srp, String password) {
		if (result != null) {
			return new AuthenticationOutcome.Authenticated(tokens(result));
		}
		if (!StringUtils.hasText(challengeName)) {
			throw new CognitoSessionException("InvalidResponse",
					"Cognito returned neither tokens nor a challenge during sign-in");
		}
		if (PASSWORD_VERIFIER.equals(challengeName) && srp != null) {
			return answerPasswordVerifier(srp, password, session, parameters);
		}
		if (challengeName.startsWith("DEVICE_")) {
			throw new UnsupportedChallengeException(challengeName, "Cognito asked for " + challengeName
					+ " (remembered-device sign-in), which is not supported yet; turn device tracking off for the"
					+ " app client or do not remember devices");
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
			Map<String, String> parameters) {
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
		addSecretHash(responses, username);
		return respond(PASSWORD_VERIFIER, session, responses, username, CognitoErrorTranslator.SIGN_IN);
	}

	private AuthenticationOutcome respond(String challengeName, String session, Map<String, String> responses,
			String username, String operation) {
		RespondToAuthChallengeRequest request = RespondToAuthChallengeRequest.builder()
			.clientId(this.settings.getClientId())
			.challengeName(challengeName)
			.session(session)
			.challengeResponses(responses)
			.build();
		RespondToAuthChallengeResponse response = call(() -> this.client.respondToAuthChallenge(request), operation);
		return next(response.authenticationResult(), response.challengeNameAsString(), response.session(),
				response.challengeParameters(), username, null, null);
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
			parameters.put(SECRET_HASH,
					SecretHash.calculate(username, this.settings.getClientId(), this.settings.getClientSecret()));
		}
	}

	private static RawTokens tokens(AuthenticationResultType result) {
		if (!StringUtils.hasText(result.idToken()) || !StringUtils.hasText(result.accessToken())) {
			throw new CognitoSessionException("InvalidResponse",
					"Cognito returned an authentication result without an ID or access token");
		}
		return new RawTokens(result.idToken(), result.accessToken(), result.refreshToken());
	}

	private static <T> T call(Supplier<T> call, String operation) {
		try {
			return call.get();
		}
		catch (SdkException ex) {
			throw CognitoErrorTranslator.translate(ex, operation);
		}
	}

	@Override
	public String toString() {
		return "CognitoUserPoolAuthenticator[" + this.settings + "]";
	}

}
