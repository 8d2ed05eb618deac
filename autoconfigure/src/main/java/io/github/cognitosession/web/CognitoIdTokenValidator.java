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

import java.time.Clock;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;

import io.github.cognitosession.exception.UntrustedValue;
import io.github.cognitosession.token.CognitoTokenVerifier;

import org.springframework.security.oauth2.client.oidc.authentication.OidcIdTokenValidator;
import org.springframework.security.oauth2.client.registration.ClientRegistration;
import org.springframework.security.oauth2.core.OAuth2Error;
import org.springframework.security.oauth2.core.OAuth2TokenValidator;
import org.springframework.security.oauth2.core.OAuth2TokenValidatorResult;
import org.springframework.security.oauth2.jwt.Jwt;
import org.springframework.security.oauth2.jwt.JwtTimestampValidator;
import org.springframework.util.Assert;

/**
 * Validates the ID token of a hosted-UI login with the same rules as
 * {@link CognitoTokenVerifier}: Spring Security's {@link JwtTimestampValidator}
 * ({@code exp}, {@code nbf}) and {@link OidcIdTokenValidator} ({@code iss}, {@code aud},
 * {@code azp} when there are several audiences, {@code exp}, {@code iat} not in the
 * future), both with the configured clock skew, and Cognito's {@code token_use}
 * ({@link CognitoTokenUseValidator}). The descriptions of the errors quote claim values
 * chosen by whoever signed the token, so they are {@link UntrustedValue sanitized} before
 * they reach an exception message, a log or the login page.
 *
 * @author Cognito Session contributors
 */
public final class CognitoIdTokenValidator implements OAuth2TokenValidator<Jwt> {

	/**
	 * The length an error description is cut to.
	 */
	static final int MAX_DESCRIPTION_LENGTH = 300;

	private final JwtTimestampValidator timestamps;

	private final OidcIdTokenValidator idToken;

	private final CognitoTokenUseValidator tokenUse = CognitoTokenUseValidator.idToken();

	/**
	 * Create a validator.
	 * @param registration the client registration the token must be issued to
	 * @param clockSkew the clock skew, at most
	 * {@link CognitoTokenVerifier#MAX_CLOCK_SKEW}
	 */
	public CognitoIdTokenValidator(ClientRegistration registration, Duration clockSkew) {
		Assert.notNull(registration, "registration cannot be null");
		Assert.notNull(clockSkew, "clockSkew cannot be null");
		Assert.isTrue(!clockSkew.isNegative() && clockSkew.compareTo(CognitoTokenVerifier.MAX_CLOCK_SKEW) <= 0,
				() -> "clockSkew must be between 0 and 5 minutes, was " + clockSkew);
		this.timestamps = new JwtTimestampValidator(clockSkew);
		this.idToken = new OidcIdTokenValidator(registration);
		this.idToken.setClockSkew(clockSkew);
	}

	/**
	 * Set the clock the token's times are checked against.
	 * @param clock the clock
	 */
	public void setClock(Clock clock) {
		Assert.notNull(clock, "clock cannot be null");
		this.timestamps.setClock(clock);
		this.idToken.setClock(clock);
	}

	@Override
	public OAuth2TokenValidatorResult validate(Jwt token) {
		List<OAuth2Error> errors = new ArrayList<>();
		for (OAuth2TokenValidator<Jwt> validator : List.of(this.timestamps, this.idToken, this.tokenUse)) {
			for (OAuth2Error error : validator.validate(token).getErrors()) {
				errors.add(new OAuth2Error(error.getErrorCode(),
						UntrustedValue.sanitize(error.getDescription(), MAX_DESCRIPTION_LENGTH), error.getUri()));
			}
		}
		return OAuth2TokenValidatorResult.failure(errors);
	}

}
