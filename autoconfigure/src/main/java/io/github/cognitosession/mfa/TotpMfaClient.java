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

package io.github.cognitosession.mfa;

import io.github.cognitosession.exception.CodeMismatchException;
import io.github.cognitosession.exception.CognitoErrorTranslator;
import io.github.cognitosession.exception.CognitoSessionException;
import software.amazon.awssdk.services.cognitoidentityprovider.CognitoIdentityProviderClient;
import software.amazon.awssdk.services.cognitoidentityprovider.model.GetUserResponse;
import software.amazon.awssdk.services.cognitoidentityprovider.model.SetUserMfaPreferenceRequest;
import software.amazon.awssdk.services.cognitoidentityprovider.model.AssociateSoftwareTokenResponse;
import software.amazon.awssdk.services.cognitoidentityprovider.model.VerifySoftwareTokenResponse;
import software.amazon.awssdk.services.cognitoidentityprovider.model.VerifySoftwareTokenResponseType;

import org.springframework.util.Assert;
import org.springframework.util.StringUtils;

/**
 * Cognito's MFA operations on the AWS SDK's {@link CognitoIdentityProviderClient}: the
 * authenticator-app (TOTP) registration ({@code AssociateSoftwareToken} and
 * {@code VerifySoftwareToken}, each authorized either by the session of an
 * {@code MFA_SETUP} sign-in challenge or by a signed-in user's access token), and a
 * signed-in user's MFA preferences ({@code SetUserMFAPreference}, read with
 * {@code GetUser}). None of them is signed with AWS credentials.
 * <p>
 * Service errors are thrown as {@code CognitoSessionException} subclasses; a wrong code
 * is a {@link CodeMismatchException}. Thread-safe.
 *
 * @author Cognito Session contributors
 */
public final class TotpMfaClient {

	private static final String SETUP = "TOTP setup";

	private static final String VERIFICATION = "TOTP verification";

	private static final String PREFERENCE = "MFA preference update";

	private final CognitoIdentityProviderClient client;

	/**
	 * Create an instance.
	 * @param client the Cognito user-pool client
	 */
	public TotpMfaClient(CognitoIdentityProviderClient client) {
		Assert.notNull(client, "client cannot be null");
		this.client = client;
	}

	/**
	 * Start a TOTP registration during an {@code MFA_SETUP} sign-in challenge.
	 * @param session the challenge's session
	 * @return the secret and the session to verify the code with
	 */
	public SessionAssociation associate(String session) {
		Assert.hasText(session, "session cannot be empty");
		AssociateSoftwareTokenResponse response = CognitoErrorTranslator.call(
				() -> this.client.associateSoftwareToken((request) -> request.session(session)),
				CognitoErrorTranslator.CONFIRM_SIGN_IN);
		requireSecret(response, CognitoErrorTranslator.CONFIRM_SIGN_IN);
		if (!StringUtils.hasText(response.session())) {
			throw new CognitoSessionException("InvalidResponse",
					"Cognito returned no session with the TOTP secret during sign-in");
		}
		return new SessionAssociation(response.secretCode(), response.session());
	}

	/**
	 * Start a TOTP registration for a signed-in user.
	 * @param accessToken the user's access token
	 * @return the base32 secret
	 */
	public String associateWithAccessToken(String accessToken) {
		Assert.hasText(accessToken, "accessToken cannot be empty");
		AssociateSoftwareTokenResponse response = CognitoErrorTranslator
			.call(() -> this.client.associateSoftwareToken((request) -> request.accessToken(accessToken)), SETUP);
		return requireSecret(response, SETUP);
	}

	/**
	 * Finish a TOTP registration during an {@code MFA_SETUP} sign-in challenge.
	 * @param session the session {@link #associate(String)} returned
	 * @param code the code the authenticator app shows
	 * @param friendlyDeviceName a name for the authenticator, or {@code null}
	 * @return the session that answers {@code MFA_SETUP}
	 */
	public String verify(String session, String code, String friendlyDeviceName) {
		Assert.hasText(session, "session cannot be empty");
		Assert.hasText(code, "code cannot be empty");
		VerifySoftwareTokenResponse response = CognitoErrorTranslator.call(
				() -> this.client.verifySoftwareToken(
						(request) -> request.session(session).userCode(code).friendlyDeviceName(friendlyDeviceName)),
				CognitoErrorTranslator.CONFIRM_SIGN_IN);
		requireSuccess(response, CognitoErrorTranslator.CONFIRM_SIGN_IN);
		if (!StringUtils.hasText(response.session())) {
			throw new CognitoSessionException("InvalidResponse",
					"Cognito verified the TOTP code but returned no session to finish the sign-in");
		}
		return response.session();
	}

