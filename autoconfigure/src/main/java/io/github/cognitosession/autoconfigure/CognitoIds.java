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
package io.github.cognitosession.autoconfigure;

import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Formats of Cognito pool ids, and the region each one starts with.
 *
 * @author Cognito Session contributors
 */
public final class CognitoIds {

	/**
	 * Cognito's own pattern for {@code UserPoolId}: {@code <region>_<id>}.
	 */
	static final Pattern USER_POOL_ID = Pattern.compile("([\\w-]+)_([0-9a-zA-Z]+)");

	/**
	 * Cognito's {@code IdentityPoolId}: {@code <region>:<uuid>}.
	 */
	static final Pattern IDENTITY_POOL_ID = Pattern
		.compile("([\\w-]+):([0-9a-fA-F]{8}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{12})");

	static final Pattern REGION = Pattern.compile("[a-z0-9]+(-[a-z0-9]+)*");

	private CognitoIds() {
	}

	/**
	 * The region a user pool id starts with.
	 * @param userPoolId the user pool id
	 * @return the region, or {@code null} when the id is not a user pool id
	 */
	public static String regionOfUserPoolId(String userPoolId) {
		return group(USER_POOL_ID, userPoolId);
	}

	static String regionOfIdentityPoolId(String identityPoolId) {
		return group(IDENTITY_POOL_ID, identityPoolId);
	}

	private static String group(Pattern pattern, String id) {
		if (id == null) {
			return null;
		}
		Matcher matcher = pattern.matcher(id.trim());
		return matcher.matches() ? matcher.group(1) : null;
	}

}
