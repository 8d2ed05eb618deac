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

import java.time.Instant;
import java.util.Collection;
import java.util.Map;
import java.util.Objects;
import java.util.UUID;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ConcurrentHashMap;

import io.github.cognitosession.local.server.CognitoError;
import io.github.cognitosession.local.jwk.PoolSigningKey;

/**
 * A user pool: its users, app clients and signing key. Thread-safe.
 *
 * @author Cognito Session contributors
 */
public final class UserPool {

	private final String id;

	private final String name;

	private final Instant createdAt;

	private final CompletableFuture<PoolSigningKey> signingKey;

	private final Map<String, PoolUser> users = new ConcurrentHashMap<>();

	private final Map<String, AppClient> clients = new ConcurrentHashMap<>();

	private volatile boolean mfaRequired;

	private volatile DeviceTracking deviceTracking = DeviceTracking.OFF;

	UserPool(String id, String name, Instant createdAt, CompletableFuture<PoolSigningKey> signingKey) {
		this.id = Objects.requireNonNull(id, "id cannot be null");
		this.name = name;
		this.createdAt = createdAt;
		this.signingKey = signingKey;
	}

	public String id() {
		return this.id;
	}

	public String name() {
		return this.name;
	}

	/**
	 * The part of the pool id after the underscore, which Cognito mixes into SRP.
	 * @return the SRP pool name
	 */
	public String srpPoolName() {
		return this.id.substring(this.id.indexOf('_') + 1);
	}

	public String region() {
		return this.id.substring(0, this.id.indexOf('_'));
	}

	public Instant createdAt() {
		return this.createdAt;
	}

	/**
	 * The pool's signing key, waiting for its background generation if needed.
	 * @return the key
	 */
	public PoolSigningKey signingKey() {
		return this.signingKey.join();
	}

	/**
	 * Whether every user must sign in with a second factor ({@code MfaConfiguration}
	 * {@code ON}): a user without one is asked to set up an authenticator app
	 * ({@code MFA_SETUP}).
	 * @return whether MFA is required
	 */
	public boolean mfaRequired() {
		return this.mfaRequired;
	}

	public void setMfaRequired(boolean mfaRequired) {
		this.mfaRequired = mfaRequired;
	}

	/**
	 * How the pool tracks devices ({@code DeviceConfiguration}).
	 * @return the setting, {@link DeviceTracking#OFF} by default
	 */
	public DeviceTracking deviceTracking() {
		return this.deviceTracking;
	}

	public void setDeviceTracking(DeviceTracking deviceTracking) {
		this.deviceTracking = Objects.requireNonNull(deviceTracking, "deviceTracking cannot be null");
	}

	/**
	 * Add a user.
	 * @param username the username
	 * @param now the creation time
	 * @return the new user
	 * @throws CognitoError {@code UsernameExistsException} when taken
	 */
	public PoolUser addUser(String username, Instant now) {
		PoolUser user = new PoolUser(username, UUID.randomUUID().toString(), now);
		if (this.users.putIfAbsent(username, user) != null) {
			throw CognitoError.of("UsernameExistsException", "User account already exists");
		}
		return user;
	}

	/**
	 * Find a user.
	 * @param username the username
	 * @return the user
	 * @throws CognitoError {@code UserNotFoundException} when absent
	 */
	public PoolUser user(String username) {
		PoolUser user = this.users.get(username);
		if (user == null) {
			throw CognitoError.of("UserNotFoundException", "User does not exist.");
		}
		return user;
	}

	public PoolUser findUser(String username) {
		return this.users.get(username);
	}

	public void removeUser(String username) {
		if (this.users.remove(username) == null) {
			throw CognitoError.of("UserNotFoundException", "User does not exist.");
		}
	}

	public Collection<PoolUser> users() {
		return this.users.values();
	}

	void addClient(AppClient client) {
		this.clients.put(client.clientId(), client);
	}

	public AppClient client(String clientId) {
		AppClient client = this.clients.get(clientId);
		if (client == null) {
			throw CognitoError.resourceNotFound("User pool client " + clientId + " does not exist.");
		}
		return client;
	}

	@Override
	public String toString() {
		return "UserPool[" + this.id + "]";
	}

}
