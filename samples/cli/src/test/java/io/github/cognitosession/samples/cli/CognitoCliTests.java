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

import java.time.Instant;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;

import io.github.cognitosession.device.Device;
import io.github.cognitosession.exception.CognitoSessionException;
import io.github.cognitosession.session.SignOutOptions;
import io.github.cognitosession.session.SignOutResult;
import io.github.cognitosession.state.UserState;
import io.github.cognitosession.signin.SignInResult;
import io.github.cognitosession.signin.SignInStep;
import io.github.cognitosession.token.CognitoToken;
import io.github.cognitosession.token.CognitoTokens;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Tests for the {@code cognito-cli} commands against a fake session manager.
 *
 * @author Cognito Session contributors
 */
class CognitoCliTests {

	private static final String PASSWORD = "Corr3ct-Horse!";

	private static final Instant ID_EXPIRES = Instant.parse("2026-11-27T16:00:00Z");

	private static final Instant ACCESS_EXPIRES = Instant.parse("2026-11-27T16:00:01Z");

	private final TestTerminal terminal = new TestTerminal();

	private final FakeCognitoSessionManager manager = new FakeCognitoSessionManager();

	private int run(String... args) {
		return CognitoCli.create(this.terminal, () -> this.manager).execute(args);
	}

	@Test
	void executeWhenNoArgumentsThenPrintsUsageAndSucceeds() {
		assertThat(run()).isZero();
		assertThat(this.terminal.stdout()).contains("Usage: cognito-cli", "sign-in", "status", "tokens", "sign-out",
				"demo", "--cognito.");
		assertThat(this.terminal.stderr()).isEmpty();
	}

	@Test
	void executeWhenHelpThenPrintsUsageAndSucceeds() {
		assertThat(run("help")).isZero();
		assertThat(this.terminal.stdout()).contains("Usage: cognito-cli", "Exit codes:");
	}

	@Test
	void executeWhenHelpForCommandThenPrintsItsOptions() {
		assertThat(run("help", "tokens")).isZero();
		assertThat(this.terminal.stdout()).contains("--id", "--access", "--refresh", "--force-refresh");
	}

	@Test
	void executeWhenUnknownCommandThenOneLineUsageErrorAndExitTwo() {
		assertThat(run("frobnicate")).isEqualTo(ExitCodes.USAGE);
		assertThat(this.terminal.stdout()).isEmpty();
		assertThat(this.terminal.stderr()).startsWith("error: Unmatched argument").hasLineCount(1);
	}

	@Test
	void signInWhenUsernameMissingThenUsageError() {
		assertThat(run("sign-in")).isEqualTo(ExitCodes.USAGE);
		assertThat(this.terminal.stderr()).isEqualTo(
				"error: Missing required parameter: '<username>' (see 'cognito-cli help')" + System.lineSeparator());
	}

	@Test
	void signInWhenPasswordPromptedThenSignsInWithoutEchoingIt() {
		this.terminal.typedSecrets.add(PASSWORD);
		assertThat(run("sign-in", "alice")).isZero();
		assertThat(this.manager.passwords).containsExactly(PASSWORD);
		assertThat(this.terminal.prompts).containsExactly("Password: ");
		assertThat(this.terminal.stdout()).isEqualTo("Signed in as alice." + System.lineSeparator());
		assertThat(this.terminal.stdout() + this.terminal.stderr()).doesNotContain(PASSWORD);
		assertThat(this.terminal.secretsWiped()).isTrue();
	}

	@Test
	void signInWhenPasswordStdinThenReadsFirstLine() {
		this.terminal.console = false;
		this.terminal.standardInput.add(PASSWORD);
		assertThat(run("sign-in", "alice", "--password-stdin")).isZero();
		assertThat(this.manager.passwords).containsExactly(PASSWORD);
		assertThat(this.terminal.prompts).isEmpty();
		assertThat(this.terminal.stdout() + this.terminal.stderr()).doesNotContain(PASSWORD);
	}

