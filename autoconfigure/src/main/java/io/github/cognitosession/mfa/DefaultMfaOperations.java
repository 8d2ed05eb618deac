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

import java.util.function.Supplier;

import io.github.cognitosession.token.CognitoTokens;

import org.springframework.util.Assert;

/**
 * The default {@link MfaOperations}: {@link TotpMfaClient} calls authorised by the
 * current user's access token, which the session keeps fresh.
 *
 * @author Cognito Session contributors
 */
public final class DefaultMfaOperations implements MfaOperations {

	private final TotpMfaClient totp;

	private final Supplier<CognitoTokens> tokens;

	/**
	 * Create an instance.
	 * @param totp the TOTP client
	 * @param tokens the current user's fresh tokens (fails when nobody is signed in)
	 */
	public DefaultMfaOperations(TotpMfaClient totp, Supplier<CognitoTokens> tokens) {
		Assert.notNull(totp, "totp cannot be null");
		Assert.notNull(tokens, "tokens cannot be null");
		this.totp = totp;
		this.tokens = tokens;
	}

	@Override
	public TotpSetup setUpTotp() {
		CognitoTokens current = this.tokens.get();
		return TotpSetup.of(current.getUsername(),
				this.totp.associateWithAccessToken(current.getAccessToken().getTokenValue()));
	}

	@Override
	public void verifyTotp(String code, String friendlyDeviceName) {
		Assert.hasText(code, "code cannot be empty");
		this.totp.verifyWithAccessToken(accessToken(), code, friendlyDeviceName);
	}

	@Override
	public void setTotpMfaEnabled(boolean enabled) {
		this.totp.setTotpMfaEnabled(accessToken(), enabled);
	}

	@Override
	public MfaSettings getMfaSettings() {
		return this.totp.getMfaSettings(accessToken());
	}

	@Override
	public void updateMfaPreferences(MfaPreferences preferences) {
		Assert.notNull(preferences, "preferences cannot be null");
		this.totp.updateMfaPreferences(accessToken(), preferences);
	}

	private String accessToken() {
		return this.tokens.get().getAccessToken().getTokenValue();
	}

	@Override
	public String toString() {
		return "DefaultMfaOperations[" + this.totp + "]";
	}

}
