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

import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.Map;

import io.github.cognitosession.exception.CodeMismatchException;
import io.github.cognitosession.exception.InvalidSessionStateException;
import io.github.cognitosession.exception.NotSignedInException;
import io.github.cognitosession.local.Provisioned;
import io.github.cognitosession.local.junit.LocalCognitoExtension;
import io.github.cognitosession.local.totp.Totp;
import io.github.cognitosession.mfa.TotpSetup;
import io.github.cognitosession.session.CognitoSessionManager;
import io.github.cognitosession.state.UserState;
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
import static org.assertj.core.api.Assertions.assertThatExceptionOfType;

/**
 * Authenticator-app (TOTP) MFA through the auto-configured {@link CognitoSessionManager}
 * against Local Cognito, which checks real TOTP codes on the shared test clock: the
 * {@code MFA_SETUP} sign-in, and setting up TOTP for a signed-in user.
 *
 * @author Cognito Session contributors
 */
@ExtendWith(OutputCaptureExtension.class)
class TotpIntegrationTests {

	private static final MutableClock clock = new MutableClock(Instant.parse("2026-03-01T09:00:00Z"));

	@RegisterExtension
	static LocalCognitoExtension cognito = LocalCognitoExtension.configure((builder) -> builder.clock(clock));

	private static final String PASSWORD = "Correct-Horse-1";

	@TempDir
	Path directory;

	@Test
	void signInWhenMfaSetupThenAssociatedSecretsCodeSignsInAndNextSignInAsksForTotp(CapturedOutput output) {
		Provisioned setup = cognito.provision().mfaRequired(true).clientSecret(true).user("alice", PASSWORD).create();
		runner(setup).run((context) -> {
			CognitoSessionManager manager = context.getBean(CognitoSessionManager.class);
			SignInResult challenge = manager.signIn("alice", PASSWORD);
			assertThat(challenge.getNextStep()).isEqualTo(SignInStep.MFA_SETUP);
			assertThat(challenge.getParameters()).containsEntry("MFAS_CAN_SETUP", "[\"SOFTWARE_TOKEN_MFA\"]");
			TotpSetup totp = manager.associateSoftwareToken();
			assertThat(totp.getUsername()).isEqualTo("alice");
			assertThat(totp.toString()).doesNotContain(totp.getSecretCode());
			assertThat(totp.toOtpauthUri("Example App")).isEqualTo(
					"otpauth://totp/Example%20App:alice?secret=" + totp.getSecretCode() + "&issuer=Example%20App");
			String right = Totp.code(totp.getSecretCode(), clock.instant());
			assertThatExceptionOfType(CodeMismatchException.class)
				.isThrownBy(() -> manager.confirmSignIn(otherThan(right)))
				.withMessageNotContaining(totp.getSecretCode());
			assertThat(manager.currentUserState()).isEqualTo(UserState.SIGNED_OUT);
			assertThat(
					manager.confirmSignIn(right, Map.of(CognitoSessionManager.FRIENDLY_DEVICE_NAME, "phone")).isDone())
				.isTrue();
			assertThat(manager.currentUserState()).isEqualTo(UserState.SIGNED_IN);
			assertThat(manager.getUsername()).isEqualTo("alice");
			assertThat(context.getBean(RecordedSessionEvents.class).transitions())
				.containsExactly("SIGNED_OUT -> SIGNED_IN");
			manager.signOut();
			clock.advance(Duration.ofMinutes(1));
			assertThat(manager.signIn("alice", PASSWORD).getNextStep()).isEqualTo(SignInStep.SOFTWARE_TOKEN_MFA);
			assertThat(manager.confirmSignIn(Totp.code(totp.getSecretCode(), clock.instant())).isDone()).isTrue();
			assertThat(output.getAll()).doesNotContain(totp.getSecretCode());
		});
	}

	@Test
	void confirmSignInWhenMfaSetupWithoutAssociatingThenInvalidSessionStateAndChallengeStillPending() {
		Provisioned setup = cognito.provision().mfaRequired(true).user("bob", PASSWORD).create();
		runner(setup).run((context) -> {
			CognitoSessionManager manager = context.getBean(CognitoSessionManager.class);
			assertThat(manager.signIn("bob", PASSWORD).getNextStep()).isEqualTo(SignInStep.MFA_SETUP);
			assertThatExceptionOfType(InvalidSessionStateException.class)
				.isThrownBy(() -> manager.confirmSignIn("123456"))
				.withMessageContaining("associateSoftwareToken()");
			TotpSetup totp = manager.associateSoftwareToken();
			assertThat(manager.confirmSignIn(Totp.code(totp.getSecretCode(), clock.instant())).isDone()).isTrue();
		});
	}

	@Test
	void associateSoftwareTokenWhenNoMfaSetupChallengeThenInvalidSessionState() {
		Provisioned setup = cognito.provision().user("carol", PASSWORD).create();
		runner(setup).run((context) -> {
			CognitoSessionManager manager = context.getBean(CognitoSessionManager.class);
			assertThatExceptionOfType(InvalidSessionStateException.class).isThrownBy(manager::associateSoftwareToken)
				.withMessageContaining("MFA_SETUP");
		});
	}

	@Test
	void setUpTotpWhenSignedInThenVerifiedAndEnabledTotpIsAskedAtNextSignIn() {
		Provisioned setup = cognito.provision().user("dave", PASSWORD).create();
		runner(setup).run((context) -> {
			CognitoSessionManager manager = context.getBean(CognitoSessionManager.class);
			assertThat(manager.signIn("dave", PASSWORD).isDone()).isTrue();
			TotpSetup totp = manager.mfa().orElseThrow().setUpTotp();
			assertThat(totp.getUsername()).isEqualTo("dave");
			String right = Totp.code(totp.getSecretCode(), clock.instant());
			assertThatExceptionOfType(CodeMismatchException.class)
				.isThrownBy(() -> manager.mfa().orElseThrow().verifyTotp(otherThan(right), "laptop"))
				.withMessageNotContaining(totp.getSecretCode());
			manager.mfa().orElseThrow().verifyTotp(right, "laptop");
			manager.signOut();
			assertThat(manager.signIn("dave", PASSWORD).isDone()).as("verified, not enabled").isTrue();
			manager.mfa().orElseThrow().setTotpMfaEnabled(true);
			manager.signOut();
			assertThat(manager.signIn("dave", PASSWORD).getNextStep()).isEqualTo(SignInStep.SOFTWARE_TOKEN_MFA);
			assertThat(manager.confirmSignIn(Totp.code(totp.getSecretCode(), clock.instant())).isDone()).isTrue();
			manager.mfa().orElseThrow().setTotpMfaEnabled(false);
			manager.signOut();
			assertThat(manager.signIn("dave", PASSWORD).isDone()).isTrue();
		});
	}

	@Test
	void setUpTotpWhenSignedOutThenNotSignedIn() {
		Provisioned setup = cognito.provision().user("erin", PASSWORD).create();
		runner(setup, "cognito.session.reauthentication-timeout=0s")
			.run((context) -> assertThatExceptionOfType(NotSignedInException.class)
				.isThrownBy(() -> context.getBean(CognitoSessionManager.class).mfa().orElseThrow().setUpTotp()));
	}

	private static String otherThan(String code) {
		return (code.charAt(0) == '0' ? "1" : "0") + code.substring(1);
	}

	private ApplicationContextRunner runner(Provisioned setup, String... properties) {
		return SessionContexts.runner(setup, clock, this.directory.resolve("session.bin"), properties);
	}

}
