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
package io.github.cognitosession.resource;

import java.time.Clock;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Collections;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

import io.github.cognitosession.token.CognitoClaimChecks;
import io.github.cognitosession.token.CognitoTokenVerifier;

import org.springframework.security.oauth2.core.OAuth2Error;
import org.springframework.security.oauth2.core.OAuth2ErrorCodes;
import org.springframework.security.oauth2.core.OAuth2TokenValidator;
import org.springframework.security.oauth2.core.OAuth2TokenValidatorResult;
import org.springframework.security.oauth2.jwt.Jwt;
import org.springframework.util.Assert;

/**
 * Validates a Cognito access token presented to an API, with the rules of the session's
 * own token checks ({@link CognitoClaimChecks}): {@code token_use} must be {@code access}
 * (an ID token, signed with the same keys, is refused and the error says so), {@code iss}
 * the pool's issuer, {@code client_id} one of the accepted app clients (any client of the
 * pool when none is named: Cognito's access tokens have no {@code aud}), {@code exp} not
 * passed and {@code nbf} and {@code iat} not in the future, each give or take the clock
 * skew.
 * <p>
 * The error descriptions end up in the {@code WWW-Authenticate} header of the 401: the
 * token's values they quote are sanitized, and characters a header's quoted string cannot
 * carry become {@code '?'}, so that the description is never dropped for a generic one.
 *
 * @author Cognito Session contributors
 */
public final class CognitoAccessTokenValidator implements OAuth2TokenValidator<Jwt> {

	private static final String DESCRIPTION = "Access token";

	private final String issuer;

	private final Set<String> clientIds;

	private final Duration clockSkew;

	private Clock clock = Clock.systemUTC();

	/**
	 * Create a validator.
	 * @param issuer the pool's issuer, e.g. {@code UserPoolClient.getIssuer()}
	 * @param clientIds the app clients whose tokens are accepted; empty for any client of
	 * the pool
	 * @param clockSkew the clock skew tolerated, at most
	 * {@link CognitoTokenVerifier#MAX_CLOCK_SKEW}
	 */
	public CognitoAccessTokenValidator(String issuer, Collection<String> clientIds, Duration clockSkew) {
		Assert.hasText(issuer, "issuer cannot be empty");
		Assert.notNull(clientIds, "clientIds cannot be null");
		Assert.noNullElements(clientIds, "clientIds cannot contain null");
		Assert.notNull(clockSkew, "clockSkew cannot be null");
		Assert.isTrue(!clockSkew.isNegative() && clockSkew.compareTo(CognitoTokenVerifier.MAX_CLOCK_SKEW) <= 0,
				() -> "clockSkew must be between 0 and 5 minutes, was " + clockSkew);
		this.issuer = issuer;
		this.clientIds = Collections.unmodifiableSet(new LinkedHashSet<>(clientIds));
		this.clockSkew = clockSkew;
	}

	/**
	 * Set the clock the token's times are checked against.
	 * @param clock the clock
	 */
	public void setClock(Clock clock) {
		Assert.notNull(clock, "clock cannot be null");
		this.clock = clock;
	}

	@Override
	public OAuth2TokenValidatorResult validate(Jwt token) {
		List<OAuth2Error> errors = new ArrayList<>(1);
		add(errors, CognitoClaimChecks.tokenUse(token.getClaims().get("token_use"), CognitoClaimChecks.ACCESS,
				DESCRIPTION));
		add(errors, CognitoClaimChecks.issuer(token.getClaims().get("iss"), this.issuer, DESCRIPTION));
		add(errors, CognitoClaimChecks.accessTokenClientId(token.getClaims().get("client_id"), this.clientIds,
				DESCRIPTION));
		add(errors, CognitoClaimChecks.times(token.getExpiresAt(), token.getNotBefore(), token.getIssuedAt(),
				this.clock.instant(), this.clockSkew, DESCRIPTION));
		return errors.isEmpty() ? OAuth2TokenValidatorResult.success() : OAuth2TokenValidatorResult.failure(errors);
	}

	private static void add(List<OAuth2Error> errors, CognitoClaimChecks.Problem problem) {
		if (problem != null) {
			errors.add(new OAuth2Error(OAuth2ErrorCodes.INVALID_TOKEN, BearerErrorText.of(problem.message()), null));
		}
	}

	@Override
	public String toString() {
		return "CognitoAccessTokenValidator[issuer=" + this.issuer + ", clientIds="
				+ (this.clientIds.isEmpty() ? "any" : this.clientIds) + ", clockSkew=" + this.clockSkew + "]";
	}

}