	@Test
	void signInWhenNoTerminalAndNoPasswordStdinThenFailsWithHint() {
		this.terminal.console = false;
		assertThat(run("sign-in", "alice")).isEqualTo(ExitCodes.FAILURE);
		assertThat(this.terminal.stderr())
			.isEqualTo("error: cannot read a password without echo: no terminal (use --password-stdin)"
					+ System.lineSeparator());
		assertThat(this.manager.passwords).isEmpty();
	}

	@Test
	void signInWhenStdinIsEmptyThenFails() {
		assertThat(run("sign-in", "alice", "--password-stdin")).isEqualTo(ExitCodes.FAILURE);
		assertThat(this.terminal.stderr()).isEqualTo("error: no password on standard input" + System.lineSeparator());
	}

	@Test
	void signInWhenSmsMfaChallengeThenShowsParametersAndSendsTypedCode() {
		this.manager.signInResults.add(SignInResult.challenge(SignInStep.SMS_MFA, Map.of("CODE_DELIVERY_DESTINATION",
				"+*******1234", "CODE_DELIVERY_DELIVERY_MEDIUM", "SMS", "USER_ID_FOR_SRP", "alice")));
		this.terminal.typedSecrets.add(PASSWORD);
		this.terminal.typedLines.add("123456");
		assertThat(run("sign-in", "alice")).isZero();
		assertThat(this.manager.answers).containsExactly("123456");
		assertThat(this.terminal.prompts).containsExactly("Password: ", "Code: ");
		assertThat(this.terminal.stderr())
			.contains("challenge: SMS_MFA" + System.lineSeparator() + "code sent: SMS +*******1234"
					+ System.lineSeparator())
			.doesNotContain("CODE_DELIVERY", "USER_ID_FOR_SRP");
		assertThat(this.terminal.stdout()).isEqualTo("Signed in as alice." + System.lineSeparator());
	}

	@Test
	void signInWhenNewPasswordRequiredThenReadsSecretAndRequiredAttributes() {
		String newPassword = "N3w-Secret-Pass";
		this.manager.signInResults.add(SignInResult.challenge(SignInStep.NEW_PASSWORD_REQUIRED,
				Map.of("requiredAttributes", "[\"userAttributes.name\"]")));
		this.terminal.typedSecrets.add(PASSWORD);
		this.terminal.typedSecrets.add(newPassword);
		this.terminal.typedLines.add("Alice Liddell");
		assertThat(run("sign-in", "alice")).isZero();
		assertThat(this.manager.answers).containsExactly(newPassword);
		assertThat(this.manager.responses).containsExactly(Map.of("userAttributes.name", "Alice Liddell"));
		assertThat(this.terminal.prompts).containsExactly("Password: ", "New password: ", "name: ");
		assertThat(this.terminal.stdout() + this.terminal.stderr()).doesNotContain(PASSWORD)
			.doesNotContain(newPassword);
		assertThat(this.terminal.secretsWiped()).isTrue();
	}

	@Test
	void signInWhenChallengesAndPasswordStdinThenAnswersFromFollowingLines() {
		this.manager.signInResults.add(SignInResult.challenge(SignInStep.SELECT_MFA_TYPE,
				Map.of("MFAS_CAN_CHOOSE", "[\"SMS_MFA\",\"SOFTWARE_TOKEN_MFA\"]")));
		this.manager.signInResults.add(SignInResult.challenge(SignInStep.SOFTWARE_TOKEN_MFA, Map.of()));
		this.terminal.standardInput.addAll(List.of(PASSWORD, "SOFTWARE_TOKEN_MFA", "654321"));
		assertThat(run("sign-in", "alice", "--password-stdin")).isZero();
		assertThat(this.manager.answers).containsExactly("SOFTWARE_TOKEN_MFA", "654321");
		assertThat(this.terminal.stderr()).contains("challenge: SELECT_MFA_TYPE", "challenge: SOFTWARE_TOKEN_MFA");
	}

