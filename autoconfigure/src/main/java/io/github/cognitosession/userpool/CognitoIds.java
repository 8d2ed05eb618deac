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
package io.github.cognitosession.userpool;

import java.net.URI;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The one place that knows Cognito's id formats and the names derived from them: the
 * region a pool id starts with, a user pool's issuer URL and its identity-pool logins
 * key.
 *
 * @author Cognito Session contributors
 */
public final class CognitoIds {

	/**
	 * Cognito's own pattern for {@code UserPoolId}: {@code <region>_<id>}.
	 */
	public static final Pattern USER_POOL_ID = Pattern.compile("([\\w-]+)_([0-9a-zA-Z]+)");

	/**
	 * Cognito's {@code IdentityPoolId}: {@code <region>:<uuid>}.
	 */
	public static final Pattern IDENTITY_POOL_ID = Pattern
		.compile("([\\w-]+):([0-9a-fA-F]{8}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{12})");

	/**
	 * An AWS region name, e.g. {@code eu-west-1}.
	 */
	public static final Pattern REGION = Pattern.compile("[a-z0-9]+(-[a-z0-9]+)*");

	/**
	 * The identity-pool logins key of developer-authenticated identities.
	 */
	public static final String DEVELOPER_PROVIDER_KEY = "cognito-identity.amazonaws.com";

	private CognitoIds() {
	}

	/**
	 * The region a user pool id starts with.
	 * @param userPoolId the user pool id
	 * @return the region, or {@code null} when the id is not a user pool id
	 */
	public static String regionOfUserPoolId(String userPoolId) {
		return group(USER_POOL_ID, userPoolId, 1);
	}

	/**
	 * The region an identity pool id starts with.
	 * @param identityPoolId the identity pool id
	 * @return the region, or {@code null} when the id is not an identity pool id
	 */
	public static String regionOfIdentityPoolId(String identityPoolId) {
		return group(IDENTITY_POOL_ID, identityPoolId, 1);
	}

	/**
	 * The pool name SRP hashes: the part of the user pool id after {@code _}.
	 * @param userPoolId the user pool id
	 * @return the pool name, or {@code null} when the id is not a user pool id
	 */
	public static String poolNameOfUserPoolId(String userPoolId) {
		return group(USER_POOL_ID, userPoolId, 2);
	}

	/**
	 * The issuer of a user pool's tokens on AWS.
	 * @param region the user pool's region
	 * @param userPoolId the user pool id
	 * @return {@code https://cognito-idp.<region>.amazonaws.com/<userPoolId>}
	 */
	public static URI userPoolIssuer(String region, String userPoolId) {
		return URI.create(userPoolEndpoint(region) + "/" + userPoolId);
	}

	/**
	 * Where a pool's signing keys are, given its issuer (or the pool's URL under an
	 * endpoint override): Cognito's OIDC convention.
	 * @param issuer the issuer, e.g.
	 * {@code https://cognito-idp.<region>.amazonaws.com/<pool>}
	 * @return {@code <issuer>/.well-known/jwks.json}
	 */
	public static URI jwkSetUriOf(String issuer) {
		return URI.create(issuer.replaceAll("/+$", "") + "/.well-known/jwks.json");
	}

	/**
	 * Cognito's user-pool endpoint in a region.
	 * @param region the region
	 * @return {@code https://cognito-idp.<region>.amazonaws.com}
	 */
	public static String userPoolEndpoint(String region) {
		return "https://cognito-idp." + region + ".amazonaws.com";
	}

	/**
	 * The identity-pool logins key of a Cognito user pool.
	 * @param region the user pool's region
	 * @param userPoolId the user pool id
	 * @return {@code cognito-idp.<region>.amazonaws.com/<userPoolId>}
	 */
	public static String userPoolLoginsKey(String region, String userPoolId) {
		return "cognito-idp." + region + ".amazonaws.com/" + userPoolId;
	}

	private static String group(Pattern pattern, String id, int group) {
		if (id == null) {
			return null;
		}
		Matcher matcher = pattern.matcher(id.trim());
		return matcher.matches() ? matcher.group(group) : null;
	}

}
