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

package io.github.cognitosession.device;

import java.time.Instant;
import java.util.Objects;

import org.springframework.util.Assert;

/**
 * A device Cognito remembers for the signed-in user, as ListDevices describes it.
 * Immutable.
 *
 * @author Cognito Session contributors
 */
public final class Device {

	private final String key;

	private final String name;

	private final Instant lastAuthenticated;

	private final boolean remembered;

	/**
	 * Create an instance.
	 * @param key the device key
	 * @param name the device name, or {@code null}
	 * @param lastAuthenticated when the device last signed in, or {@code null}
	 * @param remembered whether the device is remembered (it then skips MFA)
	 */
	public Device(String key, String name, Instant lastAuthenticated, boolean remembered) {
		Assert.hasText(key, "key cannot be empty");
		this.key = key;
		this.name = name;
		this.lastAuthenticated = lastAuthenticated;
		this.remembered = remembered;
	}

	/**
	 * Cognito's key of the device ({@code DeviceKey}).
	 * @return the key
	 */
	public String getKey() {
		return this.key;
	}

	/**
	 * The name given at ConfirmDevice.
	 * @return the name, or {@code null}
	 */
	public String getName() {
		return this.name;
	}

	/**
	 * When the device last signed in.
	 * @return the time, or {@code null}
	 */
	public Instant getLastAuthenticated() {
		return this.lastAuthenticated;
	}

	/**
	 * Whether the device is remembered ({@code dev:device_remembered_status}).
	 * @return whether it is remembered
	 */
	public boolean isRemembered() {
		return this.remembered;
	}

	@Override
	public boolean equals(Object other) {
		return other instanceof Device that && this.key.equals(that.key) && Objects.equals(this.name, that.name)
				&& Objects.equals(this.lastAuthenticated, that.lastAuthenticated) && this.remembered == that.remembered;
	}

	@Override
	public int hashCode() {
		return Objects.hash(this.key, this.name, this.lastAuthenticated, this.remembered);
	}

	@Override
	public String toString() {
		// The key authenticates the device together with its password: never printed.
		return "Device[name=" + this.name + ", remembered=" + this.remembered + ", lastAuthenticated="
				+ this.lastAuthenticated + "]";
	}

}
