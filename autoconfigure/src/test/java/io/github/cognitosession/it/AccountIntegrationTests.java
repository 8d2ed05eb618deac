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
import java.util.List;
import java.util.Map;
import java.util.Set;

import io.github.cognitosession.account.AccountOperations;
import io.github.cognitosession.account.CodeDelivery;
import io.github.cognitosession.account.SignUpOptions;
import io.github.cognitosession.account.SignUpResult;
import io.github.cognitosession.account.SignUpStep;
import io.github.cognitosession.account.UserProfile;
import io.github.cognitosession.device.DeviceSecretsStore;
import io.github.cognitosession.exception.AliasExistsException;
import io.github.cognitosession.exception.CodeMismatchException;
import io.github.cognitosession.exception.ExpiredCodeException;
import io.github.cognitosession.exception.InvalidCredentialsException;
import io.github.cognitosession.exception.InvalidPasswordException;
import io.github.cognitosession.exception.UserNotConfirmedException;
import io.github.cognitosession.exception.UserNotFoundException;
import io.github.cognitosession.exception.UsernameExistsException;
import io.github.cognitosession.local.MutableClock;
import io.github.cognitosession.local.Provisioned;
import io.github.cognitosession.local.junit.LocalCognitoExtension;
import io.github.cognitosession.local.message.Message;
import io.github.cognitosession.local.userpool.DeviceTracking;
import io.github.cognitosession.local.userpool.PoolUser;
import io.github.cognitosession.local.webauthn.SoftwarePasskey;
import io.github.cognitosession.mfa.MfaOperations;
import io.github.cognitosession.mfa.MfaPreference;
import io.github.cognitosession.mfa.MfaPreferences;
import io.github.cognitosession.mfa.MfaSettings;
import io.github.cognitosession.mfa.MfaType;
import io.github.cognitosession.passkey.PasskeyOperations;
import io.github.cognitosession.session.CognitoSessionManager;
import io.github.cognitosession.signin.AuthFactor;
import io.github.cognitosession.signin.SignInOptions;
import io.github.cognitosession.signin.SignInResult;
import io.github.cognitosession.signin.SignInStep;
import io.github.cognitosession.signin.UserPoolAuthFlow;
import io.github.cognitosession.state.UserState;
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
 * The account flows end to end: the auto-configured {@link AccountOperations} against
 * Local Cognito, with every code read from its inbox as a user reads their mail. Sign-up,
 * confirmation and auto sign-in, passwords (change, forgotten), attributes and their
 * verification, deleting the user, MFA preferences, choice-based sign-in
 * ({@code USER_AUTH}, {@code SELECT_CHALLENGE}) and passkeys (with Local Cognito's
 * software authenticator, checked at the protocol level), and the errors a user meets on
 * the way.
 *
 * @author Cognito Session contributors
 */
@ExtendWith(OutputCaptureExtension.class)
class AccountIntegrationTests {

	private static final String PASSWORD = "Correct-Horse-1";

	private static final String NEW_PASSWORD = "N3w-Passw0rd!";

	private static final MutableClock clock = new MutableClock(Instant.parse("2026-06-01T09:00:00Z"));

	@RegisterExtension
	static final LocalCognitoExtension cognito = LocalCognitoExtension.configure((builder) -> builder.clock(clock));

	@TempDir
	Path directory;

	private ApplicationContextRunner runner(Provisioned setup) {
		return SessionContexts.runner(setup, clock, this.directory.resolve("session.bin"));
	}

	private static String code(String address) {
		List<Message> inbox = cognito.inbox(address);
		assertThat(inbox).as("messages to " + address).isNotEmpty();
		return inbox.get(inbox.size() - 1).code();
	}

