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
package io.github.cognitosession.session;

import java.util.Map;

import com.github.tomakehurst.wiremock.client.MappingBuilder;
import com.github.tomakehurst.wiremock.junit5.WireMockExtension;
import com.github.tomakehurst.wiremock.matching.RequestPatternBuilder;
import io.github.cognitosession.device.DeviceSecrets;
import io.github.cognitosession.device.InMemoryDeviceSecretsStore;
import io.github.cognitosession.event.UserStateChangedEvent;
import io.github.cognitosession.exception.CognitoSessionException;
import io.github.cognitosession.signin.AuthFactor;
import io.github.cognitosession.signin.CognitoUserPoolAuthenticator;
import io.github.cognitosession.signin.RawTokens;
import io.github.cognitosession.signin.SignInOptions;
import io.github.cognitosession.signin.SignInResult;
import io.github.cognitosession.signin.SignInStep;
import io.github.cognitosession.signin.UserPoolAuthFlow;
import io.github.cognitosession.signin.UserPoolAuthenticatorSettings;
import io.github.cognitosession.state.UserState;
import io.github.cognitosession.token.CognitoWireMock;
import io.github.cognitosession.token.TestTokens;
import io.github.cognitosession.userpool.UserPoolClient;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import software.amazon.awssdk.services.cognitoidentityprovider.CognitoIdentityProviderClient;

import static com.github.tomakehurst.wiremock.client.WireMock.absent;
import static com.github.tomakehurst.wiremock.client.WireMock.equalTo;
import static com.github.tomakehurst.wiremock.client.WireMock.equalToJson;
import static com.github.tomakehurst.wiremock.client.WireMock.matchingJsonPath;
import static com.github.tomakehurst.wiremock.core.WireMockConfiguration.wireMockConfig;
import static io.github.cognitosession.token.CognitoWireMock.authenticationResult;
import static io.github.cognitosession.token.CognitoWireMock.ok;
import static io.github.cognitosession.token.CognitoWireMock.operation;
import static io.github.cognitosession.token.CognitoWireMock.requested;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatExceptionOfType;

/**
 * Choice-based sign-in ({@code USER_AUTH}), per-call client metadata, e-mail MFA set-up
 * and remembered devices of users who sign in with an alias, through the session manager
 * and the real authenticator against Cognito's JSON protocol on WireMock: what each
 * request carries ({@code SECRET_HASH}, {@code PREFERRED_CHALLENGE}, {@code ANSWER},
 * {@code ClientMetadata}, {@code DEVICE_KEY}).
 *
 * @author Cognito Session contributors
 */
class ChoiceBasedSignInWireMockTests {

	private static final String PASSWORD = "Passw0rd-alice";

	@RegisterExtension
	static WireMockExtension cognito = WireMockExtension.newInstance()
		.options(wireMockConfig().dynamicPort().bindAddress("127.0.0.1"))
		.build();

	private final SessionFixture fixture = new SessionFixture();

	private final CognitoIdentityProviderClient client = CognitoWireMock.client(cognito);

	private final UserPoolClient userPool = UserPoolClient.builder()
		.userPoolId(TestTokens.POOL_ID)
		.clientId(TestTokens.CLIENT_ID)
		.clientSecret("client-secret-value")
		.build();

	private final InMemoryDeviceSecretsStore devices = new InMemoryDeviceSecretsStore();

	private final DefaultCognitoSessionManager manager;

	ChoiceBasedSignInWireMockTests() {
		CognitoUserPoolAuthenticator authenticator = new CognitoUserPoolAuthenticator(this.client,
				UserPoolAuthenticatorSettings.builder().userPool(this.userPool).clock(this.fixture.clock).build());
		authenticator.setDeviceSecretsStore(this.devices);
		this.manager = this.fixture.builder(this.fixture.refresher(false)).authenticator(authenticator).build();
	}

	@AfterEach
	void closeClient() {
		this.client.close();
	}

