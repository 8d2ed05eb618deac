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

package io.github.cognitosession.web;

import org.junit.jupiter.api.Test;

import org.springframework.security.oauth2.core.endpoint.OAuth2AuthorizationRequest;
import org.springframework.security.oauth2.core.endpoint.OAuth2ParameterNames;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Tests for {@link CognitoAuthorizationRequestCustomizer}.
 *
 * @author Cognito Session contributors
 */
class CognitoAuthorizationRequestCustomizerTests {

	@Test
	void acceptWhenCognitoRegistrationThenAddsIdentityProvider() {
		CognitoAuthorizationRequestCustomizer customizer = new CognitoAuthorizationRequestCustomizer("cognito");
		customizer.setIdentityProvider("Google");
		assertThat(customize(customizer, "cognito").getAdditionalParameters()).containsEntry("identity_provider",
				"Google");
	}

	@Test
	void acceptWhenIdpIdentifierThenAddsIt() {
		CognitoAuthorizationRequestCustomizer customizer = new CognitoAuthorizationRequestCustomizer("cognito");
		customizer.setIdpIdentifier("example.com");
		assertThat(customize(customizer, "cognito").getAdditionalParameters())
			.containsEntry("idp_identifier", "example.com")
			.doesNotContainKey("identity_provider");
	}

	@Test
	void acceptWhenOtherRegistrationThenUntouched() {
		CognitoAuthorizationRequestCustomizer customizer = new CognitoAuthorizationRequestCustomizer("cognito");
		customizer.setIdentityProvider("Google");
		assertThat(customize(customizer, "github").getAdditionalParameters()).isEmpty();
	}

	@Test
	void acceptWhenNothingConfiguredThenUntouched() {
		CognitoAuthorizationRequestCustomizer customizer = new CognitoAuthorizationRequestCustomizer("cognito");
		customizer.setIdentityProvider(" ");
		assertThat(customize(customizer, "cognito").getAdditionalParameters()).isEmpty();
	}

	private static OAuth2AuthorizationRequest customize(CognitoAuthorizationRequestCustomizer customizer,
			String registrationId) {
		OAuth2AuthorizationRequest.Builder builder = OAuth2AuthorizationRequest.authorizationCode()
			.authorizationUri("https://auth.example.com/oauth2/authorize")
			.clientId("client-1")
			.attributes((attributes) -> attributes.put(OAuth2ParameterNames.REGISTRATION_ID, registrationId));
		customizer.accept(builder);
		return builder.build();
	}

}
