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
import io.github.cognitosession.local.server.CognitoError;
import io.github.cognitosession.local.server.Json;
import io.github.cognitosession.local.server.OperationGroup;
import io.github.cognitosession.local.server.OperationRegistry;
import io.github.cognitosession.local.server.Params;
import io.github.cognitosession.local.jwk.PoolSigningKey;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.node.ArrayNode;
import tools.jackson.databind.node.ObjectNode;

/**
 * The identity-pool operations: CreateIdentityPool, DescribeIdentityPool, GetId,
 * GetCredentialsForIdentity and GetOpenIdToken.
 *
 * @author Cognito Session contributors
 */
public final class IdentityOperations implements OperationGroup {

	/** The issuer of Cognito Identity's OpenID tokens. */
	public static final String OPEN_ID_ISSUER = "https://cognito-identity.amazonaws.com";

	private static final Duration OPEN_ID_TOKEN_VALIDITY = Duration.ofMinutes(10);

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
			.add(OperationRegistry.IDENTITY_POOLS, "GetId", this::getId)
			.add(OperationRegistry.IDENTITY_POOLS, "GetCredentialsForIdentity", this::getCredentialsForIdentity)
			.add(OperationRegistry.IDENTITY_POOLS, "GetOpenIdToken", this::getOpenIdToken);
	}

	private JsonNode createIdentityPool(Params request) {
		IdentityPoolSettings settings = new IdentityPoolSettings().name(request.required("IdentityPoolName"))
			.allowUnauthenticated(request.bool("AllowUnauthenticatedIdentities", false));
		JsonNode providers = request.node().get("CognitoIdentityProviders");
		if (providers != null && providers.isArray()) {
			for (JsonNode provider : providers) {
				Params item = new Params(provider);
				settings.userPoolProvider(item.required("ProviderName"), item.required("ClientId"));
			}
		}
		request.map("SupportedLoginProviders").forEach(settings::supportedLoginProvider);
		return describe(this.identities.add(settings));
	}

	private JsonNode describeIdentityPool(Params request) {
		return describe(this.identities.pool(request.required("IdentityPoolId")));
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
		String identityId = resolve(request);
		IssuedCredentials issued = this.credentials.issue(identityId);
		ObjectNode response = Json.object().put("IdentityId", identityId);
		ObjectNode credentials = response.putObject("Credentials")
			.put("AccessKeyId", issued.accessKeyId())
			.put("SecretKey", issued.secretKey())
			.put("SessionToken", issued.sessionToken());
		Json.putTime(credentials, "Expiration", issued.expiration());
		return response;
	}

	private JsonNode getOpenIdToken(Params request) {
		String poolId = identityPoolOf(request);
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

	private String resolve(Params request) {
		String identityId = request.required("IdentityId");
		IdentityPool pool = this.identities.pool(identityPoolOf(request));
		Map<String, String> logins = request.map("Logins");
		Set<String> verified = logins.isEmpty() ? Set.of() : this.logins.verify(pool, logins);
		return this.identities.resolve(pool, identityId, verified);
	}

	private String identityPoolOf(Params request) {
		return this.identities.poolOf(request.required("IdentityId"));
	}

	private static JsonNode describe(IdentityPool pool) {
		ObjectNode node = Json.object()
			.put("IdentityPoolId", pool.id())
			.put("IdentityPoolName", pool.name())
			.put("AllowUnauthenticatedIdentities", pool.allowUnauthenticated());
		ArrayNode providers = node.putArray("CognitoIdentityProviders");
		pool.userPoolProviders()
			.forEach((provider) -> providers.addObject()
				.put("ProviderName", provider.providerName())
				.put("ClientId", provider.clientId())
				.put("ServerSideTokenCheck", false));
		node.set("SupportedLoginProviders", Json.stringMap(pool.supportedLoginProviders()));
		return node;
	}

}
