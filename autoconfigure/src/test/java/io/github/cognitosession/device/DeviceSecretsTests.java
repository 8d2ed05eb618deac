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

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;

/**
 * Tests for {@link DeviceSecrets}, {@link Device} and {@link InMemoryDeviceSecretsStore}.
 *
 * @author Cognito Session contributors
 */
class DeviceSecretsTests {

	private static final DeviceSecrets SECRETS = new DeviceSecrets("us-east-1_1111", "-group1", "device-password-a");

	@Test
	void toStringWhenCalledThenPrintsNoSecret() {
		assertThat(SECRETS.toString()).isEqualTo("DeviceSecrets[PROTECTED]");
		Device device = new Device("us-east-1_1111", "laptop", Instant.parse("2026-03-07T09:05:03Z"), true);
		assertThat(device.toString()).contains("laptop").doesNotContain("us-east-1_1111");
	}

	@Test
	void constructorWhenPasswordIsEmptyThenIllegalArgument() {
		assertThatIllegalArgumentException().isThrownBy(() -> new DeviceSecrets("key", "group", " "))
			.withMessage("devicePassword cannot be empty");
	}

	@Test
	void inMemoryStoreWhenSavedThenLoadedPerUserUntilRemoved() {
		InMemoryDeviceSecretsStore store = new InMemoryDeviceSecretsStore();
		store.save("alice", SECRETS);
		assertThat(store.load("alice")).contains(SECRETS);
		assertThat(store.load("bob")).isEmpty();
		store.remove("alice");
		assertThat(store.load("alice")).isEmpty();
		assertThat(store.toString()).doesNotContain(SECRETS.getDevicePassword());
	}

}
