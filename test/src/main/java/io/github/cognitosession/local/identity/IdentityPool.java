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

import java.util.List;
import java.util.Map;
import java.util.Objects;

/**
 * An identity pool. Immutable.
 *
 * @param id the id, {@code <region>:<uuid>}
 * @param name the name
 * @param allowUnauthenticated whether guests get credentials
 * @param userPoolProviders the user-pool providers
 * @param supportedLoginProviders federated providers (e.g. {@code accounts.google.com})
 * to their app ids
 * @author Cognito Session contributors
 */
public record IdentityPool(String id, String name, boolean allowUnauthenticated,
		List<UserPoolProvider> userPoolProviders, Map<String, String> supportedLoginProviders) {

	public IdentityPool {
		Objects.requireNonNull(id, "id cannot be null");
		userPoolProviders = List.copyOf(userPoolProviders);
		supportedLoginProviders = Map.copyOf(supportedLoginProviders);
	}

	/**
	 * A user pool and app client whose ID tokens the identity pool accepts.
	 *
	 * @param providerName {@code cognito-idp.<region>.amazonaws.com/<poolId>}
	 * @param clientId the app client id
	 */
	public record UserPoolProvider(String providerName, String clientId) {

	}

}
