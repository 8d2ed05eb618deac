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
import java.util.List;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Objects;

import io.github.cognitosession.local.code.DeliveredCode;
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

	private final Map<DeliveredCode.Purpose, String> pendingCodes = new EnumMap<>(DeliveredCode.Purpose.class);

	private final Map<String, Device> devices = new LinkedHashMap<>();

	private Status status;

	private boolean enabled = true;

	private Instant modifiedAt;

	private PasswordVerifier password;

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

	public synchronized Map<String, String> attributes() {
		return Map.copyOf(this.attributes);
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

	public synchronized PasswordVerifier password() {
		return this.password;
	}

	public synchronized void setPassword(PasswordVerifier password, Status status, Instant now) {
		this.password = password;
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

	public synchronized void setPendingCode(DeliveredCode.Purpose purpose, String code) {
		this.pendingCodes.put(purpose, code);
	}

	/**
	 * Use up a pending code.
	 * @param purpose the purpose
	 * @param code the code the caller sent
	 * @return whether it was the pending code (which is then gone)
	 */
	public synchronized boolean consumeCode(DeliveredCode.Purpose purpose, String code) {
		String expected = this.pendingCodes.get(purpose);
		if (expected != null && expected.equals(code)) {
			this.pendingCodes.remove(purpose);
			return true;
		}
		return false;
	}

	public synchronized boolean hasPendingCode(DeliveredCode.Purpose purpose) {
		return this.pendingCodes.containsKey(purpose);
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

	@Override
	public String toString() {
		return "PoolUser[" + this.username + "]";
	}

}
