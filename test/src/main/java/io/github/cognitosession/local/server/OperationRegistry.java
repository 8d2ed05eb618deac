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

package io.github.cognitosession.local.server;

import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;

/**
 * Operations by their {@code X-Amz-Target} header value.
 *
 * @author Cognito Session contributors
 */
public final class OperationRegistry {

	/** The target prefix of the user-pool service. */
	public static final String USER_POOLS = "AWSCognitoIdentityProviderService";

	/** The target prefix of the identity-pool service. */
	public static final String IDENTITY_POOLS = "AWSCognitoIdentityService";

	private final Map<String, Operation> operations = new ConcurrentHashMap<>();

	/**
	 * Add an operation.
	 * @param service the service prefix ({@link #USER_POOLS} or {@link #IDENTITY_POOLS})
	 * @param name the operation name, e.g. {@code InitiateAuth}
	 * @param operation the handler
	 * @return this registry
	 */
	public OperationRegistry add(String service, String name, Operation operation) {
		Objects.requireNonNull(operation, "operation cannot be null");
		if (this.operations.putIfAbsent(service + "." + name, operation) != null) {
			throw new IllegalStateException("Operation " + service + "." + name + " is registered twice");
		}
		return this;
	}

	Operation find(String target) {
		return this.operations.get(target);
	}

	/**
	 * The registered targets, e.g.
	 * {@code AWSCognitoIdentityProviderService.InitiateAuth}.
	 * @return the targets
	 */
	public Set<String> targets() {
		return Set.copyOf(this.operations.keySet());
	}

}
