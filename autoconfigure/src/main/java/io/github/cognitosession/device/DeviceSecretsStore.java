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

import java.util.Optional;

/**
 * Where this device's remembered-device secrets are kept, per username. Unlike a session
 * they survive sign-out: they belong to the device. Implementations must be thread-safe
 * and must never log the secrets.
 *
 * @author Cognito Session contributors
 */
public interface DeviceSecretsStore {

	/**
	 * The device secrets of a user on this device.
	 * @param username the username
	 * @return the secrets, or empty when the device is not known for the user
	 */
	Optional<DeviceSecrets> load(String username);

	/**
	 * Keep a user's device secrets, replacing earlier ones.
	 * @param username the username
	 * @param secrets the secrets
	 */
	void save(String username, DeviceSecrets secrets);

	/**
	 * Forget a user's device secrets. Removing absent secrets is not an error.
	 * @param username the username
	 */
	void remove(String username);

}
