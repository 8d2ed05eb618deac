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
import java.time.Instant;
import java.util.Map;

import io.github.cognitosession.exception.CodeMismatchException;
import io.github.cognitosession.exception.InvalidCredentialsException;
import io.github.cognitosession.local.Provisioned;
import io.github.cognitosession.local.junit.LocalCognitoExtension;
import io.github.cognitosession.local.userpool.PoolUser;
import io.github.cognitosession.session.CognitoSessionManager;
import io.github.cognitosession.state.UserState;
import io.github.cognitosession.signin.SignInResult;
import io.github.cognitosession.signin.SignInStep;
import io.github.cognitosession.token.CognitoTokens;
import io.github.cognitosession.local.MutableClock;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.api.io.TempDir;

import org.springframework.boot.test.context.runner.ApplicationContextRunner;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatExceptionOfType;

/**
 * Sign-in through the auto-configured {@link CognitoSessionManager} against Local
 * Cognito, which checks the SRP proof the way Cognito does: both auth flows, clients with
 * and without a secret, and the challenges answered with the codes the emulator
 * "delivered".
 *
 * @author Cognito Session contributors
 */
class SignInIntegrationTests {

	private static final MutableClock clock = new MutableClock(Instant.parse("2026-03-01T09:00:00Z"));

	@RegisterExtension
	static LocalCognitoExtension cognito = LocalCognitoExtension.configure((builder) -> builder.clock(clock));

	private static final String PASSWORD = "Correct-Horse-1";

	@TempDir
	Path directory;

	@Test
	void signInWhenSrpWithPublicClientThenSignedInWithVerifiedTokens() {
		Provisioned setup = cognito.provision().user("alice", PASSWORD).create();
		runner(setup).run((context) -> {
			CognitoSessionManager manager = context.getBean(CognitoSessionManager.class);
			assertThat(manager.signIn("alice", PASSWORD).isDone()).isTrue();
			assertThat(manager.currentUserState()).isEqualTo(UserState.SIGNED_IN);
			assertThat(manager.getUsername()).isEqualTo("alice");
			CognitoTokens tokens = manager.getTokens();
			assertThat(tokens.getIdToken().getClaims()).containsEntry("aud", setup.clientId())
				.containsEntry("token_use", "id")
				.containsEntry("iss", setup.issuer());
			assertThat(tokens.getAccessToken().getClaimAsString("client_id")).isEqualTo(setup.clientId());
			assertThat(manager.getUserSub()).isEqualTo(tokens.getIdToken().getSubject()).isNotBlank();
			assertThat(tokens.getRefreshToken()).isNotBlank();
			assertThat(context.getBean(RecordedSessionEvents.class).transitions())
				.containsExactly("SIGNED_OUT -> SIGNED_IN");
		});
	}

	@Test
	void signInWhenSrpWithClientSecretThenSignedIn() {
		Provisioned setup = cognito.provision().clientSecret(true).user("bob", PASSWORD).create();
		assertThat(setup.springProperties()).containsKey("cognito.user-pool.client-secret");
		runner(setup).run((context) -> {
			CognitoSessionManager manager = context.getBean(CognitoSessionManager.class);
			assertThat(manager.signIn("bob", PASSWORD).isDone()).isTrue();
			assertThat(manager.getUsername()).isEqualTo("bob");
		});
	}

	@Test
	void signInWhenSrpWithWrongPasswordThenInvalidCredentialsAndStillSignedOut() {
		Provisioned setup = cognito.provision().clientSecret(true).user("carol", PASSWORD).create();
		runner(setup).run((context) -> {
			CognitoSessionManager manager = context.getBean(CognitoSessionManager.class);
			assertThatExceptionOfType(InvalidCredentialsException.class)
				.isThrownBy(() -> manager.signIn("carol", "Wrong-Horse-1"))
				.withMessageNotContaining("Wrong-Horse-1");
			assertThat(manager.currentUserState()).isEqualTo(UserState.SIGNED_OUT);
			assertThat(context.getBean(RecordedSessionEvents.class).all()).isEmpty();
		});
	}

	@Test
	void signInWhenClientSecretNotConfiguredThenErrorNamesTheSecretRatherThanThePassword() {
		Provisioned setup = cognito.provision().clientSecret(true).user("heidi", PASSWORD).create();
		Provisioned withoutSecret = new Provisioned(setup.endpoint(), setup.region(), setup.userPoolId(),
				setup.clientId(), null, setup.username(), setup.password(), setup.identityPoolId(), setup.issuer());
		runner(withoutSecret).run((context) -> assertThatExceptionOfType(InvalidCredentialsException.class)
			.isThrownBy(() -> context.getBean(CognitoSessionManager.class).signIn("heidi", PASSWORD))
			.withMessageContaining("secret was not received")
			.withMessageContaining("cognito.user-pool.client-secret")
			.withMessageNotContaining("password"));
	}

