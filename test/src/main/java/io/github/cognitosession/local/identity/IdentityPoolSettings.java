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
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The settings of a new identity pool, as CreateIdentityPool or the provisioning helper
 * give them.
 *
 * @author Cognito Session contributors
 */
public final class IdentityPoolSettings {

	private String name = "local-identity-pool";

	private boolean allowUnauthenticated;

	private final List<IdentityPool.UserPoolProvider> userPoolProviders = new ArrayList<>();

	private final Map<String, String> supportedLoginProviders = new LinkedHashMap<>();

	public IdentityPoolSettings name(String name) {
		this.name = name;
		return this;
	}

	public IdentityPoolSettings allowUnauthenticated(boolean allow) {
		this.allowUnauthenticated = allow;
		return this;
	}

	public IdentityPoolSettings userPoolProvider(String providerName, String clientId) {
		this.userPoolProviders.add(new IdentityPool.UserPoolProvider(providerName, clientId));
		return this;
	}

	public IdentityPoolSettings supportedLoginProvider(String provider, String appId) {
		this.supportedLoginProviders.put(provider, appId);
		return this;
	}

	IdentityPool toPool(String id) {
		return new IdentityPool(id, this.name, this.allowUnauthenticated, this.userPoolProviders,
				this.supportedLoginProviders);
	}

}
