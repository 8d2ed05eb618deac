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
package io.github.cognitosession.autoconfigure.m2m;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.regex.Pattern;

import io.github.cognitosession.autoconfigure.InvalidCognitoConfigurationException;
import io.github.cognitosession.web.CognitoDomain;

import org.springframework.security.oauth2.client.registration.ClientRegistration;
import org.springframework.security.oauth2.core.AuthorizationGrantType;
import org.springframework.security.oauth2.core.ClientAuthenticationMethod;
import org.springframework.util.StringUtils;

/**
 * Builds and validates the client registrations of {@code cognito.m2m.<name>.*}: the
 * client-credentials grant at the user pool domain's {@code /oauth2/token}, the app
 * client authenticated with HTTP basic (as Cognito expects), the configured scopes.
 * Mistakes name the property; secrets are never quoted.
 *
 * @author Cognito Session contributors
 */
final class CognitoM2mClientRegistrations {

	// Cognito's custom scopes: <resource server identifier>/<scope name>, or plain names
	private static final Pattern SCOPE = Pattern.compile("[\\x21\\x23-\\x5B\\x5D-\\x7E]+");

	private CognitoM2mClientRegistrations() {
	}

	static List<ClientRegistration> of(CognitoM2mProperties properties, String hostedUiDomain) {
		List<ClientRegistration> registrations = new ArrayList<>();
		for (Map.Entry<String, CognitoM2mProperties.Client> entry : properties.getM2m().entrySet()) {
			registrations.add(registration(entry.getKey(), entry.getValue(), hostedUiDomain));
		}
		return registrations;
	}

	private static ClientRegistration registration(String name, CognitoM2mProperties.Client client,
			String hostedUiDomain) {
		String prefix = "cognito.m2m." + name + ".";
		if (!StringUtils.hasText(client.getClientId())) {
			throw new InvalidCognitoConfigurationException(prefix + "client-id", "is not set",
					"Set " + prefix + "client-id to the id of an app client with a secret that allows the "
							+ "client_credentials flow.");
		}
		if (!StringUtils.hasText(client.getClientSecret())) {
			throw new InvalidCognitoConfigurationException(prefix + "client-secret", "is not set",
					"Set " + prefix + "client-secret to the app client's secret (Cognito issues client-credentials "
							+ "tokens only to app clients with a secret), typically from an environment variable.");
		}
		for (String scope : client.getScopes()) {
			if (scope == null || !SCOPE.matcher(scope.trim()).matches()) {
				throw new InvalidCognitoConfigurationException(prefix + "scopes",
						"contains '" + scope + "', which is not a scope",
						"List scopes such as orders/read (<resource server identifier>/<scope>) separated by commas.");
			}
		}
		String domainProperty = StringUtils.hasText(client.getDomain()) ? prefix + "domain"
				: "cognito.hosted-ui.domain";
		String domainValue = StringUtils.hasText(client.getDomain()) ? client.getDomain() : hostedUiDomain;
		if (!StringUtils.hasText(domainValue)) {
			throw new InvalidCognitoConfigurationException(prefix + "domain", "is not set",
					"Set " + prefix + "domain (or cognito.hosted-ui.domain) to the user pool domain, e.g. "
							+ "myapp.auth.eu-west-1.amazoncognito.com, whose /oauth2/token issues the tokens.");
		}
		CognitoDomain domain;
		try {
			domain = CognitoDomain.of(domainValue);
		}
		catch (IllegalArgumentException ex) {
			throw new InvalidCognitoConfigurationException(domainProperty, "is not a usable domain: " + ex.getMessage(),
					"Set " + domainProperty + " to the user pool domain, e.g. myapp.auth.eu-west-1.amazoncognito.com.");
		}
		ClientRegistration.Builder builder = ClientRegistration.withRegistrationId(name)
			.clientName("Amazon Cognito (" + name + ")")
			.clientId(client.getClientId().trim())
			.clientSecret(client.getClientSecret().trim())
			.clientAuthenticationMethod(ClientAuthenticationMethod.CLIENT_SECRET_BASIC)
			.authorizationGrantType(AuthorizationGrantType.CLIENT_CREDENTIALS)
			.tokenUri(domain.tokenUri().toString());
		if (!client.getScopes().isEmpty()) {
			builder.scope(client.getScopes().stream().map(String::trim).toList());
		}
		return builder.build();
	}

}
