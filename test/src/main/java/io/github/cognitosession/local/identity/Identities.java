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

import java.util.HashMap;
import java.util.HashSet;
import java.util.Map;
import java.util.Set;
import java.util.UUID;

import io.github.cognitosession.local.server.CognitoError;

/**
 * Identity pools, their identities and the logins linked to them. All methods are
 * synchronized: linking must see a consistent view of identities and logins.
 *
 * @author Cognito Session contributors
 */
public final class Identities {

	private final String region;

	private final Map<String, IdentityPool> pools = new HashMap<>();

	private final Map<String, Identity> identities = new HashMap<>();

	private final Map<String, String> identityByLogin = new HashMap<>();

	public Identities(String region) {
		this.region = region;
	}

	public synchronized IdentityPool add(IdentityPoolSettings settings) {
		IdentityPool pool = settings.toPool(this.region + ":" + UUID.randomUUID());
		this.pools.put(pool.id(), pool);
		return pool;
	}

	public synchronized IdentityPool pool(String id) {
		IdentityPool pool = (id != null) ? this.pools.get(id) : null;
		if (pool == null) {
			throw CognitoError.resourceNotFound("IdentityPool '" + id + "' not found.");
		}
		return pool;
	}

	/**
	 * A new identity without logins (a guest).
	 * @param pool the pool
	 * @return the identity id
	 */
	public synchronized String newGuest(IdentityPool pool) {
		return create(pool).id;
	}

	/**
	 * The identity linked to any of the logins, or a new one linked to all of them.
	 * @param pool the pool
	 * @param logins verified logins ({@code provider|subject})
	 * @return the identity id
	 */
	public synchronized String forLogins(IdentityPool pool, Set<String> logins) {
		String existing = linked(pool, logins);
		if (existing != null) {
			link(this.identities.get(existing), logins);
			return existing;
		}
		Identity identity = create(pool);
		link(identity, logins);
		return identity.id;
	}

	/**
	 * Resolve the identity a credentials call acts for, linking a guest identity to the
	 * logins as Cognito does.
	 * @param pool the pool
	 * @param identityId the identity id the caller sent
	 * @param logins verified logins, empty for a guest call
	 * @return the identity id to issue credentials for
	 */
	public synchronized String resolve(IdentityPool pool, String identityId, Set<String> logins) {
		Identity identity = this.identities.get(identityId);
		if (identity == null || !identity.poolId.equals(pool.id())) {
			throw CognitoError.resourceNotFound("Identity '" + identityId + "' not found.");
		}
		if (logins.isEmpty()) {
			if (!identity.logins.isEmpty()) {
				throw CognitoError.notAuthorized(
						"Logins don't match. Please include at least one valid login for this identity or identity pool.");
			}
			if (!pool.allowUnauthenticated()) {
				throw CognitoError.notAuthorized("Unauthenticated access is not supported for this identity pool.");
			}
			return identity.id;
		}
		if (!identity.logins.isEmpty()) {
			if (identity.logins.stream().noneMatch(logins::contains)) {
				throw CognitoError.notAuthorized(
						"Logins don't match. Please include at least one valid login for this identity or identity pool.");
			}
			link(identity, logins);
			return identity.id;
		}
		String existing = linked(pool, logins);
		if (existing != null) {
			// The guest identity merges into the user's existing identity.
			this.identities.remove(identity.id);
			return existing;
		}
		link(identity, logins);
		return identity.id;
	}

	/**
	 * The pool of an identity.
	 * @param identityId the identity id
	 * @return the identity pool id
	 * @throws CognitoError {@code ResourceNotFoundException} for an unknown identity
	 */
	public synchronized String poolOf(String identityId) {
		Identity identity = this.identities.get(identityId);
		if (identity == null) {
			throw CognitoError.resourceNotFound("Identity '" + identityId + "' not found.");
		}
		return identity.poolId;
	}

	public synchronized boolean isAuthenticated(String identityId) {
		Identity identity = this.identities.get(identityId);
		return identity != null && !identity.logins.isEmpty();
	}

	public synchronized boolean exists(String identityId) {
		return this.identities.containsKey(identityId);
	}

	private String linked(IdentityPool pool, Set<String> logins) {
		for (String login : logins) {
			String id = this.identityByLogin.get(pool.id() + "|" + login);
			if (id != null) {
				return id;
			}
		}
		return null;
	}

	private void link(Identity identity, Set<String> logins) {
		identity.logins.addAll(logins);
		logins.forEach((login) -> this.identityByLogin.put(identity.poolId + "|" + login, identity.id));
	}

	private Identity create(IdentityPool pool) {
		Identity identity = new Identity(this.region + ":" + UUID.randomUUID(), pool.id());
		this.identities.put(identity.id, identity);
		return identity;
	}

	private static final class Identity {

		private final String id;

		private final String poolId;

		private final Set<String> logins = new HashSet<>();

		Identity(String id, String poolId) {
			this.id = id;
			this.poolId = poolId;
		}

	}

}