	@Test
	void signUpWhenConfirmedWithTheMailedCodeThenSignInChangeAndResetThePassword(CapturedOutput output) {
		Provisioned setup = cognito.provision().clientSecret(true).create();
		runner(setup).run((context) -> {
			CognitoSessionManager manager = context.getBean(CognitoSessionManager.class);
			AccountOperations account = context.getBean(AccountOperations.class);
			SignUpResult signedUp = account.signUp("alma", PASSWORD, Map.of("email", "alma@example.com"));
			assertThat(signedUp.getNextStep()).isEqualTo(SignUpStep.CONFIRM_SIGN_UP);
			assertThat(signedUp.isUserConfirmed()).isFalse();
			assertThat(signedUp.getCodeDelivery()).contains(new CodeDelivery("EMAIL", "email", "a***@e***"));
			assertThatExceptionOfType(UserNotConfirmedException.class)
				.isThrownBy(() -> manager.signIn("alma", PASSWORD));
			assertThat(account.confirmSignUp("alma", code("alma@example.com")).getNextStep())
				.isEqualTo(SignUpStep.DONE);
			assertThat(manager.signIn("alma", PASSWORD).isDone()).isTrue();
			assertThatExceptionOfType(InvalidPasswordException.class)
				.isThrownBy(() -> account.changePassword(PASSWORD, "alllowercase-1"))
				.withMessageContaining("Password did not conform with policy: Password must have uppercase characters");
			account.changePassword(PASSWORD, NEW_PASSWORD);
			assertThatExceptionOfType(InvalidCredentialsException.class)
				.isThrownBy(() -> account.changePassword(PASSWORD, NEW_PASSWORD))
				.withMessage("The current password is incorrect (password change)");
			manager.signOut();
			assertThat(manager.signIn("alma", NEW_PASSWORD).isDone()).isTrue();
			manager.signOut();
			CodeDelivery reset = account.forgotPassword("alma");
			assertThat(reset).hasToString("EMAIL a***@e***");
			account.confirmForgotPassword("alma", code("alma@example.com"), PASSWORD);
			assertThat(manager.signIn("alma", PASSWORD).isDone()).isTrue();
			assertThat(manager.currentUserState()).isEqualTo(UserState.SIGNED_IN);
		});
		assertThat(output.getAll()).doesNotContain(PASSWORD, NEW_PASSWORD);
	}

	@Test
	void autoSignInWhenSignUpConfirmedThenSignedInWithoutThePasswordWithTheEvent() {
		Provisioned setup = cognito.provision()
			.clientSecret(true)
			.explicitAuthFlows("ALLOW_USER_AUTH", "ALLOW_USER_SRP_AUTH", "ALLOW_REFRESH_TOKEN_AUTH")
			.create();
		runner(setup).run((context) -> {
			CognitoSessionManager manager = context.getBean(CognitoSessionManager.class);
			AccountOperations account = manager.account().orElseThrow();
			account.signUp("bruno", PASSWORD, Map.of("email", "bruno@example.com"),
					SignUpOptions.builder().autoSignIn(true).build());
			assertThat(account.confirmSignUp("bruno", code("bruno@example.com")).getNextStep())
				.isEqualTo(SignUpStep.COMPLETE_AUTO_SIGN_IN);
			assertThat(manager.autoSignIn().isDone()).isTrue();
			assertThat(manager.getUsername()).isEqualTo("bruno");
			assertThat(manager.currentUserState()).isEqualTo(UserState.SIGNED_IN);
			assertThat(context.getBean(RecordedSessionEvents.class).transitions())
				.containsExactly("SIGNED_OUT -> SIGNED_IN");
		});
	}

	@Test
	void signUpWhenTheUserMakesMistakesThenEachIsNamed() {
		Provisioned setup = cognito.provision().user("carmen", PASSWORD).create();
		runner(setup).run((context) -> {
			AccountOperations account = context.getBean(AccountOperations.class);
			assertThatExceptionOfType(UsernameExistsException.class)
				.isThrownBy(() -> account.signUp("carmen", PASSWORD, Map.of()));
			assertThatExceptionOfType(InvalidPasswordException.class)
				.isThrownBy(() -> account.signUp("dario", "short", Map.of()))
				.withMessageContaining("Password did not conform with policy");
			account.signUp("dario", PASSWORD, Map.of("email", "dario@example.com"));
			String code = code("dario@example.com");
			assertThatExceptionOfType(CodeMismatchException.class)
				.isThrownBy(() -> account.confirmSignUp("dario", code.equals("000000") ? "111111" : "000000"))
				.withMessageNotContaining(code);
			clock.advance(Duration.ofHours(25));
			assertThatExceptionOfType(ExpiredCodeException.class)
				.isThrownBy(() -> account.confirmSignUp("dario", code));
			assertThat(account.resendSignUpCode("dario").destination()).isEqualTo("d***@e***");
			account.confirmSignUp("dario", code("dario@example.com"));
		});
	}

