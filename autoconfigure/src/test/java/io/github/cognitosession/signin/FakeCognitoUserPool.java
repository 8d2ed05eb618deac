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

import io.github.cognitosession.userpool.SecretHash;

import java.math.BigInteger;
import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.security.MessageDigest;
import java.security.SecureRandom;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Base64;
import java.util.Deque;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.regex.Pattern;

import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;

import io.github.cognitosession.signin.srp.SrpGroup;
import software.amazon.awssdk.awscore.exception.AwsErrorDetails;
import software.amazon.awssdk.awscore.exception.AwsServiceException;
import software.amazon.awssdk.core.exception.SdkException;
import software.amazon.awssdk.services.cognitoidentityprovider.CognitoIdentityProviderClient;
import software.amazon.awssdk.services.cognitoidentityprovider.model.AuthFlowType;
import software.amazon.awssdk.services.cognitoidentityprovider.model.AuthenticationResultType;
import software.amazon.awssdk.services.cognitoidentityprovider.model.CodeMismatchException;
import software.amazon.awssdk.services.cognitoidentityprovider.model.CognitoIdentityProviderException;
import software.amazon.awssdk.services.cognitoidentityprovider.model.InitiateAuthRequest;
import software.amazon.awssdk.services.cognitoidentityprovider.model.InitiateAuthResponse;
import software.amazon.awssdk.services.cognitoidentityprovider.model.NotAuthorizedException;
import software.amazon.awssdk.services.cognitoidentityprovider.model.RespondToAuthChallengeRequest;
import software.amazon.awssdk.services.cognitoidentityprovider.model.RespondToAuthChallengeResponse;
import software.amazon.awssdk.services.cognitoidentityprovider.model.UserNotFoundException;

/**
 * A test double of the Cognito user-pool API that plays the server side of SRP the way
 * Cognito does: it keeps only the verifier {@code v = g^x}, sends {@code B = k*v + g^b},
 * computes {@code S = (A * v^u)^b}, derives the key with HKDF and checks the client's
 * HMAC. A wrong password therefore fails. The SRP arithmetic here is written
 * independently of the production classes (only the group constants are shared).
 * <p>
 * After the password step it plays scripted challenges and checks their answers.
 *
 * @author Cognito Session contributors
 */
final class FakeCognitoUserPool implements CognitoIdentityProviderClient {

	static final String POOL_ID = "us-east-2_KO6fcefgd";

	static final String POOL_NAME = "KO6fcefgd";

	static final String ID_TOKEN = "eyJ.id-token-secret.sig";

	static final String ACCESS_TOKEN = "eyJ.access-token-secret.sig";

	static final String REFRESH_TOKEN = "refresh-token-secret";

	private static final Pattern TIMESTAMP = Pattern.compile(
			"(Mon|Tue|Wed|Thu|Fri|Sat|Sun) [A-Z][a-z]{2} [1-9][0-9]? [0-2][0-9]:[0-5][0-9]:[0-5][0-9] UTC [0-9]{4}");

	private final SecureRandom random = new SecureRandom();

	private final String clientId;

	private final String clientSecret;

	private final Map<String, User> users = new HashMap<>();

	private final Map<String, User> aliases = new HashMap<>();

	private final Map<String, Pending> sessions = new HashMap<>();

	private final Deque<ScriptedChallenge> script = new ArrayDeque<>();

	private final List<InitiateAuthRequest> initiateRequests = new ArrayList<>();

	private final List<RespondToAuthChallengeRequest> respondRequests = new ArrayList<>();

	private SdkException nextFailure;

	private String unsafePublicB;

	FakeCognitoUserPool(String clientId, String clientSecret) {
		this.clientId = clientId;
		this.clientSecret = clientSecret;
	}

