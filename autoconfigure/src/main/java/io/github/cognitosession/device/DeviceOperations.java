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

import java.util.List;

/**
 * The signed-in user's remembered devices, as AWSMobileClient has them: a remembered
 * device skips MFA at its next sign-ins. One of the roles of
 * {@code CognitoSessionManager}, present when device tracking is on.
 *
 * @author Cognito Session contributors
 */
public interface DeviceOperations {

	/**
	 * The error code when this device has no device key for the signed-in user.
	 */
	String DEVICE_NOT_TRACKED = "DeviceNotTracked";

	/**
	 * Remember this device for the signed-in user (UpdateDeviceStatus
	 * {@code remembered}): its next sign-ins skip MFA. Needed when the user pool
	 * remembers devices only on the user's request; in a pool that always remembers them,
	 * a device is remembered from its first sign-in.
	 * @throws io.github.cognitosession.exception.NotSignedInException if nobody is signed
	 * in
	 * @throws io.github.cognitosession.exception.CognitoSessionException with error code
	 * {@value #DEVICE_NOT_TRACKED} when Cognito gave this device no device key
	 */
	void rememberDevice();

	/**
	 * Forget this device for the signed-in user (ForgetDevice) and drop its device
	 * secrets: its next sign-in asks for MFA again and gets a new device key.
	 * @throws io.github.cognitosession.exception.NotSignedInException if nobody is signed
	 * in
	 * @throws io.github.cognitosession.exception.CognitoSessionException with error code
	 * {@value #DEVICE_NOT_TRACKED} when Cognito gave this device no device key
	 */
	void forgetDevice();

	/**
	 * The signed-in user's devices Cognito tracks (ListDevices), remembered or not.
	 * @return the devices
	 * @throws io.github.cognitosession.exception.NotSignedInException if nobody is signed
	 * in
	 */
	List<Device> listDevices();

}
