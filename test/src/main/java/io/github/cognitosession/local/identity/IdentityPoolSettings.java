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

import io.github.cognitosession.local.server.Json;
import tools.jackson.databind.node.ArrayNode;
import tools.jackson.databind.node.ObjectNode;

/**
 * The settings of a new identity pool, built in code (the provisioning helper) in
 * CreateIdentityPool's shape.
 *
 * @author Cognito Session contributors
 */
public final class IdentityPoolSettings {

	private final ObjectNode json = Json.object()
		.put("IdentityPoolName", "local-identity-pool")
		.put("AllowUnauthenticatedIdentities", false);

	public IdentityPoolSettings name(String name) {
		this.json.put("IdentityPoolName", name);
		return this;
	}

	public IdentityPoolSettings allowUnauthenticated(boolean allow) {
		this.json.put("AllowUnauthenticatedIdentities", allow);
		return this;
	}

	public IdentityPoolSettings userPoolProvider(String providerName, String clientId) {
		ArrayNode providers = (this.json.get("CognitoIdentityProviders") instanceof ArrayNode existing) ? existing
				: this.json.putArray("CognitoIdentityProviders");
		providers.addObject()
			.put("ProviderName", providerName)
			.put("ClientId", clientId)
			.put("ServerSideTokenCheck", false);
		return this;
	}

	public IdentityPoolSettings supportedLoginProvider(String provider, String appId) {
		ObjectNode providers = (this.json.get("SupportedLoginProviders") instanceof ObjectNode existing) ? existing
				: this.json.putObject("SupportedLoginProviders");
		providers.put(provider, appId);
		return this;
	}

	/**
	 * The settings as CreateIdentityPool would take them.
	 * @return a copy
	 */
	public ObjectNode toJson() {
		return this.json.deepCopy();
	}

}
