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

import java.util.Optional;
import java.util.function.Consumer;
import java.util.stream.Stream;

import com.github.tomakehurst.wiremock.junit5.WireMockExtension;
import com.github.tomakehurst.wiremock.stubbing.Scenario;
import io.github.cognitosession.device.CognitoDeviceClient;
import io.github.cognitosession.device.DeviceOperations;
import io.github.cognitosession.device.DeviceSecrets;
import io.github.cognitosession.device.InMemoryDeviceSecretsStore;
import io.github.cognitosession.exception.CognitoSessionException;
import io.github.cognitosession.faults.Fault;
import io.github.cognitosession.faults.FaultMatrix;
import io.github.cognitosession.faults.UpstreamCalls;
import io.github.cognitosession.signin.CognitoUserPoolAuthenticator;
import io.github.cognitosession.signin.RawTokens;
import io.github.cognitosession.signin.SignInStep;
import io.github.cognitosession.signin.UserPoolAuthFlow;
import io.github.cognitosession.signin.UserPoolAuthenticatorSettings;
import io.github.cognitosession.state.UserState;
import io.github.cognitosession.store.SessionRecord;
import io.github.cognitosession.token.CognitoTokens;
import io.github.cognitosession.token.TestTokens;
import io.github.cognitosession.userpool.UserPoolClient;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.EnumSource;
import org.junit.jupiter.params.provider.MethodSource;
import software.amazon.awssdk.services.cognitoidentityprovider.CognitoIdentityProviderClient;

import static com.github.tomakehurst.wiremock.client.WireMock.containing;
import static io.github.cognitosession.token.CognitoWireMock.ok;
import static io.github.cognitosession.token.CognitoWireMock.operation;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowable;

/**
 * The fault matrix of the remembered-device calls: {@code ConfirmDevice} (made by a
 * sign-in that returns new device metadata), {@code UpdateDeviceStatus},
 * {@code ListDevices} and {@code ForgetDevice}. A fault never signs the user out or
 * changes the tokens; the device secrets are kept unless Cognito really forgot the
 * device; a failed {@code ConfirmDevice} leaves the user signed in with no device
 * remembered; the other calls give a clear exception naming the step. The sign-in of a
 * remembered device ({@code RespondToAuthChallenge} with {@code DEVICE_SRP_AUTH}, then
 * {@code DEVICE_PASSWORD_VERIFIER}) fails clearly, leaves the user signed out and keeps
 * the device secrets (only Cognito's rejection of the device forgets them).
 *
 * @author Cognito Session contributors
 */
class DeviceFaultMatrixTests {

	private static final String PASSWORD = "Correct-Horse-1";

	private static final String REFRESH_TOKEN = "refresh-token-secret";

	private static final DeviceSecrets DEVICE = new DeviceSecrets("us-east-1_device-key-1", "device-group-1",
			"device-password-1");

	private static final UpstreamCalls calls = new UpstreamCalls();

	@RegisterExtension
	static WireMockExtension cognito = FaultMatrix.server(calls);

	private final SessionFixture fixture = new SessionFixture();

	private final InMemoryDeviceSecretsStore devices = new InMemoryDeviceSecretsStore();

	private CognitoIdentityProviderClient client;

	private DefaultCognitoSessionManager manager;

	static Stream<Arguments> cells() {
		Stream<Arguments> steps = Stream.of(
				Arguments.of("UpdateDeviceStatus", "device status",
						(Consumer<DeviceOperations>) DeviceOperations::rememberDevice),
				Arguments.of("ListDevices", "device listing",
						(Consumer<DeviceOperations>) DeviceOperations::listDevices),
				Arguments.of("ForgetDevice", "device removal",
						(Consumer<DeviceOperations>) DeviceOperations::forgetDevice));
		return steps.flatMap((step) -> Stream.of(Fault.values())
			.map((fault) -> Arguments.of(step.get()[0], step.get()[1], step.get()[2], fault)));
	}

	@BeforeEach
	void createManager() {
		calls.reset();
		this.client = FaultMatrix.userPools(cognito.baseUrl(), TestTokens.POOL_ID);
		CognitoUserPoolAuthenticator authenticator = new CognitoUserPoolAuthenticator(this.client,
				UserPoolAuthenticatorSettings.builder()
					.userPool(UserPoolClient.of(TestTokens.POOL_ID, TestTokens.CLIENT_ID))
					.authFlow(UserPoolAuthFlow.USER_PASSWORD_AUTH)
					.clock(this.fixture.clock)
					.build());
		authenticator.setDeviceSecretsStore(this.devices);
		this.manager = this.fixture.builder(this.fixture.refresher(false))
			.authenticator(authenticator)
			.deviceTracking(this.devices, new CognitoDeviceClient(this.client))
			.build();
	}

