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
import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;

import io.github.cognitosession.local.message.Message;
import io.github.cognitosession.local.srp.PasswordVerifier;

/**
 * A user of a user pool. Mutable; every access is synchronized on the instance so that
 * concurrent calls for one user see a consistent state.
 *
 * @author Cognito Session contributors
 */
public final class PoolUser {

	/**
	 * Cognito's user status.
	 */
	public enum Status {

		/** Signed up, not yet confirmed. */
		UNCONFIRMED,

		/** Can sign in. */
		CONFIRMED,

		/** Created by an admin with a temporary password. */
		FORCE_CHANGE_PASSWORD,

		/** Must reset the password. */
		RESET_REQUIRED

	}

	/**
	 * Second factors a user can have.
	 */
	public enum Mfa {

		/** Codes by SMS. */
		SMS_MFA,

		/** Codes from an authenticator app. */
		SOFTWARE_TOKEN_MFA

	}

	private final String username;

	private final String sub;

	private final Instant createdAt;

	private final Map<String, String> attributes = new LinkedHashMap<>();

	private final Map<Message.Purpose, String> pendingCodes = new EnumMap<>(Message.Purpose.class);

	private final Map<String, Device> devices = new LinkedHashMap<>();

	private final Set<String> groups = new LinkedHashSet<>();

	private Status status;

	private boolean enabled = true;

	private Instant modifiedAt;

	private PasswordVerifier password;

	private Instant passwordSetAt;

	private Mfa mfa;

	private String associatedSoftwareToken;

	private String softwareToken;

	PoolUser(String username, String sub, Instant createdAt) {
		this.username = Objects.requireNonNull(username, "username cannot be null");
		this.sub = Objects.requireNonNull(sub, "sub cannot be null");
		this.createdAt = createdAt;
		this.modifiedAt = createdAt;
		this.attributes.put("sub", sub);
	}

	public String username() {
		return this.username;
	}

	public String sub() {
		return this.sub;
	}

	public Instant createdAt() {
		return this.createdAt;
	}

	public synchronized Instant modifiedAt() {
		return this.modifiedAt;
	}

	public synchronized Status status() {
		return this.status;
	}

	public synchronized boolean enabled() {
		return this.enabled;
	}

	public synchronized void setEnabled(boolean enabled, Instant now) {
		this.enabled = enabled;
		this.modifiedAt = now;
	}

	public synchronized Map<String, String> attributes() {
		return Map.copyOf(this.attributes);
	}

	/**
	 * An attribute's value.
	 * @param name the attribute name
	 * @return the value or {@code null}
	 */
	public synchronized String attribute(String name) {
		return this.attributes.get(name);
	}

	/**
	 * Whether an attribute ({@code email}, {@code phone_number}) is verified.
	 * @param name the attribute name
	 * @return whether {@code <name>_verified} is true
	 */
	public synchronized boolean verified(String name) {
		return this.attributes.containsKey(name) && "true".equals(this.attributes.get(name + "_verified"));
	}

	/**
	 * The attributes in insertion order ({@code sub} first).
	 * @return a copy
	 */
	public synchronized Map<String, String> orderedAttributes() {
		return new LinkedHashMap<>(this.attributes);
	}

	public synchronized void putAttributes(Map<String, String> values, Instant now) {
		values.forEach((name, value) -> {
			if (!"sub".equals(name)) {
				this.attributes.put(name, value);
			}
		});
		this.modifiedAt = now;
	}

	public synchronized void removeAttributes(Collection<String> names, Instant now) {
		names.stream().filter((name) -> !"sub".equals(name)).forEach(this.attributes::remove);
		this.modifiedAt = now;
	}

	public synchronized PasswordVerifier password() {
		return this.password;
	}

	/**
	 * When the password was last set (a temporary password expires from then).
	 * @return the time, or {@code null} without a password
	 */
	public synchronized Instant passwordSetAt() {
		return this.passwordSetAt;
	}

	public synchronized void setPassword(PasswordVerifier password, Status status, Instant now) {
		this.password = password;
		this.passwordSetAt = now;
		this.status = status;
		this.modifiedAt = now;
	}

	public synchronized void setStatus(Status status, Instant now) {
		this.status = status;
		this.modifiedAt = now;
	}

	public synchronized Mfa mfa() {
		return this.mfa;
	}

	public synchronized void setMfa(Mfa mfa, Instant now) {
		this.mfa = mfa;
		this.modifiedAt = now;
	}

	/**
	 * Keep a new TOTP secret until a code from it is verified (AssociateSoftwareToken).
	 * @param secret the base32 secret
	 */
	public synchronized void associateSoftwareToken(String secret) {
		this.associatedSoftwareToken = Objects.requireNonNull(secret, "secret cannot be null");
	}

