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
import java.time.Duration;
import java.time.Instant;
import java.util.Date;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.concurrent.CompletableFuture;

import com.nimbusds.jwt.JWTClaimsSet;
import io.github.cognitosession.local.jwk.PoolSigningKey;
import io.github.cognitosession.local.server.CognitoError;
import io.github.cognitosession.local.server.Json;
import io.github.cognitosession.local.server.OperationGroup;
import io.github.cognitosession.local.server.OperationRegistry;
import io.github.cognitosession.local.server.Pagination;
import io.github.cognitosession.local.server.Params;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.node.ArrayNode;
import tools.jackson.databind.node.ObjectNode;

/**
 * The identity-pool operations: CreateIdentityPool, DescribeIdentityPool,
 * UpdateIdentityPool, DeleteIdentityPool, ListIdentityPools, SetIdentityPoolRoles,
 * GetIdentityPoolRoles, GetId, GetCredentialsForIdentity, GetOpenIdToken,
 * DescribeIdentity, ListIdentities and DeleteIdentities.
 *
 * @author Cognito Session contributors
 */
public final class IdentityOperations implements OperationGroup {

	/** The issuer of Cognito Identity's OpenID tokens. */
	public static final String OPEN_ID_ISSUER = "https://cognito-identity.amazonaws.com";

	private static final Duration OPEN_ID_TOKEN_VALIDITY = Duration.ofMinutes(10);

	private static final int MAX_RESULTS = 60;

	private final Identities identities;

	private final LoginVerifier logins;

	private final CredentialsRegistry credentials;

	private final Clock clock;

	// Generated in the background: most tests never ask for an OpenID token.
	private final CompletableFuture<PoolSigningKey> openIdKey = CompletableFuture.supplyAsync(PoolSigningKey::generate);

	public IdentityOperations(Identities identities, LoginVerifier logins, CredentialsRegistry credentials,
			Clock clock) {
		this.identities = Objects.requireNonNull(identities, "identities cannot be null");
		this.logins = Objects.requireNonNull(logins, "logins cannot be null");
		this.credentials = Objects.requireNonNull(credentials, "credentials cannot be null");
		this.clock = Objects.requireNonNull(clock, "clock cannot be null");
	}

	@Override
	public void registerWith(OperationRegistry registry) {
		registry.add(OperationRegistry.IDENTITY_POOLS, "CreateIdentityPool", this::createIdentityPool)
			.add(OperationRegistry.IDENTITY_POOLS, "DescribeIdentityPool", this::describeIdentityPool)
			.add(OperationRegistry.IDENTITY_POOLS, "UpdateIdentityPool", this::updateIdentityPool)
			.add(OperationRegistry.IDENTITY_POOLS, "DeleteIdentityPool", this::deleteIdentityPool)
			.add(OperationRegistry.IDENTITY_POOLS, "ListIdentityPools", this::listIdentityPools)
			.add(OperationRegistry.IDENTITY_POOLS, "SetIdentityPoolRoles", this::setIdentityPoolRoles)
			.add(OperationRegistry.IDENTITY_POOLS, "GetIdentityPoolRoles", this::getIdentityPoolRoles)
			.add(OperationRegistry.IDENTITY_POOLS, "GetId", this::getId)
			.add(OperationRegistry.IDENTITY_POOLS, "GetCredentialsForIdentity", this::getCredentialsForIdentity)
			.add(OperationRegistry.IDENTITY_POOLS, "GetOpenIdToken", this::getOpenIdToken)
			.add(OperationRegistry.IDENTITY_POOLS, "DescribeIdentity", this::describeIdentity)
			.add(OperationRegistry.IDENTITY_POOLS, "ListIdentities", this::listIdentities)
			.add(OperationRegistry.IDENTITY_POOLS, "DeleteIdentities", this::deleteIdentities);
	}

	private JsonNode createIdentityPool(Params request) {
		return describe(this.identities.add(settings(request)));
	}

	private JsonNode describeIdentityPool(Params request) {
		return describe(this.identities.pool(request.required("IdentityPoolId")));
	}

