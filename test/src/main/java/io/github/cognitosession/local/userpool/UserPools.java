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
import java.util.Map;
import java.util.Objects;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.UnaryOperator;

import io.github.cognitosession.local.server.CognitoError;
import io.github.cognitosession.local.jwk.SigningKeys;

/**
 * All user pools of one emulator, with an index from client id to client. Thread-safe.
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
	 * @param name the pool name
	 * @return the pool
	 */
	public UserPool create(String name) {
		String id = this.region + "_" + randomString(ID_ALPHABET, 9);
		UserPool pool = new UserPool(id, name, this.clock.instant(), this.signingKeys.next());
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
		return this.pools.get(poolId);
	}

	/**
	 * Create an app client.
	 * @param pool the pool
	 * @param generateSecret whether the client gets a secret
	 * @param settings applies the caller's settings to the builder
	 * @return the client
	 */
	public AppClient createClient(UserPool pool, boolean generateSecret, UnaryOperator<AppClient.Builder> settings) {
		String clientId = randomString(CLIENT_ID_ALPHABET, 26);
		AppClient.Builder builder = AppClient.builder(pool.id(), clientId);
		if (generateSecret) {
			builder.clientSecret(randomString(CLIENT_ID_ALPHABET, 51));
		}
		AppClient client = settings.apply(builder).build();
		pool.addClient(client);
		this.clients.put(clientId, client);
		return client;
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

	private String randomString(String alphabet, int length) {
		StringBuilder result = new StringBuilder(length);
		for (int i = 0; i < length; i++) {
			result.append(alphabet.charAt(this.random.nextInt(alphabet.length())));
		}
		return result.toString();
	}

}