	/**
	 * Finish a TOTP registration for a signed-in user. It does not turn TOTP MFA on: see
	 * {@link #setTotpMfaEnabled(String, boolean)}.
	 * @param accessToken the user's access token
	 * @param code the code the authenticator app shows
	 * @param friendlyDeviceName a name for the authenticator, or {@code null}
	 */
	public void verifyWithAccessToken(String accessToken, String code, String friendlyDeviceName) {
		Assert.hasText(accessToken, "accessToken cannot be empty");
		Assert.hasText(code, "code cannot be empty");
		VerifySoftwareTokenResponse response = CognitoErrorTranslator.call(() -> this.client.verifySoftwareToken(
				(request) -> request.accessToken(accessToken).userCode(code).friendlyDeviceName(friendlyDeviceName)),
				VERIFICATION);
		requireSuccess(response, VERIFICATION);
	}

	/**
	 * Turn TOTP MFA on (as the preferred second factor) or off for a signed-in user.
	 * @param accessToken the user's access token
	 * @param enabled whether TOTP MFA is on
	 */
	public void setTotpMfaEnabled(String accessToken, boolean enabled) {
		Assert.hasText(accessToken, "accessToken cannot be empty");
		CognitoErrorTranslator.call(
				() -> this.client.setUserMFAPreference((request) -> request.accessToken(accessToken)
					.softwareTokenMfaSettings((settings) -> settings.enabled(enabled).preferredMfa(enabled))),
				PREFERENCE);
	}

	/**
	 * Set a signed-in user's MFA preferences; types the preferences do not name are left
	 * as they are.
	 * @param accessToken the user's access token
	 * @param preferences the preferences
	 */
	public void updateMfaPreferences(String accessToken, MfaPreferences preferences) {
		Assert.hasText(accessToken, "accessToken cannot be empty");
		Assert.notNull(preferences, "preferences cannot be null");
		SetUserMfaPreferenceRequest.Builder request = SetUserMfaPreferenceRequest.builder().accessToken(accessToken);
		preferences.asMap().forEach((type, preference) -> {
			boolean enabled = preference != MfaPreference.DISABLED;
			boolean preferred = preference == MfaPreference.PREFERRED;
			switch (type) {
				case SMS -> request.smsMfaSettings((settings) -> settings.enabled(enabled).preferredMfa(preferred));
				case TOTP ->
					request.softwareTokenMfaSettings((settings) -> settings.enabled(enabled).preferredMfa(preferred));
				case EMAIL -> request.emailMfaSettings((settings) -> settings.enabled(enabled).preferredMfa(preferred));
			}
		});
		CognitoErrorTranslator.call(() -> this.client.setUserMFAPreference(request.build()), PREFERENCE);
	}

	/**
	 * A signed-in user's MFA settings ({@code GetUser}).
	 * @param accessToken the user's access token
	 * @return the settings
	 */
	public MfaSettings getMfaSettings(String accessToken) {
		Assert.hasText(accessToken, "accessToken cannot be empty");
		GetUserResponse user = CognitoErrorTranslator
			.call(() -> this.client.getUser((request) -> request.accessToken(accessToken)), "MFA settings lookup");
		return MfaSettings.of(user.hasUserMFASettingList() ? user.userMFASettingList() : null,
				user.preferredMfaSetting());
	}

	private static String requireSecret(AssociateSoftwareTokenResponse response, String operation) {
		if (!StringUtils.hasText(response.secretCode())) {
			throw new CognitoSessionException("InvalidResponse", "Cognito returned no TOTP secret during " + operation);
		}
		return response.secretCode();
	}

	private static void requireSuccess(VerifySoftwareTokenResponse response, String operation) {
		if (response.status() != VerifySoftwareTokenResponseType.SUCCESS) {
			throw new CodeMismatchException("VerifySoftwareToken",
					"Cognito did not accept the authenticator code during " + operation, null);
		}
	}

	@Override
	public String toString() {
		return "TotpMfaClient";
	}

	/**
	 * The answer to {@code AssociateSoftwareToken} with a sign-in session.
	 *
	 * @param secretCode the base32 secret (never printed)
	 * @param session the session to verify the code with (never printed)
	 */
	public record SessionAssociation(String secretCode, String session) {

		@Override
		public String toString() {
			return "SessionAssociation[secretCode=[PROTECTED], session=[PROTECTED]]";
		}

	}

}