	@Test
	void signInWhenMfaSetupThenShowsSecretAndUriOnStderrAndSendsTypedCode() {
		this.manager.signInResults
			.add(SignInResult.challenge(SignInStep.MFA_SETUP, Map.of("MFAS_CAN_SETUP", "[\"SOFTWARE_TOKEN_MFA\"]")));
		this.terminal.typedSecrets.add(PASSWORD);
		this.terminal.typedLines.add("123456");
		assertThat(run("sign-in", "alice")).isZero();
		assertThat(this.manager.totpAssociations).isOne();
		assertThat(this.manager.answers).containsExactly("123456");
		assertThat(this.terminal.prompts).containsExactly("Password: ", "Code: ");
		String secret = this.manager.totpSetup.getSecretCode();
		assertThat(this.terminal.stderr()).contains("  secret: " + secret + System.lineSeparator(),
				"  uri: otpauth://totp/cognito-cli:alice?secret=" + secret + "&issuer=cognito-cli");
		assertThat(this.terminal.stdout()).isEqualTo("Signed in as alice." + System.lineSeparator());
	}

	@Test
	void mfaSetupTotpWhenSignedInThenVerifiesTypedCodeAndTurnsTotpOn() {
		signedIn();
		this.terminal.typedLines.add("654321");
		assertThat(run("mfa", "setup-totp", "--device-name", "phone")).isZero();
		assertThat(this.manager.totpVerifications).containsExactly("654321@phone");
		assertThat(this.manager.totpEnabled).containsExactly(true);
		assertThat(this.terminal.stderr()).contains("secret: " + this.manager.totpSetup.getSecretCode());
		assertThat(this.terminal.stdout()).isEqualTo("Authenticator app set up for alice." + System.lineSeparator())
			.doesNotContain(this.manager.totpSetup.getSecretCode());
	}

	@Test
	void devicesListWhenSignedInThenOneLinePerDeviceWithoutKeys() {
		signedIn();
		this.manager.devices.add(new Device("us-east-1_1111", "laptop", Instant.parse("2026-03-07T09:05:03Z"), true));
		this.manager.devices.add(new Device("us-east-1_2222", null, null, false));
		assertThat(run("devices", "list")).isZero();
		assertThat(this.terminal.stdout())
			.isEqualTo("laptop\tremembered\tlast sign-in 2026-03-07T09:05:03Z" + System.lineSeparator()
					+ "(unnamed)\tnot remembered\tlast sign-in unknown" + System.lineSeparator())
			.doesNotContain("us-east-1_");
	}

	@Test
	void devicesRememberAndForgetWhenSignedInThenCallTheSessionManager() {
		signedIn();
		assertThat(run("devices", "remember")).isZero();
		assertThat(run("devices", "forget")).isZero();
		assertThat(this.manager.deviceCalls).containsExactly("remember", "forget");
		assertThat(this.terminal.stdout()).isEqualTo("This device is remembered." + System.lineSeparator()
				+ "This device is forgotten." + System.lineSeparator());
	}

	@Test
	void devicesRememberWhenDeviceNotTrackedThenFailsWithTheReason() {
		signedIn();
		this.manager.failure = new CognitoSessionException("DeviceNotTracked", "This device has no device key");
		assertThat(run("devices", "remember")).isEqualTo(ExitCodes.FAILURE);
		assertThat(this.terminal.stderr()).contains("This device has no device key");
	}

	@Test
	void mfaSetupTotpWhenNoCodeGivenThenFailsWithoutTurningTotpOn() {
		signedIn();
		assertThat(run("mfa", "setup-totp", "--code-stdin")).isEqualTo(ExitCodes.FAILURE);
		assertThat(this.manager.totpVerifications).isEmpty();
		assertThat(this.manager.totpEnabled).isEmpty();
		assertThat(this.terminal.stderr())
			.endsWith("error: no code given: the authenticator app was not registered" + System.lineSeparator());
	}

