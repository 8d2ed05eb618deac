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

package io.github.cognitosession.autoconfigure;

import java.net.URI;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import io.github.cognitosession.autoconfigure.CognitoProperties.StoreType;
import io.github.cognitosession.signin.UserPoolAuthFlow;
import io.github.cognitosession.token.RefreshTokenRotation;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;

import org.springframework.boot.autoconfigure.AutoConfigurations;
import org.springframework.boot.context.properties.bind.BindException;
import org.springframework.boot.context.properties.source.InvalidConfigurationPropertyValueException;
import org.springframework.boot.test.context.runner.ApplicationContextRunner;
import org.springframework.util.PlaceholderResolutionException;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Property-based tests for the configuration's validation: arbitrary (often malformed)
 * values either pass or fail with an {@link InvalidCognitoConfigurationException} that
 * names the property, and an application started with them either starts or fails with a
 * configuration error that names the property, never with anything else.
 *
 * @author Cognito Session contributors
 */
class CognitoPropertiesPropertyTests {

	private static final String POOL_ID = "eu-west-1_AbCdEf123";

	private final ApplicationContextRunner contextRunner = new ApplicationContextRunner()
		.withConfiguration(AutoConfigurations.of(CognitoSessionAutoConfiguration.class))
		// the file store would write to the home directory
		.withPropertyValues("cognito.session.store=memory");

	@Property(tries = 500)
	void validateWhenArbitraryValuesThenPassesOrNamesThePropertyAndTheFix(
			@ForAll("properties") CognitoProperties properties) {
		try {
			new CognitoPropertiesValidator().validate(properties);
		}
		catch (InvalidCognitoConfigurationException ex) {
			assertThat(ex.getProperty()).startsWith("cognito.");
			assertThat(ex.getMessage()).contains(ex.getProperty());
			assertThat(ex.getAction()).isNotBlank();
		}
	}

	@Property(tries = 40)
	void startUpWhenArbitraryPropertyValuesThenStartsOrFailsWithAConfigurationError(
			@ForAll("environments") List<String> environment) {
		this.contextRunner.withPropertyValues(environment.toArray(String[]::new)).run((context) -> {
			Throwable failure = context.getStartupFailure();
			if (failure != null) {
				assertThat(isConfigurationError(failure)).as("a configuration error naming the property: %s", failure)
					.isTrue();
			}
		});
	}

	private static boolean isConfigurationError(Throwable failure) {
		for (Throwable cause = failure; cause != null; cause = cause.getCause()) {
			// PlaceholderResolutionException: Spring's own failure for a value such as
			// ${undefined}, naming the placeholder and the value
			if (cause instanceof InvalidCognitoConfigurationException || cause instanceof BindException
					|| cause instanceof InvalidConfigurationPropertyValueException
					|| cause instanceof PlaceholderResolutionException) {
				return true;
			}
		}
		return false;
	}

	@Provide
	Arbitrary<CognitoProperties> properties() {
		Arbitrary<String> text = Arbitraries.oneOf(Arbitraries.strings().ofMaxLength(30), Arbitraries.of("", " ", "\t"))
			.injectNull(0.3);
		Arbitrary<String> poolId = Arbitraries
			.oneOf(Arbitraries.of(POOL_ID, "us-east-1_x", "_", "a_", "eu-west-1_Ab C"), text);
		Arbitrary<String> identityPoolId = Arbitraries
			.oneOf(Arbitraries.of("eu-west-1:0a1b2c3d-4e5f-6a7b-8c9d-0e1f2a3b4c5d", "eu-west-1:x", ":"), text);
		Arbitrary<URI> uri = Arbitraries
			.of("http://127.0.0.1:9229", "https://cognito-idp.eu-west-1.amazonaws.com/" + POOL_ID, "ftp://x/",
					"relative/path", "mailto:a@b", "http:opaque", "https://[::1]:9/", "file:///etc/passwd", "http://h")
			.map(URI::create)
			.injectNull(0.5);
		Arbitrary<Duration> duration = Arbitraries
			.oneOf(Arbitraries.longs().between(-1_000_000, 1_000_000).map(Duration::ofSeconds),
					Arbitraries.of(Duration.ZERO, Duration.ofMinutes(5), Duration.ofMinutes(5).plusNanos(1),
							Duration.ofSeconds(Long.MAX_VALUE), Duration.ofSeconds(Long.MIN_VALUE)))
			.injectNull(0.1);
		Arbitrary<String> key = Arbitraries.oneOf(text,
				Arbitraries.of("MDEyMzQ1Njc4OWFiY2RlZjAxMjM0NTY3ODlhYmNkZWY=", "MDEyMzQ1Njc4OQ==", "not*base64!"));
		Arbitrary<Path> path = Arbitraries.of("session.bin", "target", ".", "a/b/c.session")
			.map(Path::of)
			.injectNull(0.5);
		Arbitrary<Object[]> userPool = Combinators
			.combine(poolId, text, text, Arbitraries.of(UserPoolAuthFlow.class).injectNull(0.1), uri, uri,
					Arbitraries.of(RefreshTokenRotation.class).injectNull(0.1), text)
			.as((id, clientId, secret, flow, endpoint, issuer, rotation,
					region) -> new Object[] { id, clientId, secret, flow, endpoint, issuer, rotation, region });
		Arbitrary<Object[]> session = Combinators
			.combine(Arbitraries.of(StoreType.class).injectNull(0.1), path, key, duration, duration, duration)
			.as((store, storePath, encryptionKey, refreshAhead, timeout,
					skew) -> new Object[] { store, storePath, encryptionKey, refreshAhead, timeout, skew });
		Arbitrary<Object[]> identityPool = Combinators
			.combine(identityPoolId, uri, text, Arbitraries.integers().between(-5, 5))
			.as((id, endpoint, roleArn, max) -> new Object[] { id, endpoint, roleArn, max });
		return Combinators.combine(userPool, session, identityPool).as(CognitoPropertiesPropertyTests::properties);
	}

