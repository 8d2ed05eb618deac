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
package io.github.cognitosession.samples.cli;

import java.util.List;
import java.util.Map;
import java.util.regex.Pattern;

import org.junit.jupiter.api.Test;
import picocli.CommandLine;

import io.github.cognitosession.account.CodeDelivery;
import io.github.cognitosession.exception.CodeMismatchException;
import io.github.cognitosession.exception.InvalidPasswordException;
import io.github.cognitosession.mfa.MfaPreference;
import io.github.cognitosession.mfa.MfaType;
import io.github.cognitosession.signin.AuthFactor;
import io.github.cognitosession.signin.SignInResult;
import io.github.cognitosession.signin.SignInStep;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Tests for the account commands of {@code cognito-cli} (sign-up, passwords, attributes,
 * deleting the user, MFA preferences, choice-based sign-in) against a fake session
 * manager: what each reads, calls and prints, and the one-line errors.
 *
 * @author Cognito Session contributors
 */
class AccountCommandsTests {

	private static final String PASSWORD = "Corr3ct-Horse!";

	private static final String NEW_PASSWORD = "N3w-Passw0rd!";

	private static final String NL = System.lineSeparator();

	private final TestTerminal terminal = new TestTerminal();

	private final FakeCognitoSessionManager manager = new FakeCognitoSessionManager();

	private final FakeAccount account = this.manager.account;

	private int run(String... args) {
		return CognitoCli.create(this.terminal, () -> this.manager).execute(args);
	}

	@Test
	void helpWhenAskedThenListsEveryCommand() {
		assertThat(run("help")).isZero();
		assertThat(this.terminal.stdout()).contains("sign-up", "confirm-sign-up", "resend-code", "sign-in", "status",
				"tokens", "sign-out", "forgot-password", "confirm-forgot-password", "change-password", "attributes",
				"attributes update", "attributes verify", "delete-user", "mfa", "mfa preferences", "devices",
				"identity-id", "credentials", "federated-sign-in", "s3", "demo", "help");
	}

	@Test
	void helpWhenAskedThenNamesEachRegisteredCommandAndItsSubcommands() {
		CommandLine cli = CognitoCli.create(this.terminal, () -> this.manager);
		assertThat(cli.execute("help")).isZero();
		String help = this.terminal.stdout();
		String unwrapped = help.replaceAll("\\s+", " ");
		cli.getSubcommands().forEach((name, command) -> {
			assertThat(help).as("help lists " + name).containsPattern("(?m)^  " + Pattern.quote(name) + "\\b");
			command.getSubcommands()
				.keySet()
				.forEach(
						(sub) -> assertThat(unwrapped).as("help names " + name + " " + sub).contains(name + " " + sub));
		});
	}

	@Test
	void signUpWhenPasswordOnStandardInputThenSignsUpWithAttributesAndPrintsWhereTheCodeWent() {
		this.terminal.standardInput.add(PASSWORD);
		assertThat(run("sign-up", "alice", "--attribute", "email=alice@example.com", "--attribute", "custom:team=blue",
				"--password-stdin"))
			.isZero();
		assertThat(this.account.calls)
			.containsExactly("signUp alice " + PASSWORD + " {email=alice@example.com, custom:team=blue}");
		assertThat(this.terminal.stdout()).isEqualTo("code sent: EMAIL a***@e***" + NL
				+ "Signed up alice; confirm with 'cognito-cli confirm-sign-up alice <code>'." + NL);
		assertThat(this.terminal.stdout() + this.terminal.stderr()).doesNotContain(PASSWORD);
	}

	@Test
	void signUpWhenPasswordPromptedAndUserConfirmedAtOnceThenSaysSo() {
		this.account.confirmedAtSignUp = true;
		this.terminal.typedSecrets.add(PASSWORD);
		assertThat(run("sign-up", "alice")).isZero();
		assertThat(this.terminal.prompts).containsExactly("Password: ");
		assertThat(this.terminal.stdout()).isEqualTo("Signed up alice (confirmed)." + NL);
		assertThat(this.terminal.secretsWiped()).isTrue();
	}

