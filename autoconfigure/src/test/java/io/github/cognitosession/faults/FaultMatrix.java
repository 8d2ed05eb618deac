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

package io.github.cognitosession.faults;

import java.net.URI;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;

import com.github.tomakehurst.wiremock.junit5.WireMockExtension;
import io.github.cognitosession.autoconfigure.CognitoClientConfigurer;
import io.github.cognitosession.autoconfigure.CognitoProperties;
import io.github.cognitosession.exception.CognitoSessionException;
import io.github.cognitosession.exception.CognitoUnavailableException;
import io.github.cognitosession.exception.InvalidCredentialsException;
import io.github.cognitosession.exception.InvalidTokenException;
import io.github.cognitosession.exception.NotSignedInException;
import io.github.cognitosession.exception.ThrottledException;
import io.github.cognitosession.exception.UserNotFoundException;
import software.amazon.awssdk.awscore.retry.AwsRetryStrategy;
import software.amazon.awssdk.core.client.config.ClientOverrideConfiguration;
import software.amazon.awssdk.core.exception.SdkException;
import software.amazon.awssdk.retries.api.BackoffStrategy;
import software.amazon.awssdk.services.cognitoidentity.CognitoIdentityClient;
import software.amazon.awssdk.services.cognitoidentityprovider.CognitoIdentityProviderClient;

import static com.github.tomakehurst.wiremock.core.WireMockConfiguration.wireMockConfig;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * What every cell of the fault matrix shares: SDK clients built the way the library
 * builds them ({@link CognitoClientConfigurer}: anonymous, the SDK's standard retry
 * strategy) with a short API call timeout and retries without backoff pauses, so that a
 * whole matrix runs in seconds; and the check of the exception a caller gets.
 *
 * @author Cognito Session contributors
 */
public final class FaultMatrix {

	/**
	 * The API call timeout of the test clients (the library's default is 10 s): short, as
	 * every timeout cell waits for it, but long enough for a call that succeeds (the
	 * cells' recovery calls) on a loaded 2-core machine.
	 */
	public static final Duration CLIENT_TIMEOUT = Duration.ofSeconds(1);

	/**
	 * The attempts of the SDK's standard retry strategy: the most requests one call may
	 * make.
	 */
	public static final int MAX_ATTEMPTS = 3;

	private static final Duration WARM_UP_TIMEOUT = Duration.ofSeconds(30);

	private static boolean userPoolsWarm;

	private static boolean identityPoolsWarm;

	private FaultMatrix() {
	}

	/**
	 * A WireMock server on loopback whose requests are counted as they arrive.
	 * @param calls the counter
	 * @return the server, for {@code @RegisterExtension}
	 */
	public static WireMockExtension server(UpstreamCalls calls) {
		return WireMockExtension.newInstance()
			.options(wireMockConfig().dynamicPort().bindAddress("127.0.0.1").extensions(calls))
			.build();
	}

	/**
	 * A user-pool client as the auto-configuration builds it, pointed at a test server.
	 * @param endpoint the server
	 * @param userPoolId the user pool id (for the region)
	 * @return the client
	 */
	public static CognitoIdentityProviderClient userPools(String endpoint, String userPoolId) {
		CognitoProperties properties = new CognitoProperties();
		properties.getUserPool().setId(userPoolId);
		properties.getUserPool().setEndpoint(URI.create(endpoint));
		warmUpUserPools(properties);
		return configurer(properties, CLIENT_TIMEOUT).buildIdentityProviderClient();
	}

	/**
	 * An identity-pool client as the auto-configuration builds it, pointed at a test
	 * server.
	 * @param endpoint the server
	 * @param identityPoolId the identity pool id (for the region)
	 * @return the client
	 */
	public static CognitoIdentityClient identityPools(String endpoint, String identityPoolId) {
		CognitoProperties properties = new CognitoProperties();
		properties.getIdentityPool().setId(identityPoolId);
		properties.getIdentityPool().setEndpoint(URI.create(endpoint));
		warmUpIdentityPools(properties);
		return configurer(properties, CLIENT_TIMEOUT).buildIdentityClient();
	}

