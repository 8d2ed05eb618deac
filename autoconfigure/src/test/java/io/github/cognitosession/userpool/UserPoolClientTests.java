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
package io.github.cognitosession.userpool;

import java.net.URI;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;

/**
 * Tests for {@link UserPoolClient}: the one value every Cognito call takes the pool and
 * app client from.
 *
 * @author Cognito Session contributors
 */
class UserPoolClientTests {

	@Test
	void buildWhenMinimalThenCognitosIssuerKeysAndLoginsKeyOfThePoolsRegion() {
		UserPoolClient client = UserPoolClient.of(" eu-west-1_AbCdEf123 ", " client-1 ");
		assertThat(client.getUserPoolId()).isEqualTo("eu-west-1_AbCdEf123");
		assertThat(client.getClientId()).isEqualTo("client-1");
		assertThat(client.getRegion()).isEqualTo("eu-west-1");
		assertThat(client.getPoolName()).isEqualTo("AbCdEf123");
		assertThat(client.getIssuer())
			.isEqualTo(URI.create("https://cognito-idp.eu-west-1.amazonaws.com/eu-west-1_AbCdEf123"));
		assertThat(client.getJwkSetUri()).isEqualTo(
				URI.create("https://cognito-idp.eu-west-1.amazonaws.com/eu-west-1_AbCdEf123/.well-known/jwks.json"));
		assertThat(client.getLoginsKey()).isEqualTo("cognito-idp.eu-west-1.amazonaws.com/eu-west-1_AbCdEf123");
		assertThat(client.hasClientSecret()).isFalse();
		assertThat(client.secretHash("alice")).isNull();
	}

	@Test
	void buildWhenEndpointOverriddenThenKeysThereButCognitosIssuer() {
		UserPoolClient client = UserPoolClient.builder()
			.userPoolId("eu-west-1_AbCdEf123")
			.clientId("client-1")
			.endpoint(URI.create("http://127.0.0.1:9229/"))
			.build();
		assertThat(client.getEndpoint()).isEqualTo(URI.create("http://127.0.0.1:9229"));
		assertThat(client.getJwkSetUri())
			.isEqualTo(URI.create("http://127.0.0.1:9229/eu-west-1_AbCdEf123/.well-known/jwks.json"));
		assertThat(client.getIssuer())
			.isEqualTo(URI.create("https://cognito-idp.eu-west-1.amazonaws.com/eu-west-1_AbCdEf123"));
	}

	@Test
	void buildWhenSecretThenSecretHashAndNoSecretInToString() {
		UserPoolClient client = UserPoolClient.builder()
			.userPoolId("us-east-1_TestPool1")
			.clientId("test-client-id")
			.clientSecret("client-secret-value")
			.build();
		// the vector of the token refresher's test, computed independently
		assertThat(client.secretHash("alice")).isEqualTo("kIz3uHXbvnBs8YE6nnz52bZ/d63h0e5btnVvBbIaSKU=");
		assertThat(client.toString()).doesNotContain("client-secret-value").contains("[PROTECTED]");
	}

	@Test
	void buildWhenEndpointIssuerOrKeysOverPlainHttpToRemoteHostThenRefused() {
		URI remote = URI.create("http://cognito.example.com");
		assertThatIllegalArgumentException()
			.isThrownBy(() -> UserPoolClient.builder().userPoolId("eu-west-1_A").clientId("c").endpoint(remote).build())
			.withMessageContaining("endpoint")
			.withMessageContaining("plain http");
		assertThatIllegalArgumentException()
			.isThrownBy(() -> UserPoolClient.builder().userPoolId("eu-west-1_A").clientId("c").issuer(remote).build())
			.withMessageContaining("issuer");
		assertThatIllegalArgumentException()
			.isThrownBy(
					() -> UserPoolClient.builder().userPoolId("eu-west-1_A").clientId("c").jwkSetUri(remote).build())
			.withMessageContaining("jwkSetUri");
		assertThat(UserPoolClient.builder()
			.userPoolId("eu-west-1_A")
			.clientId("c")
			.endpoint(URI.create("http://localhost:9229"))
			.issuer(URI.create("http://[::1]:9229/eu-west-1_A"))
			.build()
			.getJwkSetUri()).isEqualTo(URI.create("http://localhost:9229/eu-west-1_A/.well-known/jwks.json"));
	}

	@Test
	void buildWhenPoolIdNotAPoolIdThenMessageNamesUserPoolId() {
		assertThatIllegalArgumentException()
			.isThrownBy(() -> UserPoolClient.builder().userPoolId("AbCdEf123").clientId("c").build())
			.withMessageContaining("userPoolId must look like <region>_<id>");
	}

}
