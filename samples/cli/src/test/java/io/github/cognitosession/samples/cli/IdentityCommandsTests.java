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

import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.List;
import java.util.stream.Stream;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import software.amazon.awssdk.auth.credentials.AwsSessionCredentials;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

import io.github.cognitosession.credentials.GuestAccessNotAllowedException;
import io.github.cognitosession.session.FederatedSignInOptions;
import io.github.cognitosession.state.UserState;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

/**
 * Tests for the identity-pool commands ({@code identity-id}, {@code credentials},
 * {@code federated-sign-in}) and the identity id in {@code status}, against a fake
 * session manager.
 *
 * @author Cognito Session contributors
 */
class IdentityCommandsTests {

	private static final String NL = System.lineSeparator();

	private static final Instant EXPIRATION = Instant.parse("2026-11-27T17:00:00Z");

	private final TestTerminal terminal = new TestTerminal();

	private final FakeCognitoSessionManager manager = new FakeCognitoSessionManager();

	private int run(String... args) {
		return CognitoCli.create(this.terminal, () -> this.manager).execute(args);
	}

	private void credentialsAvailable() {
		this.manager.identityId = "eu-west-1:identity-1";
		this.manager.credentials = AwsSessionCredentials.builder()
			.accessKeyId("ASIAEXAMPLE")
			.secretAccessKey("secret/key+value=")
			.sessionToken("session-token-value")
			.expirationTime(EXPIRATION)
			.build();
	}

	@Test
	void identityIdWhenKnownThenPrintedAlone() {
		this.manager.identityId = "eu-west-1:identity-1";
		assertThat(run("identity-id")).isZero();
		assertThat(this.terminal.stdout()).isEqualTo("eu-west-1:identity-1" + NL);
	}

	@Test
	void credentialsWhenDefaultFormatThenShellExports() {
		credentialsAvailable();
		assertThat(run("credentials")).isZero();
		assertThat(this.terminal.stdout()).isEqualTo(
				"export AWS_ACCESS_KEY_ID='ASIAEXAMPLE'" + NL + "export AWS_SECRET_ACCESS_KEY='secret/key+value='" + NL
						+ "export AWS_SESSION_TOKEN='session-token-value'" + NL
						+ "export AWS_CREDENTIAL_EXPIRATION='2026-11-27T17:00:00Z'" + NL);
	}

	@Test
	void credentialsWhenValuesHoldQuotesAndShellSyntaxThenEachIsOneQuotedWord() {
		this.manager.credentials = AwsSessionCredentials.builder()
			.accessKeyId("ASIA'; touch pwned; echo '")
			.secretAccessKey("$(touch pwned)`touch pwned`\\'\"*")
			.sessionToken("it's")
			.build();
		assertThat(run("credentials")).isZero();
		assertThat(this.terminal.stdout()).isEqualTo("export AWS_ACCESS_KEY_ID='ASIA'\\''; touch pwned; echo '\\'''"
				+ NL + "export AWS_SECRET_ACCESS_KEY='$(touch pwned)`touch pwned`\\'\\''\"*'" + NL
				+ "export AWS_SESSION_TOKEN='it'\\''s'" + NL);
	}

	@Test
	void credentialsWhenHostileValuesEvaluatedByShellThenExactValuesAndNoCommandRuns(@TempDir Path directory)
			throws Exception {
		Path shell = Path.of("/bin/sh");
		assumeTrue(Files.isExecutable(shell), "a POSIX shell");
		String accessKeyId = "ASIA'; touch pwned; echo '";
		String secretAccessKey = "$(touch pwned)`touch pwned`\\'\"*;|&<>{}";
		String sessionToken = "''' '\\'' $HOME";
		this.manager.credentials = AwsSessionCredentials.builder()
			.accessKeyId(accessKeyId)
			.secretAccessKey(secretAccessKey)
			.sessionToken(sessionToken)
			.build();
		assertThat(run("credentials")).isZero();
		// quoted as the README shows, and unquoted as scripts often have it
		for (String evaluation : List.of("eval \"$CREDENTIALS\"", "eval $CREDENTIALS")) {
			ProcessBuilder builder = new ProcessBuilder(shell.toString(), "-c", evaluation
					+ "; printf '%s\\n' \"$AWS_ACCESS_KEY_ID\" \"$AWS_SECRET_ACCESS_KEY\" \"$AWS_SESSION_TOKEN\"")
				.directory(directory.toFile())
				.redirectErrorStream(true);
			builder.environment().put("CREDENTIALS", this.terminal.stdout());
			Process process = builder.start();
			process.getOutputStream().close();
			String output;
			try (InputStream in = process.getInputStream()) {
				output = new String(in.readAllBytes(), StandardCharsets.UTF_8);
			}
			assertThat(process.waitFor()).isZero();
			assertThat(output).isEqualTo(accessKeyId + "\n" + secretAccessKey + "\n" + sessionToken + "\n");
		}
		try (Stream<Path> files = Files.list(directory)) {
			assertThat(files).isEmpty();
		}
	}

