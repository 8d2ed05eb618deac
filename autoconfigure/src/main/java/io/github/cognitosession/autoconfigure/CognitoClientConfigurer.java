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

import io.github.cognitosession.userpool.CognitoIds;
import java.net.URI;
import java.time.Duration;
import java.util.List;

import org.springframework.util.Assert;
import software.amazon.awssdk.auth.credentials.AnonymousCredentialsProvider;
import software.amazon.awssdk.awscore.client.builder.AwsClientBuilder;
import software.amazon.awssdk.awscore.retry.AwsRetryStrategy;
import software.amazon.awssdk.regions.Region;
import software.amazon.awssdk.services.cognitoidentity.CognitoIdentityClient;
import software.amazon.awssdk.services.cognitoidentity.CognitoIdentityClientBuilder;
import software.amazon.awssdk.services.cognitoidentityprovider.CognitoIdentityProviderClient;
import software.amazon.awssdk.services.cognitoidentityprovider.CognitoIdentityProviderClientBuilder;

/**
 * Builds the Cognito SDK clients: the region and endpoint from {@link CognitoProperties},
 * anonymous credentials (the calls this library makes, such as InitiateAuth, GetId and
 * GetCredentialsForIdentity, are unsigned, and signing them with the application's own
 * credentials could even pick up the Cognito credentials provider itself), the SDK's
 * standard retry strategy, an API call timeout of {@link #DEFAULT_API_CALL_TIMEOUT}, then
 * the customizers in order.
 *
 * @author Cognito Session contributors
 */
public final class CognitoClientConfigurer {

	/**
	 * The longest a Cognito call may take, retries included, so that no sign-in, token
	 * refresh or credentials refresh waits without bound. Customizers may change it.
	 */
	public static final Duration DEFAULT_API_CALL_TIMEOUT = Duration.ofSeconds(10);

	private final CognitoProperties properties;

	private final List<CognitoIdentityProviderClientCustomizer> identityProviderClientCustomizers;

	private final List<CognitoIdentityClientCustomizer> identityClientCustomizers;

	/**
	 * Create a configurer.
	 * @param properties the Cognito properties, already validated
	 * @param identityProviderClientCustomizers customizers of the user-pool client, in
	 * order
	 * @param identityClientCustomizers customizers of the identity-pool client, in order
	 */
	public CognitoClientConfigurer(CognitoProperties properties,
			List<CognitoIdentityProviderClientCustomizer> identityProviderClientCustomizers,
			List<CognitoIdentityClientCustomizer> identityClientCustomizers) {
		Assert.notNull(properties, "properties cannot be null");
		Assert.notNull(identityProviderClientCustomizers, "identityProviderClientCustomizers cannot be null");
		Assert.notNull(identityClientCustomizers, "identityClientCustomizers cannot be null");
		this.properties = properties;
		this.identityProviderClientCustomizers = List.copyOf(identityProviderClientCustomizers);
		this.identityClientCustomizers = List.copyOf(identityClientCustomizers);
	}

	/**
	 * Apply the defaults and the customizers to a user-pool client builder.
	 * @param builder the builder
	 * @return the same builder
	 */
	public CognitoIdentityProviderClientBuilder configure(CognitoIdentityProviderClientBuilder builder) {
		Assert.notNull(builder, "builder cannot be null");
		applyDefaults(builder, this.properties.determineRegion(), this.properties.getUserPool().getEndpoint());
		this.identityProviderClientCustomizers.forEach((customizer) -> customizer.customize(builder));
		return builder;
	}

	/**
	 * Apply the defaults and the customizers to an identity-pool client builder. The
	 * region is the identity pool id's own prefix, since the identity pool may live in
	 * another region than the user pool.
	 * @param builder the builder
	 * @return the same builder
	 */
	public CognitoIdentityClientBuilder configure(CognitoIdentityClientBuilder builder) {
		Assert.notNull(builder, "builder cannot be null");
		String region = CognitoIds.regionOfIdentityPoolId(this.properties.getIdentityPool().getId());
		applyDefaults(builder, (region != null) ? region : this.properties.determineRegion(),
				this.properties.getIdentityPool().getEndpoint());
		this.identityClientCustomizers.forEach((customizer) -> customizer.customize(builder));
		return builder;
	}

	/**
	 * Build a user-pool client. Building makes no network call.
	 * @return the client
	 */
	public CognitoIdentityProviderClient buildIdentityProviderClient() {
		return configure(CognitoIdentityProviderClient.builder()).build();
	}

	/**
	 * Build an identity-pool client. Building makes no network call.
	 * @return the client
	 */
	public CognitoIdentityClient buildIdentityClient() {
		return configure(CognitoIdentityClient.builder()).build();
	}

	private void applyDefaults(AwsClientBuilder<?, ?> builder, String region, URI endpoint) {
		Assert.state(region != null, "The Cognito region cannot be determined: set cognito.region");
		builder.region(Region.of(region));
		builder.credentialsProvider(AnonymousCredentialsProvider.create());
		builder.overrideConfiguration(
				(configuration) -> configuration.retryStrategy(AwsRetryStrategy.standardRetryStrategy())
					.apiCallTimeout(DEFAULT_API_CALL_TIMEOUT));
		if (endpoint != null) {
			builder.endpointOverride(endpoint);
		}
	}

}
