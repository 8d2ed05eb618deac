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

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.InputStream;
import java.io.PipedInputStream;
import java.io.PipedOutputStream;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.SecureRandom;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Base64;
import java.util.List;
import java.util.Objects;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import io.github.cognitosession.samples.cli.InProcessCli.Result;
import io.github.cognitosession.local.Provisioned;
import io.github.cognitosession.local.junit.LocalCognitoExtension;
import io.github.cognitosession.local.totp.Totp;
import io.github.cognitosession.local.userpool.DeviceTracking;
import org.awaitility.Awaitility;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import software.amazon.awssdk.auth.credentials.AnonymousCredentialsProvider;
import software.amazon.awssdk.awscore.exception.AwsServiceException;
import software.amazon.awssdk.awscore.retry.AwsRetryStrategy;
import software.amazon.awssdk.regions.Region;
import software.amazon.awssdk.services.cognitoidentityprovider.CognitoIdentityProviderClient;

import org.springframework.boot.test.system.CapturedOutput;
import org.springframework.boot.test.system.OutputCaptureExtension;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatExceptionOfType;

/**
 * The CLI used as a new user would, each command a fresh start of the application (as a
 * new process would be) against Local Cognito, with the session kept in an encrypted
 * store file between them: sign-in with SRP, status, tokens, forced refresh, sign-out
 * with revocation.
 *
 * @author Cognito Session contributors
 */
@ExtendWith(OutputCaptureExtension.class)
class CognitoCliIntegrationTests {

	private static final String PASSWORD = "Correct-Horse-1";

	private static final Pattern PRINTED_SECRET = Pattern.compile("  secret: ([A-Z2-7]+)");

	@RegisterExtension
	static LocalCognitoExtension cognito = LocalCognitoExtension.create();

	@TempDir
	Path directory;

	@ParameterizedTest(name = "client secret: {0}")
	@ValueSource(booleans = { false, true })
	void commandsWhenRunOneAfterAnotherThenShareTheSessionThroughTheStoreFile(boolean clientSecret,
			CapturedOutput output) throws Exception {
		Provisioned setup = cognito.provision().clientSecret(clientSecret).user("alice", PASSWORD).create();
		Cli cli = new Cli(setup, this.directory.resolve("alice.session"));

		Result signIn = cli.run(PASSWORD + "\n", "sign-in", "alice", "--password-stdin");
		assertThat(signIn.exitCode()).isZero();
		assertThat(signIn.out()).isEqualTo("Signed in as alice.\n");
		assertThat(signIn.err()).isEqualTo("event: SIGNED_OUT -> SIGNED_IN\n");

		Result status = cli.run(null, "status");
		assertThat(status.out()).startsWith("state: SIGNED_IN\nusername: alice\nid-token-expires: ")
			.contains("access-token-expires: ");

		String idToken = cli.run(null, "tokens", "--id").out().strip();
		assertThat(claims(idToken)).contains("\"cognito:username\":\"alice\"", "\"token_use\":\"id\"");
		String refreshToken = cli.run(null, "tokens", "--refresh").out().strip();
		Result forced = cli.run(null, "tokens", "--force-refresh", "--id");
		assertThat(forced.exitCode()).isZero();
		String refreshedIdToken = forced.out().strip();
		assertThat(refreshedIdToken).isNotEqualTo(idToken);
		assertThat(cli.run(null, "tokens", "--id").out().strip()).isEqualTo(refreshedIdToken);

		String stored = Files.readString(cli.storeFile(), StandardCharsets.ISO_8859_1);
		assertThat(stored).doesNotContain(refreshToken)
			.doesNotContain(refreshedIdToken.split("\\.")[1])
			.doesNotContain("eyJ")
			.doesNotContain("alice");

		// revokes by default
		Result signOut = cli.run(null, "sign-out");
		assertThat(signOut.exitCode()).isZero();
		assertThat(signOut.out()).isEqualTo("Signed out.\n");
		assertThat(signOut.err()).isEqualTo("event: SIGNED_IN -> SIGNED_OUT\n");
		assertRefreshTokenRejected(setup, refreshToken);
		assertThat(cli.run(null, "status").out()).isEqualTo("state: SIGNED_OUT\n");
		Result tokensAfter = cli.run(null, "tokens");
		assertThat(tokensAfter.exitCode()).isEqualTo(ExitCodes.FAILURE);
		assertThat(tokensAfter.out()).isEmpty();
		assertThat(output.getAll()).as("the logs").doesNotContain(PASSWORD, idToken, refreshToken, refreshedIdToken);
	}