	@Test
	void signInWhenPreferredEmailOtpThenUserAuthWithPreferenceAndCodeAnsweredWithMetadata() {
		cognito.stubFor(operation("InitiateAuth").willReturn(ok(challenge("EMAIL_OTP", "otp-session",
				"{\"USERNAME\":\"alice\",\"CODE_DELIVERY_DESTINATION\":\"a***@e***\",\"CODE_DELIVERY_DELIVERY_MEDIUM\":"
						+ "\"EMAIL\"}"))));
		cognito.stubFor(operation("RespondToAuthChallenge").willReturn(ok(tokens("alice"))));
		SignInResult result = this.manager.signIn("alice", null,
				SignInOptions.builder()
					.preferredChallenge(AuthFactor.EMAIL_OTP)
					.clientMetadata(Map.of("app", "cli"))
					.build());
		assertThat(result.getNextStep()).isEqualTo(SignInStep.EMAIL_OTP);
		assertThat(result.getParameters()).containsEntry("CODE_DELIVERY_DESTINATION", "a***@e***");
		assertThat(this.manager.confirmSignIn("12345678", Map.of(), Map.of("step", "otp")).isDone()).isTrue();
		assertThat(this.manager.currentUserState()).isEqualTo(UserState.SIGNED_IN);
		cognito.verify(requested("InitiateAuth").withRequestBody(equalToJson("{\"AuthFlow\":\"USER_AUTH\","
				+ "\"ClientId\":\"test-client-id\",\"AuthParameters\":{\"USERNAME\":\"alice\",\"PREFERRED_CHALLENGE\":"
				+ "\"EMAIL_OTP\",\"SECRET_HASH\":\"" + this.userPool.secretHash("alice") + "\"},"
				+ "\"ClientMetadata\":{\"app\":\"cli\"}}")));
		cognito.verify(requested("RespondToAuthChallenge").withRequestBody(equalToJson("{\"ChallengeName\":"
				+ "\"EMAIL_OTP\",\"ClientId\":\"test-client-id\",\"Session\":\"otp-session\",\"ChallengeResponses\":{"
				+ "\"EMAIL_OTP_CODE\":\"12345678\",\"USERNAME\":\"alice\",\"SECRET_HASH\":\""
				+ this.userPool.secretHash("alice") + "\"},\"ClientMetadata\":{\"step\":\"otp\"}}")));
	}

	@Test
	void signInWhenPreferredPasswordThenPasswordInAuthParametersAndNoMetadataWhenNoneGiven() {
		cognito.stubFor(operation("InitiateAuth").willReturn(ok(tokens("alice"))));
		assertThat(this.manager.signIn("alice", PASSWORD, SignInOptions.preferring(AuthFactor.PASSWORD)).isDone())
			.isTrue();
		cognito.verify(requested("InitiateAuth").withRequestBody(equalToJson("{\"AuthFlow\":\"USER_AUTH\","
				+ "\"ClientId\":\"test-client-id\",\"AuthParameters\":{\"USERNAME\":\"alice\",\"PREFERRED_CHALLENGE\":"
				+ "\"PASSWORD\",\"PASSWORD\":\"" + PASSWORD + "\",\"SECRET_HASH\":\""
				+ this.userPool.secretHash("alice") + "\"}}")));
	}

	@Test
	void signInWhenSelectChallengeThenFactorsListedAndPasswordAskedBeforeAnythingIsSent() {
		cognito.stubFor(operation("InitiateAuth").willReturn(ok("{\"ChallengeName\":\"SELECT_CHALLENGE\","
				+ "\"Session\":\"select-session\",\"ChallengeParameters\":{\"USERNAME\":\"alice\"},"
				+ "\"AvailableChallenges\":[\"PASSWORD\",\"PASSWORD_SRP\",\"EMAIL_OTP\",\"WEB_AUTHN\"]}")));
		cognito.stubFor(operation("RespondToAuthChallenge").willReturn(ok(tokens("alice"))));
		SignInResult select = this.manager.signIn("alice", null,
				SignInOptions.builder().authFlow(UserPoolAuthFlow.USER_AUTH).build());
		assertThat(select.getNextStep()).isEqualTo(SignInStep.SELECT_CHALLENGE);
		assertThat(select.getAvailableChallenges()).containsExactly("PASSWORD", "PASSWORD_SRP", "EMAIL_OTP",
				"WEB_AUTHN");
		SignInResult password = this.manager.confirmSignIn("PASSWORD");
		assertThat(password.getNextStep()).isEqualTo(SignInStep.PASSWORD);
		cognito.verify(0, requested("RespondToAuthChallenge"));
		assertThat(this.manager.confirmSignIn(PASSWORD).isDone()).isTrue();
		cognito.verify(requested("RespondToAuthChallenge").withRequestBody(equalToJson("{\"ChallengeName\":"
				+ "\"SELECT_CHALLENGE\",\"ClientId\":\"test-client-id\",\"Session\":\"select-session\","
				+ "\"ChallengeResponses\":{\"USERNAME\":\"alice\",\"ANSWER\":\"PASSWORD\",\"PASSWORD\":\"" + PASSWORD
				+ "\",\"SECRET_HASH\":\"" + this.userPool.secretHash("alice") + "\"}}")));
	}

