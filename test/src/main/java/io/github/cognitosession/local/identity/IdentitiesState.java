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
import java.util.List;

import io.github.cognitosession.local.server.Json;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.node.ArrayNode;
import tools.jackson.databind.node.ObjectNode;

/**
 * Writes identity pools, identities and unexpired issued credentials as JSON for the data
 * directory, and reads them back.
 *
 * @author Cognito Session contributors
 */
public final class IdentitiesState {

	private IdentitiesState() {
	}

	/**
	 * Write everything.
	 * @param identities the identity pools and identities
	 * @param credentials the issued credentials
	 * @return the JSON
	 */
	public static ObjectNode export(Identities identities, CredentialsRegistry credentials) {
		Identities.State state = identities.state();
		ObjectNode node = Json.object();
		ArrayNode pools = node.putArray("pools");
		for (IdentityPool pool : state.pools()) {
			ObjectNode item = pools.addObject().put("id", pool.id()).put("createdAt", pool.createdAt().toString());
			item.set("settings", pool.settings().deepCopy());
			item.set("roles", pool.roles().deepCopy());
			item.set("roleMappings", pool.roleMappings().deepCopy());
		}
		ArrayNode identityArray = node.putArray("identities");
		for (Identities.IdentityState identity : state.identities()) {
			ObjectNode item = identityArray.addObject()
				.put("id", identity.id())
				.put("poolId", identity.poolId())
				.put("createdAt", identity.createdAt().toString())
				.put("modifiedAt", identity.modifiedAt().toString());
			item.set("logins", Json.strings(identity.logins()));
		}
		ArrayNode issued = node.putArray("credentials");
		for (IssuedCredentials credential : credentials.unexpired()) {
			issued.addObject()
				.put("identityId", credential.identityId())
				.put("accessKeyId", credential.accessKeyId())
				.put("secretKey", credential.secretKey())
				.put("sessionToken", credential.sessionToken())
				.put("expiration", credential.expiration().toString())
				.put("roleArn", credential.roleArn());
		}
		return node;
	}

	/**
	 * Read what {@link #export} wrote into empty registries.
	 * @param node the JSON
	 * @param identities the identity pools and identities
	 * @param credentials the issued credentials
	 */
	public static void restore(JsonNode node, Identities identities, CredentialsRegistry credentials) {
		List<IdentityPool> pools = new ArrayList<>();
		for (JsonNode item : node.get("pools")) {
			pools.add(new IdentityPool(item.get("id").asString(), (ObjectNode) item.get("settings"),
					(ObjectNode) item.get("roles"), (ObjectNode) item.get("roleMappings"),
					Instant.parse(item.get("createdAt").asString())));
		}
		List<Identities.IdentityState> saved = new ArrayList<>();
		for (JsonNode item : node.get("identities")) {
			List<String> logins = new ArrayList<>();
			item.get("logins").forEach((login) -> logins.add(login.asString()));
			saved.add(new Identities.IdentityState(item.get("id").asString(), item.get("poolId").asString(), logins,
					Instant.parse(item.get("createdAt").asString()), Instant.parse(item.get("modifiedAt").asString())));
		}
		identities.restore(new Identities.State(pools, saved));
		for (JsonNode item : node.get("credentials")) {
			credentials
				.restore(new IssuedCredentials(item.get("identityId").asString(), item.get("accessKeyId").asString(),
						item.get("secretKey").asString(), item.get("sessionToken").asString(),
						Instant.parse(item.get("expiration").asString()), item.path("roleArn").asString(null)));
		}
	}

}