	/**
	 * The first call of an SDK client in a JVM loads and initialises much of the SDK,
	 * which can take longer than {@link #CLIENT_TIMEOUT}: one call with a generous
	 * timeout, to an operation no matrix looks at, does that first.
	 */
	private static synchronized void warmUpUserPools(CognitoProperties properties) {
		if (!userPoolsWarm) {
			try (CognitoIdentityProviderClient client = configurer(properties, WARM_UP_TIMEOUT)
				.buildIdentityProviderClient()) {
				client.describeUserPool((request) -> request.userPoolId(properties.getUserPool().getId()));
			}
			catch (SdkException ex) {
				// the server has no answer for it
			}
			userPoolsWarm = true;
		}
	}

	private static synchronized void warmUpIdentityPools(CognitoProperties properties) {
		if (!identityPoolsWarm) {
			try (CognitoIdentityClient client = configurer(properties, WARM_UP_TIMEOUT).buildIdentityClient()) {
				client.describeIdentityPool((request) -> request.identityPoolId(properties.getIdentityPool().getId()));
			}
			catch (SdkException ex) {
				// the server has no answer for it
			}
			identityPoolsWarm = true;
		}
	}

	private static CognitoClientConfigurer configurer(CognitoProperties properties, Duration timeout) {
		return new CognitoClientConfigurer(properties,
				List.of((builder) -> builder.overrideConfiguration((configuration) -> fast(configuration, timeout))),
				List.of((builder) -> builder.overrideConfiguration((configuration) -> fast(configuration, timeout))));
	}

	private static void fast(ClientOverrideConfiguration.Builder configuration, Duration timeout) {
		configuration.apiCallTimeout(timeout)
			.retryStrategy(AwsRetryStrategy.standardRetryStrategy()
				.toBuilder()
				.backoffStrategy(BackoffStrategy.retryImmediately())
				.throttlingBackoffStrategy(BackoffStrategy.retryImmediately())
				.build());
	}

	/**
	 * Check what a caller got for a fault: one of this library's exceptions, of the kind
	 * that says "try again later" (never a rejection of the user, the token or the
	 * credentials), whose message names the operation, with no secret anywhere in its
	 * chain.
	 * @param failure what the caller got
	 * @param fault the fault
	 * @param operation a word of the message naming the operation
	 * @param secrets values that must appear in no message
	 */
	public static void assertClearFailure(Throwable failure, Fault fault, String operation, String... secrets) {
		assertThat(failure).as("the library's exception").isInstanceOf(CognitoSessionException.class);
		switch (fault) {
			case THROTTLING -> assertThat(failure).isInstanceOf(ThrottledException.class);
			case CONNECTION_RESET, HTTP_500, HTTP_503, TIMEOUT ->
				assertThat(failure).isInstanceOf(CognitoUnavailableException.class);
			case EMPTY_BODY,
					MALFORMED_JSON ->
				assertThat(failure).as("not a rejection")
					.isNotInstanceOfAny(InvalidCredentialsException.class, InvalidTokenException.class,
							NotSignedInException.class, UserNotFoundException.class);
		}
		assertThat(failure.getMessage()).as("names the operation").containsIgnoringCase(operation);
		assertNoSecret(failure, secrets);
	}

	/**
	 * Check that no message or {@code toString()} in an exception's chain holds a secret.
	 * @param failure the exception
	 * @param secrets the secrets
	 */
	public static void assertNoSecret(Throwable failure, String... secrets) {
		List<String> texts = new ArrayList<>();
		for (Throwable cause = failure; cause != null; cause = (cause.getCause() != cause) ? cause.getCause() : null) {
			texts.add(String.valueOf(cause.getMessage()));
			texts.add(cause.toString());
		}
		for (String text : texts) {
			for (String secret : secrets) {
				assertThat(text).as("no secret in the exception").doesNotContain(secret);
			}
		}
	}

}
