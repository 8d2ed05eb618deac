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

import java.net.URI;
import java.nio.file.Path;
import java.time.Clock;
import java.util.ArrayList;
import java.util.List;

import io.github.cognitosession.autoconfigure.CognitoSessionAutoConfiguration;
import io.github.cognitosession.local.LocalCognito;
import io.github.cognitosession.local.Provisioned;
import software.amazon.awssdk.auth.credentials.AnonymousCredentialsProvider;
import software.amazon.awssdk.awscore.retry.AwsRetryStrategy;
import software.amazon.awssdk.regions.Region;
import software.amazon.awssdk.services.cognitoidentityprovider.CognitoIdentityProviderClient;

import org.springframework.boot.autoconfigure.AutoConfigurations;
import org.springframework.boot.test.context.runner.ApplicationContextRunner;

/**
 * The application contexts of the integration tests: the real auto-configuration with the
 * {@code cognito.*} properties of a Local Cognito setup, an encrypted file store, the
 * test's clock as the session clock, and a recorder of the session events.
 *
 * @author Cognito Session contributors
 */
final class SessionContexts {

	private SessionContexts() {
	}

	/**
	 * A runner for a setup.
	 * @param setup what Local Cognito provisioned
	 * @param clock the session clock (also the emulator's, so that both agree on time)
	 * @param storeFile the encrypted store file
	 * @param properties extra properties ({@code name=value})
	 * @return the runner
	 */
	static ApplicationContextRunner runner(Provisioned setup, Clock clock, Path storeFile, String... properties) {
		List<String> values = new ArrayList<>();
		setup.springProperties().forEach((name, value) -> values.add(name + "=" + value));
		values.add("cognito.session.store=file");
		values.add("cognito.session.store-path=" + storeFile);
		values.addAll(List.of(properties));
		return new ApplicationContextRunner()
			.withConfiguration(AutoConfigurations.of(CognitoSessionAutoConfiguration.class))
			.withPropertyValues(values.toArray(String[]::new))
			.withBean(CognitoSessionAutoConfiguration.CLOCK_BEAN_NAME, Clock.class, () -> clock)
			.withBean(RecordedSessionEvents.class);
	}

	/**
	 * A plain SDK client of the emulator that does not retry, for checks made behind the
	 * library's back (e.g. whether Cognito still accepts an old refresh token).
	 * @param cognito the emulator
	 * @return the client
	 */
	static CognitoIdentityProviderClient userPools(LocalCognito cognito) {
		return CognitoIdentityProviderClient.builder()
			.endpointOverride(URI.create(cognito.endpoint()))
			.region(Region.of(cognito.region()))
			.credentialsProvider(AnonymousCredentialsProvider.create())
			.overrideConfiguration((configuration) -> configuration.retryStrategy(AwsRetryStrategy.doNotRetry()))
			.build();
	}

}