	@Test
	void signUpWhenPolicyRefusesPasswordThenOneLineErrorWithTheRule() {
		this.terminal.standardInput.add(PASSWORD);
		this.account.failure = new InvalidPasswordException("InvalidPasswordException",
				"The password does not satisfy the user pool's password policy (sign-up): Password must have "
						+ "symbol characters",
				null);
		assertThat(run("sign-up", "alice", "--password-stdin")).isEqualTo(ExitCodes.FAILURE);
		assertThat(this.terminal.stderr()).isEqualTo("error: The password does not satisfy the user pool's password "
				+ "policy (sign-up): Password must have symbol characters (InvalidPasswordException)" + NL);
	}

	@Test
	void confirmSignUpWhenCodeGivenThenConfirms() {
		assertThat(run("confirm-sign-up", "alice", "123456")).isZero();
		assertThat(this.account.calls).containsExactly("confirmSignUp alice 123456");
		assertThat(this.terminal.stdout())
			.isEqualTo("Sign-up of alice confirmed; sign in with 'cognito-cli sign-in alice'." + NL);
	}

	@Test
	void confirmSignUpWhenCodeWrongThenOneLineErrorWithoutTheCode() {
		this.account.failure = new CodeMismatchException("CodeMismatchException",
				"Invalid code during sign-up confirmation; check it and try again", null);
		assertThat(run("confirm-sign-up", "alice", "999999")).isEqualTo(ExitCodes.FAILURE);
		assertThat(this.terminal.stderr()).isEqualTo("error: Invalid code during sign-up confirmation; check it and "
				+ "try again (CodeMismatchException)" + NL);
	}

	@Test
	void confirmSignUpWhenCodeMissingThenUsageError() {
		assertThat(run("confirm-sign-up", "alice")).isEqualTo(ExitCodes.USAGE);
		assertThat(this.terminal.stderr()).startsWith("error: Missing required parameter: '<code>'").hasLineCount(1);
	}

	@Test
	void resendCodeAndForgotPasswordWhenCalledThenPrintWhereTheCodeWent() {
		this.account.delivery = new CodeDelivery("SMS", "phone_number", "+*******0000");
		assertThat(run("resend-code", "alice")).isZero();
		assertThat(this.terminal.stdout()).isEqualTo("code sent: SMS +*******0000" + NL);
		assertThat(run("forgot-password", "alice@example.com")).isZero();
		assertThat(this.account.calls).containsExactly("resendSignUpCode alice", "forgotPassword alice@example.com");
		assertThat(this.terminal.stdout()).endsWith("code sent: SMS +*******0000" + NL
				+ "Set a new password with 'cognito-cli confirm-forgot-password alice@example.com <code>'." + NL);
	}

	@Test
	void confirmForgotPasswordWhenPasswordOnStandardInputThenResets() {
		this.terminal.standardInput.add(NEW_PASSWORD);
		assertThat(run("confirm-forgot-password", "alice", "654321", "--password-stdin")).isZero();
		assertThat(this.account.calls).containsExactly("confirmForgotPassword alice 654321 " + NEW_PASSWORD);
		assertThat(this.terminal.stdout()).isEqualTo("Password of alice reset." + NL);
	}

	@Test
	void changePasswordWhenBothOnStandardInputThenCurrentFirst() {
		this.terminal.standardInput.add(PASSWORD);
		this.terminal.standardInput.add(NEW_PASSWORD);
		assertThat(run("change-password", "--password-stdin")).isZero();
		assertThat(this.account.calls).containsExactly("changePassword " + PASSWORD + " " + NEW_PASSWORD);
		assertThat(this.terminal.stdout() + this.terminal.stderr()).doesNotContain(PASSWORD, NEW_PASSWORD);
	}

	@Test
	void changePasswordWhenNewPasswordMissingThenFailsWithoutCalling() {
		this.terminal.standardInput.add(PASSWORD);
		assertThat(run("change-password", "--password-stdin")).isEqualTo(ExitCodes.FAILURE);
		assertThat(this.terminal.stderr()).isEqualTo("error: no new password on standard input" + NL);
		assertThat(this.account.calls).isEmpty();
	}

	@Test
	void changePasswordWhenPromptedThenTwoPromptsWithoutEcho() {
		this.terminal.typedSecrets.add(PASSWORD);
		this.terminal.typedSecrets.add(NEW_PASSWORD);
		assertThat(run("change-password")).isZero();
		assertThat(this.terminal.prompts).containsExactly("Current password: ", "New password: ");
		assertThat(this.terminal.secretsWiped()).isTrue();
	}

