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

package io.github.cognitosession.local.userpool;

import java.security.SecureRandom;
import java.time.Clock;
import java.time.Instant;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ConcurrentHashMap;

import io.github.cognitosession.local.jwk.PoolSigningKey;
import io.github.cognitosession.local.jwk.SigningKeys;
import io.github.cognitosession.local.server.CognitoError;
import tools.jackson.databind.node.ObjectNode;

/**
 * All user pools of one emulator, with indexes from client id to client and from domain
 * to pool. Thread-safe.
 *
 * @author Cognito Session contributors
 */
public final class UserPools {

	private static final String ID_ALPHABET = "ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789";

	private static final String CLIENT_ID_ALPHABET = "abcdefghijklmnopqrstuvwxyz0123456789";

	private final String region;

	private final Clock clock;

	private final SecureRandom random;

	private final SigningKeys signingKeys = new SigningKeys();

	private final Map<String, UserPool> pools = new ConcurrentHashMap<>();

	private final Map<String, AppClient> clients = new ConcurrentHashMap<>();

	private final Map<String, String> domains = new ConcurrentHashMap<>();

	public UserPools(String region, Clock clock, SecureRandom random) {
		this.region = Objects.requireNonNull(region, "region cannot be null");
		this.clock = Objects.requireNonNull(clock, "clock cannot be null");
		this.random = Objects.requireNonNull(random, "random cannot be null");
	}

	public String region() {
		return this.region;
	}

	/**
	 * Create a pool with an id like Cognito's ({@code us-east-1_AbC123xyZ}).
	 * @param settings the pool's settings
	 * @return the pool
	 */
	public UserPool create(UserPoolSettings settings) {
		String id = this.region + "_" + randomString(ID_ALPHABET, 9);
		UserPool pool = new UserPool(id, settings, this.clock.instant(), this.signingKeys.next());
		this.pools.put(id, pool);
		return pool;
	}

	/**
	 * Find a pool.
	 * @param poolId the id
	 * @return the pool
	 * @throws CognitoError {@code ResourceNotFoundException} when absent
	 */
	public UserPool pool(String poolId) {
		UserPool pool = (poolId != null) ? this.pools.get(poolId) : null;
		if (pool == null) {
			throw CognitoError.resourceNotFound("User pool " + poolId + " does not exist.");
		}
		return pool;
	}

	public UserPool findPool(String poolId) {
		return (poolId != null) ? this.pools.get(poolId) : null;
	}

	/**
	 * The pools in the order they were created.
	 * @return a copy
	 */
	public List<UserPool> pools() {
		return this.pools.values()
			.stream()
			.sorted(Comparator.comparing(UserPool::createdAt).thenComparing(UserPool::id))
			.toList();
	}

	/**
	 * Delete a pool with its clients and domain.
	 * @param pool the pool
	 */
	public void delete(UserPool pool) {
		this.pools.remove(pool.id());
		pool.clients().forEach((client) -> this.clients.remove(client.clientId()));
		if (pool.domain() != null) {
			this.domains.remove(pool.domain());
		}
	}

	/**
	 * Create an app client.
	 * @param pool the pool
	 * @param generateSecret whether the client gets a secret
	 * @param settings the client's settings in CreateUserPoolClient's shape
	 * @return the client
	 */
	public AppClient createClient(UserPool pool, boolean generateSecret, ObjectNode settings) {
		String clientId = randomString(CLIENT_ID_ALPHABET, 26);
		String secret = generateSecret ? randomString(CLIENT_ID_ALPHABET, 51) : null;
		Instant now = this.clock.instant();
		AppClient client = new AppClient(pool.id(), clientId, secret, now, now, settings);
		pool.addClient(client);
		this.clients.put(clientId, client);
		return client;
	}

	/**
	 * Replace a client with its updated version.
	 * @param client the updated client
	 */
	public void replaceClient(AppClient client) {
		pool(client.poolId()).replaceClient(client);
		this.clients.replace(client.clientId(), client);
	}

	/**
	 * Delete a client.
	 * @param pool the pool
	 * @param clientId the client id
	 * @throws CognitoError {@code ResourceNotFoundException} when absent
	 */
	public void deleteClient(UserPool pool, String clientId) {
		if (pool.removeClient(clientId) == null) {
			throw CognitoError.resourceNotFound("User pool client " + clientId + " does not exist.");
		}
		this.clients.remove(clientId);
	}

	/**
	 * Find a client by id, in any pool.
	 * @param clientId the client id
	 * @return the client
	 * @throws CognitoError {@code ResourceNotFoundException} when absent
	 */
	public AppClient client(String clientId) {
		AppClient client = (clientId != null) ? this.clients.get(clientId) : null;
		if (client == null) {
			throw CognitoError.resourceNotFound("User pool client " + clientId + " does not exist.");
		}
		return client;
	}

	/**
	 * Give a pool a domain prefix.
	 * @param pool the pool
	 * @param domain the prefix
	 * @param settings the domain's settings
	 * @throws CognitoError when the pool has one or another pool has this one
	 */
	public void addDomain(UserPool pool, String domain, ObjectNode settings) {
		if (pool.domain() != null) {
			throw CognitoError.invalidParameter("User pool already has a domain configured.");
		}
		if (this.domains.putIfAbsent(domain, pool.id()) != null) {
			throw CognitoError.invalidParameter("Domain already associated with another user pool.");
		}
		pool.setDomain(domain, settings);
	}

	/**
	 * Change a domain's settings (UpdateUserPoolDomain).
	 * @param pool the pool
	 * @param domain the prefix the caller named
	 * @param settings the new settings
	 */
	public void updateDomain(UserPool pool, String domain, ObjectNode settings) {
		if (!domain.equals(pool.domain())) {
			throw CognitoError.invalidParameter("No such domain or user pool exists.");
		}
		pool.setDomain(domain, settings);
	}

	/**
	 * The pool a domain prefix belongs to.
	 * @param domain the prefix
	 * @return the pool or {@code null}
	 */
	public UserPool poolOfDomain(String domain) {
		String poolId = this.domains.get(domain);
		return (poolId != null) ? this.pools.get(poolId) : null;
	}

	/**
	 * Take a pool's domain away.
	 * @param pool the pool
	 * @param domain the prefix the caller named
	 */
	public void removeDomain(UserPool pool, String domain) {
		if (!domain.equals(pool.domain()) || !this.domains.remove(domain, pool.id())) {
			throw CognitoError.invalidParameter("No such domain or user pool exists.");
		}
		pool.setDomain(null, null);
	}

	/**
	 * Put back a pool read from the data directory.
	 * @param pool the pool
	 */
	void restore(UserPool pool) {
		this.pools.put(pool.id(), pool);
		pool.clients().forEach((client) -> this.clients.put(client.clientId(), client));
		if (pool.domain() != null) {
			this.domains.put(pool.domain(), pool.id());
		}
	}

	/**
	 * Make a pool with a restored key, for the data directory.
	 */
	UserPool restoredPool(String id, UserPoolSettings settings, Instant createdAt, PoolSigningKey key) {
		return new UserPool(id, settings, createdAt, CompletableFuture.completedFuture(key));
	}

	private String randomString(String alphabet, int length) {
		StringBuilder result = new StringBuilder(length);
		for (int i = 0; i < length; i++) {
			result.append(alphabet.charAt(this.random.nextInt(alphabet.length())));
		}
		return result.toString();
	}

}
