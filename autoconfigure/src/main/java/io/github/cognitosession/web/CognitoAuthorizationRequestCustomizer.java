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

import java.util.function.Consumer;

import org.springframework.security.oauth2.core.endpoint.OAuth2AuthorizationRequest;
import org.springframework.security.oauth2.core.endpoint.OAuth2ParameterNames;
import org.springframework.util.Assert;
import org.springframework.util.StringUtils;

/**
 * Adds Cognito's {@code identity_provider} or {@code idp_identifier} parameter to the
 * authorization requests of one client registration, so that the hosted UI skips its
 * provider chooser and goes straight to a social, SAML or OIDC provider.
 * <p>
 * PKCE is not added here: the registration's {@code requireProofKey} client setting makes
 * Spring Security add {@code code_challenge} (S256) to every request, also for
 * confidential clients.
 *
 * @author Cognito Session contributors
 */
public final class CognitoAuthorizationRequestCustomizer implements Consumer<OAuth2AuthorizationRequest.Builder> {

	/**
	 * Cognito's parameter naming a provider by its name.
	 */
	public static final String IDENTITY_PROVIDER = "identity_provider";

	/**
	 * Cognito's parameter naming a provider by one of its identifiers (e.g. an e-mail
	 * domain).
	 */
	public static final String IDP_IDENTIFIER = "idp_identifier";

	private final String registrationId;

	private String identityProvider;

	private String idpIdentifier;

	/**
	 * Create a customizer for one registration.
	 * @param registrationId the client registration to customize, e.g. {@code cognito}
	 */
	public CognitoAuthorizationRequestCustomizer(String registrationId) {
		Assert.hasText(registrationId, "registrationId cannot be empty");
		this.registrationId = registrationId;
	}

	/**
	 * Set the provider to go to, such as {@code Google} or a SAML provider's name.
	 * @param identityProvider the provider name, or {@code null}
	 */
	public void setIdentityProvider(String identityProvider) {
		this.identityProvider = StringUtils.hasText(identityProvider) ? identityProvider : null;
	}

	/**
	 * Set a provider identifier (Cognito chooses the provider that has it).
	 * @param idpIdentifier the identifier, or {@code null}
	 */
	public void setIdpIdentifier(String idpIdentifier) {
		this.idpIdentifier = StringUtils.hasText(idpIdentifier) ? idpIdentifier : null;
	}

	@Override
	public void accept(OAuth2AuthorizationRequest.Builder builder) {
		if (this.identityProvider == null && this.idpIdentifier == null) {
			return;
		}
		boolean[] ours = { false };
		builder.attributes((attributes) -> ours[0] = this.registrationId
			.equals(attributes.get(OAuth2ParameterNames.REGISTRATION_ID)));
		if (!ours[0]) {
			return;
		}
		builder.additionalParameters((parameters) -> {
			if (this.identityProvider != null) {
				parameters.put(IDENTITY_PROVIDER, this.identityProvider);
			}
			if (this.idpIdentifier != null) {
				parameters.put(IDP_IDENTIFIER, this.idpIdentifier);
			}
		});
	}

}
