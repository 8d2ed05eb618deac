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
package io.github.cognitosession.passkey;

import java.util.List;

/**
 * The signed-in user's passkeys (WebAuthn credentials): registering one, listing and
 * deleting them. One of the roles of {@code CognitoSessionManager}. Signing in with a
 * passkey is a first factor of choice-based sign-in (the {@code WEB_AUTHN} step of the
 * sign-in role).
 * <p>
 * The browser does the cryptography: {@link #startRegistration()} returns the JSON for
 * {@code navigator.credentials.create}, whose result (as JSON, e.g. from
 * {@code PublicKeyCredential.toJSON()}) goes to {@link #completeRegistration(String)}.
 * The user pool must allow passkeys and know its relying-party id.
 *
 * @author Cognito Session contributors
 */
public interface PasskeyOperations {

	/**
	 * Start registering a passkey for the signed-in user
	 * ({@code StartWebAuthnRegistration}).
	 * @return the JSON of the {@code PublicKeyCredentialCreationOptions} for
	 * {@code navigator.credentials.create}
	 * @throws io.github.cognitosession.exception.NotSignedInException if nobody is signed
	 * in
	 */
	String startRegistration();

	/**
	 * Finish registering a passkey ({@code CompleteWebAuthnRegistration}).
	 * @param credentialJson the JSON of the {@code PublicKeyCredential} the browser
	 * created
	 * @throws IllegalArgumentException if the credential is not a JSON object
	 */
	void completeRegistration(String credentialJson);

	/**
	 * The signed-in user's passkeys ({@code ListWebAuthnCredentials}, all pages).
	 * @return the passkeys
	 */
	List<Passkey> listPasskeys();

	/**
	 * Delete one of the signed-in user's passkeys ({@code DeleteWebAuthnCredential}).
	 * @param credentialId the passkey's credential id
	 */
	void deletePasskey(String credentialId);

}
