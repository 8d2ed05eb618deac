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
package io.github.cognitosession.credentials;

import java.util.Optional;

/**
 * Where the identity id of the session's current identity is cached, so that Cognito
 * Identity's {@code GetId} (whose quota is low) is called once per identity rather than
 * once per credentials fetch.
 * <p>
 * The session manager decides when an identity ends: it clears the store on sign-out and
 * when a different user signs in, and keeps it when a guest signs in so that the guest
 * identity is carried into the authenticated one. Implementations must be thread-safe.
 *
 * @author Cognito Session contributors
 * @see InMemoryIdentityIdStore
 */
public interface IdentityIdStore {

	/**
	 * Return the cached identity id. Never performs network I/O.
	 * @return the identity id, or empty when none is cached
	 */
	Optional<String> load();

	/**
	 * Cache the identity id of the current identity.
	 * @param identityId the identity id
	 */
	void save(String identityId);

	/**
	 * Forget the cached identity id. Clearing an empty store is not an error.
	 */
	void clear();

}
