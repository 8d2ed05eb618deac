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

package io.github.cognitosession.it;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;

import io.github.cognitosession.device.CognitoDeviceClient;
import io.github.cognitosession.device.Device;
import io.github.cognitosession.device.DeviceSecrets;
import io.github.cognitosession.device.DeviceSecretsStore;
import io.github.cognitosession.local.Provisioned;
import io.github.cognitosession.local.fault.Fault;
import io.github.cognitosession.local.userpool.DeviceTracking;
import io.github.cognitosession.local.userpool.PoolUser;
import io.github.cognitosession.session.CognitoSessionManager;
import io.github.cognitosession.signin.SignInResult;
import io.github.cognitosession.signin.SignInStep;
import io.github.cognitosession.local.MutableClock;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.api.io.TempDir;

import org.springframework.boot.test.context.runner.ApplicationContextRunner;
import org.springframework.boot.test.system.CapturedOutput;
import org.springframework.boot.test.system.OutputCaptureExtension;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Remembered devices through the auto-configured {@link CognitoSessionManager} against
 * Local Cognito: a sign-in with MFA confirms the device, and a remembered device signs in
 * again without MFA through DEVICE_SRP_AUTH, also after a restart.
 *
 * @author Cognito Session contributors
 */
@ExtendWith(OutputCaptureExtension.class)
class DeviceIntegrationTests {

	private static final MutableClock clock = new MutableClock(Instant.parse("2026-03-01T09:00:00Z"));

	@RegisterExtension
	static final FaultClearingCognitoExtension cognito = FaultClearingCognitoExtension.withClock(clock);

	private static final String PASSWORD = "Correct-Horse-1";

	@TempDir
	Path directory;

	@Test
	void signInWhenDeviceIsRememberedThenNextSignInSkipsMfaEvenAfterRestart(CapturedOutput output) throws Exception {
		Provisioned setup = cognito.provision()
			.deviceTracking(DeviceTracking.ALWAYS)
			.clientSecret(true)
			.user("carol", PASSWORD)
			.mfa(PoolUser.Mfa.SMS_MFA)
			.create();
		runner(setup).run((context) -> {
			CognitoSessionManager manager = context.getBean(CognitoSessionManager.class);
			signInWithSmsMfa(manager, setup, "carol");
			assertThat(manager.devices().orElseThrow().listDevices()).singleElement().satisfies((device) -> {
				assertThat(device.isRemembered()).isTrue();
				assertThat(device.getLastAuthenticated()).isNotNull();
			});
			manager.signOut();
			clock.advance(Duration.ofMinutes(1));
			SignInResult again = manager.signIn("carol", PASSWORD);
			assertThat(again.isDone()).as("a remembered device skips MFA").isTrue();
		});
		runner(setup).run((context) -> {
			CognitoSessionManager manager = context.getBean(CognitoSessionManager.class);
			manager.signOut();
			assertThat(manager.signIn("carol", PASSWORD).isDone()).as("the device survives sign-out and restart")
				.isTrue();
			DeviceSecrets secrets = context.getBean(DeviceSecretsStore.class).load("carol").orElseThrow();
			String file = Files.readString(this.directory.resolve("session.bin.devices"), StandardCharsets.ISO_8859_1);
			assertThat(file).doesNotContain(secrets.getDeviceKey(), secrets.getDevicePassword());
			assertThat(output.getAll()).doesNotContain(secrets.getDeviceKey(), secrets.getDeviceGroupKey(),
					secrets.getDevicePassword());
			assertThat(secrets.toString()).doesNotContain(secrets.getDeviceKey(), secrets.getDevicePassword());
			assertThat(manager.devices().orElseThrow().listDevices().get(0).toString())
				.doesNotContain(secrets.getDeviceKey());
		});
	}

	@Test
	void rememberDeviceWhenPoolRemembersOnUserPromptThenMfaIsSkippedOnlyAfterwards() {
		Provisioned setup = cognito.provision()
			.deviceTracking(DeviceTracking.USER_OPT_IN)
			.user("dave", PASSWORD)
			.mfa(PoolUser.Mfa.SMS_MFA)
			.create();
		runner(setup).run((context) -> {
			CognitoSessionManager manager = context.getBean(CognitoSessionManager.class);
			signInWithSmsMfa(manager, setup, "dave");
			assertThat(manager.devices().orElseThrow().listDevices()).singleElement()
				.extracting(Device::isRemembered)
				.isEqualTo(false);
			manager.signOut();
			signInWithSmsMfa(manager, setup, "dave");
			manager.devices().orElseThrow().rememberDevice();
			assertThat(manager.devices().orElseThrow().listDevices()).singleElement()
				.extracting(Device::isRemembered)
				.isEqualTo(true);
			manager.signOut();
			assertThat(manager.signIn("dave", PASSWORD).isDone()).isTrue();
			String accessToken = manager.getTokens().getAccessToken().getTokenValue();
			assertThat(manager.getTokens(true).getAccessToken().getTokenValue()).as("refreshed with the device key")
				.isNotEqualTo(accessToken);
		});
	}

