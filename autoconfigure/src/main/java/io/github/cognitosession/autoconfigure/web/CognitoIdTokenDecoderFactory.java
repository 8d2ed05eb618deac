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

package io.github.cognitosession.autoconfigure.web;

import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.Function;

import org.springframework.security.oauth2.client.oidc.authentication.OidcIdTokenDecoderFactory;
import org.springframework.security.oauth2.client.registration.ClientRegistration;
import org.springframework.security.oauth2.core.OAuth2TokenValidator;
import org.springframework.security.oauth2.jose.jws.SignatureAlgorithm;
import org.springframework.security.oauth2.jwt.Jwt;
import org.springframework.security.oauth2.jwt.JwtDecoder;
import org.springframework.security.oauth2.jwt.JwtDecoderFactory;
import org.springframework.security.oauth2.jwt.NimbusJwtDecoder;
import org.springframework.web.client.RestOperations;

/**
 * The ID token decoders of the login: for the Cognito registration, RS256 keys fetched
 * from its key set through the given {@link RestOperations} (which carry the hosted UI's
 * timeouts; Spring Security's {@link OidcIdTokenDecoderFactory} fetches them with no
 * timeout at all), checked by the given validator; for any other registration, Spring
 * Security's factory. One decoder per registration, so that its key set stays cached.
 *
 * @author Cognito Session contributors
 */
final class CognitoIdTokenDecoderFactory implements JwtDecoderFactory<ClientRegistration> {

	private final String registrationId;

	private final Function<ClientRegistration, OAuth2TokenValidator<Jwt>> validatorFactory;

	private final RestOperations restOperations;

	private final OidcIdTokenDecoderFactory others = new OidcIdTokenDecoderFactory();

	private final Map<String, JwtDecoder> decoders = new ConcurrentHashMap<>();

	CognitoIdTokenDecoderFactory(String registrationId,
			Function<ClientRegistration, OAuth2TokenValidator<Jwt>> validatorFactory, RestOperations restOperations) {
		this.registrationId = registrationId;
		this.validatorFactory = validatorFactory;
		this.restOperations = restOperations;
		this.others.setJwtValidatorFactory(validatorFactory);
	}

	@Override
	public JwtDecoder createDecoder(ClientRegistration registration) {
		if (!this.registrationId.equals(registration.getRegistrationId())) {
			return this.others.createDecoder(registration);
		}
		return this.decoders.computeIfAbsent(registration.getRegistrationId(), (id) -> cognitoDecoder(registration));
	}

	private JwtDecoder cognitoDecoder(ClientRegistration registration) {
		NimbusJwtDecoder decoder = NimbusJwtDecoder.withJwkSetUri(registration.getProviderDetails().getJwkSetUri())
			.jwsAlgorithm(SignatureAlgorithm.RS256)
			.restOperations(this.restOperations)
			.build();
		decoder.setJwtValidator(this.validatorFactory.apply(registration));
		decoder.setClaimSetConverter(OidcIdTokenDecoderFactory.createDefaultClaimTypeConverter());
		return decoder;
	}

}
