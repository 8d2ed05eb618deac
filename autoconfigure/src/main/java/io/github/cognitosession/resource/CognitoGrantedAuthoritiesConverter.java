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

import java.util.ArrayList;
import java.util.Collection;
import java.util.List;

import org.springframework.core.convert.converter.Converter;
import org.springframework.security.core.GrantedAuthority;
import org.springframework.security.core.authority.SimpleGrantedAuthority;
import org.springframework.security.oauth2.jwt.Jwt;
import org.springframework.util.Assert;

/**
 * The authorities of a Cognito access token: a group of {@code cognito:groups} becomes
 * {@code ROLE_<group>} (for {@code hasRole("admin")}) and a scope of {@code scope}
 * becomes {@code SCOPE_<scope>} (for {@code hasAuthority("SCOPE_orders/read")}), each
 * prefix configurable; an empty group prefix gives the groups as they are. Usable on its
 * own with Spring Security's {@code jwt()} test post-processor:
 * {@code jwt().jwt(token).authorities(new CognitoGrantedAuthoritiesConverter())}.
 *
 * @author Cognito Session contributors
 */
public final class CognitoGrantedAuthoritiesConverter implements Converter<Jwt, Collection<GrantedAuthority>> {

	/**
	 * The default prefix of group authorities.
	 */
	public static final String DEFAULT_GROUP_PREFIX = "ROLE_";

	/**
	 * The default prefix of scope authorities.
	 */
	public static final String DEFAULT_SCOPE_PREFIX = "SCOPE_";

	private String groupAuthorityPrefix = DEFAULT_GROUP_PREFIX;

	private String scopeAuthorityPrefix = DEFAULT_SCOPE_PREFIX;

	/**
	 * Set the prefix of group authorities ({@code ROLE_} by default, so that
	 * {@code hasRole(group)} works); empty for the group names as they are.
	 * @param groupAuthorityPrefix the prefix
	 */
	public void setGroupAuthorityPrefix(String groupAuthorityPrefix) {
		Assert.notNull(groupAuthorityPrefix, "groupAuthorityPrefix cannot be null");
		this.groupAuthorityPrefix = groupAuthorityPrefix;
	}

	/**
	 * Set the prefix of scope authorities ({@code SCOPE_} by default, as Spring
	 * Security's own converter).
	 * @param scopeAuthorityPrefix the prefix
	 */
	public void setScopeAuthorityPrefix(String scopeAuthorityPrefix) {
		Assert.notNull(scopeAuthorityPrefix, "scopeAuthorityPrefix cannot be null");
		this.scopeAuthorityPrefix = scopeAuthorityPrefix;
	}

	@Override
	public Collection<GrantedAuthority> convert(Jwt jwt) {
		CognitoJwt token = CognitoJwt.of(jwt);
		List<GrantedAuthority> authorities = new ArrayList<>(token.getGroups().size() + token.getScopes().size());
		for (String group : token.getGroups()) {
			authorities.add(new SimpleGrantedAuthority(this.groupAuthorityPrefix + group));
		}
		for (String scope : token.getScopes()) {
			authorities.add(new SimpleGrantedAuthority(this.scopeAuthorityPrefix + scope));
		}
		return authorities;
	}

}