	@Test
	void signInWhenUserPasswordAuthWithClientSecretThenSignedIn() {
		Provisioned setup = cognito.provision().clientSecret(true).user("dave", PASSWORD).create();
		runner(setup, "cognito.user-pool.auth-flow=user-password-auth").run((context) -> {
			CognitoSessionManager manager = context.getBean(CognitoSessionManager.class);
			assertThat(manager.signIn("dave", PASSWORD).isDone()).isTrue();
			assertThat(manager.getUsername()).isEqualTo("dave");
			assertThatExceptionOfType(InvalidCredentialsException.class)
				.isThrownBy(() -> manager.signIn("dave", "Wrong-Horse-1"));
		});
	}

	@Test
	void signInWhenNewPasswordRequiredThenConfirmSignInSetsItAndSignsIn() {
		Provisioned setup = cognito.provision().userWithTemporaryPassword("erin", "Temporary-Pass-1").create();
		runner(setup).run((context) -> {
			CognitoSessionManager manager = context.getBean(CognitoSessionManager.class);
			SignInResult challenge = manager.signIn("erin", "Temporary-Pass-1");
			assertThat(challenge.getNextStep()).isEqualTo(SignInStep.NEW_PASSWORD_REQUIRED);
			assertThat(manager.currentUserState()).isEqualTo(UserState.SIGNED_OUT);
			assertThat(manager.confirmSignIn(PASSWORD, Map.of("userAttributes.name", "Erin")).isDone()).isTrue();
			assertThat(manager.getTokens().getIdToken().getClaimAsString("name")).isEqualTo("Erin");
			manager.signOut();
			assertThat(manager.signIn("erin", PASSWORD).isDone()).isTrue();
		});
	}

	@Test
	void signInWhenSmsMfaThenDeliveredCodeCompletesSignIn() {
		Provisioned setup = cognito.provision().user("frank", PASSWORD).mfa(PoolUser.Mfa.SMS_MFA).create();
		runner(setup).run((context) -> {
			CognitoSessionManager manager = context.getBean(CognitoSessionManager.class);
			SignInResult challenge = manager.signIn("frank", PASSWORD);
			assertThat(challenge.getNextStep()).isEqualTo(SignInStep.SMS_MFA);
			assertThat(challenge.getParameters()).containsEntry("CODE_DELIVERY_DELIVERY_MEDIUM", "SMS");
			assertThat(manager.confirmSignIn(cognito.cognito().lastCode(setup.userPoolId(), "frank")).isDone())
				.isTrue();
			assertThat(manager.currentUserState()).isEqualTo(UserState.SIGNED_IN);
		});
	}

	@Test
	void signInWhenSoftwareTokenMfaWithWrongCodeThenCodeMismatchAndRightCodeOnNewSignInSucceeds() {
		Provisioned setup = cognito.provision()
			.clientSecret(true)
			.user("grace", PASSWORD)
			.mfa(PoolUser.Mfa.SOFTWARE_TOKEN_MFA)
			.create();
		runner(setup).run((context) -> {
			CognitoSessionManager manager = context.getBean(CognitoSessionManager.class);
			assertThat(manager.signIn("grace", PASSWORD).getNextStep()).isEqualTo(SignInStep.SOFTWARE_TOKEN_MFA);
			String code = cognito.cognito().lastCode(setup.userPoolId(), "grace");
			assertThatExceptionOfType(CodeMismatchException.class).isThrownBy(() -> manager.confirmSignIn(wrong(code)));
			assertThat(manager.currentUserState()).isEqualTo(UserState.SIGNED_OUT);
			assertThat(manager.signIn("grace", PASSWORD).getNextStep()).isEqualTo(SignInStep.SOFTWARE_TOKEN_MFA);
			assertThat(manager.confirmSignIn(cognito.cognito().lastCode(setup.userPoolId(), "grace")).isDone())
				.isTrue();
			assertThat(manager.getUsername()).isEqualTo("grace");
		});
	}

	private static String wrong(String code) {
		return (code.charAt(0) == '0' ? "1" : "0") + code.substring(1);
	}

	private ApplicationContextRunner runner(Provisioned setup, String... properties) {
		return SessionContexts.runner(setup, clock, this.directory.resolve("session.bin"), properties);
	}

}