	@Test
	void attributesWhenNoSubcommandThenNameValueLines() {
		this.account.attributes.put("email_verified", "true");
		assertThat(run("attributes")).isZero();
		assertThat(this.terminal.stdout()).isEqualTo("email: alice@example.com" + NL + "email_verified: true" + NL);
	}

	@Test
	void attributesUpdateWhenEmailChangesThenPrintsTheVerificationCodeDelivery() {
		this.account.attributeDeliveries = List.of(new CodeDelivery("EMAIL", "email", "b***@e***"));
		assertThat(run("attributes", "update", "email=bob@example.com", "custom:team=blue")).isZero();
		assertThat(this.account.calls)
			.containsExactly("updateUserAttributes {email=bob@example.com, custom:team=blue}");
		assertThat(this.terminal.stdout()).isEqualTo("Attributes updated." + NL + "code sent: EMAIL b***@e*** (email)"
				+ NL + "Verify with 'cognito-cli attributes verify <name> <code>'." + NL);
	}

	@Test
	void attributesVerifyAndSendCodeWhenCalledThenVerifyAndResend() {
		assertThat(run("attributes", "verify", "email", "112233")).isZero();
		assertThat(run("attributes", "send-code", "email")).isZero();
		assertThat(this.account.calls).containsExactly("verifyAttribute email 112233",
				"sendAttributeVerificationCode email");
		assertThat(this.terminal.stdout())
			.isEqualTo("email verified." + NL + "code sent: EMAIL a***@e*** (email)" + NL);
	}

	@Test
	void deleteUserWhenNotConfirmedThenUsageErrorAndNothingDeleted() {
		assertThat(run("delete-user")).isEqualTo(ExitCodes.USAGE);
		assertThat(this.terminal.stderr()).isEqualTo(
				"error: delete-user deletes the user for good: add --yes to confirm (see 'cognito-cli help')" + NL);
		assertThat(this.account.calls).isEmpty();
	}

	@Test
	void deleteUserWhenConfirmedThenDeleted() {
		this.manager.username = "alice";
		assertThat(run("delete-user", "--yes")).isZero();
		assertThat(this.account.calls).containsExactly("deleteUser");
		assertThat(this.terminal.stdout()).isEqualTo("User alice deleted." + NL);
	}

	@Test
	void mfaPreferencesWhenOptionsGivenThenUpdatesThoseAndPrintsTheSettings() {
		assertThat(run("mfa", "preferences", "--totp", "preferred", "--sms", "DISABLED")).isZero();
		assertThat(this.manager.mfaPreferences).singleElement().satisfies((preferences) -> {
			assertThat(preferences.asMap()).containsOnly(Map.entry(MfaType.TOTP, MfaPreference.PREFERRED),
					Map.entry(MfaType.SMS, MfaPreference.DISABLED));
		});
		assertThat(this.terminal.stdout())
			.isEqualTo("sms: disabled" + NL + "totp: preferred" + NL + "email: disabled" + NL);
	}

	@Test
	void mfaPreferencesWhenNoOptionThenOnlyPrints() {
		assertThat(run("mfa", "preferences")).isZero();
		assertThat(this.manager.mfaPreferences).isEmpty();
	}

	@Test
	void mfaPreferencesWhenTwoPreferredThenOneLineError() {
		assertThat(run("mfa", "preferences", "--totp", "preferred", "--email", "preferred"))
			.isEqualTo(ExitCodes.FAILURE);
		assertThat(this.terminal.stderr()).startsWith("error: Only one MFA type can be preferred").hasLineCount(1);
	}

	@Test
	void mfaPreferencesWhenUnknownValueThenUsageError() {
		assertThat(run("mfa", "preferences", "--totp", "on")).isEqualTo(ExitCodes.USAGE);
		assertThat(this.terminal.stderr()).contains("'on' is not preferred, enabled or disabled").hasLineCount(1);
	}