	@Test
	void confirmSignInWhenSelectChallengeAnsweredWithEmailOtpThenCodeStepFollows() {
		cognito.stubFor(operation("InitiateAuth").willReturn(ok("{\"ChallengeName\":\"SELECT_CHALLENGE\","
				+ "\"Session\":\"select-session\",\"ChallengeParameters\":{},\"AvailableChallenges\":[\"EMAIL_OTP\","
				+ "\"SMS_OTP\"]}")));
		stubRespond("SELECT_CHALLENGE", challenge("EMAIL_OTP", "otp-session", "{\"USERNAME\":\"alice\"}"));
		stubRespond("EMAIL_OTP", tokens("alice"));
		this.manager.signIn("alice", null, SignInOptions.builder().authFlow(UserPoolAuthFlow.USER_AUTH).build());
		assertThat(this.manager.confirmSignIn("EMAIL_OTP").getNextStep()).isEqualTo(SignInStep.EMAIL_OTP);
		assertThat(this.manager.confirmSignIn("87654321").isDone()).isTrue();
		cognito.verify(respondedTo("SELECT_CHALLENGE")
			.withRequestBody(matchingJsonPath("$.ChallengeResponses.ANSWER", equalTo("EMAIL_OTP")))
			.withRequestBody(matchingJsonPath("$.ChallengeResponses.PASSWORD", absent())));
	}

	@Test
	void signInWhenPasskeyThenRequestOptionsExposedAndCredentialJsonSent() {
		String options = "{\"challenge\":\"Y2hhbGxlbmdl\",\"rpId\":\"auth.example.com\"}";
		cognito.stubFor(operation("InitiateAuth").willReturn(ok(challenge("WEB_AUTHN", "webauthn-session",
				"{\"USERNAME\":\"alice\",\"CREDENTIAL_REQUEST_OPTIONS\":" + quoted(options) + "}"))));
		stubRespond("WEB_AUTHN", tokens("alice"));
		SignInResult result = this.manager.signIn("alice", null, SignInOptions.preferring(AuthFactor.WEB_AUTHN));
		assertThat(result.getNextStep()).isEqualTo(SignInStep.WEB_AUTHN);
		assertThat(result.getCredentialRequestOptions()).isEqualTo(options);
		String credential = "{\"id\":\"cred-1\",\"type\":\"public-key\",\"response\":{\"signature\":\"c2ln\"}}";
		assertThat(this.manager.confirmSignIn(credential).isDone()).isTrue();
		cognito.verify(respondedTo("WEB_AUTHN")
			.withRequestBody(matchingJsonPath("$.ChallengeResponses.CREDENTIAL", equalTo(credential)))
			.withRequestBody(
					matchingJsonPath("$.ChallengeResponses.SECRET_HASH", equalTo(this.userPool.secretHash("alice")))));
	}

