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

package io.github.cognitosession.local.identity;

import java.time.Clock;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;

import com.nimbusds.jwt.JWTClaimsSet;
import io.github.cognitosession.local.server.CognitoError;
import io.github.cognitosession.local.token.TokenIssuer;
import io.github.cognitosession.local.userpool.UserPool;
import io.github.cognitosession.local.userpool.UserPools;

/**
 * Checks the {@code Logins} of an identity-pool call: a user-pool ID token must be signed
 * by the pool, carry the pool's issuer and a configured client as audience, be an ID
 * token and be unexpired; a federated token must have been accepted by the test.
 *
 * @author Cognito Session contributors
 */
public final class LoginVerifier {

	private static final String USER_POOL_PROVIDER_PREFIX = "cognito-idp.";

	private final UserPools userPools;

	private final TokenIssuer tokens;

	private final FederatedLogins federated;

	private final Clock clock;

	public LoginVerifier(UserPools userPools, TokenIssuer tokens, FederatedLogins federated, Clock clock) {
		this.userPools = Objects.requireNonNull(userPools, "userPools cannot be null");
		this.tokens = Objects.requireNonNull(tokens, "tokens cannot be null");
		this.federated = Objects.requireNonNull(federated, "federated cannot be null");
		this.clock = Objects.requireNonNull(clock, "clock cannot be null");
	}

	/**
	 * Verify logins.
	 * @param pool the identity pool
	 * @param logins provider name to token
	 * @return the logins as {@code provider|subject}
	 * @throws CognitoError {@code NotAuthorizedException} for any invalid login
	 */
	public Set<String> verify(IdentityPool pool, Map<String, String> logins) {
		Set<String> verified = new LinkedHashSet<>();
		verifyWithClaims(pool, logins).forEach((login) -> verified.add(login.key()));
		return verified;
	}

	/**
	 * Verify logins and keep what their tokens say (for role mapping).
	 * @param pool the identity pool
	 * @param logins provider name to token
	 * @return the verified logins
	 * @throws CognitoError {@code NotAuthorizedException} for any invalid login
	 */
	public List<VerifiedLogin> verifyWithClaims(IdentityPool pool, Map<String, String> logins) {
		List<VerifiedLogin> verified = new ArrayList<>();
		for (Map.Entry<String, String> login : logins.entrySet()) {
			String provider = login.getKey();
			if (provider.startsWith(USER_POOL_PROVIDER_PREFIX)) {
				JWTClaimsSet claims = userPoolClaims(pool, provider, login.getValue());
				verified.add(new VerifiedLogin(provider, claims.getSubject(), String.join(",", claims.getAudience()),
						claims.getClaims()));
			}
			else {
				verified.add(new VerifiedLogin(provider, federatedSubject(pool, provider, login.getValue()), null,
						Map.of()));
			}
		}
		return verified;
	}

	private JWTClaimsSet userPoolClaims(IdentityPool pool, String provider, String token) {
		Set<String> clientIds = new LinkedHashSet<>();
		pool.userPoolProviders()
			.stream()
			.filter((candidate) -> candidate.providerName().equals(provider))
			.forEach((candidate) -> clientIds.add(candidate.clientId()));
		if (clientIds.isEmpty()) {
			throw CognitoError.notAuthorized("Invalid login token. Issuer doesn't match providerName");
		}
		String poolId = provider.substring(provider.lastIndexOf('/') + 1);
		UserPool userPool = this.userPools.findPool(poolId);
		JWTClaimsSet claims = (userPool != null) ? userPool.signingKey().verify(token) : null;
		if (claims == null) {
			throw CognitoError.notAuthorized("Invalid login token. Token signature invalid.");
		}
		if (!this.tokens.issuer(poolId).equals(claims.getIssuer())) {
			throw CognitoError.notAuthorized("Invalid login token. Issuer doesn't match providerName");
		}
		if (!"id".equals(claims.getClaim("token_use"))) {
			throw CognitoError.notAuthorized("Invalid login token. Not a valid OpenId Connect identity token.");
		}
		if (claims.getAudience().stream().noneMatch(clientIds::contains)) {
			throw CognitoError.notAuthorized("Invalid login token. Incorrect token audience.");
		}
		if (claims.getExpirationTime() == null) {
			throw CognitoError.notAuthorized("Invalid login token. Token has no expiry.");
		}
		if (!claims.getExpirationTime().toInstant().isAfter(this.clock.instant())) {
			throw CognitoError.notAuthorized("Invalid login token. Token expired: "
					+ claims.getExpirationTime().toInstant() + " >= " + this.clock.instant());
		}
		return claims;
	}

	/**
	 * A login whose token was verified.
	 *
	 * @param provider the provider name
	 * @param subject the provider's user id
	 * @param clientId the user-pool app client the token was issued to, or {@code null}
	 * @param claims the token's claims (empty for federated tokens)
	 */
	public record VerifiedLogin(String provider, String subject, String clientId, Map<String, Object> claims) {

		/**
		 * The login as identities are linked to it.
		 * @return {@code provider|subject}
		 */
		public String key() {
			return this.provider + "|" + this.subject;
		}

		@Override
		public String toString() {
			return "VerifiedLogin[" + this.provider + ", " + this.subject + "]";
		}

	}

	private String federatedSubject(IdentityPool pool, String provider, String token) {
		if (!pool.supportedLoginProviders().containsKey(provider)) {
			throw CognitoError.notAuthorized(
					"Invalid login token. " + provider + " is not a supported login provider of this identity pool.");
		}
		String subject = this.federated.subject(provider, token);
		if (subject == null) {
			throw CognitoError.notAuthorized("Invalid login token.");
		}
		return subject;
	}

}
