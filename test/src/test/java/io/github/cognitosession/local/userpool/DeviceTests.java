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

package io.github.cognitosession.local.userpool;

import java.math.BigInteger;
import java.time.Duration;
import java.time.Instant;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import io.github.cognitosession.local.MutableClock;
import io.github.cognitosession.local.Provisioned;
import io.github.cognitosession.local.SignIn;
import io.github.cognitosession.local.TestSrpClient;
import io.github.cognitosession.local.UserPoolsClientExtension;
import io.github.cognitosession.local.junit.LocalCognitoExtension;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import software.amazon.awssdk.services.cognitoidentityprovider.CognitoIdentityProviderClient;
import software.amazon.awssdk.services.cognitoidentityprovider.model.AuthFlowType;
import software.amazon.awssdk.services.cognitoidentityprovider.model.ChallengeNameType;
import software.amazon.awssdk.services.cognitoidentityprovider.model.ConfirmDeviceResponse;
import software.amazon.awssdk.services.cognitoidentityprovider.model.DeviceRememberedStatusType;
import software.amazon.awssdk.services.cognitoidentityprovider.model.DeviceType;
import software.amazon.awssdk.services.cognitoidentityprovider.model.InitiateAuthResponse;
import software.amazon.awssdk.services.cognitoidentityprovider.model.NewDeviceMetadataType;
import software.amazon.awssdk.services.cognitoidentityprovider.model.NotAuthorizedException;
import software.amazon.awssdk.services.cognitoidentityprovider.model.ResourceNotFoundException;
import software.amazon.awssdk.services.cognitoidentityprovider.model.RespondToAuthChallengeResponse;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatExceptionOfType;

/**
 * Device tracking: NewDeviceMetadata, ConfirmDevice, DEVICE_SRP_AUTH /
 * DEVICE_PASSWORD_VERIFIER (a remembered device skips MFA) and the device operations.
 *
 * @author Cognito Session contributors
 */
class DeviceTests {

	private static final String DEVICE_PASSWORD = "device-password-1";

	private static final MutableClock clock = MutableClock.startingNow();

	@RegisterExtension
	static final LocalCognitoExtension cognito = LocalCognitoExtension.configure((builder) -> builder.clock(clock));

	@RegisterExtension
	static final UserPoolsClientExtension userPools = UserPoolsClientExtension.on(cognito);

	/** The NewDeviceMetadata of the last {@link #signInWithSmsMfa} sign-in. */
	private NewDeviceMetadataType lastDevice;

	@Test
	void signInWhenPoolDoesNotTrackDevicesThenNoDeviceMetadata() {
		Provisioned setup = cognito.provision().user("alice", "Password-1").create();
		assertThat(SignIn.tokens(userPools.client(), setup).newDeviceMetadata()).isNull();
	}

	@Test
	void signInWhenPoolTracksDevicesThenNewDeviceMetadataWithRegionalKey() {
		Provisioned setup = cognito.provision()
			.deviceTracking(DeviceTracking.ALWAYS)
			.user("alice", "Password-1")
			.create();
		NewDeviceMetadataType metadata = SignIn.tokens(userPools.client(), setup).newDeviceMetadata();
		assertThat(metadata.deviceKey()).startsWith(setup.region() + "_");
		assertThat(metadata.deviceGroupKey()).isNotBlank();
	}

	@Test
	void signInWhenDeviceIsRememberedThenDeviceSrpSkipsMfa() {
		Provisioned setup = cognito.provision()
			.deviceTracking(DeviceTracking.ALWAYS)
			.user("carol", "Password-1")
			.mfa(PoolUser.Mfa.SMS_MFA)
			.create();
		String accessToken = signInWithSmsMfa(setup, "carol", "Password-1").authenticationResult().accessToken();
		NewDeviceMetadataType device = lastDevice;
		ConfirmDeviceResponse confirmed = confirm(accessToken, device, "laptop");
		assertThat(confirmed.userConfirmationNecessary()).isFalse();
		RespondToAuthChallengeResponse afterPassword = srpWithDevice(setup, "carol", "Password-1", device.deviceKey());
		assertThat(afterPassword.challengeName()).isEqualTo(ChallengeNameType.DEVICE_SRP_AUTH);
		RespondToAuthChallengeResponse result = deviceSrp(setup, afterPassword, device, DEVICE_PASSWORD);
		assertThat(result.authenticationResult().accessToken()).isNotBlank();
		assertThat(result.authenticationResult().newDeviceMetadata()).isNull();
	}