	/**
	 * Register a user as Cognito's sign-up would: a random salt and the verifier only.
	 */
	FakeCognitoUserPool user(String username, String password) {
		byte[] saltBytes = new byte[16];
		this.random.nextBytes(saltBytes);
		// Set the top bit so the leading-zero rule of pad(salt) matters
		saltBytes[0] |= (byte) 0x80;
		BigInteger salt = new BigInteger(1, saltBytes);
		BigInteger x = hash(salt.toByteArray(), sha256(POOL_NAME + username + ":" + password));
		this.users.put(username, new User(username, password, salt, SrpGroup.G.modPow(x, SrpGroup.N)));
		return this;
	}

	FakeCognitoUserPool alias(String alias, String username) {
		this.aliases.put(alias, this.users.get(username));
		return this;
	}

	/**
	 * After the password (or at once for custom auth without SRP), ask this challenge and
	 * accept only an answer that contains {@code expectedResponses}.
	 */
	FakeCognitoUserPool thenChallenge(String name, Map<String, String> parameters,
			Map<String, String> expectedResponses) {
		this.script.add(new ScriptedChallenge(name, parameters, expectedResponses));
		return this;
	}

	FakeCognitoUserPool failNextCall(SdkException failure) {
		this.nextFailure = failure;
		return this;
	}

	FakeCognitoUserPool sendPublicB(String publicBHex) {
		this.unsafePublicB = publicBHex;
		return this;
	}

	List<InitiateAuthRequest> initiateRequests() {
		return this.initiateRequests;
	}

	List<RespondToAuthChallengeRequest> respondRequests() {
		return this.respondRequests;
	}

	@Override
	public InitiateAuthResponse initiateAuth(InitiateAuthRequest request) {
		this.initiateRequests.add(request);
		failIfScripted();
		checkClientId(request.clientId());
		Map<String, String> parameters = request.authParameters();
		String requestedName = parameters.get("USERNAME");
		checkSecretHash(parameters, requestedName);
		User user = findUser(requestedName);
		AuthFlowType flow = request.authFlow();
		if (flow == AuthFlowType.USER_PASSWORD_AUTH) {
			if (!user.password.equals(parameters.get("PASSWORD"))) {
				throw notAuthorized();
			}
			return initiateResponse(afterPassword(user));
		}
		if (flow == AuthFlowType.USER_SRP_AUTH
				|| (flow == AuthFlowType.CUSTOM_AUTH && "SRP_A".equals(parameters.get("CHALLENGE_NAME")))) {
			return initiateResponse(passwordVerifier(user, parameters.get("SRP_A")));
		}
		if (flow == AuthFlowType.CUSTOM_AUTH) {
			return initiateResponse(afterPassword(user));
		}
		throw serviceError("InvalidParameterException", "Unsupported flow " + flow, 400);
	}

	@Override
	public RespondToAuthChallengeResponse respondToAuthChallenge(RespondToAuthChallengeRequest request) {
		this.respondRequests.add(request);
		failIfScripted();
		checkClientId(request.clientId());
		Pending pending = this.sessions.remove(request.session());
		if (pending == null || !pending.challengeName.equals(request.challengeNameAsString())) {
			throw notAuthorized("Invalid session for the user, session is expired.");
		}
		Map<String, String> responses = request.challengeResponses();
		if (!pending.user.username.equals(responses.get("USERNAME"))) {
			throw notAuthorized("Incorrect username or password.");
		}
		checkSecretHash(responses, responses.get("USERNAME"));
		if ("PASSWORD_VERIFIER".equals(pending.challengeName)) {
			verifyPasswordClaim(pending, responses);
		}
		else if (!responses.entrySet().containsAll(pending.expectedResponses.entrySet())) {
			this.sessions.put(request.session(), pending);
			throw CodeMismatchException.builder()
				.awsErrorDetails(details("CodeMismatchException", "Invalid code received for user"))
				.statusCode(400)
				.build();
		}
		Step next = afterPassword(pending.user);
		return RespondToAuthChallengeResponse.builder()
			.authenticationResult(next.result)
			.challengeName(next.challengeName)
			.session(next.session)
			.challengeParameters(next.parameters)
			.build();
	}