	@Test
	void signInWhenChallengeUnansweredThenFailsNamingTheStep() {
		this.manager.signInResults.add(SignInResult.challenge(SignInStep.CUSTOM_CHALLENGE, Map.of()));
		this.terminal.typedSecrets.add(PASSWORD);
		assertThat(run("sign-in", "alice")).isEqualTo(ExitCodes.FAILURE);
		assertThat(this.terminal.stderr())
			.endsWith("error: no answer given to the CUSTOM_CHALLENGE challenge" + System.lineSeparator());
		assertThat(this.manager.state).isEqualTo(UserState.SIGNED_OUT);
	}

	@Test
	void signInWhenCognitoRejectsThenOneLineErrorWithCodeAndNoStackTrace() {
		this.manager.failure = new CognitoSessionException("NotAuthorizedException", "Incorrect username or password.",
				new IllegalStateException("cause"));
		this.terminal.typedSecrets.add(PASSWORD);
		assertThat(run("sign-in", "alice")).isEqualTo(ExitCodes.FAILURE);
		assertThat(this.terminal.stdout()).isEmpty();
		assertThat(this.terminal.stderr())
			.endsWith("error: Incorrect username or password. (NotAuthorizedException)" + System.lineSeparator())
			.doesNotContain("\tat ")
			.doesNotContain("Exception:");
	}

	@Test
	void executeWhenUnexpectedExceptionThenOneLineWithType() {
		this.manager.failure = new IllegalStateException("boom\n  second line");
		assertThat(run("tokens")).isEqualTo(ExitCodes.FAILURE);
		assertThat(this.terminal.stderr())
			.isEqualTo("error: IllegalStateException: boom second line" + System.lineSeparator());
	}

	@Test
	void statusWhenSignedOutThenPrintsStateOnly() {
		assertThat(run("status")).isZero();
		assertThat(this.terminal.stdout()).isEqualTo("state: SIGNED_OUT" + System.lineSeparator());
	}

	@Test
	void statusWhenSignedInThenPrintsUserAndExpiryTimes() {
		signedIn();
		assertThat(run("status")).isZero();
		assertThat(this.terminal.stdout())
			.isEqualTo(String.join(System.lineSeparator(), "state: SIGNED_IN", "username: alice",
					"id-token-expires: 2026-11-27T16:00:00Z", "access-token-expires: 2026-11-27T16:00:01Z", ""));
	}

	@Test
	void statusWhenRefreshTokenRejectedThenPrintsStateAndUserWithoutTokens() {
		this.manager.state = UserState.SIGNED_OUT_USER_POOLS_TOKEN_INVALID;
		this.manager.username = "alice";
		assertThat(run("status")).isZero();
		assertThat(this.terminal.stdout()).isEqualTo(String.join(System.lineSeparator(),
				"state: SIGNED_OUT_USER_POOLS_TOKEN_INVALID", "username: alice", ""));
		assertThat(this.manager.forceRefreshes).isEmpty();
	}

	@Test
	void tokensWhenNoOptionThenPrintsAccessTokenOnly() {
		signedIn();
		assertThat(run("tokens")).isZero();
		assertThat(this.terminal.stdout()).isEqualTo("access.jwt" + System.lineSeparator());
		assertThat(this.terminal.stderr()).isEmpty();
		assertThat(this.manager.forceRefreshes).containsExactly(false);
	}

	@Test
	void tokensWhenIdOrRefreshThenPrintsThatToken() {
		signedIn();
		assertThat(run("tokens", "--id")).isZero();
		assertThat(run("tokens", "--refresh", "--force-refresh")).isZero();
		assertThat(this.terminal.stdout())
			.isEqualTo("id.jwt" + System.lineSeparator() + "refresh-token" + System.lineSeparator());
		assertThat(this.manager.forceRefreshes).containsExactly(false, true);
	}

	@Test
	void tokensWhenTwoTokenOptionsThenUsageError() {
		signedIn();
		assertThat(run("tokens", "--id", "--access")).isEqualTo(ExitCodes.USAGE);
		assertThat(this.terminal.stdout()).isEmpty();
		assertThat(this.terminal.stderr()).isEqualTo("error: --id, --access are mutually exclusive (specify only one) "
				+ "(see 'cognito-cli help')" + System.lineSeparator());
	}