	@Test
	void signInWhenDeviceIsNotRememberedThenMfaFollowsDeviceSrp() {
		Provisioned setup = cognito.provision()
			.deviceTracking(DeviceTracking.USER_OPT_IN)
			.user("carol", "Password-1")
			.mfa(PoolUser.Mfa.SMS_MFA)
			.create();
		String accessToken = signInWithSmsMfa(setup, "carol", "Password-1").authenticationResult().accessToken();
		NewDeviceMetadataType device = lastDevice;
		assertThat(confirm(accessToken, device, "laptop").userConfirmationNecessary()).isTrue();
		RespondToAuthChallengeResponse afterPassword = srpWithDevice(setup, "carol", "Password-1", device.deviceKey());
		RespondToAuthChallengeResponse result = deviceSrp(setup, afterPassword, device, DEVICE_PASSWORD);
		assertThat(result.challengeName()).isEqualTo(ChallengeNameType.SMS_MFA);
		userPools.client()
			.updateDeviceStatus((request) -> request.accessToken(accessToken)
				.deviceKey(device.deviceKey())
				.deviceRememberedStatus(DeviceRememberedStatusType.REMEMBERED));
		RespondToAuthChallengeResponse remembered = deviceSrp(setup,
				srpWithDevice(setup, "carol", "Password-1", device.deviceKey()), device, DEVICE_PASSWORD);
		assertThat(remembered.authenticationResult()).isNotNull();
	}

	@Test
	void devicePasswordVerifierWhenDevicePasswordIsWrongThenNotAuthorized() {
		Provisioned setup = cognito.provision()
			.deviceTracking(DeviceTracking.ALWAYS)
			.user("alice", "Password-1")
			.create();
		String accessToken = SignIn.tokens(userPools.client(), setup).accessToken();
		NewDeviceMetadataType device = SignIn.tokens(userPools.client(), setup).newDeviceMetadata();
		confirm(accessToken, device, null);
		RespondToAuthChallengeResponse afterPassword = srpWithDevice(setup, "alice", "Password-1", device.deviceKey());
		assertThatExceptionOfType(NotAuthorizedException.class)
			.isThrownBy(() -> deviceSrp(setup, afterPassword, device, "not-the-device-password"));
	}

	@Test
	void signInWhenDeviceWasForgottenThenResourceNotFound() {
		Provisioned setup = cognito.provision()
			.deviceTracking(DeviceTracking.ALWAYS)
			.user("alice", "Password-1")
			.create();
		var tokens = SignIn.tokens(userPools.client(), setup);
		NewDeviceMetadataType device = tokens.newDeviceMetadata();
		confirm(tokens.accessToken(), device, "laptop");
		userPools.client()
			.forgetDevice((request) -> request.accessToken(tokens.accessToken()).deviceKey(device.deviceKey()));
		assertThatExceptionOfType(ResourceNotFoundException.class)
			.isThrownBy(() -> srpWithDevice(setup, "alice", "Password-1", device.deviceKey()))
			.withMessageContaining("Device does not exist");
		assertThatExceptionOfType(ResourceNotFoundException.class).isThrownBy(() -> userPools.client()
			.forgetDevice((request) -> request.accessToken(tokens.accessToken()).deviceKey(device.deviceKey())));
	}

	@Test
	void listDevicesWhenDevicesAreConfirmedThenListsThemWithStatusAndLastAuthentication() {
		Provisioned setup = cognito.provision()
			.deviceTracking(DeviceTracking.USER_OPT_IN)
			.user("alice", "Password-1")
			.create();
		var first = SignIn.tokens(userPools.client(), setup);
		confirm(first.accessToken(), first.newDeviceMetadata(), "laptop");
		var unconfirmed = SignIn.tokens(userPools.client(), setup);
		Instant created = clock.instant();
		clock.advance(Duration.ofMinutes(10));
		deviceSrp(setup, srpWithDevice(setup, "alice", "Password-1", first.newDeviceMetadata().deviceKey()),
				first.newDeviceMetadata(), DEVICE_PASSWORD);
		List<DeviceType> devices = userPools.client()
			.listDevices((request) -> request.accessToken(first.accessToken()))
			.devices();
		assertThat(devices).singleElement().satisfies((device) -> {
			assertThat(device.deviceKey()).isEqualTo(first.newDeviceMetadata().deviceKey());
			assertThat(device.deviceAttributes()).anySatisfy((attribute) -> {
				assertThat(attribute.name()).isEqualTo("device_name");
				assertThat(attribute.value()).isEqualTo("laptop");
			});
			assertThat(device.deviceAttributes()).anySatisfy((attribute) -> {
				assertThat(attribute.name()).isEqualTo("dev:device_remembered_status");
				assertThat(attribute.value()).isEqualTo("not_remembered");
			});
			assertThat(device.deviceLastAuthenticatedDate()).isAfter(created);
		});
		assertThatExceptionOfType(ResourceNotFoundException.class).isThrownBy(() -> userPools.client()
			.getDevice((request) -> request.accessToken(first.accessToken())
				.deviceKey(unconfirmed.newDeviceMetadata().deviceKey())));
		userPools.client()
			.updateDeviceStatus((request) -> request.accessToken(first.accessToken())
				.deviceKey(first.newDeviceMetadata().deviceKey())
				.deviceRememberedStatus(DeviceRememberedStatusType.REMEMBERED));
		DeviceType device = userPools.client()
			.getDevice((request) -> request.accessToken(first.accessToken())
				.deviceKey(first.newDeviceMetadata().deviceKey()))
			.device();
		assertThat(device.deviceAttributes()).anySatisfy((attribute) -> {
			assertThat(attribute.name()).isEqualTo("dev:device_remembered_status");
			assertThat(attribute.value()).isEqualTo("remembered");
		});
	}