	@Test
	void confirmSignInWhenMfaSetupAnsweredWithEmailAddressThenEmailSetUpAndCodeStepFollows() {
		cognito.stubFor(operation("InitiateAuth").willReturn(ok(challenge("MFA_SETUP", "setup-session",
				"{\"USERNAME\":\"alice\",\"MFAS_CAN_SETUP\":\"[\\\"SOFTWARE_TOKEN_MFA\\\",\\\"EMAIL_OTP\\\"]\"}"))));
		stubRespond("MFA_SETUP", challenge("EMAIL_OTP", "otp-session", "{\"USERNAME\":\"alice\"}"));
		stubRespond("EMAIL_OTP", tokens("alice"));
		SignInResult setup = this.manager.signIn("alice", PASSWORD, SignInOptions.preferring(AuthFactor.PASSWORD));
		assertThat(setup.getNextStep()).isEqualTo(SignInStep.MFA_SETUP);
		assertThat(setup.getParameters().get("MFAS_CAN_SETUP")).contains("EMAIL_OTP");
		assertThat(this.manager.confirmSignIn("alice@example.com").getNextStep()).isEqualTo(SignInStep.EMAIL_OTP);
		assertThat(this.manager.confirmSignIn("13572468").isDone()).isTrue();
		cognito.verify(respondedTo("MFA_SETUP")
			.withRequestBody(matchingJsonPath("$.ChallengeResponses.EMAIL", equalTo("alice@example.com"))));
	}

	@Test
	void signInWhenAliasTypedThenDeviceOfCognitosUsernameSentWithThePasswordProof() {
		DeviceSecrets device = new DeviceSecrets("us-east-1_device-key-1", "device-group-1", "device-password-1");
		this.devices.save("alice-id", device);
		cognito.stubFor(operation("InitiateAuth").willReturn(ok(challenge("PASSWORD_VERIFIER", "srp-session",
				"{\"USERNAME\":\"alice-id\",\"USER_ID_FOR_SRP\":\"alice-id\",\"SALT\":\"e7dc204cebbfda6b62b8493e932f7f4c\","
						+ "\"SRP_B\":\"6f2d3a\",\"SECRET_BLOCK\":\"c2VjcmV0LWJsb2Nr\"}"))));
		stubRespond("PASSWORD_VERIFIER", challenge("DEVICE_SRP_AUTH", "device-session", "{\"USERNAME\":\"alice-id\"}"));
		stubRespond("DEVICE_SRP_AUTH", challenge("DEVICE_PASSWORD_VERIFIER", "device-verifier-session",
				"{\"USERNAME\":\"alice-id\",\"SALT\":\"0a1b2c\",\"SRP_B\":\"7e8f90\",\"SECRET_BLOCK\":\"ZGV2aWNl\"}"));
		stubRespond("DEVICE_PASSWORD_VERIFIER", tokens("alice-id"));
		assertThat(this.manager.signIn("alice@example.com", PASSWORD).isDone()).isTrue();
		cognito
			.verify(requested("InitiateAuth").withRequestBody(matchingJsonPath("$.AuthParameters.DEVICE_KEY", absent()))
				.withRequestBody(matchingJsonPath("$.AuthParameters.SECRET_HASH",
						equalTo(this.userPool.secretHash("alice@example.com")))));
		cognito.verify(respondedTo("PASSWORD_VERIFIER")
			.withRequestBody(matchingJsonPath("$.ChallengeResponses.DEVICE_KEY", equalTo(device.getDeviceKey())))
			.withRequestBody(matchingJsonPath("$.ChallengeResponses.SECRET_HASH",
					equalTo(this.userPool.secretHash("alice-id")))));
		for (String step : new String[] { "DEVICE_SRP_AUTH", "DEVICE_PASSWORD_VERIFIER" }) {
			cognito.verify(respondedTo(step)
				.withRequestBody(matchingJsonPath("$.ChallengeResponses.DEVICE_KEY", equalTo(device.getDeviceKey())))
				.withRequestBody(matchingJsonPath("$.ChallengeResponses.SECRET_HASH",
						equalTo(this.userPool.secretHash("alice-id")))));
		}
		assertThat(this.manager.getUsername()).isEqualTo("alice-id");
		assertThat(this.fixture.events.eventsOfType(UserStateChangedEvent.class)).singleElement()
			.satisfies((event) -> assertThat(event.getState()).isEqualTo(UserState.SIGNED_IN));
	}