	@Test
	void tokensWhenNotSignedInThenFailsWithNothingOnStdout() {
		assertThat(run("tokens")).isEqualTo(ExitCodes.FAILURE);
		assertThat(this.terminal.stdout()).isEmpty();
		assertThat(this.terminal.stderr())
			.isEqualTo("error: Nobody is signed in to the user pool. (NotSignedIn)" + System.lineSeparator());
	}

	@Test
	void signOutWhenNoOptionsThenRevokesTheRefreshToken() {
		signedIn();
		assertThat(run("sign-out")).isZero();
		assertThat(this.manager.signOuts).containsExactly(new SignOutOptions(false, true));
		assertThat(this.terminal.stdout()).isEqualTo("Signed out." + System.lineSeparator());
	}

	@Test
	void signOutWhenNoRevokeThenLocalSignOut() {
		signedIn();
		assertThat(run("sign-out", "--no-revoke")).isZero();
		assertThat(this.manager.signOuts).containsExactly(SignOutOptions.local());
	}

	@Test
	void signOutWhenRevokeGivenThenTheSameAsTheDefault() {
		signedIn();
		assertThat(run("sign-out", "--revoke")).isZero();
		assertThat(this.manager.signOuts).containsExactly(new SignOutOptions(false, true));
	}

	@Test
	void signOutWhenGlobalThenGlobalAndRevoke() {
		signedIn();
		assertThat(run("sign-out", "--global")).isZero();
		assertThat(this.manager.signOuts).containsExactly(new SignOutOptions(true, true));
	}

	@Test
	void signOutWhenGlobalAndNoRevokeThenGlobalOnly() {
		signedIn();
		assertThat(run("sign-out", "--global", "--no-revoke")).isZero();
		assertThat(this.manager.signOuts).containsExactly(new SignOutOptions(true, false));
	}

	@Test
	void signOutWhenRevokeAndNoRevokeThenUsageErrorAndStillSignedIn() {
		signedIn();
		assertThat(run("sign-out", "--revoke", "--no-revoke")).isEqualTo(ExitCodes.USAGE);
		assertThat(this.manager.signOuts).isEmpty();
	}

	@Test
	void signOutWhenRemoteStepFailsThenSignedOutLocallyAndExitOne() {
		signedIn();
		this.manager.signOutResult = new SignOutResult(false, true,
				List.of(new CognitoSessionException("NetworkError", "Cognito could not be reached.")));
		assertThat(run("sign-out", "--global")).isEqualTo(ExitCodes.FAILURE);
		assertThat(this.manager.state).isEqualTo(UserState.SIGNED_OUT);
		assertThat(this.terminal.stderr())
			.isEqualTo("error: signed out locally, but a remote step failed: Cognito could not be reached. "
					+ "(NetworkError)" + System.lineSeparator());
	}

	@Test
	void executeWhenCognitoNotConfiguredThenExplainsWhichPropertiesToSet() {
		int exitCode = CognitoCli.create(this.terminal, () -> null).execute("status");
		assertThat(exitCode).isEqualTo(ExitCodes.FAILURE);
		assertThat(this.terminal.stderr()).startsWith("error: Cognito is not configured: set cognito.user-pool.id")
			.contains("COGNITO_USER_POOL_ID")
			.hasLineCount(1);
	}

	private void signedIn() {
		this.manager.state = UserState.SIGNED_IN;
		this.manager.username = "alice";
		this.manager.tokens = new CognitoTokens(
				new CognitoToken("id.jwt", ID_EXPIRES.minusSeconds(3600), ID_EXPIRES,
						Map.of("token_use", "id", "cognito:username", "alice")),
				new CognitoToken("access.jwt", ACCESS_EXPIRES.minusSeconds(3600), ACCESS_EXPIRES,
						Map.of("token_use", "access", "username", "alice")),
				"refresh-token");
	}

}