	@Test
	void confirmSignUpWhenTheAddressIsAnotherUsersAliasThenAliasExists() {
		Provisioned setup = cognito.provision()
			.aliasAttributes("email")
			.user("elsa", PASSWORD)
			.userAttribute("email", "family@example.com")
			.userAttribute("email_verified", "true")
			.create();
		runner(setup).run((context) -> {
			AccountOperations account = context.getBean(AccountOperations.class);
			account.signUp("emil", PASSWORD, Map.of("email", "family@example.com"));
			assertThatExceptionOfType(AliasExistsException.class)
				.isThrownBy(() -> account.confirmSignUp("emil", code("family@example.com")));
		});
	}

	@Test
	void attributesWhenEmailChangedThenVerifiedWithTheMailedCodeAndDeleted() {
		Provisioned setup = cognito.provision()
			.user("frida", PASSWORD)
			.userAttribute("email", "frida@example.com")
			.userAttribute("email_verified", "true")
			.userAttribute("locale", "sv")
			.create();
		runner(setup).run((context) -> {
			CognitoSessionManager manager = context.getBean(CognitoSessionManager.class);
			AccountOperations account = context.getBean(AccountOperations.class);
			manager.signIn("frida", PASSWORD);
			UserProfile profile = account.getUser();
			assertThat(profile.getUsername()).isEqualTo("frida");
			assertThat(profile.getAttribute("email")).isEqualTo("frida@example.com");
			List<CodeDelivery> deliveries = account.updateUserAttributes(Map.of("email", "frida@example.org"));
			assertThat(deliveries).containsExactly(new CodeDelivery("EMAIL", "email", "f***@e***"));
			assertThat(account.getUser().getAttribute("email_verified")).isEqualTo("false");
			account.verifyAttribute("email", code("frida@example.org"));
			assertThat(account.getUser().getAttribute("email_verified")).isEqualTo("true");
			assertThat(account.sendAttributeVerificationCode("email").destination()).isEqualTo("f***@e***");
			account.deleteUserAttributes(List.of("locale"));
			assertThat(account.getUser().getAttributes()).doesNotContainKey("locale");
		});
	}

	@Test
	void deleteUserWhenSignedInThenGoneSignedOutWithEventAndDeviceSecretsCleared() {
		Provisioned setup = cognito.provision()
			.deviceTracking(DeviceTracking.ALWAYS)
			.user("gert", PASSWORD)
			.mfa(PoolUser.Mfa.SMS_MFA)
			.userAttribute("phone_number", "+15550001111")
			.create();
		runner(setup).run((context) -> {
			CognitoSessionManager manager = context.getBean(CognitoSessionManager.class);
			manager.signIn("gert", PASSWORD);
			manager.confirmSignIn(cognito.lastCode(setup.userPoolId(), "gert"));
			DeviceSecretsStore devices = context.getBean(DeviceSecretsStore.class);
			assertThat(devices.load("gert")).isPresent();
			manager.account().orElseThrow().deleteUser();
			assertThat(manager.currentUserState()).isEqualTo(UserState.SIGNED_OUT);
			assertThat(devices.load("gert")).isEmpty();
			assertThat(context.getBean(RecordedSessionEvents.class).transitions())
				.containsExactly("SIGNED_OUT -> SIGNED_IN", "SIGNED_IN -> SIGNED_OUT");
			assertThatExceptionOfType(UserNotFoundException.class).isThrownBy(() -> manager.signIn("gert", PASSWORD));
		});
	}