	@Test
	void signInWhenDeviceOfCognitosUsernameIsUnknownToCognitoThenForgottenAndSignInStartsAgain() {
		DeviceSecrets device = new DeviceSecrets("us-east-1_device-key-1", "device-group-1", "device-password-1");
		this.devices.save("alice-id", device);
		cognito.stubFor(operation("InitiateAuth").willReturn(ok(challenge("PASSWORD_VERIFIER", "srp-session",
				"{\"USERNAME\":\"alice-id\",\"USER_ID_FOR_SRP\":\"alice-id\",\"SALT\":\"e7dc204c\","
						+ "\"SRP_B\":\"6f2d3a\",\"SECRET_BLOCK\":\"c2VjcmV0LWJsb2Nr\"}"))));
		cognito.stubFor(respond("PASSWORD_VERIFIER")
			.withRequestBody(matchingJsonPath("$.ChallengeResponses.DEVICE_KEY", equalTo(device.getDeviceKey())))
			.willReturn(CognitoWireMock.error(400, "ResourceNotFoundException", "Device does not exist.")));
		cognito.stubFor(respond("PASSWORD_VERIFIER")
			.withRequestBody(matchingJsonPath("$.ChallengeResponses.DEVICE_KEY", absent()))
			.willReturn(ok(tokens("alice-id"))));
		assertThat(this.manager.signIn("alice@example.com", PASSWORD).isDone()).isTrue();
		assertThat(this.devices.load("alice-id")).isEmpty();
		cognito.verify(2, requested("InitiateAuth"));
	}

	@Test
	void confirmSignInWhenPasswordSrpChosenWithRememberedDeviceThenDeviceKeyAndSecretHashOnEveryStep() {
		DeviceSecrets device = new DeviceSecrets("us-east-1_device-key-1", "device-group-1", "device-password-1");
		this.devices.save("alice", device);
		cognito.stubFor(operation("InitiateAuth").willReturn(ok("{\"ChallengeName\":\"SELECT_CHALLENGE\","
				+ "\"Session\":\"select-session\",\"ChallengeParameters\":{\"USERNAME\":\"alice\"},"
				+ "\"AvailableChallenges\":[\"PASSWORD\",\"PASSWORD_SRP\"]}")));
		stubRespond("SELECT_CHALLENGE", challenge("PASSWORD_VERIFIER", "srp-session",
				"{\"USERNAME\":\"alice\",\"USER_ID_FOR_SRP\":\"alice\",\"SALT\":\"e7dc204cebbfda6b62b8493e932f7f4c\","
						+ "\"SRP_B\":\"6f2d3a\",\"SECRET_BLOCK\":\"c2VjcmV0LWJsb2Nr\"}"));
		stubRespond("PASSWORD_VERIFIER", challenge("DEVICE_SRP_AUTH", "device-session", "{\"USERNAME\":\"alice\"}"));
		stubRespond("DEVICE_SRP_AUTH", challenge("DEVICE_PASSWORD_VERIFIER", "device-verifier-session",
				"{\"USERNAME\":\"alice\",\"SALT\":\"0a1b2c\",\"SRP_B\":\"7e8f90\",\"SECRET_BLOCK\":\"ZGV2aWNl\"}"));
		stubRespond("DEVICE_PASSWORD_VERIFIER", tokens("alice"));
		this.manager.signIn("alice", null, SignInOptions.builder().authFlow(UserPoolAuthFlow.USER_AUTH).build());
		assertThat(
				this.manager.confirmSignIn("PASSWORD_SRP", Map.of(CognitoSessionManager.PASSWORD, PASSWORD)).isDone())
			.isTrue();
		String secretHash = this.userPool.secretHash("alice");
		cognito.verify(requested("InitiateAuth")
			.withRequestBody(matchingJsonPath("$.AuthParameters.DEVICE_KEY", equalTo(device.getDeviceKey())))
			.withRequestBody(matchingJsonPath("$.AuthParameters.SECRET_HASH", equalTo(secretHash))));
		cognito.verify(respondedTo("SELECT_CHALLENGE")
			.withRequestBody(matchingJsonPath("$.ChallengeResponses.ANSWER", equalTo("PASSWORD_SRP")))
			.withRequestBody(matchingJsonPath("$.ChallengeResponses.SRP_A"))
			.withRequestBody(matchingJsonPath("$.ChallengeResponses.PASSWORD", absent()))
			.withRequestBody(matchingJsonPath("$.ChallengeResponses.SECRET_HASH", equalTo(secretHash))));
		for (String step : new String[] { "PASSWORD_VERIFIER", "DEVICE_SRP_AUTH", "DEVICE_PASSWORD_VERIFIER" }) {
			cognito.verify(respondedTo(step)
				.withRequestBody(matchingJsonPath("$.ChallengeResponses.DEVICE_KEY", equalTo(device.getDeviceKey())))
				.withRequestBody(matchingJsonPath("$.ChallengeResponses.SECRET_HASH", equalTo(secretHash))));
		}
	}

