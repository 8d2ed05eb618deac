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
import java.util.Objects;

import io.github.cognitosession.local.srp.PasswordVerifier;

/**
 * A device Cognito tracks for a user: issued with {@code NewDeviceMetadata} at sign-in,
 * confirmed with its SRP verifier (ConfirmDevice), then optionally remembered, which lets
 * it skip MFA. Mutable; synchronized on the instance.
 *
 * @author Cognito Session contributors
 */
public final class Device {

	private final String key;

	private final String groupKey;

	private final Instant createdAt;

	private PasswordVerifier verifier;

	private String name;

	private boolean remembered;

	private Instant lastModifiedAt;

	private Instant lastAuthenticatedAt;

	Device(String key, String groupKey, Instant createdAt) {
		this.key = Objects.requireNonNull(key, "key cannot be null");
		this.groupKey = Objects.requireNonNull(groupKey, "groupKey cannot be null");
		this.createdAt = createdAt;
		this.lastModifiedAt = createdAt;
		this.lastAuthenticatedAt = createdAt;
	}

	/**
	 * A device read from the data directory.
	 * @return the device
	 */
	static Device restore(String key, String groupKey, Instant createdAt, PasswordVerifier verifier, String name,
			boolean remembered, Instant lastModifiedAt, Instant lastAuthenticatedAt) {
		Device device = new Device(key, groupKey, createdAt);
		device.verifier = verifier;
		device.name = name;
		device.remembered = remembered;
		device.lastModifiedAt = lastModifiedAt;
		device.lastAuthenticatedAt = lastAuthenticatedAt;
		return device;
	}

	public String key() {
		return this.key;
	}

	public String groupKey() {
		return this.groupKey;
	}

	public Instant createdAt() {
		return this.createdAt;
	}

	public synchronized PasswordVerifier verifier() {
		return this.verifier;
	}

	/**
	 * Whether ConfirmDevice registered the device's verifier.
	 * @return whether the device is confirmed
	 */
	public synchronized boolean confirmed() {
		return this.verifier != null;
	}

	public synchronized void confirm(PasswordVerifier verifier, String name, boolean remembered, Instant now) {
		this.verifier = Objects.requireNonNull(verifier, "verifier cannot be null");
		this.name = name;
		this.remembered = remembered;
		this.lastModifiedAt = now;
	}

	public synchronized String name() {
		return this.name;
	}

	public synchronized boolean remembered() {
		return this.remembered;
	}

	public synchronized void setRemembered(boolean remembered, Instant now) {
		this.remembered = remembered;
		this.lastModifiedAt = now;
	}

	public synchronized Instant lastModifiedAt() {
		return this.lastModifiedAt;
	}

	public synchronized Instant lastAuthenticatedAt() {
		return this.lastAuthenticatedAt;
	}

	public synchronized void authenticated(Instant now) {
		this.lastAuthenticatedAt = now;
	}

	@Override
	public String toString() {
		return "Device[" + this.key + "]";
	}

}
