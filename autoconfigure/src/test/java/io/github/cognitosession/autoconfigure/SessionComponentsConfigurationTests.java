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

import io.github.cognitosession.userpool.UserPoolClient;

import java.net.URI;
import java.nio.file.Path;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Tests for the helpers of {@link SessionComponentsConfiguration}.
 *
 * @author Cognito Session contributors
 */
class SessionComponentsConfigurationTests {

	private final CognitoProperties properties = new CognitoProperties();

	SessionComponentsConfigurationTests() {
		this.properties.getUserPool().setId("eu-west-1_AbCdEf123");
		this.properties.getUserPool().setClientId("client-1");
	}

	@Test
	void storePathWhenNotConfiguredThenFileNamedAfterPoolInHomeDirectory() {
		assertThat(SessionComponentsConfiguration.storePath(this.properties))
			.isEqualTo(Path.of(System.getProperty("user.home"), ".cognito-session", "eu-west-1_AbCdEf123.session"));
	}

	@Test
	void storePathWhenConfiguredThenConfiguredPath() {
		this.properties.getSession().setStorePath(Path.of("/var/lib/app/session.bin"));
		assertThat(SessionComponentsConfiguration.storePath(this.properties))
			.isEqualTo(Path.of("/var/lib/app/session.bin"));
	}

	@Test
	void issuerWhenEndpointOverriddenThenStillCognitosIssuer() {
		this.properties.getUserPool().setEndpoint(URI.create("http://127.0.0.1:9229"));
		assertThat(userPoolClient().getIssuer())
			.isEqualTo(URI.create("https://cognito-idp.eu-west-1.amazonaws.com/eu-west-1_AbCdEf123"));
	}

	@Test
	void issuerWhenConfiguredThenConfiguredIssuer() {
		this.properties.getUserPool().setIssuer(URI.create("http://127.0.0.1:9229/eu-west-1_AbCdEf123"));
		assertThat(userPoolClient().getIssuer()).isEqualTo(URI.create("http://127.0.0.1:9229/eu-west-1_AbCdEf123"));
	}

	@Test
	void jwksUriWhenNoEndpointThenCognitos() {
		assertThat(userPoolClient().getJwkSetUri()).isEqualTo(
				URI.create("https://cognito-idp.eu-west-1.amazonaws.com/eu-west-1_AbCdEf123/.well-known/jwks.json"));
	}

	@Test
	void jwksUriWhenEndpointWithTrailingSlashThenUnderEndpoint() {
		this.properties.getUserPool().setEndpoint(URI.create("http://127.0.0.1:9229/"));
		assertThat(userPoolClient().getJwkSetUri())
			.isEqualTo(URI.create("http://127.0.0.1:9229/eu-west-1_AbCdEf123/.well-known/jwks.json"));
	}

	/**
	 * The one user-pool client value the auto-configuration builds from the properties.
	 */
	private UserPoolClient userPoolClient() {
		return new SessionComponentsConfiguration().cognitoUserPoolClient(this.properties);
	}

	@Test
	void determineRegionWhenOnlyIdentityPoolThenItsPrefix() {
		CognitoProperties identityOnly = new CognitoProperties();
		identityOnly.getIdentityPool().setId("us-east-2:0a1b2c3d-4e5f-6a7b-8c9d-0e1f2a3b4c5d");
		assertThat(identityOnly.determineRegion()).isEqualTo("us-east-2");
	}

}