	private JsonNode updateIdentityPool(Params request) {
		IdentityPool pool = this.identities.pool(request.required("IdentityPoolId"));
		IdentityPool updated = pool.withSettings(settings(request));
		this.identities.replace(updated);
		return describe(updated);
	}

	private JsonNode deleteIdentityPool(Params request) {
		this.identities.delete(request.required("IdentityPoolId"));
		return Json.empty();
	}

	private JsonNode listIdentityPools(Params request) {
		Pagination.Page<IdentityPool> page = Pagination.page(this.identities.pools(),
				(pool) -> Pagination.key(pool.createdAt(), pool.id()), request.integer("MaxResults"), MAX_RESULTS,
				request.optional("NextToken"));
		ObjectNode response = Json.object();
		ArrayNode pools = response.putArray("IdentityPools");
		page.items()
			.forEach((pool) -> pools.addObject().put("IdentityPoolId", pool.id()).put("IdentityPoolName", pool.name()));
		if (page.nextToken() != null) {
			response.put("NextToken", page.nextToken());
		}
		return response;
	}

	private JsonNode setIdentityPoolRoles(Params request) {
		IdentityPool pool = this.identities.pool(request.required("IdentityPoolId"));
		ObjectNode roles = (ObjectNode) request.node().get("Roles").deepCopy();
		JsonNode mappings = request.node().get("RoleMappings");
		if (mappings != null && mappings.isObject()) {
			for (Map.Entry<String, JsonNode> mapping : mappings.properties()) {
				JsonNode value = mapping.getValue();
				if ("Rules".equals(value.path("Type").asString()) && !value.has("RulesConfiguration")) {
					throw CognitoError.invalidParameter(
							"RulesConfiguration is required for Rules role mapping of " + mapping.getKey());
				}
				if (!value.has("AmbiguousRoleResolution")) {
					throw CognitoError
						.invalidParameter("AmbiguousRoleResolution must be specified for " + mapping.getKey());
				}
			}
		}
		this.identities.replace(pool.withRoles(roles,
				(mappings != null && mappings.isObject()) ? (ObjectNode) mappings.deepCopy() : null));
		return Json.empty();
	}

	private JsonNode getIdentityPoolRoles(Params request) {
		IdentityPool pool = this.identities.pool(request.required("IdentityPoolId"));
		ObjectNode response = Json.object().put("IdentityPoolId", pool.id());
		response.set("Roles", pool.roles().deepCopy());
		if (!pool.roleMappings().isEmpty()) {
			response.set("RoleMappings", pool.roleMappings().deepCopy());
		}
		return response;
	}

	private JsonNode getId(Params request) {
		IdentityPool pool = this.identities.pool(request.required("IdentityPoolId"));
		Map<String, String> logins = request.map("Logins");
		String identityId;
		if (logins.isEmpty()) {
			if (!pool.allowUnauthenticated()) {
				throw CognitoError.notAuthorized("Unauthenticated access is not supported for this identity pool.");
			}
			identityId = this.identities.newGuest(pool);
		}
		else {
			identityId = this.identities.forLogins(pool, this.logins.verify(pool, logins));
		}
		return Json.object().put("IdentityId", identityId);
	}

	private JsonNode getCredentialsForIdentity(Params request) {
		String identityId = request.required("IdentityId");
		IdentityPool pool = this.identities.pool(this.identities.poolOf(identityId));
		Map<String, String> logins = request.map("Logins");
		List<LoginVerifier.VerifiedLogin> verified = logins.isEmpty() ? List.of()
				: this.logins.verifyWithClaims(pool, logins);
		String resolved = this.identities.resolve(pool, identityId,
				Set.copyOf(verified.stream().map(LoginVerifier.VerifiedLogin::key).toList()));
		String role = RoleResolver.resolve(pool, verified, request.optional("CustomRoleArn"));
		IssuedCredentials issued = this.credentials.issue(resolved, role);
		ObjectNode response = Json.object().put("IdentityId", resolved);
		ObjectNode credentials = response.putObject("Credentials")
			.put("AccessKeyId", issued.accessKeyId())
			.put("SecretKey", issued.secretKey())
			.put("SessionToken", issued.sessionToken());
		Json.putTime(credentials, "Expiration", issued.expiration());
		return response;
	}