	@ParameterizedTest(name = "client secret: {0}")
	@ValueSource(booleans = { false, true })
	void signInWhenPasswordIsWrongThenOneErrorLineAndNothingStored(boolean clientSecret, CapturedOutput output) {
		Provisioned setup = cognito.provision().clientSecret(clientSecret).user("bob", PASSWORD).create();
		Cli cli = new Cli(setup, this.directory.resolve("bob.session"));

		Result signIn = cli.run("Wrong-Horse-1\n", "sign-in", "bob", "--password-stdin");

		assertThat(signIn.exitCode()).isEqualTo(ExitCodes.FAILURE);
		assertThat(signIn.err()).isEqualTo("error: Incorrect username or password (NotAuthorizedException)\n");
		assertThat(signIn.out()).isEmpty();
		assertThat(cli.storeFile()).doesNotExist();
		assertThat(output.getAll()).as("the logs").doesNotContain("Wrong-Horse-1");
	}

	@ParameterizedTest(name = "client secret: {0}")
	@ValueSource(booleans = { false, true })
	void tokensWhenRefreshTokenRevokedElsewhereThenFailsAtOnceAskingToSignInAgain(boolean clientSecret,
			CapturedOutput output) {
		Provisioned setup = cognito.provision().clientSecret(clientSecret).user("carol", PASSWORD).create();
		Cli cli = new Cli(setup, this.directory.resolve("carol.session"));
		cli.run(PASSWORD + "\n", "sign-in", "carol", "--password-stdin");
		String refreshToken = cli.run(null, "tokens", "--refresh").out().strip();
		try (CognitoIdentityProviderClient client = userPools(setup)) {
			client.revokeToken((request) -> request.clientId(setup.clientId())
				.clientSecret(setup.clientSecret())
				.token(refreshToken));
		}

		Result forced = cli.run(null, "tokens", "--force-refresh");

		assertThat(forced.exitCode()).isEqualTo(ExitCodes.FAILURE);
		assertThat(forced.out()).isEmpty();
		assertThat(forced.err()).isEqualTo("event: SIGNED_IN -> SIGNED_OUT_USER_POOLS_TOKEN_INVALID\n"
				+ "error: the session has ended (its refresh token was revoked or has expired): "
				+ "sign in again with 'cognito-cli sign-in <username>'\n");
		assertThat(cli.run(null, "status").out())
			.isEqualTo("state: SIGNED_OUT_USER_POOLS_TOKEN_INVALID\nusername: carol\n");
		assertThat(output.getAll()).as("the logs").doesNotContain(refreshToken);
	}

	@Test
	void signInWhenMfaSetupThenCodeOfThePrintedSecretSignsInAndNextSignInAsksForTotp(CapturedOutput output)
			throws Exception {
		Provisioned setup = cognito.provision().mfaRequired(true).user("dave", PASSWORD).create();
		Cli cli = new Cli(setup, this.directory.resolve("dave.session"));
		PipedOutputStream typed = new PipedOutputStream();
		PipedInputStream standardInput = new PipedInputStream(typed);
		typed.write((PASSWORD + "\n").getBytes(StandardCharsets.UTF_8));
		typed.flush();
		ByteArrayOutputStream err = new ByteArrayOutputStream();

		// The secret is made during the command, so the code is typed once it is shown.
		CompletableFuture<Result> signIn = CompletableFuture
			.supplyAsync(() -> cli.runReading(standardInput, err, "sign-in", "dave", "--password-stdin"));
		try {
			String secret = Awaitility.await()
				.atMost(Duration.ofSeconds(30))
				.until(() -> printedSecret(InProcessCli.text(err)), Objects::nonNull);
			typed.write((Totp.code(secret, Instant.now()) + "\n").getBytes(StandardCharsets.UTF_8));
		}
		finally {
			// Also ends the command's read of the code when the secret never showed.
			typed.close();
		}
		Result result = signIn.get(30, TimeUnit.SECONDS);
		String secret = printedSecret(result.err());

		assertThat(result.exitCode()).isZero();
		assertThat(result.out()).isEqualTo("Signed in as dave.\n");
		assertThat(result.err()).contains("challenge: MFA_SETUP\n",
				"  uri: otpauth://totp/cognito-cli:dave?secret=" + secret + "&issuer=cognito-cli\n",
				"event: SIGNED_OUT -> SIGNED_IN\n");
		assertThat(cli.run(null, "sign-out").exitCode()).isZero();
		Result again = cli.run(PASSWORD + "\n" + Totp.code(secret, Instant.now()) + "\n", "sign-in", "dave",
				"--password-stdin");
		assertThat(again.exitCode()).isZero();
		assertThat(again.err()).contains("challenge: SOFTWARE_TOKEN_MFA\n").doesNotContain(secret);
		assertThat(output.getAll()).as("the logs").doesNotContain(secret, PASSWORD);
	}