	private RespondToAuthChallengeResponse signInWithSmsMfa(Provisioned setup, String username, String password) {
		RespondToAuthChallengeResponse challenge = SignIn.srp(userPools.client(), setup, username, password);
		assertThat(challenge.challengeName()).isEqualTo(ChallengeNameType.SMS_MFA);
		String code = cognito.cognito().lastCode(setup.userPoolId(), username);
		RespondToAuthChallengeResponse answer = userPools.client()
			.respondToAuthChallenge((request) -> request.clientId(setup.clientId())
				.challengeName(ChallengeNameType.SMS_MFA)
				.session(challenge.session())
				.challengeResponses(Map.of("USERNAME", username, "SMS_MFA_CODE", code)));
		this.lastDevice = answer.authenticationResult().newDeviceMetadata();
		assertThat(this.lastDevice).isNotNull();
		return answer;
	}

	private static ConfirmDeviceResponse confirm(String accessToken, NewDeviceMetadataType device, String name) {
		String[] verifier = TestSrpClient.deviceVerifier(new BigInteger("e7dc204cebbfda6b62b8493e932f7f4c", 16),
				device.deviceGroupKey(), device.deviceKey(), DEVICE_PASSWORD);
		return userPools.client()
			.confirmDevice((request) -> request.accessToken(accessToken)
				.deviceKey(device.deviceKey())
				.deviceName(name)
				.deviceSecretVerifierConfig((config) -> config.salt(verifier[0]).passwordVerifier(verifier[1])));
	}

	private static RespondToAuthChallengeResponse srpWithDevice(Provisioned setup, String username, String password,
			String deviceKey) {
		CognitoIdentityProviderClient client = userPools.client();
		TestSrpClient srp = new TestSrpClient();
		InitiateAuthResponse challenge = client.initiateAuth((request) -> request.authFlow(AuthFlowType.USER_SRP_AUTH)
			.clientId(setup.clientId())
			.authParameters(Map.of("USERNAME", username, "SRP_A", srp.srpA(), "DEVICE_KEY", deviceKey)));
		Map<String, String> responses = new HashMap<>(
				srp.respond(setup.userPoolId(), password, challenge.challengeParameters(), clock.instant()));
		responses.put("DEVICE_KEY", deviceKey);
		return client.respondToAuthChallenge((request) -> request.clientId(setup.clientId())
			.challengeName(ChallengeNameType.PASSWORD_VERIFIER)
			.challengeResponses(responses));
	}

	private static RespondToAuthChallengeResponse deviceSrp(Provisioned setup,
			RespondToAuthChallengeResponse deviceSrpAuth, NewDeviceMetadataType device, String devicePassword) {
		assertThat(deviceSrpAuth.challengeName()).isEqualTo(ChallengeNameType.DEVICE_SRP_AUTH);
		String username = deviceSrpAuth.challengeParameters().get("USERNAME");
		TestSrpClient srp = new TestSrpClient();
		RespondToAuthChallengeResponse verifier = userPools.client()
			.respondToAuthChallenge((request) -> request.clientId(setup.clientId())
				.challengeName(ChallengeNameType.DEVICE_SRP_AUTH)
				.session(deviceSrpAuth.session())
				.challengeResponses(
						Map.of("USERNAME", username, "DEVICE_KEY", device.deviceKey(), "SRP_A", srp.srpA())));
		assertThat(verifier.challengeName()).isEqualTo(ChallengeNameType.DEVICE_PASSWORD_VERIFIER);
		Map<String, String> responses = srp.respondForDevice(device.deviceGroupKey(), device.deviceKey(),
				devicePassword, verifier.challengeParameters(), clock.instant());
		return userPools.client()
			.respondToAuthChallenge((request) -> request.clientId(setup.clientId())
				.challengeName(ChallengeNameType.DEVICE_PASSWORD_VERIFIER)
				.session(verifier.session())
				.challengeResponses(responses));
	}

}
