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

import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;

import org.springframework.util.Assert;

/**
 * A {@link DeviceSecretsStore} in memory: devices are remembered until the application
 * stops. Thread-safe.
 *
 * @author Cognito Session contributors
 */
public final class InMemoryDeviceSecretsStore implements DeviceSecretsStore {

	private final Map<String, DeviceSecrets> secrets = new ConcurrentHashMap<>();

	@Override
	public Optional<DeviceSecrets> load(String username) {
		Assert.hasText(username, "username cannot be empty");
		return Optional.ofNullable(this.secrets.get(username));
	}

	@Override
	public void save(String username, DeviceSecrets secrets) {
		Assert.hasText(username, "username cannot be empty");
		Assert.notNull(secrets, "secrets cannot be null");
		this.secrets.put(username, secrets);
	}

	@Override
	public void remove(String username) {
		Assert.hasText(username, "username cannot be empty");
		this.secrets.remove(username);
	}

	@Override
	public String toString() {
		return "InMemoryDeviceSecretsStore[users=" + this.secrets.size() + "]";
	}

}