	@Test
	void confirmSignInWhenPasswordChosenWithRememberedDeviceThenDeviceKeySentWithThePassword() {
		DeviceSecrets device = new DeviceSecrets("us-east-1_device-key-1", "device-group-1", "device-password-1");
		this.devices.save("alice", device);
		cognito.stubFor(operation("InitiateAuth").willReturn(ok("{\"ChallengeName\":\"SELECT_CHALLENGE\","
				+ "\"Session\":\"select-session\",\"ChallengeParameters\":{\"USERNAME\":\"alice\"},"
				+ "\"AvailableChallenges\":[\"PASSWORD\",\"EMAIL_OTP\"]}")));
		stubRespond("SELECT_CHALLENGE", tokens("alice"));
		this.manager.signIn("alice", null, SignInOptions.builder().authFlow(UserPoolAuthFlow.USER_AUTH).build());
		assertThat(this.manager.confirmSignIn("PASSWORD", Map.of(CognitoSessionManager.PASSWORD, PASSWORD)).isDone())
			.isTrue();
		cognito.verify(respondedTo("SELECT_CHALLENGE")
			.withRequestBody(matchingJsonPath("$.ChallengeResponses.DEVICE_KEY", equalTo(device.getDeviceKey())))
			.withRequestBody(
					matchingJsonPath("$.ChallengeResponses.SECRET_HASH", equalTo(this.userPool.secretHash("alice")))));
	}

	@Test
	void confirmSignInWhenDeviceChosenWithPasswordIsUnknownToCognitoThenForgottenAndErrorNamed() {
		DeviceSecrets device = new DeviceSecrets("us-east-1_device-key-1", "device-group-1", "device-password-1");
		this.devices.save("alice", device);
		cognito.stubFor(operation("InitiateAuth").willReturn(ok("{\"ChallengeName\":\"SELECT_CHALLENGE\","
				+ "\"Session\":\"select-session\",\"ChallengeParameters\":{\"USERNAME\":\"alice\"},"
				+ "\"AvailableChallenges\":[\"PASSWORD\"]}")));
		cognito.stubFor(respond("SELECT_CHALLENGE")
			.willReturn(CognitoWireMock.error(400, "ResourceNotFoundException", "Device does not exist.")));
		this.manager.signIn("alice", null, SignInOptions.builder().authFlow(UserPoolAuthFlow.USER_AUTH).build());
		assertThatExceptionOfType(CognitoSessionException.class)
			.isThrownBy(() -> this.manager.confirmSignIn("PASSWORD", Map.of(CognitoSessionManager.PASSWORD, PASSWORD)))
			.satisfies((ex) -> assertThat(ex.getErrorCode()).isEqualTo("ResourceNotFoundException"));
		assertThat(this.devices.load("alice")).isEmpty();
	}

	private void stubRespond(String challengeName, String body) {
		cognito.stubFor(respond(challengeName).willReturn(ok(body)));
	}

	private static MappingBuilder respond(String challengeName) {
		return operation("RespondToAuthChallenge")
			.withRequestBody(matchingJsonPath("$.ChallengeName", equalTo(challengeName)));
	}

	private static RequestPatternBuilder respondedTo(String challengeName) {
		return requested("RespondToAuthChallenge")
			.withRequestBody(matchingJsonPath("$.ChallengeName", equalTo(challengeName)));
	}

	private static String challenge(String name, String session, String parameters) {
		return "{\"ChallengeName\":\"" + name + "\",\"Session\":\"" + session + "\",\"ChallengeParameters\":"
				+ parameters + "}";
	}

	private String tokens(String username) {
		RawTokens raw = this.fixture.rawTokens(username, "refresh-token-1");
		return authenticationResult(raw.idToken(), raw.accessToken(), raw.refreshToken());
	}

	private static String quoted(String json) {
		return "\"" + json.replace("\"", "\\\"") + "\"";
	}

}
