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
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.UUID;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ConcurrentHashMap;

import io.github.cognitosession.local.jwk.PoolSigningKey;
import io.github.cognitosession.local.server.CognitoError;
import tools.jackson.databind.node.ObjectNode;

/**
 * A user pool: its settings, users, groups, app clients and signing key. Thread-safe.
 *
 * @author Cognito Session contributors
 */
public final class UserPool {

	private final String id;

	private final Instant createdAt;

	private final CompletableFuture<PoolSigningKey> signingKey;

	private final Map<String, PoolUser> users = new ConcurrentHashMap<>();

	private final Map<String, AppClient> clients = new ConcurrentHashMap<>();

	private final Map<String, Group> groups = new ConcurrentHashMap<>();

	private volatile UserPoolSettings settings;

	private volatile Instant lastModifiedAt;

	private volatile String domain;

	private volatile ObjectNode domainSettings;

	UserPool(String id, UserPoolSettings settings, Instant createdAt, CompletableFuture<PoolSigningKey> signingKey) {
		this.id = Objects.requireNonNull(id, "id cannot be null");
		this.settings = Objects.requireNonNull(settings, "settings cannot be null");
		this.createdAt = createdAt;
		this.lastModifiedAt = createdAt;
		this.signingKey = signingKey;
	}

	public String id() {
		return this.id;
	}

