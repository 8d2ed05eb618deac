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
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Base64;
import java.util.Date;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.UUID;
import java.util.function.Supplier;

import com.nimbusds.jwt.JWTClaimsSet;
import com.nimbusds.jwt.JWTParser;
import io.github.cognitosession.local.server.CognitoError;
import io.github.cognitosession.local.trigger.Triggers;
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

	private final PreTokenGeneration preTokenGeneration;

	/**
	 * Create an issuer.
	 * @param clock the clock for iat/exp
	 * @param issuerBase the issuer base, read on each use because the emulator's own URL
	 * is known only once it listens
	 * @param pools the pools
	 * @param refreshTokens the refresh token registry
	 * @param triggers the triggers (pre token generation)
	 */
	public TokenIssuer(Clock clock, Supplier<String> issuerBase, UserPools pools, RefreshTokens refreshTokens,
			Triggers triggers) {
		this.clock = Objects.requireNonNull(clock, "clock cannot be null");
		this.issuerBase = Objects.requireNonNull(issuerBase, "issuerBase cannot be null");
		this.pools = Objects.requireNonNull(pools, "pools cannot be null");
		this.refreshTokens = Objects.requireNonNull(refreshTokens, "refreshTokens cannot be null");
		this.preTokenGeneration = new PreTokenGeneration(triggers);
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
	 * @param source how the sign-in ended
	 * @param clientMetadata the caller's {@code ClientMetadata}, for the trigger
	 * @return the tokens
	 */
	public IssuedTokens signIn(UserPool pool, AppClient client, PoolUser user, TokenSource source,
			Map<String, String> clientMetadata) {
		Instant now = this.clock.instant();
		String originJti = UUID.randomUUID().toString();
		String refreshToken = this.refreshTokens.issue(client, user, originJti, now, ADMIN_SCOPE);
		return issue(
				new Issue(pool, client, user, originJti, now, refreshToken, ADMIN_SCOPE, null, source, clientMetadata));
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
		return issue(new Issue(pool, client, user, originJti, authTime, refreshToken, scope, nonce,
				TokenSource.HOSTED_AUTH, Map.of()));
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
		if (user == null) {
			throw CognitoError.notAuthorized("Invalid Refresh Token");
		}
		if (!user.enabled()) {
			throw CognitoError.notAuthorized("User is disabled.");
		}
		return issue(new Issue(pool, client, user, grant.originJti(), grant.authTime(), refreshToken,
				(grant.scope() != null) ? grant.scope() : ADMIN_SCOPE, null, TokenSource.REFRESH_TOKENS, Map.of()));
	}

	private IssuedTokens issue(Issue issue) {
		Instant now = this.clock.instant();
		UserPool pool = issue.pool();
		AppClient client = issue.client();
		PoolUser user = issue.user();
		GroupClaims groups = GroupClaims.of(pool.groupsOf(user));
		List<String> scopes = new ArrayList<>(List.of(issue.scope().split(" ")));
		PreTokenGeneration.Overrides overrides = this.preTokenGeneration.apply(pool, client, user, issue.source(),
				groups, scopes, issue.clientMetadata());
		if (overrides.groups() != null) {
			groups = overrides.groups();
		}
		scopes.addAll(overrides.scopesToAdd().stream().filter((scope) -> !scopes.contains(scope)).toList());
		scopes.removeAll(overrides.scopesToSuppress());
		String eventId = UUID.randomUUID().toString();
		JWTClaimsSet.Builder access = common(pool, user, issue, eventId, now, client.accessTokenValidity())
			.claim("client_id", client.clientId())
			.claim("token_use", "access")
			.claim("scope", String.join(" ", scopes))
			.claim("username", user.username());
		if (!groups.groups().isEmpty()) {
			access.claim("cognito:groups", groups.groups());
		}
		overrides.accessClaims().forEach(access::claim);
		overrides.accessSuppressed()
			.stream()
			.filter((claim) -> !PreTokenGeneration.PROTECTED_CLAIMS.contains(claim))
			.forEach((claim) -> access.claim(claim, null));
		String accessToken = pool.signingKey().sign(access.build());
		JWTClaimsSet.Builder id = common(pool, user, issue, eventId, now, client.idTokenValidity())
			.audience(client.clientId())
			.claim("token_use", "id")
			.claim("cognito:username", user.username());
		if (!ADMIN_SCOPE.equals(issue.scope())) {
			// Like Cognito, tokens from the OAuth endpoints bind the ID token to its
			// access token.
			id.claim("at_hash", atHash(accessToken));
		}
		if (issue.nonce() != null) {
			id.claim("nonce", issue.nonce());
		}
		if (!groups.groups().isEmpty()) {
			id.claim("cognito:groups", groups.groups());
		}
		if (!groups.roles().isEmpty()) {
			id.claim("cognito:roles", groups.roles());
		}
		if (groups.preferredRole() != null) {
			id.claim("cognito:preferred_role", groups.preferredRole());
		}
		for (Map.Entry<String, String> attribute : readableAttributes(client, user).entrySet()) {
			id.claim(attribute.getKey(), claimValue(attribute.getKey(), attribute.getValue()));
		}
		overrides.idClaims().forEach(id::claim);
		overrides.idSuppressed()
			.stream()
			.filter((claim) -> !PreTokenGeneration.PROTECTED_CLAIMS.contains(claim))
			.forEach((claim) -> id.claim(claim, null));
		return new IssuedTokens(pool.signingKey().sign(id.build()), accessToken, issue.refreshToken(),
				client.accessTokenValidity());
	}

	/**
	 * The user's attributes an ID token carries: all but {@code sub} (a claim of its
	 * own), or only those of the client's {@code ReadAttributes} when it has some.
	 */
	private static Map<String, String> readableAttributes(AppClient client, PoolUser user) {
		Map<String, String> attributes = user.orderedAttributes();
		attributes.remove("sub");
		List<String> readable = client.readAttributes();
		if (!readable.isEmpty()) {
			attributes.keySet().retainAll(readable);
		}
		return attributes;
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

	private JWTClaimsSet.Builder common(UserPool pool, PoolUser user, Issue issue, String eventId, Instant now,
			Duration validity) {
		return new JWTClaimsSet.Builder().subject(user.sub())
			.issuer(issuer(pool.id()))
			.claim("origin_jti", issue.originJti())
			.claim("event_id", eventId)
			.claim("auth_time", issue.authTime().getEpochSecond())
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
		if (!user.enabled()) {
			throw CognitoError.notAuthorized("User is disabled.");
		}
		Object scope = claims.getClaim("scope");
		return new Subject(pool, user, (scope != null) ? scope.toString() : "");
	}

	/**
	 * One issuance: who, for which client, and why.
	 */
	private record Issue(UserPool pool, AppClient client, PoolUser user, String originJti, Instant authTime,
			String refreshToken, String scope, String nonce, TokenSource source, Map<String, String> clientMetadata) {

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