	private static String printedSecret(String err) {
		Matcher matcher = PRINTED_SECRET.matcher(err);
		return matcher.find() ? matcher.group(1) : null;
	}

	private static String claims(String jwt) {
		return new String(Base64.getUrlDecoder().decode(jwt.split("\\.")[1]), StandardCharsets.UTF_8);
	}

	private static void assertRefreshTokenRejected(Provisioned setup, String refreshToken) {
		try (CognitoIdentityProviderClient client = userPools(setup)) {
			assertThatExceptionOfType(AwsServiceException.class)
				.isThrownBy(() -> client.getTokensFromRefreshToken((request) -> request.clientId(setup.clientId())
					.clientSecret(setup.clientSecret())
					.refreshToken(refreshToken)))
				.satisfies((ex) -> assertThat(ex.awsErrorDetails().errorCode()).isEqualTo("NotAuthorizedException"));
		}
	}

	private static CognitoIdentityProviderClient userPools(Provisioned setup) {
		return CognitoIdentityProviderClient.builder()
			.endpointOverride(URI.create(setup.endpoint()))
			.region(Region.of(setup.region()))
			.credentialsProvider(AnonymousCredentialsProvider.create())
			.overrideConfiguration((configuration) -> configuration.retryStrategy(AwsRetryStrategy.doNotRetry()))
			.build();
	}

	@Test
	void devicesWhenRememberedThenSignInSkipsMfaUntilForgotten(CapturedOutput output) {
		String secret = Totp.newSecret(new SecureRandom());
		Provisioned setup = cognito.provision()
			.deviceTracking(DeviceTracking.USER_OPT_IN)
			.user("erin", PASSWORD)
			.softwareTokenMfa(secret)
			.create();
		Cli cli = new Cli(setup, this.directory.resolve("erin.session"));
		Result signIn = cli.run(PASSWORD + "\n" + Totp.code(secret, Instant.now()) + "\n", "sign-in", "erin",
				"--password-stdin");
		assertThat(signIn.exitCode()).isZero();
		assertThat(signIn.err()).contains("challenge: SOFTWARE_TOKEN_MFA\n");
		assertThat(cli.run(null, "devices", "list").out())
			.startsWith("Cognito Session for Spring Boot\tnot remembered\t");
		assertThat(cli.run(null, "devices", "remember").out()).isEqualTo("This device is remembered.\n");
		assertThat(cli.run(null, "sign-out").exitCode()).isZero();

		Result remembered = cli.run(PASSWORD + "\n", "sign-in", "erin", "--password-stdin");
		assertThat(remembered.exitCode()).isZero();
		assertThat(remembered.err()).doesNotContain("challenge:");
		assertThat(cli.run(null, "devices", "list").out()).startsWith("Cognito Session for Spring Boot\tremembered\t");

		assertThat(cli.run(null, "devices", "forget").out()).isEqualTo("This device is forgotten.\n");
		assertThat(cli.run(null, "devices", "list").out()).isEqualTo("No devices.\n");
		assertThat(cli.run(null, "sign-out").exitCode()).isZero();
		Result again = cli.run(PASSWORD + "\n" + Totp.code(secret, Instant.now()) + "\n", "sign-in", "erin",
				"--password-stdin");
		assertThat(again.exitCode()).isZero();
		assertThat(again.err()).contains("challenge: SOFTWARE_TOKEN_MFA\n");
		assertThat(output.getAll()).as("the logs").doesNotContain(secret, PASSWORD);
	}

	/**
	 * Runs the CLI application ({@link InProcessCli}) with the setup's properties as
	 * {@code --cognito.*} arguments.
	 */
	private record Cli(Provisioned setup, Path storeFile) {

		Result run(String standardInput, String... command) {
			return runReading((standardInput != null)
					? new ByteArrayInputStream(standardInput.getBytes(StandardCharsets.UTF_8)) : null,
					new ByteArrayOutputStream(), command);
		}

		Result runReading(InputStream standardInput, ByteArrayOutputStream err, String... command) {
			List<String> args = new ArrayList<>();
			this.setup.springProperties().forEach((name, value) -> args.add("--" + name + "=" + value));
			args.add("--cognito.session.store-path=" + this.storeFile);
			args.addAll(List.of(command));
			return InProcessCli.run(args, standardInput, err);
		}

	}

}