	@AfterEach
	void closeClient() {
		this.client.close();
	}

	@ParameterizedTest
	@EnumSource(Fault.class)
	void confirmDeviceWhenFaultThenSignedInAndTheDeviceNotRemembered(Fault fault) {
		RawTokens raw = this.fixture.rawTokens("alice", REFRESH_TOKEN);
		cognito.stubFor(operation("InitiateAuth").willReturn(ok("{\"AuthenticationResult\":{\"IdToken\":\""
				+ raw.idToken() + "\",\"AccessToken\":\"" + raw.accessToken() + "\",\"RefreshToken\":\"" + REFRESH_TOKEN
				+ "\",\"ExpiresIn\":3600,\"TokenType\":\"Bearer\",\"NewDeviceMetadata\":{\"DeviceKey\":\""
				+ DEVICE.getDeviceKey() + "\",\"DeviceGroupKey\":\"" + DEVICE.getDeviceGroupKey() + "\"}}}")));
		cognito.stubFor(operation("ConfirmDevice").willReturn(fault.awsJson()));

		assertThat(this.manager.signIn("alice", PASSWORD).getNextStep()).isEqualTo(SignInStep.DONE);

		assertThat(this.manager.currentUserState()).isEqualTo(UserState.SIGNED_IN);
		assertThat(calls.count("ConfirmDevice")).isBetween(1, FaultMatrix.MAX_ATTEMPTS);
		Optional<DeviceSecrets> remembered = this.devices.load("alice");
		if (fault == Fault.EMPTY_BODY) {
			// a 200 with no fields: Cognito confirmed the device
			assertThat(remembered)
				.hasValueSatisfying((secrets) -> assertThat(secrets.getDeviceKey()).isEqualTo(DEVICE.getDeviceKey()));
		}
		else {
			assertThat(remembered).isEmpty();
		}
	}

	@ParameterizedTest(name = "{0} {3}")
	@MethodSource("cells")
	void deviceStepWhenFaultThenStillSignedInDeviceKeptAndClearFailure(String operation, String name,
			Consumer<DeviceOperations> step, Fault fault) {
		CognitoTokens tokens = signedInWithDevice();
		SessionRecord stored = this.fixture.store.record();
		cognito.stubFor(operation(operation).willReturn(fault.awsJson()));

		Throwable failure = catchThrowable(() -> step.accept(this.manager.devices().orElseThrow()));

		boolean emptyOutput = !"ListDevices".equals(operation);
		if (fault == Fault.EMPTY_BODY || (fault.isTimelyOk() && emptyOutput)) {
			// a 200 whose fields are all absent (no devices) or not read at all
			assertThat(failure).isNull();
		}
		else {
			FaultMatrix.assertClearFailure(failure, fault, name, REFRESH_TOKEN, tokens.getAccessToken().getTokenValue(),
					DEVICE.getDevicePassword());
			assertThat(this.devices.load("alice")).as("the device secrets are kept").contains(DEVICE);
		}
		assertThat(calls.count(operation)).isBetween(1, FaultMatrix.MAX_ATTEMPTS);
		assertThat(this.manager.currentUserState()).isEqualTo(UserState.SIGNED_IN);
		assertThat(this.manager.getTokens()).isSameAs(tokens);
		assertThat(this.fixture.store.record()).isEqualTo(stored);
	}

	@ParameterizedTest
	@EnumSource(Fault.class)
	void deviceSrpWhenFaultThenStillSignedOutDeviceKeptAndClearFailure(Fault fault) {
		this.devices.save("alice", DEVICE);
		cognito.stubFor(operation("InitiateAuth").willReturn(ok("{\"ChallengeName\":\"DEVICE_SRP_AUTH\","
				+ "\"Session\":\"device-session\",\"ChallengeParameters\":{\"USERNAME\":\"alice\"}}")));
		cognito.stubFor(operation("RespondToAuthChallenge").willReturn(fault.awsJson()));

		Throwable failure = catchThrowable(() -> this.manager.signIn("alice", PASSWORD));

		FaultMatrix.assertClearFailure(failure, fault, "sign-in", PASSWORD, DEVICE.getDevicePassword(),
				"device-session");
		assertThat(calls.count("RespondToAuthChallenge")).isBetween(1, FaultMatrix.MAX_ATTEMPTS);
		assertThat(this.devices.load("alice")).as("the device secrets are kept").contains(DEVICE);
		assertThat(this.manager.currentUserState()).isEqualTo(UserState.SIGNED_OUT);
		assertThat(this.fixture.store.record()).isNull();
	}

