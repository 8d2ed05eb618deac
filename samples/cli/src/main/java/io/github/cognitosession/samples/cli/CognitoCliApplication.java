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

import software.amazon.awssdk.services.s3.S3Client;

import org.springframework.beans.factory.ObjectProvider;
import org.springframework.boot.SpringApplication;
import org.springframework.boot.autoconfigure.SpringBootApplication;
import org.springframework.boot.autoconfigure.condition.ConditionalOnMissingBean;
import org.springframework.context.annotation.Bean;
import org.springframework.core.NestedExceptionUtils;

import io.github.cognitosession.session.CognitoSessionManager;

/**
 * Entry point of the {@code cognito-cli} tool: signs in to a Cognito user pool and prints
 * tokens for scripts. Every {@code cognito.*} property can be given as
 * {@code --cognito.x=y} or as an environment variable ({@code COGNITO_USER_POOL_ID}).
 *
 * @author Cognito Session contributors
 */
@SpringBootApplication
public class CognitoCliApplication {

	// Replaceable so that tests can run the application without printing its results.
	@Bean
	@ConditionalOnMissingBean
	Terminal terminal() {
		return new SystemTerminal();
	}

	@Bean
	CliRunner cliRunner(Terminal terminal, ObjectProvider<CognitoSessionManager> sessionManager,
			ObjectProvider<S3Client> s3Client) {
		return new CliRunner(CognitoCli.create(terminal, sessionManager::getIfAvailable, s3Client::getIfAvailable));
	}

	@Bean
	StateChangePrinter stateChangePrinter(Terminal terminal) {
		return new StateChangePrinter(terminal);
	}

	public static void main(String[] args) {
		int exitCode;
		try {
			exitCode = SpringApplication.exit(SpringApplication.run(CognitoCliApplication.class, args));
		}
		catch (RuntimeException ex) {
			// Start-up failed: a failure analysis was printed as one line already, or
			// the failure is unexpected and gets one line here (no stack trace).
			if (!CliFailureAnalysisReporter.hasReported()) {
				System.err.println("error: " + CognitoCli.describe(NestedExceptionUtils.getMostSpecificCause(ex)));
			}
			exitCode = ExitCodes.CONFIGURATION;
		}
		System.exit(exitCode);
	}

}
