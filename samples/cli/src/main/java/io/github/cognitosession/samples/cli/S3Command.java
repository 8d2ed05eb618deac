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

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.Callable;
import java.util.function.Supplier;

import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;
import software.amazon.awssdk.core.sync.RequestBody;
import software.amazon.awssdk.services.s3.S3Client;
import software.amazon.awssdk.services.s3.model.S3Object;

/**
 * {@code s3 put} and {@code s3 ls}: Spring Cloud AWS's {@link S3Client}, which signs with
 * the Cognito identity's credentials (the application's {@code AwsCredentialsProvider}).
 * The endpoint is Spring Cloud AWS's {@code spring.cloud.aws.s3.endpoint}.
 *
 * @author Cognito Session contributors
 */
@Command(name = "s3",
		description = "S3 as the Cognito identity: 's3 put <bucket> <key> <file>', 's3 ls <bucket> [prefix]'.",
		synopsisSubcommandLabel = "COMMAND", footer = "%nEndpoint: --spring.cloud.aws.s3.endpoint=http://... "
				+ "(with --spring.cloud.aws.s3.path-style-access-enabled=true for a local S3).")
final class S3Command implements Runnable {

	@Spec
	private CommandSpec spec;

	@Override
	public void run() {
		this.spec.commandLine().usage(this.spec.commandLine().getOut());
	}

	/**
	 * {@code s3 put <bucket> <key> <file>}.
	 */
	@Command(name = "put", description = "Upload a file.")
	static final class Put implements Callable<Integer> {

		private final Terminal terminal;

		private final Supplier<S3Client> s3Client;

		@Parameters(index = "0", paramLabel = "<bucket>")
		private String bucket;

		@Parameters(index = "1", paramLabel = "<key>")
		private String key;

		@Parameters(index = "2", paramLabel = "<file>")
		private Path file;

		Put(Terminal terminal, Supplier<S3Client> s3Client) {
			this.terminal = terminal;
			this.s3Client = s3Client;
		}

		@Override
		public Integer call() throws Exception {
			if (!Files.isRegularFile(this.file)) {
				throw new CliException("no such file: " + this.file);
			}
			long size = Files.size(this.file);
			this.s3Client.get()
				.putObject((request) -> request.bucket(this.bucket).key(this.key), RequestBody.fromFile(this.file));
			this.terminal.out().println("Uploaded s3://" + this.bucket + "/" + this.key + " (" + size + " bytes).");
			return ExitCodes.OK;
		}

	}

	/**
	 * {@code s3 ls <bucket> [prefix]}.
	 */
	@Command(name = "ls", description = "List objects: size, last modified, key.")
	static final class List implements Callable<Integer> {

		private final Terminal terminal;

		private final Supplier<S3Client> s3Client;

		@Parameters(index = "0", paramLabel = "<bucket>")
		private String bucket;

		@Parameters(index = "1", arity = "0..1", paramLabel = "<prefix>")
		private String prefix;

		List(Terminal terminal, Supplier<S3Client> s3Client) {
			this.terminal = terminal;
			this.s3Client = s3Client;
		}

		@Override
		public Integer call() {
			for (S3Object object : this.s3Client.get()
				.listObjectsV2Paginator((request) -> request.bucket(this.bucket).prefix(this.prefix))
				.contents()) {
				this.terminal.out().printf("%10d  %s  %s%n", object.size(), object.lastModified(), object.key());
			}
			return ExitCodes.OK;
		}

	}

}
