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
import java.util.function.Supplier;

import io.github.cognitosession.token.CognitoTokens;

import org.springframework.util.Assert;

/**
 * The default {@link PasskeyOperations}: {@link CognitoPasskeyClient} calls authorized by
 * the current user's access token, which the session keeps fresh.
 *
 * @author Cognito Session contributors
 */
public final class DefaultPasskeyOperations implements PasskeyOperations {

	private final CognitoPasskeyClient client;

	private final Supplier<CognitoTokens> tokens;

	/**
	 * Create an instance.
	 * @param client the passkey client
	 * @param tokens the current user's fresh tokens (fails when nobody is signed in)
	 */
	public DefaultPasskeyOperations(CognitoPasskeyClient client, Supplier<CognitoTokens> tokens) {
		Assert.notNull(client, "client cannot be null");
		Assert.notNull(tokens, "tokens cannot be null");
		this.client = client;
		this.tokens = tokens;
	}

	@Override
	public String startRegistration() {
		return this.client.startRegistration(accessToken());
	}

	@Override
	public void completeRegistration(String credentialJson) {
		this.client.completeRegistration(accessToken(), credentialJson);
	}

	@Override
	public List<Passkey> listPasskeys() {
		return this.client.list(accessToken());
	}

	@Override
	public void deletePasskey(String credentialId) {
		this.client.delete(accessToken(), credentialId);
	}

	private String accessToken() {
		return this.tokens.get().getAccessToken().getTokenValue();
	}

	@Override
	public String toString() {
		return "DefaultPasskeyOperations[" + this.client + "]";
	}

}