	@ParameterizedTest
	@EnumSource(Fault.class)
	void devicePasswordVerifierWhenFaultThenStillSignedOutDeviceKeptAndClearFailure(Fault fault) {
		this.devices.save("alice", DEVICE);
		cognito.stubFor(operation("InitiateAuth").willReturn(ok("{\"ChallengeName\":\"DEVICE_SRP_AUTH\","
				+ "\"Session\":\"device-session\",\"ChallengeParameters\":{\"USERNAME\":\"alice\"}}")));
		cognito.stubFor(operation("RespondToAuthChallenge").withRequestBody(containing("\"DEVICE_SRP_AUTH\""))
			.willReturn(ok("{\"ChallengeName\":\"DEVICE_PASSWORD_VERIFIER\",\"Session\":\"verifier-session\","
					+ "\"ChallengeParameters\":{\"USERNAME\":\"alice\",\"SRP_B\":\"" + "7d".repeat(64)
					+ "\",\"SALT\":\"e7dc204cebbfda6b62b8493e932f7f4c\",\"SECRET_BLOCK\":\"c2VjcmV0LWJsb2Nr\"}}")));
		cognito.stubFor(operation("RespondToAuthChallenge").withRequestBody(containing("\"DEVICE_PASSWORD_VERIFIER\""))
			.willReturn(fault.awsJson()));

		Throwable failure = catchThrowable(() -> this.manager.signIn("alice", PASSWORD));

		FaultMatrix.assertClearFailure(failure, fault, "sign-in", PASSWORD, DEVICE.getDevicePassword(),
				"verifier-session");
		assertThat(calls.count("RespondToAuthChallenge")).isBetween(2, 1 + FaultMatrix.MAX_ATTEMPTS);
		assertThat(this.devices.load("alice")).as("the device secrets are kept").contains(DEVICE);
		assertThat(this.manager.currentUserState()).isEqualTo(UserState.SIGNED_OUT);
		assertThat(this.fixture.store.record()).isNull();
	}

	@Test
	void listDevicesWhenCognitoRepeatsAPageTokenThenClearFailureAfterTheRepeat() {
		CognitoTokens tokens = signedInWithDevice();
		SessionRecord stored = this.fixture.store.record();
		String page = "{\"Devices\":[{\"DeviceKey\":\"" + DEVICE.getDeviceKey() + "\"}],"
				+ "\"PaginationToken\":\"page-2\"}";
		cognito.stubFor(operation("ListDevices").inScenario("pages")
			.whenScenarioStateIs(Scenario.STARTED)
			.willReturn(ok(page))
			.willSetStateTo("repeated"));
		cognito.stubFor(operation("ListDevices").inScenario("pages")
			.whenScenarioStateIs("repeated")
			.willReturn(ok(page))
			.willSetStateTo("last"));
		cognito.stubFor(operation("ListDevices").inScenario("pages")
			.whenScenarioStateIs("last")
			.willReturn(ok("{\"Devices\":[]}")));

		Throwable failure = catchThrowable(() -> this.manager.devices().orElseThrow().listDevices());

		assertThat(failure).isInstanceOf(CognitoSessionException.class).hasMessageContaining("device listing");
		FaultMatrix.assertNoSecret(failure, REFRESH_TOKEN, tokens.getAccessToken().getTokenValue(),
				DEVICE.getDevicePassword());
		assertThat(calls.count("ListDevices")).as("no request after the repeated token").isEqualTo(2);
		assertThat(this.manager.currentUserState()).isEqualTo(UserState.SIGNED_IN);
		assertThat(this.manager.getTokens()).isSameAs(tokens);
		assertThat(this.fixture.store.record()).isEqualTo(stored);
		assertThat(this.devices.load("alice")).contains(DEVICE);
	}

	private CognitoTokens signedInWithDevice() {
		this.devices.save("alice", DEVICE);
		RawTokens raw = this.fixture.rawTokens("alice", REFRESH_TOKEN);
		cognito.stubFor(operation("InitiateAuth").willReturn(ok("{\"AuthenticationResult\":{\"IdToken\":\""
				+ raw.idToken() + "\",\"AccessToken\":\"" + raw.accessToken() + "\",\"RefreshToken\":\"" + REFRESH_TOKEN
				+ "\",\"ExpiresIn\":3600,\"TokenType\":\"Bearer\"}}")));
		this.manager.signIn("alice", PASSWORD);
		this.fixture.events.events.clear();
		return this.manager.getTokens();
	}

}