	@Test
	void credentialsWhenValueHoldsLineBreakThenRefusedWithoutPrintingAnything() {
		this.manager.credentials = AwsSessionCredentials.builder()
			.accessKeyId("ASIAEXAMPLE")
			.secretAccessKey("secret\nexport PATH=/tmp/evil")
			.sessionToken("token")
			.build();
		assertThat(run("credentials")).isEqualTo(ExitCodes.FAILURE);
		assertThat(this.terminal.stdout()).isEmpty();
		assertThat(this.terminal.stderr()).contains("AWS_SECRET_ACCESS_KEY")
			.contains("control character")
			.doesNotContain("evil");
	}

	@Test
	void credentialsWhenCredentialProcessFormatThenAwsCliJsonWithVersionOne() {
		credentialsAvailable();
		assertThat(run("credentials", "--format", "credential-process")).isZero();
		JsonNode json = JsonMapper.builder().build().readTree(this.terminal.stdout());
		assertThat(json.get("Version").asInt()).isEqualTo(1);
		assertThat(json.get("AccessKeyId").asString()).isEqualTo("ASIAEXAMPLE");
		assertThat(json.get("SecretAccessKey").asString()).isEqualTo("secret/key+value=");
		assertThat(json.get("SessionToken").asString()).isEqualTo("session-token-value");
		assertThat(Instant.parse(json.get("Expiration").asString())).isEqualTo(EXPIRATION);
		assertThat(json.properties()).hasSize(5);
	}

	@Test
	void credentialsWhenJsonFormatThenIncludesIdentityId() {
		credentialsAvailable();
		assertThat(run("credentials", "--format=json")).isZero();
		JsonNode json = JsonMapper.builder().build().readTree(this.terminal.stdout());
		assertThat(json.get("IdentityId").asString()).isEqualTo("eu-west-1:identity-1");
		assertThat(json.get("AccessKeyId").asString()).isEqualTo("ASIAEXAMPLE");
		assertThat(json.has("Version")).isFalse();
	}

	@Test
	void credentialsWhenUnknownFormatThenUsageErrorNamingTheFormats() {
		assertThat(run("credentials", "--format", "yaml")).isEqualTo(ExitCodes.USAGE);
		assertThat(this.terminal.stderr()).contains("'yaml' is not a format: use env, json or credential-process");
	}

	@Test
	void credentialsWhenGuestAccessOffThenOneLineErrorWithCode() {
		this.manager.failure = new GuestAccessNotAllowedException("Nobody is signed in and guest access is off");
		assertThat(run("credentials")).isEqualTo(ExitCodes.FAILURE);
		assertThat(this.terminal.stdout()).isEmpty();
		assertThat(this.terminal.stderr())
			.isEqualTo("error: Nobody is signed in and guest access is off (GuestAccessNotAllowed)" + NL);
	}

	@Test
	void federatedSignInWhenTokenOnStandardInputThenSignsInWithoutTokenInOutput() {
		this.terminal.standardInput.add("google-id-token");
		assertThat(run("federated-sign-in", "accounts.google.com", "--token-stdin", "--role-arn",
				"arn:aws:iam::123456789012:role/r"))
			.isZero();
		assertThat(this.manager.federatedSignIns).containsExactly("accounts.google.com=google-id-token");
		assertThat(this.manager.federatedOptions).containsExactly(
				FederatedSignInOptions.builder().customRoleArn("arn:aws:iam::123456789012:role/r").build());
		assertThat(this.manager.currentUserState()).isEqualTo(UserState.SIGNED_IN);
		assertThat(this.terminal.stdout()).isEqualTo("Signed in with accounts.google.com." + NL);
		assertThat(this.terminal.stdout() + this.terminal.stderr()).doesNotContain("google-id-token");
	}

	@Test
	void federatedSignInWhenTokenBothGivenAndOnStandardInputThenFails() {
		assertThat(run("federated-sign-in", "accounts.google.com", "token", "--token-stdin"))
			.isEqualTo(ExitCodes.FAILURE);
		assertThat(this.terminal.stderr())
			.isEqualTo("error: give the token either as <token> or with --token-stdin" + NL);
		assertThat(this.manager.federatedSignIns).isEmpty();
	}

	@Test
	void federatedSignInWhenDeveloperIdentityThenIdentityIdPassed() {
		assertThat(run("federated-sign-in", "cognito-identity.amazonaws.com", "open-id-token", "--identity-id",
				"eu-west-1:dev"))
			.isZero();
		assertThat(this.manager.federatedOptions.get(0).getIdentityId()).isEqualTo("eu-west-1:dev");
	}

	@Test
	void statusWhenGuestWithKnownIdentityThenPrintsIdentityId() {
		this.manager.state = UserState.GUEST;
		this.manager.identityId = "eu-west-1:guest";
		assertThat(run("status")).isZero();
		assertThat(this.terminal.stdout()).isEqualTo("state: GUEST" + NL + "identity-id: eu-west-1:guest" + NL);
	}

	@Test
	void s3WhenS3ClientNotAvailableThenClearError() {
		assertThat(run("s3", "ls", "bucket")).isEqualTo(ExitCodes.FAILURE);
		assertThat(this.terminal.stderr())
			.isEqualTo("error: S3 is not available: Spring Cloud AWS's S3Client is not configured" + NL);
	}

}