	@Test
	void deleteUserWhenGuestAccessThenGuestWithEvent() {
		Provisioned setup = cognito.provision().identityPool(true).user("greta", PASSWORD).create();
		SessionContexts
			.runner(setup, clock, this.directory.resolve("session.bin"), "cognito.identity-pool.guest-access=true")
			.run((context) -> {
				CognitoSessionManager manager = context.getBean(CognitoSessionManager.class);
				assertThat(manager.currentUserState()).isEqualTo(UserState.GUEST);
				manager.signIn("greta", PASSWORD);
				manager.account().orElseThrow().deleteUser();
				assertThat(manager.currentUserState()).isEqualTo(UserState.GUEST);
				assertThat(context.getBean(RecordedSessionEvents.class).transitions())
					.containsExactly("GUEST -> SIGNED_IN", "SIGNED_IN -> GUEST");
			});
	}

	@Test
	void mfaPreferencesWhenEmailPreferredThenReadBackAndAskedAtSignInUntilDisabled() {
		Provisioned setup = cognito.provision()
			.emailMfa(true)
			.clientSecret(true)
			.user("hanna", PASSWORD)
			.userAttribute("email", "hanna@example.com")
			.userAttribute("email_verified", "true")
			.userAttribute("phone_number", "+15550002222")
			.userAttribute("phone_number_verified", "true")
			.create();
		runner(setup).run((context) -> {
			CognitoSessionManager manager = context.getBean(CognitoSessionManager.class);
			MfaOperations mfa = manager.mfa().orElseThrow();
			manager.signIn("hanna", PASSWORD);
			assertThat(mfa.getMfaSettings().enabled()).isEmpty();
			mfa.updateMfaPreferences(
					MfaPreferences.builder().sms(MfaPreference.ENABLED).email(MfaPreference.PREFERRED).build());
			assertThat(mfa.getMfaSettings())
				.isEqualTo(new MfaSettings(Set.of(MfaType.SMS, MfaType.EMAIL), MfaType.EMAIL));
			assertThat(manager.account().orElseThrow().getUser().getMfaSettings().preferred()).isEqualTo(MfaType.EMAIL);
			manager.signOut();
			SignInResult challenge = manager.signIn("hanna", PASSWORD);
			assertThat(challenge.getNextStep()).isEqualTo(SignInStep.EMAIL_OTP);
			assertThat(manager.confirmSignIn(code("hanna@example.com")).isDone()).isTrue();
			mfa.updateMfaPreferences(
					MfaPreferences.builder().sms(MfaPreference.DISABLED).email(MfaPreference.DISABLED).build());
			assertThat(mfa.getMfaSettings()).isEqualTo(new MfaSettings(Set.of(), null));
			manager.signOut();
			assertThat(manager.signIn("hanna", PASSWORD).isDone()).isTrue();
		});
	}

