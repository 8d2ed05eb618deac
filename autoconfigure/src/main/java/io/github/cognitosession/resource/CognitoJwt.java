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

import java.time.Instant;
import java.util.List;

import io.github.cognitosession.exception.UntrustedValue;

import org.springframework.security.core.Authentication;
import org.springframework.security.oauth2.jwt.Jwt;
import org.springframework.security.oauth2.server.resource.authentication.JwtAuthenticationToken;
import org.springframework.util.Assert;

/**
 * What an API wants to know of a Cognito access token, by name: the user's
 * {@code username} and {@code sub}, their groups ({@code cognito:groups}, as they are),
 * the granted scopes ({@code scope}) and the app client ({@code client_id}). A
 * machine-to-machine token (client credentials) has no username: its subject is the app
 * client.
 *
 * <pre class="code">
 * &#64;GetMapping("/api/me")
 * Map&lt;String, Object&gt; me(&#64;AuthenticationPrincipal Jwt jwt) {
 *     CognitoJwt token = CognitoJwt.of(jwt);
 *     return Map.of("username", token.getUsername(), "groups", token.getGroups());
 * }
 * </pre>
 *
 * Immutable; {@link #toString()} never prints the token.
 *
 * @author Cognito Session contributors
 */
public final class CognitoJwt {

	/**
	 * The claim of the user's groups.
	 */
	public static final String GROUPS_CLAIM = "cognito:groups";

	private final Jwt jwt;

	private final List<String> groups;

	private final List<String> scopes;

	private CognitoJwt(Jwt jwt) {
		this.jwt = jwt;
		List<String> groupList = jwt.hasClaim(GROUPS_CLAIM) ? jwt.getClaimAsStringList(GROUPS_CLAIM) : null;
		this.groups = (groupList != null) ? List.copyOf(groupList) : List.of();
		String scope = jwt.getClaimAsString("scope");
		this.scopes = (scope != null && !scope.isBlank()) ? List.of(scope.trim().split("\\s+")) : List.of();
	}

	/**
	 * A view of a verified access token.
	 * @param jwt the token
	 * @return the view
	 */
	public static CognitoJwt of(Jwt jwt) {
		Assert.notNull(jwt, "jwt cannot be null");
		return new CognitoJwt(jwt);
	}

	/**
	 * The token of an authentication made from a bearer JWT (the resource server's, or
	 * Spring Security's {@code jwt()} test post-processor's).
	 * @param authentication the authentication, e.g. of the security context
	 * @return the view
	 * @throws IllegalArgumentException if the authentication carries no JWT
	 */
	public static CognitoJwt from(Authentication authentication) {
		if (authentication instanceof JwtAuthenticationToken token) {
			return of(token.getToken());
		}
		if (authentication != null && authentication.getPrincipal() instanceof Jwt jwt) {
			return of(jwt);
		}
		throw new IllegalArgumentException("The authentication " + ((authentication != null)
				? "is a " + authentication.getClass().getSimpleName() + ", not" : "is null,")
				+ " an authentication with a bearer JWT");
	}

	/**
	 * The user's {@code username}.
	 * @return the username, or {@code null} for a machine-to-machine token
	 */
	public String getUsername() {
		return this.jwt.getClaimAsString("username");
	}

	/**
	 * The {@code sub}: the user's id, or for a machine-to-machine token the app client's.
	 * @return the subject
	 */
	public String getSubject() {
		return this.jwt.getSubject();
	}

	/**
	 * The principal's name: the username, else (machine to machine) the subject.
	 * @return the name
	 */
	public String getName() {
		String username = getUsername();
		return (username != null) ? username : getSubject();
	}

	/**
	 * The user's groups ({@code cognito:groups}) as they are named in the pool.
	 * @return the groups, empty when none
	 */
	public List<String> getGroups() {
		return this.groups;
	}

	/**
	 * The granted scopes ({@code scope}), e.g. {@code aws.cognito.signin.user.admin},
	 * {@code openid} or a resource server's {@code orders/read}.
	 * @return the scopes, empty when none
	 */
	public List<String> getScopes() {
		return this.scopes;
	}

	/**
	 * The app client the token was issued to ({@code client_id}).
	 * @return the client id
	 */
	public String getClientId() {
		return this.jwt.getClaimAsString("client_id");
	}

	/**
	 * Whether the user is a member of a group.
	 * @param group the group name
	 * @return whether the token lists the group
	 */
	public boolean hasGroup(String group) {
		return this.groups.contains(group);
	}

	/**
	 * Whether the token was granted a scope.
	 * @param scope the scope
	 * @return whether the token lists the scope
	 */
	public boolean hasScope(String scope) {
		return this.scopes.contains(scope);
	}

	/**
	 * Whether the token was issued to an app client for itself (client credentials), not
	 * to a user.
	 * @return whether the token has no username
	 */
	public boolean isMachineToMachine() {
		return getUsername() == null;
	}

	/**
	 * When the token expires.
	 * @return the {@code exp} claim
	 */
	public Instant getExpiresAt() {
		return this.jwt.getExpiresAt();
	}

	/**
	 * The token itself, e.g. for claims this view does not name.
	 * @return the JWT
	 */
	public Jwt getJwt() {
		return this.jwt;
	}

	@Override
	public String toString() {
		return "CognitoJwt[name=" + UntrustedValue.sanitize(getName()) + ", clientId="
				+ UntrustedValue.sanitize(getClientId()) + ", groups=" + UntrustedValue.sanitize(this.groups)
				+ ", scopes=" + UntrustedValue.sanitize(this.scopes) + ", expiresAt=" + getExpiresAt()
				+ ", value=[PROTECTED]]";
	}

}