	private JsonNode getOpenIdToken(Params request) {
		String poolId = this.identities.poolOf(request.required("IdentityId"));
		String identityId = resolve(request);
		Instant now = this.clock.instant();
		boolean authenticated = this.identities.isAuthenticated(identityId);
		JWTClaimsSet claims = new JWTClaimsSet.Builder().issuer(OPEN_ID_ISSUER)
			.subject(identityId)
			.audience(poolId)
			.claim("amr", authenticated ? List.of("authenticated") : List.of("unauthenticated"))
			.issueTime(Date.from(now))
			.expirationTime(Date.from(now.plus(OPEN_ID_TOKEN_VALIDITY)))
			.build();
		return Json.object().put("IdentityId", identityId).put("Token", this.openIdKey.join().sign(claims));
	}

	private JsonNode describeIdentity(Params request) {
		return identity(this.identities.describe(request.required("IdentityId")));
	}

	private JsonNode listIdentities(Params request) {
		IdentityPool pool = this.identities.pool(request.required("IdentityPoolId"));
		Pagination.Page<Identities.Description> page = Pagination.page(this.identities.identitiesOf(pool.id()),
				(identity) -> Pagination.key(identity.createdAt(), identity.id()), request.integer("MaxResults"),
				MAX_RESULTS, request.optional("NextToken"));
		ObjectNode response = Json.object().put("IdentityPoolId", pool.id());
		ArrayNode identities = response.putArray("Identities");
		page.items().forEach((identity) -> identities.add(identity(identity)));
		if (page.nextToken() != null) {
			response.put("NextToken", page.nextToken());
		}
		return response;
	}

	private JsonNode deleteIdentities(Params request) {
		ObjectNode response = Json.object();
		ArrayNode unprocessed = response.putArray("UnprocessedIdentityIds");
		for (String identityId : request.strings("IdentityIdsToDelete")) {
			if (!this.identities.deleteIdentity(identityId)) {
				unprocessed.addObject().put("IdentityId", identityId).put("ErrorCode", "InternalServerError");
			}
		}
		return response;
	}

	private String resolve(Params request) {
		String identityId = request.required("IdentityId");
		IdentityPool pool = this.identities.pool(this.identities.poolOf(identityId));
		Map<String, String> logins = request.map("Logins");
		Set<String> verified = logins.isEmpty() ? Set.of() : this.logins.verify(pool, logins);
		return this.identities.resolve(pool, identityId, verified);
	}

	private static ObjectNode settings(Params request) {
		ObjectNode settings = Json.object();
		request.node().properties().forEach((entry) -> {
			if (!"IdentityPoolId".equals(entry.getKey()) && !entry.getValue().isNull()) {
				settings.set(entry.getKey(), entry.getValue().deepCopy());
			}
		});
		JsonNode providers = settings.get("CognitoIdentityProviders");
		if (providers != null && providers.isArray()) {
			for (JsonNode provider : providers) {
				if (provider.isObject() && !provider.has("ServerSideTokenCheck")) {
					((ObjectNode) provider).put("ServerSideTokenCheck", false);
				}
			}
		}
		return settings;
	}

	private static ObjectNode identity(Identities.Description identity) {
		ObjectNode node = Json.object().put("IdentityId", identity.id());
		if (!identity.logins().isEmpty()) {
			node.set("Logins", Json.strings(identity.logins()));
		}
		Json.putTime(node, "CreationDate", identity.createdAt());
		Json.putTime(node, "LastModifiedDate", identity.modifiedAt());
		return node;
	}

	private static JsonNode describe(IdentityPool pool) {
		ObjectNode node = Json.object().put("IdentityPoolId", pool.id());
		node.setAll(pool.settings().deepCopy());
		if (!node.has("CognitoIdentityProviders")) {
			node.putArray("CognitoIdentityProviders");
		}
		if (!node.has("SupportedLoginProviders")) {
			node.putObject("SupportedLoginProviders");
		}
		return node;
	}

}