	private static CognitoProperties properties(Object[] userPool, Object[] session, Object[] identityPool) {
		CognitoProperties properties = new CognitoProperties();
		properties.getUserPool().setId((String) userPool[0]);
		properties.getUserPool().setClientId((String) userPool[1]);
		properties.getUserPool().setClientSecret((String) userPool[2]);
		properties.getUserPool().setAuthFlow((UserPoolAuthFlow) userPool[3]);
		properties.getUserPool().setEndpoint((URI) userPool[4]);
		properties.getUserPool().setIssuer((URI) userPool[5]);
		properties.getUserPool().setRefreshTokenRotation((RefreshTokenRotation) userPool[6]);
		properties.setRegion((String) userPool[7]);
		properties.getSession().setStore((StoreType) session[0]);
		properties.getSession().setStorePath((Path) session[1]);
		properties.getSession().setEncryptionKey((String) session[2]);
		properties.getSession().setRefreshAhead((Duration) session[3]);
		properties.getSession().setReauthenticationTimeout((Duration) session[4]);
		properties.getSession().setClockSkew((Duration) session[5]);
		properties.getIdentityPool().setId((String) identityPool[0]);
		properties.getIdentityPool().setEndpoint((URI) identityPool[1]);
		properties.getIdentityPool().setCustomRoleArn((String) identityPool[2]);
		properties.getIdentityPool().setMaxCachedIdentities((Integer) identityPool[3]);
		return properties;
	}

	@Provide
	Arbitrary<List<String>> environments() {
		Arbitrary<String> garbage = Arbitraries.oneOf(Arbitraries.strings().ofMaxLength(20),
				Arbitraries.of("", " ", "-1s", "10m", "5m", "0", "PT1H", "abc", "99999999999999999999", "true",
						"http://127.0.0.1:9229", "https://[::1", "%zz", "${undefined}"));
		Map<String, Arbitrary<String>> values = Map.ofEntries(
				Map.entry("cognito.user-pool.id", Arbitraries.oneOf(Arbitraries.just(POOL_ID), garbage)),
				Map.entry("cognito.user-pool.client-id", Arbitraries.oneOf(Arbitraries.just("client123"), garbage)),
				Map.entry("cognito.user-pool.client-secret", garbage),
				Map.entry("cognito.user-pool.auth-flow",
						Arbitraries.oneOf(Arbitraries.of("user-password-auth"), garbage)),
				Map.entry("cognito.user-pool.endpoint", garbage), Map.entry("cognito.user-pool.issuer", garbage),
				Map.entry("cognito.user-pool.refresh-token-rotation", garbage), Map.entry("cognito.region", garbage),
				Map.entry("cognito.session.refresh-ahead", garbage),
				Map.entry("cognito.session.reauthentication-timeout", garbage),
				Map.entry("cognito.session.clock-skew", garbage), Map.entry("cognito.session.encryption-key", garbage),
				Map.entry("cognito.identity-pool.id",
						Arbitraries.oneOf(Arbitraries.just("eu-west-1:0a1b2c3d-4e5f-6a7b-8c9d-0e1f2a3b4c5d"), garbage)),
				Map.entry("cognito.identity-pool.endpoint", garbage),
				Map.entry("cognito.identity-pool.custom-role-arn", garbage),
				Map.entry("cognito.identity-pool.max-cached-identities", garbage),
				Map.entry("cognito.identity-pool.guest-access", garbage));
		List<Arbitrary<List<String>>> entries = new ArrayList<>();
		values.forEach((name, value) -> entries
			.add(Arbitraries.oneOf(Arbitraries.just(List.<String>of()), value.map((v) -> List.of(name + "=" + v)))));
		return Combinators.combine(entries).as((lists) -> {
			List<String> environment = new ArrayList<>(List.of("cognito.user-pool.id=" + POOL_ID));
			lists.forEach(environment::addAll);
			return environment;
		});
	}

}
