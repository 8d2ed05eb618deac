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

import java.util.List;
import java.util.Map;

import software.amazon.awssdk.auth.credentials.AwsSessionCredentials;

import io.github.cognitosession.device.Device;
import io.github.cognitosession.credentials.IdentityPoolNotConfiguredException;
import io.github.cognitosession.mfa.TotpSetup;
import io.github.cognitosession.signin.SignInResult;
import io.github.cognitosession.token.CognitoTokens;

/**
 * The Cognito session of the application (or, in a web application, of the user whose
 * request is being handled): sign-in, tokens kept fresh, state, sign-out. The Spring
 * counterpart of AWSMobileClient.
 * <p>
 * Implementations are thread-safe. No method performs network I/O while the application
 * starts.
 *
 * @author Cognito Session contributors
 */
public interface CognitoSessionManager {

	/**
	 * The {@link #confirmSignIn(String, Map)} response naming the authenticator set up
	 * during an {@code MFA_SETUP} challenge (sent to Cognito as
	 * {@code FriendlyDeviceName}, not as a challenge response).
	 */
	String FRIENDLY_DEVICE_NAME = "FRIENDLY_DEVICE_NAME";

	/**
	 * Sign in with a username and password, using the configured auth flow
	 * ({@code USER_SRP_AUTH} by default).
	 * @param username the username (or alias, such as the e-mail address)
	 * @param password the password
	 * @return {@code DONE}, or the challenge to answer with {@link #confirmSignIn}
	 */
	SignInResult signIn(String username, String password);

	/**
	 * Answer the pending challenge with a single value (the MFA code, the new password,
	 * the custom challenge's answer, the chosen MFA type).
	 * @param answer the answer
	 * @return {@code DONE}, or the next challenge
	 */
	SignInResult confirmSignIn(String answer);

	/**
	 * Answer the pending challenge with Cognito challenge responses, e.g.
	 * {@code userAttributes.name} for a new-password challenge.
	 * @param answer the main answer (may be {@code null} when {@code responses} has it)
	 * @param responses extra challenge responses
	 * @return {@code DONE}, or the next challenge
	 */
	SignInResult confirmSignIn(String answer, Map<String, String> responses);

	/**
	 * Start setting up an authenticator app (TOTP) for the pending {@code MFA_SETUP}
	 * challenge: Cognito generates the shared secret for the user to add to the app (as
	 * text or as a QR code of {@link TotpSetup#toOtpauthUri(String)}). Then answer the
	 * challenge with {@link #confirmSignIn(String)} and the code the app shows
	 * (optionally with {@link #FRIENDLY_DEVICE_NAME} in
	 * {@link #confirmSignIn(String, Map)}); a wrong code can be tried again.
	 * @return the secret to register
	 * @throws io.github.cognitosession.exception.InvalidSessionStateException if no
	 * {@code MFA_SETUP} challenge is pending
	 */
	default TotpSetup associateSoftwareToken() {
		throw new UnsupportedOperationException(getClass().getSimpleName() + " cannot set up MFA");
	}

	/**
	 * Start setting up an authenticator app (TOTP) for the signed-in user; finish with
	 * {@link #verifyTotp(String, String)}.
	 * @return the secret to register
	 * @throws io.github.cognitosession.exception.NotSignedInException if nobody is signed
	 * in
	 */
	default TotpSetup setUpTotp() {
		throw new UnsupportedOperationException(getClass().getSimpleName() + " cannot set up MFA");
	}

	/**
	 * Finish setting up the authenticator app of {@link #setUpTotp()} with a code it
	 * shows. This registers the app but does not require it at sign-in: see
	 * {@link #setTotpMfaEnabled(boolean)}.
	 * @param code the code the app shows
	 * @param friendlyDeviceName a name for the app, or {@code null}
	 * @throws io.github.cognitosession.exception.CodeMismatchException if the code is
	 * wrong
	 */
	default void verifyTotp(String code, String friendlyDeviceName) {
		throw new UnsupportedOperationException(getClass().getSimpleName() + " cannot set up MFA");
	}

	/**
	 * Turn TOTP MFA on, as the preferred second factor, or off for the signed-in user
	 * ({@code SetUserMFAPreference}). Turning it on needs a verified authenticator app.
	 * @param enabled whether sign-ins ask for a TOTP code
	 */
	default void setTotpMfaEnabled(boolean enabled) {
		throw new UnsupportedOperationException(getClass().getSimpleName() + " cannot set up MFA");
	}

	/**
	 * Remember this device for the signed-in user (UpdateDeviceStatus
	 * {@code remembered}): its next sign-ins skip MFA. Needed when the user pool
	 * remembers devices only on the user's request; in a pool that always remembers them,
	 * a device is remembered from its first sign-in.
	 * @throws io.github.cognitosession.exception.NotSignedInException if nobody is signed
	 * in
	 * @throws io.github.cognitosession.exception.CognitoSessionException with error code
	 * {@code DeviceNotTracked} when Cognito gave this device no device key
	 */
	default void rememberDevice() {
		throw new UnsupportedOperationException(getClass().getSimpleName() + " cannot manage devices");
	}

	/**
	 * Forget this device for the signed-in user (ForgetDevice) and drop its device
	 * secrets: its next sign-in asks for MFA again and gets a new device key.
	 * @throws io.github.cognitosession.exception.NotSignedInException if nobody is signed
	 * in
	 * @throws io.github.cognitosession.exception.CognitoSessionException with error code
	 * {@code DeviceNotTracked} when Cognito gave this device no device key
	 */
	default void forgetDevice() {
		throw new UnsupportedOperationException(getClass().getSimpleName() + " cannot manage devices");
	}

