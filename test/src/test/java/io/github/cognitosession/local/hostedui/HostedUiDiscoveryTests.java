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

package io.github.cognitosession.local.hostedui;

import java.net.http.HttpResponse;
import java.util.List;

import io.github.cognitosession.local.Provisioned;
import io.github.cognitosession.local.Sdk;
import io.github.cognitosession.local.junit.LocalCognitoExtension;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import software.amazon.awssdk.services.cognitoidentityprovider.model.UserPoolClientType;
import tools.jackson.databind.JsonNode;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * What an application pointed at the hosted UI learns: the discovery document's endpoints
 * and the Spring Boot properties of a provisioned setup, matching what the library's web
 * login derives from {@code cognito.hosted-ui.domain}.
 *
 * @author Cognito Session contributors
 */
class HostedUiDiscoveryTests {

	@RegisterExtension
	static final LocalCognitoExtension cognito = LocalCognitoExtension
		.configure((builder) -> builder.issuerBaseFromEndpoint());

	@Test
	void discoveryWhenFetchedThenEndpointsAreTheHostedUiAndNoEndSessionEndpoint() {
		Provisioned setup = hostedUi();
		String domain = setup.hostedUiDomain();
		HttpResponse<String> response = new OAuthApp(setup).get(setup.issuer() + "/.well-known/openid-configuration");
		JsonNode discovery = OAuthApp.json(response);
		assertThat(discovery.get("issuer").stringValue()).isEqualTo(domain + "/" + setup.userPoolId());
		assertThat(discovery.get("authorization_endpoint").stringValue()).isEqualTo(domain + "/oauth2/authorize");
		assertThat(discovery.get("token_endpoint").stringValue()).isEqualTo(domain + "/oauth2/token");
		assertThat(discovery.get("userinfo_endpoint").stringValue()).isEqualTo(domain + "/oauth2/userInfo");
		assertThat(discovery.get("revocation_endpoint").stringValue()).isEqualTo(domain + "/oauth2/revoke");
		assertThat(discovery.get("jwks_uri").stringValue()).isEqualTo(setup.issuer() + "/.well-known/jwks.json");
		assertThat(discovery.has("end_session_endpoint")).isFalse();
	}

	@Test
	void springPropertiesWhenOAuthUrlsProvisionedThenHostedUiDomainAndJwksOnTheEmulator() {
		Provisioned setup = hostedUi();
		assertThat(setup.hostedUiDomain()).isEqualTo(cognito.endpoint());
		assertThat(setup.springProperties()).containsEntry("cognito.hosted-ui.domain", cognito.endpoint())
			.containsEntry("cognito.hosted-ui.jwk-set-uri", setup.issuer() + "/.well-known/jwks.json")
			.containsEntry("cognito.user-pool.issuer", cognito.endpoint() + "/" + setup.userPoolId())
			.containsEntry("cognito.user-pool.client-id", setup.clientId());
	}

	@Test
	void springPropertiesWhenNoOAuthUrlsThenNoHostedUiDomain() {
		Provisioned setup = cognito.provision().create();
		assertThat(setup.hostedUiDomain()).isNull();
		assertThat(setup.springProperties()).doesNotContainKeys("cognito.hosted-ui.domain",
				"cognito.hosted-ui.jwk-set-uri");
	}

	@Test
	void provisionWhenOAuthUrlsGivenThenClientIsSetUpForTheHostedUi() {
		Provisioned setup = hostedUi();
		UserPoolClientType client = Sdk.admin(cognito.cognito())
			.describeUserPoolClient((request) -> request.userPoolId(setup.userPoolId()).clientId(setup.clientId()))
			.userPoolClient();
		assertThat(client.allowedOAuthFlowsUserPoolClient()).isTrue();
		assertThat(client.allowedOAuthFlowsAsStrings()).containsExactly("code");
		assertThat(client.allowedOAuthScopes()).containsExactly("openid", "email", "profile");
		assertThat(client.callbackURLs()).containsExactly(OAuthApp.CALLBACK);
		assertThat(client.logoutURLs()).containsExactly(OAuthApp.SIGNED_OUT);
		assertThat(client.supportedIdentityProviders()).containsExactly("COGNITO");
	}

	private static Provisioned hostedUi() {
		return cognito.provision()
			.oauthUrls(List.of(OAuthApp.CALLBACK), List.of(OAuthApp.SIGNED_OUT))
			.user("alice", "Passw0rd!")
			.create();
	}

}