	private Step passwordVerifier(User user, String publicAHex) {
		BigInteger publicA = new BigInteger(publicAHex, 16);
		if (publicA.mod(SrpGroup.N).signum() == 0) {
			throw notAuthorized();
		}
		BigInteger b = new BigInteger(1024, this.random).mod(SrpGroup.N);
		BigInteger k = hash(SrpGroup.N.toByteArray(), SrpGroup.G.toByteArray());
		BigInteger publicB = k.multiply(user.verifier).add(SrpGroup.G.modPow(b, SrpGroup.N)).mod(SrpGroup.N);
		byte[] secretBlock = new byte[64];
		this.random.nextBytes(secretBlock);
		Map<String, String> parameters = new LinkedHashMap<>();
		parameters.put("SALT", user.salt.toString(16));
		parameters.put("SRP_B", (this.unsafePublicB != null) ? this.unsafePublicB : publicB.toString(16));
		parameters.put("SECRET_BLOCK", Base64.getEncoder().encodeToString(secretBlock));
		parameters.put("USER_ID_FOR_SRP", user.username);
		parameters.put("USERNAME", user.username);
		Pending pending = new Pending("PASSWORD_VERIFIER", user, Map.of());
		pending.publicA = publicA;
		pending.publicB = publicB;
		pending.b = b;
		pending.secretBlock = secretBlock;
		return challenge(pending, parameters);
	}

	private void verifyPasswordClaim(Pending pending, Map<String, String> responses) {
		String timestamp = responses.get("TIMESTAMP");
		if (timestamp == null || !TIMESTAMP.matcher(timestamp).matches()) {
			throw serviceError("InvalidParameterException", "TIMESTAMP format is invalid", 400);
		}
		byte[] echoedBlock = Base64.getDecoder().decode(responses.get("PASSWORD_CLAIM_SECRET_BLOCK"));
		if (!Arrays.equals(echoedBlock, pending.secretBlock)) {
			throw notAuthorized();
		}
		BigInteger u = hash(pending.publicA.toByteArray(), pending.publicB.toByteArray());
		BigInteger s = pending.publicA.multiply(pending.user.verifier.modPow(u, SrpGroup.N))
			.modPow(pending.b, SrpGroup.N);
		byte[] prk = hmac(u.toByteArray(), s.toByteArray());
		byte[] key = Arrays
			.copyOf(hmac(prk, concat("Caldera Derived Key".getBytes(StandardCharsets.UTF_8), new byte[] { 1 })), 16);
		byte[] expected = hmac(key,
				concat(POOL_NAME.getBytes(StandardCharsets.UTF_8),
						pending.user.username.getBytes(StandardCharsets.UTF_8), pending.secretBlock,
						timestamp.getBytes(StandardCharsets.UTF_8)));
		byte[] actual = Base64.getDecoder().decode(responses.get("PASSWORD_CLAIM_SIGNATURE"));
		if (!MessageDigest.isEqual(expected, actual)) {
			throw notAuthorized();
		}
	}

	private Step afterPassword(User user) {
		ScriptedChallenge next = this.script.poll();
		if (next == null) {
			return new Step(AuthenticationResultType.builder()
				.idToken(ID_TOKEN)
				.accessToken(ACCESS_TOKEN)
				.refreshToken(REFRESH_TOKEN)
				.expiresIn(3600)
				.tokenType("Bearer")
				.build(), null, null, Map.of());
		}
		Map<String, String> parameters = new LinkedHashMap<>(next.parameters);
		parameters.putIfAbsent("USER_ID_FOR_SRP", user.username);
		return challenge(new Pending(next.name, user, next.expectedResponses), parameters);
	}

	private Step challenge(Pending pending, Map<String, String> parameters) {
		String session = "cognito-session-secret-" + new BigInteger(64, this.random).toString(36);
		this.sessions.put(session, pending);
		return new Step(null, pending.challengeName, session, parameters);
	}

	private static InitiateAuthResponse initiateResponse(Step step) {
		return InitiateAuthResponse.builder()
			.authenticationResult(step.result)
			.challengeName(step.challengeName)
			.session(step.session)
			.challengeParameters(step.parameters)
			.build();
	}