	@Test
	void signInWhenFirstFactorEmailOtpThenNoPasswordAndTheCodeIsAsked() {
		this.manager.signInResults
			.add(SignInResult.challenge(SignInStep.EMAIL_OTP, Map.of("CODE_DELIVERY_DESTINATION", "a***@e***")));
		this.terminal.typedLines.add("12345678");
		assertThat(run("sign-in", "alice", "--first-factor", "email-otp")).isZero();
		assertThat(this.manager.signInOptions).singleElement()
			.satisfies((options) -> assertThat(options.getPreferredChallenge()).isEqualTo(AuthFactor.EMAIL_OTP));
		assertThat(this.manager.passwords).containsExactly((String) null);
		assertThat(this.terminal.prompts).containsExactly("Code: ");
		assertThat(this.manager.answers).containsExactly("12345678");
	}

	@Test
	void signInWhenFirstFactorPasswordSrpThenPasswordRead() {
		this.terminal.typedSecrets.add(PASSWORD);
		assertThat(run("sign-in", "alice", "--first-factor", "password-srp")).isZero();
		assertThat(this.manager.passwords).containsExactly(PASSWORD);
		assertThat(this.manager.signInOptions).singleElement()
			.satisfies((options) -> assertThat(options.getPreferredChallenge()).isEqualTo(AuthFactor.PASSWORD_SRP));
	}

	@Test
	void signInWhenFirstFactorUnknownThenUsageError() {
		assertThat(run("sign-in", "alice", "--first-factor", "carrier-pigeon")).isEqualTo(ExitCodes.USAGE);
		assertThat(this.terminal.stderr()).contains("use email-otp, sms-otp, password or password-srp").hasLineCount(1);
	}

	@Test
	void signInWhenSelectChallengeThenChoiceThenPasswordWithoutEcho() {
		this.manager.signInResults.add(SignInResult.challenge(SignInStep.SELECT_CHALLENGE,
				Map.of(SignInResult.AVAILABLE_CHALLENGES, "[\"PASSWORD\",\"EMAIL_OTP\",\"WEB_AUTHN\"]")));
		this.manager.signInResults.add(SignInResult.challenge(SignInStep.PASSWORD, Map.of()));
		this.terminal.typedLines.add("PASSWORD");
		this.terminal.typedSecrets.add(PASSWORD);
		assertThat(run("sign-in", "alice", "--first-factor", "sms-otp")).isZero();
		assertThat(this.terminal.prompts).containsExactly("First factor (PASSWORD, EMAIL_OTP): ", "Password: ");
		assertThat(this.manager.answers).containsExactly("PASSWORD", PASSWORD);
		assertThat(this.terminal.stdout() + this.terminal.stderr()).doesNotContain(PASSWORD + NL);
	}

	@Test
	void signInWhenPasskeyAskedThenOneLineErrorNamingTheBrowser() {
		this.manager.signInResults.add(SignInResult.challenge(SignInStep.WEB_AUTHN,
				Map.of(SignInResult.CREDENTIAL_REQUEST_OPTIONS, "{\"challenge\":\"Y2hh\"}")));
		assertThat(run("sign-in", "alice", "--first-factor", "email-otp")).isEqualTo(ExitCodes.FAILURE);
		assertThat(this.terminal.stderr()).endsWith("error: a passkey sign-in needs a browser "
				+ "(navigator.credentials.get); sign in with another first factor, e.g. --first-factor email-otp" + NL);
	}

	@Test
	void signInWhenMfaSetupOffersEmailThenAddressAsked() {
		this.manager.signInResults.add(SignInResult.challenge(SignInStep.MFA_SETUP,
				Map.of("MFAS_CAN_SETUP", "[\"SOFTWARE_TOKEN_MFA\",\"EMAIL_OTP\"]")));
		this.manager.signInResults.add(SignInResult.challenge(SignInStep.EMAIL_OTP, Map.of()));
		this.terminal.typedSecrets.add(PASSWORD);
		this.terminal.typedLines.add("email");
		this.terminal.typedLines.add("alice@example.com");
		this.terminal.typedLines.add("87654321");
		assertThat(run("sign-in", "alice")).isZero();
		assertThat(this.terminal.prompts).containsExactly("Password: ", "MFA to set up (totp, email): ",
				"E-mail address: ", "Code: ");
		assertThat(this.manager.answers).containsExactly("alice@example.com", "87654321");
		assertThat(this.manager.totpAssociations).isZero();
	}

}