	/**
	 * The TOTP secret waiting for verification.
	 * @return the base32 secret, or {@code null}
	 */
	public synchronized String associatedSoftwareToken() {
		return this.associatedSoftwareToken;
	}

	/**
	 * Make the associated TOTP secret the user's authenticator (VerifySoftwareToken),
	 * replacing any earlier one.
	 * @param now the time of the change
	 */
	public synchronized void verifySoftwareToken(Instant now) {
		if (this.associatedSoftwareToken == null) {
			throw new IllegalStateException("No software token is associated");
		}
		this.softwareToken = this.associatedSoftwareToken;
		this.associatedSoftwareToken = null;
		this.modifiedAt = now;
	}

	/**
	 * The verified TOTP secret of the user's authenticator app.
	 * @return the base32 secret, or {@code null} when the user has set up none
	 */
	public synchronized String softwareToken() {
		return this.softwareToken;
	}

	public synchronized void setPendingCode(Message.Purpose purpose, String code) {
		this.pendingCodes.put(purpose, code);
	}

	/**
	 * Use up a pending code.
	 * @param purpose the purpose
	 * @param code the code the caller sent
	 * @return whether it was the pending code (which is then gone)
	 */
	public synchronized boolean consumeCode(Message.Purpose purpose, String code) {
		String expected = this.pendingCodes.get(purpose);
		if (expected != null && expected.equals(code)) {
			this.pendingCodes.remove(purpose);
			return true;
		}
		return false;
	}

	public synchronized boolean hasPendingCode(Message.Purpose purpose) {
		return this.pendingCodes.containsKey(purpose);
	}

	/**
	 * The groups the user belongs to, by name, in the order they were joined.
	 * @return a copy
	 */
	public synchronized Set<String> groups() {
		return Set.copyOf(this.groups);
	}

	public synchronized boolean inGroup(String group) {
		return this.groups.contains(group);
	}

	public synchronized void joinGroup(String group) {
		this.groups.add(group);
	}

	public synchronized void leaveGroup(String group) {
		this.groups.remove(group);
	}

	/**
	 * Track a new device of this user (not confirmed yet).
	 * @param key the device key
	 * @param groupKey the device group key
	 * @param now the time
	 * @return the device
	 */
	public synchronized Device addDevice(String key, String groupKey, Instant now) {
		Device device = new Device(key, groupKey, now);
		this.devices.put(key, device);
		return device;
	}

	/**
	 * A device of this user.
	 * @param key the device key
	 * @return the device, or {@code null}
	 */
	public synchronized Device device(String key) {
		return (key != null) ? this.devices.get(key) : null;
	}

	/**
	 * The user's confirmed devices in the order they were added.
	 * @return a copy
	 */
	public synchronized List<Device> confirmedDevices() {
		return this.devices.values().stream().filter(Device::confirmed).toList();
	}

	public synchronized boolean removeDevice(String key) {
		return this.devices.remove(key) != null;
	}

	synchronized Collection<Device> devices() {
		return List.copyOf(this.devices.values());
	}

	/**
	 * Everything about the user, for the data directory.
	 * @return the state
	 */
	synchronized State state() {
		return new State(this.username, this.sub, this.createdAt, this.modifiedAt, this.status, this.enabled,
				new LinkedHashMap<>(this.attributes), this.password, this.passwordSetAt, this.mfa,
				this.associatedSoftwareToken, this.softwareToken, new EnumMap<>(this.pendingCodes),
				List.copyOf(this.groups), List.copyOf(this.devices.values()));
	}

	static PoolUser restore(State state) {
		PoolUser user = new PoolUser(state.username(), state.sub(), state.createdAt());
		user.attributes.putAll(state.attributes());
		user.modifiedAt = state.modifiedAt();
		user.status = state.status();
		user.enabled = state.enabled();
		user.password = state.password();
		user.passwordSetAt = state.passwordSetAt();
		user.mfa = state.mfa();
		user.associatedSoftwareToken = state.associatedSoftwareToken();
		user.softwareToken = state.softwareToken();
		user.pendingCodes.putAll(state.pendingCodes());
		user.groups.addAll(state.groups());
		state.devices().forEach((device) -> user.devices.put(device.key(), device));
		return user;
	}

	@Override
	public String toString() {
		return "PoolUser[" + this.username + "]";
	}

	/**
	 * A user's state as the data directory keeps it.
	 */
	record State(String username, String sub, Instant createdAt, Instant modifiedAt, Status status, boolean enabled,
			Map<String, String> attributes, PasswordVerifier password, Instant passwordSetAt, Mfa mfa,
			String associatedSoftwareToken, String softwareToken, Map<Message.Purpose, String> pendingCodes,
			List<String> groups, List<Device> devices) {

		@Override
		public String toString() {
			return "State[" + this.username + "]";
		}

	}

}