	private User findUser(String name) {
		User user = this.users.containsKey(name) ? this.users.get(name) : this.aliases.get(name);
		if (user == null) {
			throw UserNotFoundException.builder()
				.awsErrorDetails(details("UserNotFoundException", "User does not exist."))
				.statusCode(400)
				.build();
		}
		return user;
	}

	private void checkClientId(String requestClientId) {
		if (!this.clientId.equals(requestClientId)) {
			throw serviceError("ResourceNotFoundException", "User pool client " + requestClientId + " does not exist.",
					400);
		}
	}

	private void checkSecretHash(Map<String, String> parameters, String username) {
		if (this.clientSecret == null) {
			return;
		}
		String expected = Base64.getEncoder()
			.encodeToString(hmac(this.clientSecret.getBytes(StandardCharsets.UTF_8),
					(username + this.clientId).getBytes(StandardCharsets.UTF_8)));
		if (!expected.equals(parameters.get("SECRET_HASH"))) {
			throw notAuthorized("Unable to verify secret hash for client " + this.clientId);
		}
	}

	private void failIfScripted() {
		SdkException failure = this.nextFailure;
		this.nextFailure = null;
		if (failure != null) {
			throw failure;
		}
	}

	static AwsServiceException serviceError(String code, String message, int status) {
		return CognitoIdentityProviderException.builder()
			.awsErrorDetails(details(code, message))
			.message(message)
			.statusCode(status)
			.build();
	}

	private static NotAuthorizedException notAuthorized() {
		return notAuthorized("Incorrect username or password.");
	}

	private static NotAuthorizedException notAuthorized(String message) {
		return NotAuthorizedException.builder()
			.awsErrorDetails(details("NotAuthorizedException", message))
			.message(message)
			.statusCode(400)
			.build();
	}

	private static AwsErrorDetails details(String code, String message) {
		return AwsErrorDetails.builder()
			.errorCode(code)
			.errorMessage(message)
			.serviceName("CognitoIdentityProvider")
			.build();
	}

	private static BigInteger hash(byte[]... parts) {
		return new BigInteger(1, sha256(concat(parts)));
	}

	private static byte[] sha256(String text) {
		return sha256(text.getBytes(StandardCharsets.UTF_8));
	}

	private static byte[] sha256(byte[] bytes) {
		try {
			return MessageDigest.getInstance("SHA-256").digest(bytes);
		}
		catch (GeneralSecurityException ex) {
			throw new IllegalStateException(ex);
		}
	}

	private static byte[] hmac(byte[] key, byte[] message) {
		try {
			Mac mac = Mac.getInstance("HmacSHA256");
			mac.init(new SecretKeySpec(key, "HmacSHA256"));
			return mac.doFinal(message);
		}
		catch (GeneralSecurityException ex) {
			throw new IllegalStateException(ex);
		}
	}

	private static byte[] concat(byte[]... parts) {
		int length = Arrays.stream(parts).mapToInt((part) -> part.length).sum();
		byte[] result = new byte[length];
		int offset = 0;
		for (byte[] part : parts) {
			System.arraycopy(part, 0, result, offset, part.length);
			offset += part.length;
		}
		return result;
	}

	@Override
	public String serviceName() {
		return SERVICE_NAME;
	}

	@Override
	public void close() {
	}

	private record User(String username, String password, BigInteger salt, BigInteger verifier) {
	}

	private record ScriptedChallenge(String name, Map<String, String> parameters,
			Map<String, String> expectedResponses) {
	}

	private record Step(AuthenticationResultType result, String challengeName, String session,
			Map<String, String> parameters) {
	}

	private static final class Pending {

		private final String challengeName;

		private final User user;

		private final Map<String, String> expectedResponses;

		private BigInteger publicA;

		private BigInteger publicB;

		private BigInteger b;

		private byte[] secretBlock;

		Pending(String challengeName, User user, Map<String, String> expectedResponses) {
			this.challengeName = challengeName;
			this.user = Objects.requireNonNull(user);
			this.expectedResponses = expectedResponses;
		}

	}

}
