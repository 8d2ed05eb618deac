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

import java.security.SecureRandom;
import java.time.Clock;
import java.time.Instant;
import java.util.Base64;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;

import io.github.cognitosession.local.server.CognitoError;
import io.github.cognitosession.local.server.Json;
import io.github.cognitosession.local.userpool.AppClient;
import io.github.cognitosession.local.userpool.PoolUser;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.node.ArrayNode;
import tools.jackson.databind.node.ObjectNode;

/**
 * Opaque refresh tokens, their rotation with a grace period, and revocation of whole
 * sign-in sessions (all tokens sharing one {@code origin_jti}). Thread-safe.
 *
 * @author Cognito Session contributors
 */
public final class RefreshTokens {

	private static final String INVALID = "Invalid Refresh Token";

	private final Clock clock;

	private final SecureRandom random;

	private final Map<String, Grant> grants = new ConcurrentHashMap<>();

	private final Set<String> revokedSessions = ConcurrentHashMap.newKeySet();

	public RefreshTokens(Clock clock, SecureRandom random) {
		this.clock = Objects.requireNonNull(clock, "clock cannot be null");
		this.random = Objects.requireNonNull(random, "random cannot be null");
	}

	String issue(AppClient client, PoolUser user, String originJti, Instant authTime, String scope) {
		return store(new Grant(client.poolId(), client.clientId(), user.username(), originJti, authTime, scope,
				this.clock.instant().plus(client.refreshTokenValidity())));
	}

	private String store(Grant grant) {
		byte[] bytes = new byte[96];
		this.random.nextBytes(bytes);
		String token = Base64.getUrlEncoder().withoutPadding().encodeToString(bytes);
		this.grants.put(token, grant);
		return token;
	}

	/**
	 * Check a refresh token for a refresh without rotation.
	 * @param token the token
	 * @param client the client presenting it
	 * @return the grant
	 */
	public Grant redeem(String token, AppClient client) {
		Grant grant = valid(token, client);
		if (grant.rotatedAt() != null) {
			throw CognitoError.notAuthorized(INVALID);
		}
		return grant;
	}

	/**
	 * Rotate a refresh token: the old one stays usable for the client's grace period,
	 * after which reusing it is an error.
	 * @param token the presented token
	 * @param client the client presenting it
	 * @return the grant and the new token
	 */
	public Rotation rotate(String token, AppClient client) {
		Grant grant = valid(token, client);
		Instant now = this.clock.instant();
		synchronized (grant) {
			if (grant.rotatedAt != null && now.isAfter(grant.rotatedAt.plus(client.retryGracePeriod()))) {
				throw CognitoError.of("RefreshTokenReuseException", "Refresh token has already been used.");
			}
			if (grant.rotatedAt == null) {
				grant.rotatedAt = now;
			}
		}
		Grant next = new Grant(grant.poolId, grant.clientId, grant.username, grant.originJti, grant.authTime,
				grant.scope, now.plus(client.refreshTokenValidity()));
		return new Rotation(grant, store(next));
	}

	private Grant valid(String token, AppClient client) {
		Grant grant = (token != null) ? this.grants.get(token) : null;
		if (grant == null || !grant.clientId.equals(client.clientId()) || isRevoked(grant.originJti)
				|| !this.clock.instant().isBefore(grant.expiresAt)) {
			throw CognitoError.notAuthorized(INVALID);
		}
		return grant;
	}

	/**
	 * Revoke the session a refresh token belongs to (RevokeToken).
	 * @param token the refresh token
	 * @param client the client presenting it
	 * @return whether the token was known to the client
	 */
	public boolean revoke(String token, AppClient client) {
		Grant grant = this.grants.get(token);
		if (grant == null || !grant.clientId.equals(client.clientId())) {
			return false;
		}
		this.revokedSessions.add(grant.originJti);
		return true;
	}

