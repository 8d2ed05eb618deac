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
package io.github.cognitosession.session;

import java.util.Optional;

import io.github.cognitosession.account.AccountOperations;
import io.github.cognitosession.device.DeviceOperations;
import io.github.cognitosession.mfa.MfaOperations;
import io.github.cognitosession.passkey.PasskeyOperations;

/**
 * The Cognito session of the application (or, in a web application's user scope, of the
 * user whose request is being handled): the Spring counterpart of AWSMobileClient, and
 * the one bean applications inject.
 * <p>
 * It is composed of roles. Signing in ({@link SignInOperations}) and the session itself
 * ({@link SessionOperations}: state, fresh tokens, sign-out) are always there. The others
 * exist only when configured, and are offered as {@link Optional}s so that the compiler
 * and the IDE show it; each is also a bean of its own, which an application can inject
 * directly (a missing capability is then a missing bean at start-up):
 * <ul>
 * <li>{@link #account()}: sign-up, passwords, user attributes, deleting the user;</li>
 * <li>{@link #mfa()}: authenticator-app (TOTP) set-up and MFA preferences for the
 * signed-in user;</li>
 * <li>{@link #devices()}: remembered devices, when device tracking is on;</li>
 * <li>{@link #passkeys()}: the signed-in user's passkeys;</li>
 * <li>{@link #identityPool()}: AWS credentials, the identity id and federated sign-in,
 * when an identity pool is configured.</li>
 * </ul>
 * Implementations are thread-safe. No method performs network I/O while the application
 * starts.
 *
 * @author Cognito Session contributors
 */
public interface CognitoSessionManager extends SignInOperations, SessionOperations {

	/**
	 * The user's account: sign-up, passwords, attributes, deleting the user.
	 * @return the account role, or empty when this manager has no account client
	 */
	Optional<AccountOperations> account();

	/**
	 * Multi-factor authentication settings of the signed-in user.
	 * @return the MFA role, or empty when this manager has no MFA client
	 */
	Optional<MfaOperations> mfa();

	/**
	 * The signed-in user's remembered devices.
	 * @return the devices role, or empty when device tracking is off
	 */
	Optional<DeviceOperations> devices();

	/**
	 * The signed-in user's passkeys (WebAuthn credentials).
	 * @return the passkeys role, or empty when this manager has no passkey client
	 */
	Optional<PasskeyOperations> passkeys();

	/**
	 * AWS credentials of the identity pool, the identity id and federated sign-in.
	 * @return the identity-pool role, or empty when no identity pool is configured
	 */
	Optional<IdentityPoolOperations> identityPool();

}
