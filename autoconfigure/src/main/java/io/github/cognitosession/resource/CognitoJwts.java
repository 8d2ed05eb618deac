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
package io.github.cognitosession.resource;

import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.util.UUID;

import org.springframework.security.oauth2.jwt.Jwt;
import org.springframework.util.Assert;

/**
 * Cognito-shaped {@link Jwt} values for tests that skip the signature, such as those with
 * Spring Security's {@code jwt()} request post-processor:
 *
 * <pre class="code">
 * mvc.perform(get("/api/admin").with(jwt()
 *         .jwt(CognitoJwts.accessToken("alice").claim("cognito:groups", List.of("admin")).build())
 *         .authorities(new CognitoGrantedAuthoritiesConverter())))
 *     .andExpect(status().isOk());
 * </pre>
 *
 * The claims are those of Cognito's access tokens ({@code token_use}, {@code client_id},
 * {@code username}, {@code scope}, {@code iss}, {@code iat}, {@code exp}, ...), each one
 * replaceable on the returned builder. For a test with real, signed tokens use Local
 * Cognito (module {@code cognito-session-test}).
 *
 * @author Cognito Session contributors
 */
public final class CognitoJwts {

	/**
	 * The issuer of the tokens, a pool of region {@code us-east-1}.
	 */
	public static final String ISSUER = "https://cognito-idp.us-east-1.amazonaws.com/us-east-1_TestPool1";

	/**
	 * The {@code client_id} of users' tokens.
	 */
	public static final String CLIENT_ID = "testclient1234567890abcdef";

	private CognitoJwts() {
	}

	/**
	 * A user's access token from the user-pool API (scope
	 * {@code aws.cognito.signin.user.admin}), valid for an hour from now, with a
	 * {@code sub} derived from the username.
	 * @param username the username
	 * @return a builder of the token, to add {@code cognito:groups} or change any claim
	 */
	public static Jwt.Builder accessToken(String username) {
		Assert.hasText(username, "username cannot be empty");
		return token(UUID.nameUUIDFromBytes(username.getBytes(StandardCharsets.UTF_8)).toString(), CLIENT_ID)
			.claim("username", username)
			.claim("scope", "aws.cognito.signin.user.admin")
			.claim("origin_jti", UUID.randomUUID().toString())
			.claim("event_id", UUID.randomUUID().toString());
	}

	/**
	 * An app client's own access token (client credentials): its {@code sub} and
	 * {@code client_id} are the client id, no username, the given resource-server scopes.
	 * @param clientId the app client id
	 * @param scopes the scopes, e.g. {@code orders/read}
	 * @return a builder of the token
	 */
	public static Jwt.Builder clientCredentials(String clientId, String... scopes) {
		Assert.hasText(clientId, "clientId cannot be empty");
		return token(clientId, clientId).claim("scope", String.join(" ", scopes));
	}

	private static Jwt.Builder token(String subject, String clientId) {
		Instant now = Instant.now();
		return Jwt.withTokenValue("cognito-test-token")
			.header("alg", "RS256")
			.header("kid", "test-key")
			.subject(subject)
			.issuer(ISSUER)
			.claim("client_id", clientId)
			.claim("token_use", "access")
			.claim("auth_time", now.getEpochSecond())
			.claim("version", 2)
			.issuedAt(now)
			.expiresAt(now.plus(Duration.ofHours(1)))
			.jti(UUID.randomUUID().toString());
	}

}
