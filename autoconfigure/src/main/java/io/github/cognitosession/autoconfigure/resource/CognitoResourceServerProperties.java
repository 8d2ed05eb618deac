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
package io.github.cognitosession.autoconfigure.resource;

import java.util.List;

import io.github.cognitosession.autoconfigure.InvalidCognitoConfigurationException;
import io.github.cognitosession.resource.CognitoGrantedAuthoritiesConverter;

import org.springframework.beans.factory.InitializingBean;
import org.springframework.boot.context.properties.ConfigurationProperties;

/**
 * Settings of the resource server: an API that accepts the user pool's access tokens.
 *
 * @author Cognito Session contributors
 */
@ConfigurationProperties("cognito.resource-server")
public class CognitoResourceServerProperties implements InitializingBean {

	/**
	 * Whether an API (a servlet web application with Spring Security's resource server)
	 * accepts the user pool's access tokens.
	 */
	private boolean enabled = true;

	/**
	 * App clients whose access tokens are accepted (their client_id). Default:
	 * cognito.user-pool.client-id; empty: any app client of the user pool.
	 */
	private List<String> clientIds;

	/**
	 * Prefix of the authorities made of the user's groups (cognito:groups); empty for the
	 * group names as they are.
	 */
	private String groupAuthorityPrefix = CognitoGrantedAuthoritiesConverter.DEFAULT_GROUP_PREFIX;

	/**
	 * Prefix of the authorities made of the token's scopes.
	 */
	private String scopeAuthorityPrefix = CognitoGrantedAuthoritiesConverter.DEFAULT_SCOPE_PREFIX;

	public boolean isEnabled() {
		return this.enabled;
	}

	public void setEnabled(boolean enabled) {
		this.enabled = enabled;
	}

	public List<String> getClientIds() {
		return this.clientIds;
	}

	public void setClientIds(List<String> clientIds) {
		this.clientIds = clientIds;
	}

	public String getGroupAuthorityPrefix() {
		return this.groupAuthorityPrefix;
	}

	public void setGroupAuthorityPrefix(String groupAuthorityPrefix) {
		this.groupAuthorityPrefix = groupAuthorityPrefix;
	}

	public String getScopeAuthorityPrefix() {
		return this.scopeAuthorityPrefix;
	}

	public void setScopeAuthorityPrefix(String scopeAuthorityPrefix) {
		this.scopeAuthorityPrefix = scopeAuthorityPrefix;
	}

	/**
	 * The accepted client ids: the configured ones (trimmed), else the given default.
	 * @param defaultClientId the user pool's app client id
	 * @return the client ids, empty for any client of the pool
	 */
	public List<String> determineClientIds(String defaultClientId) {
		return (this.clientIds != null) ? this.clientIds.stream().map(String::trim).toList() : List.of(defaultClientId);
	}

	@Override
	public void afterPropertiesSet() {
		if (this.clientIds != null && this.clientIds.stream().anyMatch((id) -> id == null || id.isBlank())) {
			throw new InvalidCognitoConfigurationException("cognito.resource-server.client-ids",
					"contains a blank client id",
					"List the app client ids separated by commas without empty entries, or set it empty "
							+ "(cognito.resource-server.client-ids=) to accept tokens of any app client of the pool.");
		}
		if (this.groupAuthorityPrefix == null || this.groupAuthorityPrefix.chars().anyMatch(Character::isWhitespace)) {
			throw new InvalidCognitoConfigurationException("cognito.resource-server.group-authority-prefix",
					"is '" + this.groupAuthorityPrefix + "', which is not a prefix without spaces",
					"Set cognito.resource-server.group-authority-prefix to a prefix such as ROLE_, or empty for the "
							+ "group names as they are.");
		}
		if (this.scopeAuthorityPrefix == null || this.scopeAuthorityPrefix.chars().anyMatch(Character::isWhitespace)) {
			throw new InvalidCognitoConfigurationException("cognito.resource-server.scope-authority-prefix",
					"is '" + this.scopeAuthorityPrefix + "', which is not a prefix without spaces",
					"Set cognito.resource-server.scope-authority-prefix to a prefix such as SCOPE_.");
		}
	}

}
