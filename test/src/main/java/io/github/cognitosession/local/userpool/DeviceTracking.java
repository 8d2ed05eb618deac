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

/**
 * A user pool's {@code DeviceConfiguration}: whether sign-ins get a device key, and
 * whether a confirmed device is remembered at once or only when the user asks
 * ({@code DeviceOnlyRememberedOnUserPrompt}). Only remembered devices skip MFA.
 *
 * @author Cognito Session contributors
 */
public enum DeviceTracking {

	/** No device tracking (no {@code DeviceConfiguration}). */
	OFF,

	/** Confirmed devices are remembered at once. */
	ALWAYS,

	/** Confirmed devices are remembered only after UpdateDeviceStatus(remembered). */
	USER_OPT_IN;

	/**
	 * Whether sign-ins hand out device keys.
	 * @return whether devices are tracked
	 */
	public boolean isOn() {
		return this != OFF;
	}

}
