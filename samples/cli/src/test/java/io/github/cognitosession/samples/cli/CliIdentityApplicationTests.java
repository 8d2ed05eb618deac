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
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.api.io.TempDir;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

import org.springframework.boot.test.system.CapturedOutput;
import org.springframework.boot.test.system.OutputCaptureExtension;

import io.github.cognitosession.local.Provisioned;
import io.github.cognitosession.local.fault.Fault;
import io.github.cognitosession.local.junit.LocalCognitoExtension;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The identity-pool commands of {@link CognitoCliApplication} run as separate processes
 * would run them (one application context per command, sharing the encrypted session
 * file) against an embedded Local Cognito and its S3.
 *
 * @author Cognito Session contributors
 */
@ExtendWith(OutputCaptureExtension.class)
class CliIdentityApplicationTests {

	private static final String PASSWORD = "Passw0rd-cli";

	@RegisterExtension
	static LocalCognitoExtension cognito = LocalCognitoExtension.create();

	private static Provisioned setup;

	@TempDir
	Path directory;

	@BeforeAll
	static void provision() {
		setup = cognito.provision().user("carol", PASSWORD).identityPool(true).create();
	}

	@AfterEach
	void restore() {
		cognito.cognito().faults().clear();
	}

	/** Run one command as its own "process" and return what it printed on stdout. */
	private String run(String... command) {
		return runWithInput(null, command);
	}

	private String runWithInput(String standardInput, String... command) {
		List<String> args = new ArrayList<>();
		setup.springProperties().forEach((name, value) -> args.add("--" + name + "=" + value));
		args.add("--cognito.identity-pool.guest-access=true");
		args.add("--cognito.session.store-path=" + this.directory.resolve("cli.session"));
		args.add("--spring.cloud.aws.s3.endpoint=" + setup.s3Endpoint());
		args.add("--spring.cloud.aws.s3.path-style-access-enabled=true");
		args.addAll(List.of(command));
		InputStream in = (standardInput != null)
				? new ByteArrayInputStream(standardInput.getBytes(StandardCharsets.UTF_8)) : null;
		InProcessCli.Result result = InProcessCli.run(args, in, new ByteArrayOutputStream());
		assertThat(result.exitCode()).as("exit code of %s, stderr: %s", List.of(command), result.err()).isZero();
		return result.out();
	}

	@Test
	void identityIdWhenSecondProcessThenCachedIdentityIdReusedWithoutGetId(CapturedOutput output) {
		String first = run("identity-id").strip();
		assertThat(first).startsWith(setup.region() + ":");
		// a GetId now would fail the command: the identity id must come from the session
		// file
		cognito.cognito().faults().failNext("GetId", 10, Fault.error("NotAuthorizedException", "no GetId expected"));
		assertThat(run("identity-id").strip()).isEqualTo(first);
		assertThat(run("status")).contains("state: GUEST", "identity-id: " + first);
	}

	@Test
	void commandsWhenSignedInThenCredentialProcessJsonAndS3UploadAsTheUser(CapturedOutput output) throws Exception {
		assertThat(runWithInput(PASSWORD + "\n", "sign-in", "carol", "--password-stdin"))
			.contains("Signed in as carol.");
		JsonNode credentials = JsonMapper.builder()
			.build()
			.readTree(run("credentials", "--format", "credential-process"));
		assertThat(credentials.get("Version").asInt()).isEqualTo(1);
		assertThat(credentials.get("AccessKeyId").asString()).isNotBlank();
		assertThat(credentials.get("SecretAccessKey").asString()).isNotBlank();
		assertThat(credentials.get("SessionToken").asString()).isNotBlank();
		assertThat(Instant.parse(credentials.get("Expiration").asString())).isAfter(Instant.now());
		String identityId = run("identity-id").strip();
		Path file = Files.writeString(this.directory.resolve("notes.txt"), "hello from carol");
		assertThat(run("s3", "put", "files", identityId + "/notes.txt", file.toString()))
			.contains("Uploaded s3://files/" + identityId + "/notes.txt (16 bytes).");
		assertThat(run("s3", "ls", "files", identityId + "/")).contains(identityId + "/notes.txt").contains("16");
		assertThat(run("status")).contains("state: SIGNED_IN", "username: carol", "identity-id: " + identityId);
		assertThat(output.getAll()).doesNotContain(PASSWORD)
			.doesNotContain(credentials.get("SessionToken").asString().substring(0, 0) + "SecretKey");
	}

}