	public String name() {
		return this.settings.name();
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

	public Instant lastModifiedAt() {
		return this.lastModifiedAt;
	}

	public UserPoolSettings settings() {
		return this.settings;
	}

	/**
	 * Replace the settings (UpdateUserPool, SetUserPoolMfaConfig).
	 * @param settings the new settings
	 * @param now the time of the change
	 */
	public void update(UserPoolSettings settings, Instant now) {
		this.settings = Objects.requireNonNull(settings, "settings cannot be null");
		this.lastModifiedAt = now;
	}

	/**
	 * The pool's signing key, waiting for its background generation if needed.
	 * @return the key
	 */
	public PoolSigningKey signingKey() {
		return this.signingKey.join();
	}

	/**
	 * Whether every user must sign in with a second factor ({@code MfaConfiguration ON}).
	 * @return whether MFA is required
	 */
	public boolean mfaRequired() {
		return this.settings.mfaRequired();
	}

	public DeviceTracking deviceTracking() {
		return this.settings.deviceTracking();
	}

	/**
	 * The user-pool domain prefix (CreateUserPoolDomain), or {@code null}.
	 * @return the domain
	 */
	public String domain() {
		return this.domain;
	}

	/**
	 * The domain's settings ({@code ManagedLoginVersion}, {@code CustomDomainConfig}).
	 * @return a copy, or {@code null} without a domain
	 */
	public ObjectNode domainSettings() {
		ObjectNode settings = this.domainSettings;
		return (settings != null) ? settings.deepCopy() : null;
	}

	void setDomain(String domain, ObjectNode settings) {
		this.domain = domain;
		this.domainSettings = (settings != null) ? settings.deepCopy() : null;
	}

	/**
	 * Add a user with a new {@code sub}.
	 * @param username the username
	 * @param now the creation time
	 * @return the new user
	 * @throws CognitoError {@code UsernameExistsException} when taken
	 */
	public PoolUser addUser(String username, Instant now) {
		PoolUser user = new PoolUser(username, UUID.randomUUID().toString(), now);
		if (this.users.putIfAbsent(key(username), user) != null) {
			throw CognitoError.of("UsernameExistsException", "User account already exists");
		}
		return user;
	}

	/**
	 * Add a user whose username is its {@code sub}, as Cognito names users of pools that
	 * sign in with an e-mail address or phone number ({@code UsernameAttributes}).
	 * @param now the creation time
	 * @return the new user
	 */
	public PoolUser addUserNamedBySub(Instant now) {
		String sub = UUID.randomUUID().toString();
		PoolUser user = new PoolUser(sub, sub, now);
		this.users.put(key(sub), user);
		return user;
	}

	void restoreUser(PoolUser user) {
		this.users.put(key(user.username()), user);
	}

	/**
	 * Find a user by username.
	 * @param username the username
	 * @return the user
	 * @throws CognitoError {@code UserNotFoundException} when absent
	 */
	public PoolUser user(String username) {
		PoolUser user = findUser(username);
		if (user == null) {
			throw CognitoError.of("UserNotFoundException", "User does not exist.");
		}
		return user;
	}

	/**
	 * Find a user by username, or, in pools that allow it, by the e-mail address or phone
	 * number that stands for the username ({@code UsernameAttributes}) or a verified
	 * alias ({@code AliasAttributes}), as every API that takes a {@code Username} does.
	 * @param login what the caller sent as username
	 * @return the user or {@code null}
	 */
	public PoolUser findUser(String login) {
		if (login == null) {
			return null;
		}
		PoolUser user = this.users.get(key(login));
		if (user != null) {
			return user;
		}
		UserPoolSettings current = this.settings;
		for (String attribute : current.usernameAttributes()) {
			user = byAttribute(attribute, login, false);
			if (user != null) {
				return user;
			}
		}
		for (String attribute : current.aliasAttributes()) {
			user = byAttribute(attribute, login, !"preferred_username".equals(attribute));
			if (user != null) {
				return user;
			}
		}
		return null;
	}

	/**
	 * The user whose attribute has a value (e-mail addresses compared without case).
	 * @param attribute the attribute, e.g. {@code email}
	 * @param value the value
	 * @param verifiedOnly whether only verified values count
	 * @return the user or {@code null}
	 */
	public PoolUser byAttribute(String attribute, String value, boolean verifiedOnly) {
		boolean ignoreCase = "email".equals(attribute) || !this.settings.caseSensitive();
		for (PoolUser candidate : this.users.values()) {
			String actual = candidate.attribute(attribute);
			boolean same = (actual != null) && (ignoreCase ? actual.equalsIgnoreCase(value) : actual.equals(value));
			if (same && (!verifiedOnly || candidate.verified(attribute))) {
				return candidate;
			}
		}
		return null;
	}

	public void removeUser(PoolUser user) {
		if (!this.users.remove(key(user.username()), user)) {
			throw CognitoError.of("UserNotFoundException", "User does not exist.");
		}
	}

	/**
	 * The users in the order they were created.
	 * @return a copy
	 */
	public List<PoolUser> users() {
		return this.users.values()
			.stream()
			.sorted(Comparator.comparing(PoolUser::createdAt).thenComparing(PoolUser::username))
			.toList();
	}

	public int userCount() {
		return this.users.size();
	}

	private String key(String username) {
		return this.settings.caseSensitive() ? username : username.toLowerCase(Locale.ROOT);
	}

	void addClient(AppClient client) {
		this.clients.put(client.clientId(), client);
	}

	void replaceClient(AppClient client) {
		this.clients.replace(client.clientId(), client);
	}

	AppClient removeClient(String clientId) {
		return this.clients.remove(clientId);
	}

	public AppClient client(String clientId) {
		AppClient client = (clientId != null) ? this.clients.get(clientId) : null;
		if (client == null) {
			throw CognitoError.resourceNotFound("User pool client " + clientId + " does not exist.");
		}
		return client;
	}

	/**
	 * The app clients in the order they were created.
	 * @return a copy
	 */
	public List<AppClient> clients() {
		return this.clients.values()
			.stream()
			.sorted(Comparator.comparing(AppClient::createdAt).thenComparing(AppClient::clientId))
			.toList();
	}

	/**
	 * Add a group.
	 * @param group the group
	 * @throws CognitoError {@code GroupExistsException} when the name is taken
	 */
	public void addGroup(Group group) {
		if (this.groups.putIfAbsent(group.name(), group) != null) {
			throw CognitoError.of("GroupExistsException", "A group with the name " + group.name() + " already exists.");
		}
	}

	/**
	 * Find a group.
	 * @param name the name
	 * @return the group
	 * @throws CognitoError {@code ResourceNotFoundException} when absent
	 */
	public Group group(String name) {
		Group group = this.groups.get(name);
		if (group == null) {
			throw CognitoError.resourceNotFound("Group not found.");
		}
		return group;
	}

	public void replaceGroup(Group group) {
		if (this.groups.replace(group.name(), group) == null) {
			throw CognitoError.resourceNotFound("Group not found.");
		}
	}

	/**
	 * Delete a group and every membership in it.
	 * @param name the group name
	 */
	public void removeGroup(String name) {
		if (this.groups.remove(name) == null) {
			throw CognitoError.resourceNotFound("Group not found.");
		}
		this.users.values().forEach((user) -> user.leaveGroup(name));
	}

	/**
	 * The groups in the order they were created.
	 * @return a copy
	 */
	public List<Group> groups() {
		return this.groups.values()
			.stream()
			.sorted(Comparator.comparing(Group::createdAt).thenComparing(Group::name))
			.toList();
	}

	/**
	 * A user's groups in Cognito's order (by precedence).
	 * @param user the user
	 * @return the groups
	 */
	public List<Group> groupsOf(PoolUser user) {
		return user.groups()
			.stream()
			.map(this.groups::get)
			.filter(Objects::nonNull)
			.sorted(Group.BY_PRECEDENCE)
			.toList();
	}

	@Override
	public String toString() {
		return "UserPool[" + this.id + "]";
	}

}
