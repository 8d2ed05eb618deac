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

package io.github.cognitosession.local.userpool;

import java.math.BigInteger;
import java.time.Instant;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import io.github.cognitosession.local.jwk.PoolSigningKey;
import io.github.cognitosession.local.message.Message;
import io.github.cognitosession.local.server.Json;
import io.github.cognitosession.local.srp.PasswordVerifier;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.node.ArrayNode;
import tools.jackson.databind.node.ObjectNode;

/**
 * Writes every user pool (settings, signing key, app clients, groups, users with their
 * password verifiers, MFA and devices) as JSON for the data directory, and reads it back.
 * Passwords are never kept, only their SRP verifiers.
 *
 * @author Cognito Session contributors
 */
public final class UserPoolsState {

	private UserPoolsState() {
	}

	/**
	 * Write the pools.
	 * @param pools the pools
	 * @return the JSON
	 */
	public static ArrayNode export(UserPools pools) {
		ArrayNode array = Json.MAPPER.createArrayNode();
		for (UserPool pool : pools.pools()) {
			ObjectNode node = array.addObject().put("id", pool.id());
			time(node, "createdAt", pool.createdAt());
			time(node, "lastModifiedAt", pool.lastModifiedAt());
			node.set("settings", pool.settings().toJson());
			node.put("signingKey", pool.signingKey().toPrivateJwk());
			if (pool.domain() != null) {
				node.put("domain", pool.domain());
				node.set("domainSettings", pool.domainSettings());
			}
			ArrayNode clients = node.putArray("clients");
			for (AppClient client : pool.clients()) {
				ObjectNode item = clients.addObject().put("clientId", client.clientId());
				if (client.hasSecret()) {
					item.put("clientSecret", client.clientSecret());
				}
				time(item, "createdAt", client.createdAt());
				time(item, "lastModifiedAt", client.lastModifiedAt());
				item.set("settings", client.settings());
			}
			ArrayNode groups = node.putArray("groups");
			for (Group group : pool.groups()) {
				ObjectNode item = groups.addObject().put("name", group.name());
				item.put("description", group.description()).put("roleArn", group.roleArn());
				if (group.precedence() != null) {
					item.put("precedence", group.precedence());
				}
				time(item, "createdAt", group.createdAt());
				time(item, "lastModifiedAt", group.lastModifiedAt());
			}
			ArrayNode users = node.putArray("users");
			pool.users().forEach((user) -> users.add(user(user.state())));
		}
		return array;
	}

	/**
	 * Read pools written by {@link #export(UserPools)} into an empty registry.
	 * @param pools the registry
	 * @param array the JSON
	 */
	public static void restore(UserPools pools, JsonNode array) {
		for (JsonNode node : array) {
			UserPool pool = pools.restoredPool(text(node, "id"), UserPoolSettings.restore(node.get("settings")),
					instant(node, "createdAt"), PoolSigningKey.fromPrivateJwk(text(node, "signingKey")));
			pool.update(pool.settings(), instant(node, "lastModifiedAt"));
			if (node.hasNonNull("domain")) {
				pool.setDomain(text(node, "domain"), (ObjectNode) node.get("domainSettings"));
			}
			for (JsonNode item : node.get("clients")) {
				pool.addClient(new AppClient(pool.id(), text(item, "clientId"), text(item, "clientSecret"),
						instant(item, "createdAt"), instant(item, "lastModifiedAt"),
						(ObjectNode) item.get("settings")));
			}
			for (JsonNode item : node.get("groups")) {
				pool.addGroup(new Group(text(item, "name"), text(item, "description"), text(item, "roleArn"),
						item.hasNonNull("precedence") ? item.get("precedence").asInt() : null,
						instant(item, "createdAt"), instant(item, "lastModifiedAt")));
			}
			for (JsonNode item : node.get("users")) {
				pool.restoreUser(PoolUser.restore(user(item)));
			}
			pools.restore(pool);
		}
	}