	@Test
	void userAuthWhenSelectChallengeThenEmailOtpOrPasswordChosenSignsIn() {
		Provisioned setup = cognito.provision()
			.clientSecret(true)
			.explicitAuthFlows("ALLOW_USER_AUTH", "ALLOW_USER_SRP_AUTH", "ALLOW_REFRESH_TOKEN_AUTH")
			.allowedFirstAuthFactors("PASSWORD", "EMAIL_OTP")
			.user("ines", PASSWORD)
			.userAttribute("email", "ines@example.com")
			.userAttribute("email_verified", "true")
			.create();
		SignInOptions choiceBased = SignInOptions.builder().authFlow(UserPoolAuthFlow.USER_AUTH).build();
		runner(setup).run((context) -> {
			CognitoSessionManager manager = context.getBean(CognitoSessionManager.class);
			SignInResult select = manager.signIn("ines", null, choiceBased);
			assertThat(select.getNextStep()).isEqualTo(SignInStep.SELECT_CHALLENGE);
			assertThat(select.getAvailableChallenges()).containsExactly("PASSWORD", "PASSWORD_SRP", "EMAIL_OTP");
			SignInResult otp = manager.confirmSignIn("EMAIL_OTP");
			assertThat(otp.getNextStep()).isEqualTo(SignInStep.EMAIL_OTP);
			assertThat(manager.currentUserState()).isEqualTo(UserState.SIGNED_OUT);
			assertThat(manager.confirmSignIn(code("ines@example.com")).isDone()).isTrue();
			assertThat(manager.getUsername()).isEqualTo("ines");
			manager.signOut();
			manager.signIn("ines", null, choiceBased);
			assertThat(manager.confirmSignIn("PASSWORD", Map.of(CognitoSessionManager.PASSWORD, PASSWORD)).isDone())
				.isTrue();
			manager.signOut();
			manager.signIn("ines", null, choiceBased);
			assertThat(manager.confirmSignIn("PASSWORD_SRP").getNextStep()).isEqualTo(SignInStep.PASSWORD);
			assertThatExceptionOfType(InvalidCredentialsException.class)
				.isThrownBy(() -> manager.confirmSignIn(NEW_PASSWORD));
			manager.signIn("ines", null, choiceBased);
			manager.confirmSignIn("PASSWORD_SRP");
			assertThat(manager.confirmSignIn(PASSWORD).isDone()).isTrue();
			manager.signOut();
			assertThat(manager.signIn("ines", null, SignInOptions.preferring(AuthFactor.EMAIL_OTP)).getNextStep())
				.isEqualTo(SignInStep.EMAIL_OTP);
			assertThat(manager.confirmSignIn(code("ines@example.com")).isDone()).isTrue();
			assertThat(context.getBean(RecordedSessionEvents.class).transitions()).containsExactly(
					"SIGNED_OUT -> SIGNED_IN", "SIGNED_IN -> SIGNED_OUT", "SIGNED_OUT -> SIGNED_IN",
					"SIGNED_IN -> SIGNED_OUT", "SIGNED_OUT -> SIGNED_IN", "SIGNED_IN -> SIGNED_OUT",
					"SIGNED_OUT -> SIGNED_IN");
		});
	}

	@Test
	void passkeyWhenRegisteredWithTheSoftwareAuthenticatorThenListedSignsInAndDeleted(CapturedOutput output) {
		Provisioned setup = cognito.provision()
			.clientSecret(true)
			.explicitAuthFlows("ALLOW_USER_AUTH", "ALLOW_USER_SRP_AUTH", "ALLOW_REFRESH_TOKEN_AUTH")
			.passkeys("localhost")
			.user("jonas", PASSWORD)
			.create();
		SoftwarePasskey authenticator = SoftwarePasskey.create("https://localhost");
		runner(setup).run((context) -> {
			CognitoSessionManager manager = context.getBean(CognitoSessionManager.class);
			PasskeyOperations passkeys = manager.passkeys().orElseThrow();
			manager.signIn("jonas", PASSWORD);
			String creationOptions = passkeys.startRegistration();
			assertThat(creationOptions).contains("\"rp\":{").contains("localhost");
			passkeys.completeRegistration(authenticator.register(creationOptions));
			assertThat(passkeys.listPasskeys()).singleElement().satisfies((passkey) -> {
				assertThat(passkey.credentialId()).isEqualTo(authenticator.credentialId());
				assertThat(passkey.relyingPartyId()).isEqualTo("localhost");
			});
			manager.signOut();
			SignInResult challenge = manager.signIn("jonas", null, SignInOptions.preferring(AuthFactor.WEB_AUTHN));
			assertThat(challenge.getNextStep()).isEqualTo(SignInStep.WEB_AUTHN);
			assertThat(challenge.getCredentialRequestOptions()).contains(authenticator.credentialId());
			assertThat(manager.confirmSignIn(authenticator.sign(challenge.getCredentialRequestOptions())).isDone())
				.isTrue();
			assertThat(manager.getUsername()).isEqualTo("jonas");
			passkeys.deletePasskey(authenticator.credentialId());
			assertThat(passkeys.listPasskeys()).isEmpty();
			manager.signOut();
			assertThat(manager.signIn("jonas", null, SignInOptions.preferring(AuthFactor.WEB_AUTHN)).getNextStep())
				.as("no passkey left: Cognito offers the other factors")
				.isEqualTo(SignInStep.SELECT_CHALLENGE);
		});
		assertThat(output.getAll()).doesNotContain(PASSWORD);
	}

}
