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

package io.github.cognitosession.local.token;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.text.ParseException;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Arrays;
import java.util.Base64;
import java.util.Date;
import java.util.Map;
import java.util.Objects;
import java.util.UUID;
import java.util.function.Supplier;

import com.nimbusds.jwt.JWTClaimsSet;
import com.nimbusds.jwt.JWTParser;
import io.github.cognitosession.local.server.CognitoError;
import io.github.cognitosession.local.userpool.AppClient;
import io.github.cognitosession.local.userpool.PoolUser;
import io.github.cognitosession.local.userpool.UserPool;
import io.github.cognitosession.local.userpool.UserPools;

/**
 * Issues and checks a pool's RS256 ID and access tokens with Cognito's claims.
 *
 * @author Cognito Session contributors
 */
public final class TokenIssuer {

	/** The scope of access tokens from the user-pool API. */
	public static final String ADMIN_SCOPE = "aws.cognito.signin.user.admin";

	private final Clock clock;

	private final Supplier<String> issuerBase;

	private final UserPools pools;

	private final RefreshTokens refreshTokens;

	/**
	 * Create an issuer.
	 * @param clock the clock for iat/exp
	 * @param issuerBase the issuer base, read on each use because the emulator's own URL
	 * is known only once it listens
	 * @param pools the pools
	 * @param refreshTokens the refresh token registry
	 */
	public TokenIssuer(Clock clock, Supplier<String> issuerBase, UserPools pools, RefreshTokens refreshTokens) {
		this.clock = Objects.requireNonNull(clock, "clock cannot be null");
		this.issuerBase = Objects.requireNonNull(issuerBase, "issuerBase cannot be null");
		this.pools = Objects.requireNonNull(pools, "pools cannot be null");
		this.refreshTokens = Objects.requireNonNull(refreshTokens, "refreshTokens cannot be null");
	}

	/**
	 * The {@code iss} of a pool's tokens.
	 * @param poolId the pool id
	 * @return the issuer
	 */
	public String issuer(String poolId) {
		return this.issuerBase.get() + "/" + poolId;
	}

	/**
	 * Issue tokens for a fresh sign-in through the user-pool API, with a new refresh
	 * token.
	 * @param pool the pool
	 * @param client the client
	 * @param user the user
	 * @return the tokens
	 */
	public IssuedTokens signIn(UserPool pool, AppClient client, PoolUser user) {
		return signIn(pool, client, user, this.clock.instant(), ADMIN_SCOPE, null);
	}

	/**
	 * Issue tokens for a sign-in through the hosted UI, with a new refresh token.
	 * @param pool the pool
	 * @param client the client
	 * @param user the user
	 * @param authTime when the user entered the password (earlier than now when a
	 * hosted-UI session is reused)
	 * @param scope the granted scopes, space-separated, carried by the access token
	 * @param nonce the client's nonce for the ID token, or {@code null}
	 * @return the tokens
	 */
	public IssuedTokens signIn(UserPool pool, AppClient client, PoolUser user, Instant authTime, String scope,
			String nonce) {
		Objects.requireNonNull(scope, "scope cannot be null");
		String originJti = UUID.randomUUID().toString();
		String refreshToken = this.refreshTokens.issue(client, user, originJti, authTime, scope);
		return issue(pool, client, user, originJti, authTime, refreshToken, scope, nonce);
	}

	/**
	 * Issue ID and access tokens for a refresh of an existing session.
	 * @param grant the refresh grant
	 * @param refreshToken the refresh token to hand out, or {@code null}
	 * @return the tokens
	 */
	public IssuedTokens refresh(RefreshTokens.Grant grant, String refreshToken) {
		UserPool pool = this.pools.pool(grant.poolId());
		AppClient client = pool.client(grant.clientId());
		PoolUser user = pool.findUser(grant.username());
		if (user == null || !user.enabled()) {
			throw CognitoError.notAuthorized("Invalid Refresh Token");
		}
		return issue(pool, client, user, grant.originJti(), grant.authTime(), refreshToken,
				(grant.scope() != null) ? grant.scope() : ADMIN_SCOPE, null);
	}

