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

import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;

import io.github.cognitosession.local.server.CognitoError;
import tools.jackson.databind.node.ObjectNode;

/**
 * Identity pools, their identities and the logins linked to them. All methods are
 * synchronized: linking must see a consistent view of identities and logins.
 *
 * @author Cognito Session contributors
 */
public final class Identities {

	private final String region;

	private final Clock clock;

	private final Map<String, IdentityPool> pools = new HashMap<>();

	private final Map<String, Identity> identities = new HashMap<>();

	private final Map<String, String> identityByLogin = new HashMap<>();

	public Identities(String region, Clock clock) {
		this.region = region;
		this.clock = clock;
	}

	/**
	 * Create a pool.
	 * @param settings the settings in CreateIdentityPool's shape
	 * @return the pool
	 */
	public synchronized IdentityPool add(ObjectNode settings) {
		IdentityPool pool = new IdentityPool(this.region + ":" + UUID.randomUUID(), settings, null, null,
				this.clock.instant());
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
	 * The pools in the order they were created.
	 * @return a copy
	 */
	public synchronized List<IdentityPool> pools() {
		return this.pools.values()
			.stream()
			.sorted(Comparator.comparing(IdentityPool::createdAt).thenComparing(IdentityPool::id))
			.toList();
	}

	/**
	 * Replace a pool with its new version (UpdateIdentityPool, SetIdentityPoolRoles).
	 * @param pool the new version
	 */
	public synchronized void replace(IdentityPool pool) {
		pool(pool.id());
		this.pools.put(pool.id(), pool);
	}

	/**
	 * Delete a pool and its identities.
	 * @param id the pool id
	 */
	public synchronized void delete(String id) {
		pool(id);
		this.pools.remove(id);
		List<String> gone = this.identities.values()
			.stream()
			.filter((identity) -> identity.poolId.equals(id))
			.map((identity) -> identity.id)
			.toList();
		gone.forEach(this::forget);
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
			forget(identity.id);
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
		return identity(identityId).poolId;
	}

	public synchronized boolean isAuthenticated(String identityId) {
		Identity identity = this.identities.get(identityId);
		return identity != null && !identity.logins.isEmpty();
	}

	public synchronized boolean exists(String identityId) {
		return this.identities.containsKey(identityId);
	}

	/**
	 * What DescribeIdentity tells about an identity.
	 * @param identityId the identity id
	 * @return the description
	 */
	public synchronized Description describe(String identityId) {
		Identity identity = identity(identityId);
		return description(identity);
	}

	/**
	 * The identities of a pool in the order they were created.
	 * @param poolId the pool
	 * @return their descriptions
	 */
	public synchronized List<Description> identitiesOf(String poolId) {
		return this.identities.values()
			.stream()
			.filter((identity) -> identity.poolId.equals(poolId))
			.sorted(Comparator.comparing((Identity identity) -> identity.createdAt)
				.thenComparing((identity) -> identity.id))
			.map(Identities::description)
			.toList();
	}

	/**
	 * Delete an identity.
	 * @param identityId the identity id
	 * @return whether it existed
	 */
	public synchronized boolean deleteIdentity(String identityId) {
		if (!this.identities.containsKey(identityId)) {
			return false;
		}
		forget(identityId);
		return true;
	}

	private static Description description(Identity identity) {
		List<String> providers = new ArrayList<>();
		identity.logins.forEach((login) -> {
			String provider = login.substring(0, login.indexOf('|'));
			if (!providers.contains(provider)) {
				providers.add(provider);
			}
		});
		return new Description(identity.id, identity.poolId, providers, identity.createdAt, identity.modifiedAt);
	}

	private Identity identity(String identityId) {
		Identity identity = this.identities.get(identityId);
		if (identity == null) {
			throw CognitoError.resourceNotFound("Identity '" + identityId + "' not found.");
		}
		return identity;
	}

	private void forget(String identityId) {
		Identity identity = this.identities.remove(identityId);
		if (identity != null) {
			identity.logins.forEach((login) -> this.identityByLogin.remove(identity.poolId + "|" + login));
		}
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
		if (!identity.logins.containsAll(logins)) {
			identity.modifiedAt = this.clock.instant();
		}
		identity.logins.addAll(logins);
		logins.forEach((login) -> this.identityByLogin.put(identity.poolId + "|" + login, identity.id));
	}

	private Identity create(IdentityPool pool) {
		Instant now = this.clock.instant();
		Identity identity = new Identity(this.region + ":" + UUID.randomUUID(), pool.id(), now);
		this.identities.put(identity.id, identity);
		return identity;
	}

	/**
	 * Everything, for the data directory.
	 * @return the pools and identities
	 */
	synchronized State state() {
		List<IdentityState> identities = this.identities.values()
			.stream()
			.map((identity) -> new IdentityState(identity.id, identity.poolId, List.copyOf(identity.logins),
					identity.createdAt, identity.modifiedAt))
			.toList();
		return new State(List.copyOf(this.pools.values()), identities);
	}

	synchronized void restore(State state) {
		state.pools().forEach((pool) -> this.pools.put(pool.id(), pool));
		for (IdentityState saved : state.identities()) {
			Identity identity = new Identity(saved.id(), saved.poolId(), saved.createdAt());
			identity.modifiedAt = saved.modifiedAt();
			this.identities.put(identity.id, identity);
			link(identity, new LinkedHashSet<>(saved.logins()));
			identity.modifiedAt = saved.modifiedAt();
		}
	}

	/**
	 * What DescribeIdentity and ListIdentities tell about an identity.
	 *
	 * @param id the identity id
	 * @param poolId the identity pool
	 * @param logins the providers it is linked to
	 * @param createdAt when created
	 * @param modifiedAt when last linked
	 */
	public record Description(String id, String poolId, List<String> logins, Instant createdAt, Instant modifiedAt) {

	}

	record State(List<IdentityPool> pools, List<IdentityState> identities) {

	}

	record IdentityState(String id, String poolId, List<String> logins, Instant createdAt, Instant modifiedAt) {

	}

	private static final class Identity {

		private final String id;

		private final String poolId;

		private final Instant createdAt;

		private Instant modifiedAt;

		private final Set<String> logins = new LinkedHashSet<>();

		Identity(String id, String poolId, Instant createdAt) {
			this.id = id;
			this.poolId = poolId;
			this.createdAt = createdAt;
			this.modifiedAt = createdAt;
		}

	}

}