	/**
	 * The signed-in user's devices Cognito tracks (ListDevices), remembered or not.
	 * @return the devices
	 * @throws io.github.cognitosession.exception.NotSignedInException if nobody is signed
	 * in
	 */
	default List<Device> listDevices() {
		throw new UnsupportedOperationException(getClass().getSimpleName() + " cannot manage devices");
	}

	/**
	 * Establish a signed-in session from user-pool tokens obtained elsewhere, e.g. by a
	 * hosted-UI (managed login) sign-in handled by Spring Security. The tokens are
	 * verified like those of {@link #signIn}, stored, and the session moves to
	 * {@link UserState#SIGNED_IN} with one state-change event carrying the username;
	 * threads waiting for a new sign-in are released.
	 * @param idToken the ID token
	 * @param accessToken the access token
	 * @param refreshToken the refresh token, or {@code null} when the client got none
	 * (the session then cannot be refreshed and ends when the tokens expire)
	 * @throws io.github.cognitosession.exception.InvalidTokenException if a token does
	 * not verify
	 */
	default void adoptSession(String idToken, String accessToken, String refreshToken) {
		throw new UnsupportedOperationException(getClass().getSimpleName() + " cannot adopt sessions");
	}

	/**
	 * Return the user-pool tokens, refreshed first when the ID or access token expires
	 * within the configured refresh-ahead time.
	 * @return the tokens
	 */
	CognitoTokens getTokens();

	/**
	 * Return the user-pool tokens, refreshing them first when asked to.
	 * @param forceRefresh whether to refresh even if the tokens are still fresh
	 * @return the tokens
	 */
	CognitoTokens getTokens(boolean forceRefresh);

	/**
	 * The user's current state. Never performs network I/O.
	 * @return the state
	 */
	UserState currentUserState();

	/**
	 * Whether a user is signed in.
	 * @return {@code true} in state {@link UserState#SIGNED_IN}
	 */
	boolean isSignedIn();

	/**
	 * The signed-in user's {@code cognito:username}.
	 * @return the username, or {@code null} when nobody is signed in
	 */
	String getUsername();

	/**
	 * The signed-in user's {@code sub}.
	 * @return the user's sub, or {@code null} when nobody is signed in
	 */
	String getUserSub();

	/**
	 * Sign out locally: forget the tokens, identity and credentials. Never fails because
	 * of the network.
	 */
	void signOut();

	/**
	 * Sign out, optionally globally (all devices) and revoking the refresh token. The
	 * local sign-out always happens; remote failures are reported in the result.
	 * @param options what to do besides the local sign-out
	 * @return what the remote steps did
	 */
	SignOutResult signOut(SignOutOptions options);

	/**
	 * Sign in with a third-party provider's token (Google, Facebook, Amazon, Apple, an
	 * OIDC or SAML provider name, or {@code cognito-identity.amazonaws.com} for
	 * developer-authenticated identities): the session's AWS credentials then come from
	 * the identity pool for that login. There are no user-pool tokens in such a session.
	 * @param providerKey the logins key, e.g. {@code accounts.google.com}
	 * @param token the provider's token
	 * @throws IdentityPoolNotConfiguredException if no identity pool is configured
	 */
	default void federatedSignIn(String providerKey, String token) {
		federatedSignIn(providerKey, token, FederatedSignInOptions.none());
	}

	/**
	 * Sign in with a third-party provider's token and options.
	 * @param providerKey the logins key, e.g. {@code accounts.google.com}
	 * @param token the provider's token
	 * @param options the identity id and custom role to use
	 * @throws IdentityPoolNotConfiguredException if no identity pool is configured
	 * @see #federatedSignIn(String, String)
	 */
	default void federatedSignIn(String providerKey, String token, FederatedSignInOptions options) {
		throw new IdentityPoolNotConfiguredException();
	}

	/**
	 * The identity-pool identity id of the current identity (the signed-in user, the
	 * federated identity, or the guest): the cached one, or one fetched with
	 * {@code GetId}.
	 * @return the identity id
	 * @throws IdentityPoolNotConfiguredException if no identity pool is configured
	 * @throws io.github.cognitosession.credentials.GuestAccessNotAllowedException if
	 * nobody is signed in and guest access is off
	 */
	default String getIdentityId() {
		throw new IdentityPoolNotConfiguredException();
	}

	/**
	 * The identity id of the current identity if it is already known, without any network
	 * I/O.
	 * @return the cached identity id, or {@code null}
	 */
	default String getCachedIdentityId() {
		return null;
	}

	/**
	 * Temporary AWS credentials of the current identity from the identity pool, cached
	 * and refreshed ahead of expiry.
	 * @return the credentials, with their session token and expiry
	 * @throws IdentityPoolNotConfiguredException if no identity pool is configured
	 * @throws io.github.cognitosession.credentials.GuestAccessNotAllowedException if
	 * nobody is signed in and guest access is off
	 */
	default AwsSessionCredentials getCredentials() {
		throw new IdentityPoolNotConfiguredException();
	}

	/**
	 * Release every thread waiting for the user to sign in again; they fail with a
	 * {@code SignInWaitReleasedException}.
	 */
	void releaseSignInWait();

	/**
	 * Forget the in-memory state (cached tokens, state, pending challenge) kept for a
	 * session that has ended, such as an expired HTTP session, so that memory does not
	 * grow with every session ever seen. The session store is not touched. The default
	 * does nothing, for implementations that keep no per-session state.
	 * @param sessionKey the ended session's {@code SessionStore#sessionKey()}
	 */
	default void forgetSession(String sessionKey) {
	}

}