	private IssuedTokens issue(UserPool pool, AppClient client, PoolUser user, String originJti, Instant authTime,
			String refreshToken, String scope, String nonce) {
		Instant now = this.clock.instant();
		String eventId = UUID.randomUUID().toString();
		JWTClaimsSet access = common(pool, user, originJti, eventId, authTime, now, client.accessTokenValidity())
			.claim("client_id", client.clientId())
			.claim("token_use", "access")
			.claim("scope", scope)
			.claim("username", user.username())
			.build();
		String accessToken = pool.signingKey().sign(access);
		JWTClaimsSet.Builder id = common(pool, user, originJti, eventId, authTime, now, client.idTokenValidity())
			.audience(client.clientId())
			.claim("token_use", "id")
			.claim("cognito:username", user.username());
		if (!ADMIN_SCOPE.equals(scope)) {
			// Like Cognito, tokens from the OAuth endpoints bind the ID token to its
			// access
			// token.
			id.claim("at_hash", atHash(accessToken));
		}
		if (nonce != null) {
			id.claim("nonce", nonce);
		}
		for (Map.Entry<String, String> attribute : user.orderedAttributes().entrySet()) {
			if (!"sub".equals(attribute.getKey())) {
				id.claim(attribute.getKey(), claimValue(attribute.getKey(), attribute.getValue()));
			}
		}
		return new IssuedTokens(pool.signingKey().sign(id.build()), accessToken, refreshToken,
				client.accessTokenValidity());
	}

	private static String atHash(String accessToken) {
		try {
			byte[] digest = MessageDigest.getInstance("SHA-256")
				.digest(accessToken.getBytes(StandardCharsets.US_ASCII));
			return Base64.getUrlEncoder().withoutPadding().encodeToString(Arrays.copyOf(digest, digest.length / 2));
		}
		catch (NoSuchAlgorithmException ex) {
			throw new IllegalStateException("SHA-256 is not available", ex);
		}
	}

	private JWTClaimsSet.Builder common(UserPool pool, PoolUser user, String originJti, String eventId,
			Instant authTime, Instant now, Duration validity) {
		return new JWTClaimsSet.Builder().subject(user.sub())
			.issuer(issuer(pool.id()))
			.claim("origin_jti", originJti)
			.claim("event_id", eventId)
			.claim("auth_time", authTime.getEpochSecond())
			.issueTime(Date.from(now))
			.expirationTime(Date.from(now.plus(validity)))
			.jwtID(UUID.randomUUID().toString());
	}

	private static Object claimValue(String name, String value) {
		if (name.endsWith("_verified")) {
			return Boolean.parseBoolean(value);
		}
		return value;
	}

	/**
	 * Check an access token sent to a user's self-service operation.
	 * @param accessToken the token
	 * @return the pool and user it belongs to
	 * @throws CognitoError {@code NotAuthorizedException} when invalid, expired or
	 * revoked
	 */
	public Subject verifyAccessToken(String accessToken) {
		JWTClaimsSet unverified;
		try {
			unverified = JWTParser.parse(accessToken).getJWTClaimsSet();
		}
		catch (ParseException ex) {
			throw CognitoError.notAuthorized("Invalid Access Token");
		}
		String issuer = unverified.getIssuer();
		UserPool pool = (issuer != null) ? this.pools.findPool(issuer.substring(issuer.lastIndexOf('/') + 1)) : null;
		JWTClaimsSet claims = (pool != null) ? pool.signingKey().verify(accessToken) : null;
		if (claims == null || !"access".equals(claims.getClaim("token_use"))) {
			throw CognitoError.notAuthorized("Invalid Access Token");
		}
		if (claims.getExpirationTime() == null
				|| !claims.getExpirationTime().toInstant().isAfter(this.clock.instant())) {
			throw CognitoError.notAuthorized("Access Token has expired");
		}
		Object originJti = claims.getClaim("origin_jti");
		if (originJti == null || this.refreshTokens.isRevoked(originJti.toString())) {
			throw CognitoError.notAuthorized("Access Token has been revoked");
		}
		PoolUser user = pool.findUser(String.valueOf(claims.getClaim("username")));
		if (user == null || !user.sub().equals(claims.getSubject())) {
			throw CognitoError.notAuthorized("Access Token has been revoked");
		}
		Object scope = claims.getClaim("scope");
		return new Subject(pool, user, (scope != null) ? scope.toString() : "");
	}

	/**
	 * The owner of a valid access token.
	 *
	 * @param pool the pool
	 * @param user the user
	 * @param scope the token's space-separated scopes
	 */
	public record Subject(UserPool pool, PoolUser user, String scope) {

		/**
		 * Whether the token was granted a scope.
		 * @param name the scope, e.g. {@code openid}
		 * @return whether granted
		 */
		public boolean hasScope(String name) {
			return Arrays.asList(this.scope.split(" ")).contains(name);
		}

	}

}
