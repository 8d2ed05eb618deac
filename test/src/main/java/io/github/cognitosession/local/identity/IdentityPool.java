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

import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;

import io.github.cognitosession.local.server.Json;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.node.ObjectNode;

/**
 * An identity pool: its settings in CreateIdentityPool's shape (so DescribeIdentityPool
 * answers what was set), its roles and role mappings (SetIdentityPoolRoles). Immutable:
 * an update makes a new instance.
 *
 * @param id the id, {@code <region>:<uuid>}
 * @param settings the settings as given
 * @param roles the {@code Roles} map ({@code authenticated}, {@code unauthenticated}),
 * empty when not set
 * @param roleMappings the {@code RoleMappings}, empty when not set
 * @param createdAt when created
 * @author Cognito Session contributors
 */
public record IdentityPool(String id, ObjectNode settings, ObjectNode roles, ObjectNode roleMappings,
		Instant createdAt) {

	public IdentityPool {
		Objects.requireNonNull(id, "id cannot be null");
		settings = settings.deepCopy();
		roles = (roles != null) ? roles.deepCopy() : Json.object();
		roleMappings = (roleMappings != null) ? roleMappings.deepCopy() : Json.object();
		Objects.requireNonNull(createdAt, "createdAt cannot be null");
	}

	public String name() {
		return this.settings.path("IdentityPoolName").asString();
	}

	public boolean allowUnauthenticated() {
		return this.settings.path("AllowUnauthenticatedIdentities").asBoolean(false);
	}

	/**
	 * The user pools and app clients whose ID tokens the pool accepts.
	 * @return the providers
	 */
	public List<UserPoolProvider> userPoolProviders() {
		List<UserPoolProvider> providers = new ArrayList<>();
		JsonNode list = this.settings.get("CognitoIdentityProviders");
		if (list != null && list.isArray()) {
			list.forEach((provider) -> providers.add(new UserPoolProvider(provider.path("ProviderName").asString(),
					provider.path("ClientId").asString())));
		}
		return providers;
	}

	/**
	 * Federated providers (e.g. {@code accounts.google.com}) to their app ids.
	 * @return the providers
	 */
	public Map<String, String> supportedLoginProviders() {
		Map<String, String> providers = new LinkedHashMap<>();
		JsonNode map = this.settings.get("SupportedLoginProviders");
		if (map != null && map.isObject()) {
			map.properties().forEach((entry) -> providers.put(entry.getKey(), entry.getValue().asString()));
		}
		return providers;
	}

	/**
	 * A role of the pool.
	 * @param kind {@code authenticated} or {@code unauthenticated}
	 * @return the role ARN, or {@code null}
	 */
	public String role(String kind) {
		JsonNode role = this.roles.get(kind);
		return (role != null && role.isString()) ? role.stringValue() : null;
	}

	/**
	 * The role mapping of a provider.
	 * @param key the provider name, with {@code :<clientId>} for a user pool
	 * @return the mapping, or {@code null}
	 */
	public JsonNode roleMapping(String key) {
		return this.roleMappings.get(key);
	}

	/**
	 * The pool with other settings.
	 * @param settings the settings
	 * @return the new pool
	 */
	public IdentityPool withSettings(ObjectNode settings) {
		return new IdentityPool(this.id, settings, this.roles, this.roleMappings, this.createdAt);
	}

	/**
	 * The pool with other roles.
	 * @param roles the roles
	 * @param roleMappings the role mappings
	 * @return the new pool
	 */
	public IdentityPool withRoles(ObjectNode roles, ObjectNode roleMappings) {
		return new IdentityPool(this.id, this.settings, roles, roleMappings, this.createdAt);
	}

	/**
	 * A user pool and app client whose ID tokens the identity pool accepts.
	 *
	 * @param providerName {@code cognito-idp.<region>.amazonaws.com/<poolId>}
	 * @param clientId the app client id
	 */
	public record UserPoolProvider(String providerName, String clientId) {

	}

}