	/**
	 * Revoke every session of a user (GlobalSignOut, AdminDeleteUser).
	 * @param poolId the pool
	 * @param username the user
	 */
	public void revokeUser(String poolId, String username) {
		this.grants.values()
			.stream()
			.filter((grant) -> grant.poolId.equals(poolId) && grant.username.equals(username))
			.forEach((grant) -> this.revokedSessions.add(grant.originJti));
	}

	/**
	 * Whether a sign-in session was revoked.
	 * @param originJti the session's {@code origin_jti}
	 * @return whether revoked
	 */
	public boolean isRevoked(String originJti) {
		return this.revokedSessions.contains(originJti);
	}

	/**
	 * Every unexpired refresh token and every revoked session, for the data directory.
	 * @return the JSON
	 */
	public ObjectNode export() {
		ObjectNode node = Json.object();
		ArrayNode grants = node.putArray("grants");
		Instant now = this.clock.instant();
		this.grants.forEach((token, grant) -> {
			if (now.isBefore(grant.expiresAt)) {
				ObjectNode item = grants.addObject()
					.put("token", token)
					.put("poolId", grant.poolId)
					.put("clientId", grant.clientId)
					.put("username", grant.username)
					.put("originJti", grant.originJti)
					.put("authTime", grant.authTime.toString())
					.put("scope", grant.scope)
					.put("expiresAt", grant.expiresAt.toString());
				Instant rotatedAt = grant.rotatedAt();
				if (rotatedAt != null) {
					item.put("rotatedAt", rotatedAt.toString());
				}
			}
		});
		node.set("revokedSessions", Json.strings(List.copyOf(this.revokedSessions)));
		return node;
	}

	/**
	 * Read what {@link #export()} wrote.
	 * @param node the JSON
	 */
	public void restore(JsonNode node) {
		for (JsonNode item : node.get("grants")) {
			Grant grant = new Grant(item.get("poolId").asString(), item.get("clientId").asString(),
					item.get("username").asString(), item.get("originJti").asString(),
					Instant.parse(item.get("authTime").asString()), item.path("scope").asString(null),
					Instant.parse(item.get("expiresAt").asString()));
			if (item.hasNonNull("rotatedAt")) {
				grant.rotatedAt = Instant.parse(item.get("rotatedAt").asString());
			}
			this.grants.put(item.get("token").asString(), grant);
		}
		node.get("revokedSessions").forEach((session) -> this.revokedSessions.add(session.asString()));
	}

	/**
	 * What a refresh token stands for.
	 */
	public static final class Grant {

		private final String poolId;

		private final String clientId;

		private final String username;

		private final String originJti;

		private final Instant authTime;

		private final String scope;

		private final Instant expiresAt;

		private Instant rotatedAt;

		Grant(String poolId, String clientId, String username, String originJti, Instant authTime, String scope,
				Instant expiresAt) {
			this.poolId = poolId;
			this.clientId = clientId;
			this.username = username;
			this.originJti = originJti;
			this.authTime = authTime;
			this.scope = scope;
			this.expiresAt = expiresAt;
		}

		public String poolId() {
			return this.poolId;
		}

		public String clientId() {
			return this.clientId;
		}

		public String username() {
			return this.username;
		}

		public String originJti() {
			return this.originJti;
		}

		public Instant authTime() {
			return this.authTime;
		}

		/**
		 * The scope of the access tokens this grant refreshes: the user-pool API's scope
		 * for API sign-ins, the granted OAuth scopes for hosted-UI sign-ins.
		 * @return the space-separated scope
		 */
		public String scope() {
			return this.scope;
		}

		synchronized Instant rotatedAt() {
			return this.rotatedAt;
		}

	}

	/**
	 * The result of a rotation.
	 *
	 * @param grant the grant of the presented token
	 * @param newToken the new refresh token
	 */
	public record Rotation(Grant grant, String newToken) {

		@Override
		public String toString() {
			return "Rotation[PROTECTED]";
		}

	}

}
