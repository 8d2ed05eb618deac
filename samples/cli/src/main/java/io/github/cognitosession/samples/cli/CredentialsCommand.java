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

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;
import java.util.function.Supplier;

import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import software.amazon.awssdk.auth.credentials.AwsSessionCredentials;
import tools.jackson.databind.json.JsonMapper;

import io.github.cognitosession.session.CognitoSessionManager;

/**
 * {@code credentials}: print the identity's temporary AWS credentials as shell exports,
 * as JSON, or in the AWS CLI's {@code credential_process} format, so that
 * {@code credential_process = cognito-cli credentials --format credential-process} in
 * {@code ~/.aws/config} makes the AWS CLI and SDKs act as the Cognito identity.
 *
 * @author Cognito Session contributors
 */
@Command(name = "credentials",
		description = { "Print the temporary AWS credentials of the identity (the user's, or the guest's).",
				"credential-process is the AWS CLI's credential_process format: in ~/.aws/config,",
				"  credential_process = cognito-cli credentials --format credential-process" })
final class CredentialsCommand implements Callable<Integer> {

	private static final JsonMapper json = JsonMapper.builder().build();

	private final Terminal terminal;

	private final Supplier<CognitoSessionManager> sessionManager;

	@Option(names = "--format", defaultValue = "env",
			description = "env (shell exports, the default), json or credential-process.",
			converter = Format.Converter.class)
	private Format format = Format.ENV;

	CredentialsCommand(Terminal terminal, Supplier<CognitoSessionManager> sessionManager) {
		this.terminal = terminal;
		this.sessionManager = sessionManager;
	}

	@Override
	public Integer call() {
		CognitoSessionManager manager = this.sessionManager.get();
		AwsSessionCredentials credentials = IdentityPools.of(manager).getCredentials();
		String expiration = credentials.expirationTime().map(Object::toString).orElse(null);
		switch (this.format) {
			case ENV -> {
				Map<String, String> variables = new LinkedHashMap<>();
				variables.put("AWS_ACCESS_KEY_ID", credentials.accessKeyId());
				variables.put("AWS_SECRET_ACCESS_KEY", credentials.secretAccessKey());
				variables.put("AWS_SESSION_TOKEN", credentials.sessionToken());
				if (expiration != null) {
					variables.put("AWS_CREDENTIAL_EXPIRATION", expiration);
				}
				// All lines are checked before the first is printed: a script never
				// evaluates half of the exports.
				List<String> exports = variables.entrySet()
					.stream()
					.map((variable) -> ShellQuoting.export(variable.getKey(), variable.getValue()))
					.toList();
				exports.forEach(this.terminal.out()::println);
			}
			case JSON -> {
				Map<String, Object> values = new LinkedHashMap<>();
				values.put("IdentityId", manager.currentSession().identityId());
				putCredentials(values, credentials, expiration);
				print(values);
			}
			case CREDENTIAL_PROCESS -> {
				Map<String, Object> values = new LinkedHashMap<>();
				values.put("Version", 1);
				putCredentials(values, credentials, expiration);
				print(values);
			}
		}
		return ExitCodes.OK;
	}

	private static void putCredentials(Map<String, Object> values, AwsSessionCredentials credentials,
			String expiration) {
		values.put("AccessKeyId", credentials.accessKeyId());
		values.put("SecretAccessKey", credentials.secretAccessKey());
		values.put("SessionToken", credentials.sessionToken());
		values.put("Expiration", expiration);
	}

	private void print(Map<String, Object> values) {
		this.terminal.out().println(json.writeValueAsString(values));
	}

	enum Format {

		ENV, JSON, CREDENTIAL_PROCESS;

		static final class Converter implements picocli.CommandLine.ITypeConverter<Format> {

			@Override
			public Format convert(String value) {
				for (Format format : values()) {
					if (format.name().replace('_', '-').equalsIgnoreCase(value)) {
						return format;
					}
				}
				throw new picocli.CommandLine.TypeConversionException(
						"'" + value + "' is not a format: use env, json or credential-process");
			}

		}

	}

}