	private static ObjectNode user(PoolUser.State user) {
		ObjectNode node = Json.object().put("username", user.username()).put("sub", user.sub());
		time(node, "createdAt", user.createdAt());
		time(node, "modifiedAt", user.modifiedAt());
		node.put("status", (user.status() != null) ? user.status().name() : null).put("enabled", user.enabled());
		node.set("attributes", Json.stringMap(user.attributes()));
		if (user.password() != null) {
			node.set("password", verifier(user.password()));
			time(node, "passwordSetAt", user.passwordSetAt());
		}
		node.put("mfa", (user.mfa() != null) ? user.mfa().name() : null);
		node.put("associatedSoftwareToken", user.associatedSoftwareToken());
		node.put("softwareToken", user.softwareToken());
		ObjectNode codes = node.putObject("pendingCodes");
		user.pendingCodes().forEach((purpose, code) -> codes.put(purpose.name(), code));
		node.set("groups", Json.strings(user.groups()));
		ArrayNode devices = node.putArray("devices");
		for (Device device : user.devices()) {
			ObjectNode item = devices.addObject().put("key", device.key()).put("groupKey", device.groupKey());
			time(item, "createdAt", device.createdAt());
			if (device.verifier() != null) {
				item.set("verifier", verifier(device.verifier()));
			}
			item.put("name", device.name()).put("remembered", device.remembered());
			time(item, "lastModifiedAt", device.lastModifiedAt());
			time(item, "lastAuthenticatedAt", device.lastAuthenticatedAt());
		}
		return node;
	}

	private static PoolUser.State user(JsonNode node) {
		Map<String, String> attributes = new LinkedHashMap<>();
		node.get("attributes")
			.properties()
			.forEach((entry) -> attributes.put(entry.getKey(), entry.getValue().asString()));
		Map<Message.Purpose, String> codes = new EnumMap<>(Message.Purpose.class);
		node.get("pendingCodes")
			.properties()
			.forEach((entry) -> codes.put(Message.Purpose.valueOf(entry.getKey()), entry.getValue().asString()));
		List<String> groups = new ArrayList<>();
		node.get("groups").forEach((group) -> groups.add(group.asString()));
		List<Device> devices = new ArrayList<>();
		for (JsonNode item : node.get("devices")) {
			devices.add(Device.restore(text(item, "key"), text(item, "groupKey"), instant(item, "createdAt"),
					item.hasNonNull("verifier") ? verifier(item.get("verifier")) : null, text(item, "name"),
					item.path("remembered").asBoolean(), instant(item, "lastModifiedAt"),
					instant(item, "lastAuthenticatedAt")));
		}
		return new PoolUser.State(text(node, "username"), text(node, "sub"), instant(node, "createdAt"),
				instant(node, "modifiedAt"),
				node.hasNonNull("status") ? PoolUser.Status.valueOf(text(node, "status")) : null,
				node.path("enabled").asBoolean(true), attributes,
				node.hasNonNull("password") ? verifier(node.get("password")) : null, instant(node, "passwordSetAt"),
				node.hasNonNull("mfa") ? PoolUser.Mfa.valueOf(text(node, "mfa")) : null,
				text(node, "associatedSoftwareToken"), text(node, "softwareToken"), codes, groups, devices);
	}

	private static ObjectNode verifier(PasswordVerifier verifier) {
		return Json.object()
			.put("salt", verifier.salt().toString(16))
			.put("verifier", verifier.verifier().toString(16));
	}

	private static PasswordVerifier verifier(JsonNode node) {
		return PasswordVerifier.of(new BigInteger(text(node, "salt"), 16), new BigInteger(text(node, "verifier"), 16));
	}

	private static void time(ObjectNode node, String name, Instant instant) {
		if (instant != null) {
			node.put(name, instant.toString());
		}
	}

	private static Instant instant(JsonNode node, String name) {
		return node.hasNonNull(name) ? Instant.parse(node.get(name).asString()) : null;
	}

	private static String text(JsonNode node, String name) {
		JsonNode value = node.get(name);
		return (value != null && !value.isNull()) ? value.asString() : null;
	}

}
