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

import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import io.github.cognitosession.local.server.CognitoError;
import tools.jackson.databind.JsonNode;

/**
 * Which role credentials are for, as Cognito Identity chooses it: the pool's
 * unauthenticated role for guests; for a login whose provider has a role mapping, the
 * token's {@code cognito:preferred_role} ({@code Token} mapping) or the first matching
 * rule ({@code Rules}), else {@code AmbiguousRoleResolution}; otherwise the pool's
 * authenticated role. A {@code CustomRoleArn} must be one of the token's
 * {@code cognito:roles}.
 *
 * @author Cognito Session contributors
 */
final class RoleResolver {

	private RoleResolver() {
	}

	/**
	 * Choose the role.
	 * @param pool the identity pool
	 * @param logins the verified logins, empty for a guest
	 * @param customRoleArn the role asked for, or {@code null}
	 * @return the role ARN, or {@code null} when the pool has no roles
	 * @throws CognitoError {@code NotAuthorizedException} when the mapping denies or the
	 * asked role is not the token's
	 */
	static String resolve(IdentityPool pool, List<LoginVerifier.VerifiedLogin> logins, String customRoleArn) {
		if (logins.isEmpty()) {
			return pool.role("unauthenticated");
		}
		if (customRoleArn != null) {
			boolean granted = logins.stream().anyMatch((login) -> roles(login.claims()).contains(customRoleArn));
			if (!granted) {
				throw CognitoError.notAuthorized(
						"The role " + customRoleArn + " is not one of the roles of the login token (cognito:roles).");
			}
			return customRoleArn;
		}
		for (LoginVerifier.VerifiedLogin login : logins) {
			JsonNode mapping = mapping(pool, login);
			if (mapping == null) {
				continue;
			}
			String role = "Rules".equals(mapping.path("Type").asString()) ? byRules(mapping, login.claims())
					: preferred(login.claims());
			if (role != null) {
				return role;
			}
			if ("Deny".equals(mapping.path("AmbiguousRoleResolution").asString())) {
				throw CognitoError.notAuthorized(
						"The ambiguous role mapping rules for: " + login.provider() + " denied this request.");
			}
		}
		return pool.role("authenticated");
	}

	private static JsonNode mapping(IdentityPool pool, LoginVerifier.VerifiedLogin login) {
		if (login.clientId() != null) {
			JsonNode mapping = pool.roleMapping(login.provider() + ":" + login.clientId());
			if (mapping != null) {
				return mapping;
			}
		}
		return pool.roleMapping(login.provider());
	}

	private static String preferred(Map<String, Object> claims) {
		Object preferred = claims.get("cognito:preferred_role");
		return (preferred != null) ? preferred.toString() : null;
	}

	private static String byRules(JsonNode mapping, Map<String, Object> claims) {
		for (JsonNode rule : mapping.path("RulesConfiguration").path("Rules")) {
			Object claim = claims.get(rule.path("Claim").asString());
			String value = rule.path("Value").asString();
			String actual = (claim instanceof List<?> list)
					? String.join(",", list.stream().map(String::valueOf).toList())
					: (claim != null) ? claim.toString() : null;
			boolean matches = switch (rule.path("MatchType").asString()) {
				case "Equals" -> value.equals(actual);
				case "Contains" ->
					(claim instanceof List<?> list) ? list.contains(value) : actual != null && actual.contains(value);
				case "StartsWith" -> actual != null && actual.startsWith(value);
				case "NotEqual" -> actual != null && !value.equals(actual);
				default -> false;
			};
			if (matches) {
				return rule.path("RoleARN").asString();
			}
		}
		return null;
	}

	private static List<String> roles(Map<String, Object> claims) {
		List<String> roles = new ArrayList<>();
		if (claims.get("cognito:roles") instanceof List<?> list) {
			list.forEach((role) -> roles.add(String.valueOf(role)));
		}
		return roles;
	}

}
