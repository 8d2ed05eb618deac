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

package io.github.cognitosession.local.userpool.operations;

import java.util.Locale;
import java.util.Set;
import java.util.function.Predicate;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import io.github.cognitosession.local.server.CognitoError;
import io.github.cognitosession.local.userpool.PoolUser;

/**
 * ListUsers' {@code Filter}: {@code attribute = "value"} (exact) or
 * {@code attribute ^= "value"} (prefix), on the attributes Cognito lets you search.
 * {@code cognito:user_status} and {@code email} compare without case; the others,
 * {@code username} included, with case.
 *
 * @author Cognito Session contributors
 */
final class UserFilter {

	private static final Pattern SYNTAX = Pattern
		.compile("\\s*\"?([A-Za-z_:]+)\"?\\s*(\\^?=)\\s*\"((?:[^\"\\\\]|\\\\.)*)\"\\s*");

	private static final Set<String> SEARCHABLE = Set.of("username", "email", "phone_number", "name", "given_name",
			"family_name", "preferred_username", "cognito:user_status", "status", "sub");

	private UserFilter() {
	}

	/**
	 * Parse a filter.
	 * @param filter the filter, {@code null} or empty for all users
	 * @return the predicate
	 * @throws CognitoError {@code InvalidParameterException} for a malformed filter or an
	 * attribute that cannot be searched
	 */
	static Predicate<PoolUser> parse(String filter) {
		if (filter == null || filter.isBlank()) {
			return (user) -> true;
		}
		Matcher matcher = SYNTAX.matcher(filter);
		if (!matcher.matches()) {
			throw CognitoError.invalidParameter("Error while parsing filter.");
		}
		String attribute = matcher.group(1);
		if (!SEARCHABLE.contains(attribute)) {
			throw CognitoError.invalidParameter("Invalid search attribute: " + attribute);
		}
		boolean prefix = "^=".equals(matcher.group(2));
		String value = matcher.group(3).replaceAll("\\\\(.)", "$1");
		boolean ignoreCase = "cognito:user_status".equals(attribute) || "email".equals(attribute);
		return (user) -> matches(actual(user, attribute), value, prefix, ignoreCase);
	}

	private static String actual(PoolUser user, String attribute) {
		return switch (attribute) {
			case "username" -> user.username();
			case "cognito:user_status" -> (user.status() != null) ? user.status().name() : null;
			case "status" -> user.enabled() ? "Enabled" : "Disabled";
			default -> user.attribute(attribute);
		};
	}

	private static boolean matches(String actual, String value, boolean prefix, boolean ignoreCase) {
		if (actual == null) {
			return false;
		}
		String left = ignoreCase ? actual.toLowerCase(Locale.ROOT) : actual;
		String right = ignoreCase ? value.toLowerCase(Locale.ROOT) : value;
		return prefix ? left.startsWith(right) : left.equals(right);
	}

}