	@Test
	void forgetDeviceWhenSignedInThenNextSignInAsksForMfaAndGetsNewDevice() {
		Provisioned setup = cognito.provision()
			.deviceTracking(DeviceTracking.ALWAYS)
			.user("erin", PASSWORD)
			.mfa(PoolUser.Mfa.SMS_MFA)
			.create();
		runner(setup).run((context) -> {
			CognitoSessionManager manager = context.getBean(CognitoSessionManager.class);
			DeviceSecretsStore store = context.getBean(DeviceSecretsStore.class);
			signInWithSmsMfa(manager, setup, "erin");
			String first = store.load("erin").orElseThrow().getDeviceKey();
			manager.devices().orElseThrow().forgetDevice();
			assertThat(store.load("erin")).isEmpty();
			assertThat(manager.devices().orElseThrow().listDevices()).isEmpty();
			manager.signOut();
			signInWithSmsMfa(manager, setup, "erin");
			assertThat(store.load("erin")).get().extracting(DeviceSecrets::getDeviceKey).isNotEqualTo(first);
		});
	}

	@Test
	void signInWhenCognitoForgotTheDeviceElsewhereThenDeviceIsDroppedAndSignInAsksForMfa(CapturedOutput output) {
		Provisioned setup = cognito.provision()
			.deviceTracking(DeviceTracking.ALWAYS)
			.user("frank", PASSWORD)
			.mfa(PoolUser.Mfa.SMS_MFA)
			.create();
		runner(setup).run((context) -> {
			CognitoSessionManager manager = context.getBean(CognitoSessionManager.class);
			DeviceSecretsStore store = context.getBean(DeviceSecretsStore.class);
			signInWithSmsMfa(manager, setup, "frank");
			DeviceSecrets stale = store.load("frank").orElseThrow();
			context.getBean(CognitoDeviceClient.class)
				.forget(manager.getTokens().getAccessToken().getTokenValue(), stale.getDeviceKey());
			manager.signOut();
			signInWithSmsMfa(manager, setup, "frank");
			assertThat(store.load("frank")).get().isNotEqualTo(stale);
			assertThat(output.getAll()).contains("no longer knows the remembered device")
				.doesNotContain(stale.getDeviceKey());
		});
	}

	@Test
	void signInWhenDevicePasswordIsRejectedThenDeviceIsDroppedAndSignInAsksForMfa() {
		Provisioned setup = cognito.provision()
			.deviceTracking(DeviceTracking.ALWAYS)
			.user("grace", PASSWORD)
			.mfa(PoolUser.Mfa.SMS_MFA)
			.create();
		runner(setup).run((context) -> {
			CognitoSessionManager manager = context.getBean(CognitoSessionManager.class);
			DeviceSecretsStore store = context.getBean(DeviceSecretsStore.class);
			signInWithSmsMfa(manager, setup, "grace");
			DeviceSecrets device = store.load("grace").orElseThrow();
			store.save("grace",
					new DeviceSecrets(device.getDeviceKey(), device.getDeviceGroupKey(), "not-the-device-password"));
			manager.signOut();
			signInWithSmsMfa(manager, setup, "grace");
			assertThat(store.load("grace")).get()
				.extracting(DeviceSecrets::getDeviceKey)
				.isNotEqualTo(device.getDeviceKey());
		});
	}

	@Test
	void signInWhenConfirmDeviceFailsThenSignedInWithoutRememberingTheDevice(CapturedOutput output) {
		Provisioned setup = cognito.provision()
			.deviceTracking(DeviceTracking.ALWAYS)
			.user("heidi", PASSWORD)
			.mfa(PoolUser.Mfa.SMS_MFA)
			.create();
		cognito.cognito()
			.faults()
			.failNext("ConfirmDevice", 1, Fault.error("InvalidParameterException", "verifier rejected"));
		runner(setup).run((context) -> {
			CognitoSessionManager manager = context.getBean(CognitoSessionManager.class);
			signInWithSmsMfa(manager, setup, "heidi");
			assertThat(context.getBean(DeviceSecretsStore.class).load("heidi")).isEmpty();
			assertThat(output.getAll()).contains("Could not confirm this device with Cognito");
			manager.signOut();
			signInWithSmsMfa(manager, setup, "heidi");
			assertThat(context.getBean(DeviceSecretsStore.class).load("heidi")).isPresent();
		});
	}

	private static void signInWithSmsMfa(CognitoSessionManager manager, Provisioned setup, String username) {
		SignInResult challenge = manager.signIn(username, PASSWORD);
		assertThat(challenge.getNextStep()).isEqualTo(SignInStep.SMS_MFA);
		assertThat(manager.confirmSignIn(cognito.cognito().lastCode(setup.userPoolId(), username)).isDone()).isTrue();
	}

	private ApplicationContextRunner runner(Provisioned setup, String... properties) {
		return SessionContexts.runner(setup, clock, this.directory.resolve("session.bin"), properties);
	}

}
