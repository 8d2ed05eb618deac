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

package io.github.cognitosession.local.standalone;

import java.io.PrintStream;
import java.io.UncheckedIOException;
import java.nio.file.Path;
import java.util.concurrent.CountDownLatch;

import io.github.cognitosession.local.LocalCognito;
import io.github.cognitosession.local.trigger.TriggerType;
import io.github.cognitosession.local.trigger.WebhookTrigger;

/**
 * Runs Local Cognito as a standalone process:
 * {@code java -jar cognito-local.jar [--port 9229] [--host 127.0.0.1] [--region us-east-1] [--issuer-base URL|self]
 * [--data DIR] [--trigger NAME=URL]...}. Provision it with the ordinary admin calls (AWS
 * CLI, SDKs) using any credentials. With {@code --data} the state survives restarts; each
 * {@code --trigger} makes an HTTP endpoint a Lambda trigger of every pool.
 *
 * @author Cognito Session contributors
 */
public final class LocalCognitoMain {

	/** The default port of the standalone emulator. */
	public static final int DEFAULT_PORT = 9229;

	private LocalCognitoMain() {
	}

	public static void main(String[] args) throws InterruptedException {
		LocalCognito cognito;
		try {
			cognito = parse(args).build();
		}
		catch (IllegalArgumentException ex) {
			System.err.println("cognito-local: " + ex.getMessage());
			System.err.println(usage());
			System.exit(2);
			return;
		}
		catch (IllegalStateException | UncheckedIOException ex) {
			// A data directory that cannot be used: say which and stop, never start
			// empty.
			System.err.println("cognito-local: " + ex.getMessage());
			System.exit(2);
			return;
		}
		cognito.start();
		print(cognito, System.out);
		CountDownLatch stopped = new CountDownLatch(1);
		Runtime.getRuntime().addShutdownHook(new Thread(() -> {
			cognito.stop();
			stopped.countDown();
		}, "local-cognito-shutdown"));
		stopped.await();
	}

	/**
	 * Read the command line.
	 * @param args the arguments
	 * @return a configured builder
	 * @throws IllegalArgumentException for an unknown or incomplete option
	 */
	public static LocalCognito.Builder parse(String[] args) {
		LocalCognito.Builder builder = LocalCognito.builder().port(DEFAULT_PORT);
		for (int i = 0; i < args.length; i++) {
			String option = args[i];
			if ("--help".equals(option) || "-h".equals(option)) {
				throw new IllegalArgumentException("help requested");
			}
			if (i + 1 >= args.length) {
				throw new IllegalArgumentException("option " + option + " needs a value");
			}
			String value = args[++i];
			switch (option) {
				case "--port" -> builder.port(port(value));
				case "--host" -> builder.host(value);
				case "--region" -> builder.region(value);
				case "--data" -> builder.dataDirectory(Path.of(value));
				case "--trigger" -> trigger(builder, value);
				case "--issuer-base" -> {
					if ("self".equals(value)) {
						builder.issuerBaseFromEndpoint();
					}
					else {
						builder.issuerBase(value);
					}
				}
				default -> throw new IllegalArgumentException("unknown option " + option);
			}
		}
		return builder;
	}

	private static void trigger(LocalCognito.Builder builder, String value) {
		int equals = value.indexOf('=');
		if (equals <= 0 || equals == value.length() - 1) {
			throw new IllegalArgumentException(
					"--trigger '" + value + "' must be NAME=URL, e.g. PreTokenGeneration=http://127.0.0.1:8080/hook");
		}
		builder.trigger(TriggerType.of(value.substring(0, equals)), WebhookTrigger.of(value.substring(equals + 1)));
	}

	static void print(LocalCognito cognito, PrintStream out) {
		out.println("Local Cognito listening on " + cognito.endpoint());
		out.println("  user pools and identity pools: " + cognito.endpoint() + " (region " + cognito.region() + ")");
		out.println("  hosted UI (user-pool domain):  " + cognito.hostedUiDomain());
		out.println("  S3 (path-style):               " + cognito.s3Endpoint());
		out.println("  token issuer base:             " + cognito.issuerBase());
		cognito.dataFile().ifPresent((file) -> out.println("  state kept in:                 " + file));
	}

	private static int port(String value) {
		try {
			return Integer.parseInt(value);
		}
		catch (NumberFormatException ex) {
			throw new IllegalArgumentException("--port '" + value + "' is not a number");
		}
	}

	private static String usage() {
		return "usage: java -jar cognito-local.jar [--port 9229] [--host 127.0.0.1] [--region us-east-1]"
				+ " [--issuer-base <url>|self] [--data <dir>] [--trigger <name>=<url>]...\n"
				+ "  triggers: PreSignUp, PostConfirmation, PreTokenGeneration, DefineAuthChallenge,"
				+ " CreateAuthChallenge, VerifyAuthChallengeResponse, UserMigration";
	}

}
