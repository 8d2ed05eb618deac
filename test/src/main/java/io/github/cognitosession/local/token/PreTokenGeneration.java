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

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;

import io.github.cognitosession.local.trigger.TriggerEvent;
import io.github.cognitosession.local.trigger.TriggerType;
import io.github.cognitosession.local.trigger.Triggers;
import io.github.cognitosession.local.userpool.AppClient;
import io.github.cognitosession.local.userpool.PoolUser;
import io.github.cognitosession.local.userpool.UserPool;

/**
 * The pre-token-generation trigger: version 1 events ({@code claimsOverrideDetails}: ID
 * token claims added or suppressed, groups and roles overridden) and, for pools whose
 * {@code PreTokenGenerationConfig.LambdaVersion} is {@code V2_0} or {@code V3_0}, version
 * 2 events ({@code claimsAndScopeOverrideDetails}: ID and access token claims, access
 * token scopes). Claims Cognito does not let a trigger change are left alone.
 *
 * @author Cognito Session contributors
 */
final class PreTokenGeneration {

	/** Claims a trigger cannot change (Cognito ignores them too). */
	static final Set<String> PROTECTED_CLAIMS = Set.of("acr", "amr", "aud", "auth_time", "azp", "client_id",
			"cognito:username", "event_id", "exp", "iat", "identities", "iss", "jti", "nbf", "nonce", "origin_jti",
			"scope", "sub", "token_use", "username", "at_hash", "device_key");

	private final Triggers triggers;

	PreTokenGeneration(Triggers triggers) {
		this.triggers = Objects.requireNonNull(triggers, "triggers cannot be null");
	}

	/**
	 * Call the trigger, if the pool has one.
	 * @param pool the pool
	 * @param client the client
	 * @param user the user
	 * @param source why tokens are issued
	 * @param groups the user's group claims as Cognito would issue them
	 * @param scopes the access token's scopes
	 * @param clientMetadata the caller's client metadata
	 * @return what the trigger changes, {@link Overrides#NONE} without a trigger
	 */
	Overrides apply(UserPool pool, AppClient client, PoolUser user, TokenSource source, GroupClaims groups,
			List<String> scopes, Map<String, String> clientMetadata) {
		if (!this.triggers.has(pool.id(), TriggerType.PRE_TOKEN_GENERATION)) {
			return Overrides.NONE;
		}
		boolean v2 = !"V1_0".equals(pool.settings().preTokenGenerationVersion());
		Map<String, Object> request = new LinkedHashMap<>();
		request.put("userAttributes", user.orderedAttributes());
		Map<String, Object> groupConfiguration = new LinkedHashMap<>();
		groupConfiguration.put("groupsToOverride", groups.groups());
		groupConfiguration.put("iamRolesToOverride", groups.roles());
		groupConfiguration.put("preferredRole", groups.preferredRole());
		request.put("groupConfiguration", groupConfiguration);
		if (v2) {
			request.put("scopes", scopes);
		}
		request.put("clientMetadata", new LinkedHashMap<>(clientMetadata));
		TriggerEvent event = TriggerEvent.of(TriggerType.PRE_TOKEN_GENERATION, source.triggerSource(), v2 ? "2" : "1",
				pool.region(), pool.id(), user.username(), client.clientId(), request);
		this.triggers.invoke(TriggerType.PRE_TOKEN_GENERATION, event);
		return v2 ? version2(event.response(), groups) : version1(event.response(), groups);
	}

	private static Overrides version1(Map<String, Object> response, GroupClaims groups) {
		Map<String, Object> details = map(response.get("claimsOverrideDetails"));
		return new Overrides(claims(details.get("claimsToAddOrOverride")), strings(details.get("claimsToSuppress")),
				Map.of(), List.of(), List.of(), List.of(), groups(details.get("groupOverrideDetails"), groups));
	}

	private static Overrides version2(Map<String, Object> response, GroupClaims groups) {
		Map<String, Object> details = map(response.get("claimsAndScopeOverrideDetails"));
		Map<String, Object> id = map(details.get("idTokenGeneration"));
		Map<String, Object> access = map(details.get("accessTokenGeneration"));
		return new Overrides(claims(id.get("claimsToAddOrOverride")), strings(id.get("claimsToSuppress")),
				claims(access.get("claimsToAddOrOverride")), strings(access.get("claimsToSuppress")),
				strings(access.get("scopesToAdd")), strings(access.get("scopesToSuppress")),
				groups(details.get("groupOverrideDetails"), groups));
	}

	private static GroupClaims groups(Object value, GroupClaims groups) {
		if (!(value instanceof Map<?, ?>)) {
			return groups;
		}
		Map<String, Object> details = map(value);
		List<String> names = details.containsKey("groupsToOverride") ? strings(details.get("groupsToOverride"))
				: groups.groups();
		List<String> roles = details.containsKey("iamRolesToOverride") ? strings(details.get("iamRolesToOverride"))
				: groups.roles();
		String preferred = details.containsKey("preferredRole") ? (String) details.get("preferredRole")
				: groups.preferredRole();
		return new GroupClaims(names, roles, preferred);
	}

	private static Map<String, Object> claims(Object value) {
		Map<String, Object> claims = new LinkedHashMap<>(map(value));
		claims.keySet().removeIf(PROTECTED_CLAIMS::contains);
		return claims;
	}

	@SuppressWarnings("unchecked")
	private static Map<String, Object> map(Object value) {
		return (value instanceof Map<?, ?> map) ? (Map<String, Object>) map : Map.of();
	}

	private static List<String> strings(Object value) {
		List<String> strings = new ArrayList<>();
		if (value instanceof List<?> list) {
			list.forEach((item) -> strings.add(String.valueOf(item)));
		}
		return strings;
	}

	/**
	 * What a trigger changes.
	 *
	 * @param idClaims claims to add to or override in the ID token
	 * @param idSuppressed claims to leave out of the ID token
	 * @param accessClaims claims to add to or override in the access token (V2)
	 * @param accessSuppressed claims to leave out of the access token (V2)
	 * @param scopesToAdd scopes to add to the access token (V2)
	 * @param scopesToSuppress scopes to remove from the access token (V2)
	 * @param groups the group claims to issue
	 */
	record Overrides(Map<String, Object> idClaims, List<String> idSuppressed, Map<String, Object> accessClaims,
			List<String> accessSuppressed, List<String> scopesToAdd, List<String> scopesToSuppress,
			GroupClaims groups) {

		static final Overrides NONE = new Overrides(Map.of(), List.of(), Map.of(), List.of(), List.of(), List.of(),
				null);

	}

}
