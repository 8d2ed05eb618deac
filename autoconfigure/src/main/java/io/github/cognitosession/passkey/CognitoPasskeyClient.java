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

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

import io.github.cognitosession.exception.CognitoErrorTranslator;
import io.github.cognitosession.exception.CognitoSessionException;
import software.amazon.awssdk.core.document.Document;
import software.amazon.awssdk.services.cognitoidentityprovider.CognitoIdentityProviderClient;
import software.amazon.awssdk.services.cognitoidentityprovider.model.ListWebAuthnCredentialsResponse;
import software.amazon.awssdk.services.cognitoidentityprovider.model.StartWebAuthnRegistrationResponse;

import org.springframework.util.Assert;
import org.springframework.util.StringUtils;

/**
 * Cognito's passkey (WebAuthn credential) operations on the AWS SDK's
 * {@link CognitoIdentityProviderClient}, each authorized by a signed-in user's access
 * token and never signed with AWS credentials. Service errors are thrown as
 * {@code CognitoSessionException}s. Thread-safe.
 *
 * @author Cognito Session contributors
 */
public final class CognitoPasskeyClient {

	private final CognitoIdentityProviderClient client;

	/**
	 * Create an instance.
	 * @param client the Cognito user-pool client
	 */
	public CognitoPasskeyClient(CognitoIdentityProviderClient client) {
		Assert.notNull(client, "client cannot be null");
		this.client = client;
	}

	/**
	 * Start registering a passkey.
	 * @param accessToken the user's access token
	 * @return the JSON of the credential creation options
	 */
	public String startRegistration(String accessToken) {
		Assert.hasText(accessToken, "accessToken cannot be empty");
		StartWebAuthnRegistrationResponse response = CognitoErrorTranslator.call(
				() -> this.client.startWebAuthnRegistration((request) -> request.accessToken(accessToken)),
				"passkey registration");
		Document options = response.credentialCreationOptions();
		if (options == null || !options.isMap()) {
			throw new CognitoSessionException("InvalidResponse",
					"Cognito returned no credential creation options for the passkey registration");
		}
		return JsonDocuments.toJson(options);
	}

	/**
	 * Finish registering a passkey.
	 * @param accessToken the user's access token
	 * @param credentialJson the JSON of the browser's {@code PublicKeyCredential}
	 */
	public void completeRegistration(String accessToken, String credentialJson) {
		Assert.hasText(accessToken, "accessToken cannot be empty");
		Document credential = JsonDocuments.parseObject(credentialJson, "The passkey credential");
		CognitoErrorTranslator.call(
				() -> this.client
					.completeWebAuthnRegistration((request) -> request.accessToken(accessToken).credential(credential)),
				"passkey registration");
	}

	/**
	 * A user's passkeys, all pages.
	 * @param accessToken the user's access token
	 * @return the passkeys
	 * @throws CognitoSessionException if a call fails, or Cognito returns a page token a
	 * second time (which would make the listing endless)
	 */
	public List<Passkey> list(String accessToken) {
		Assert.hasText(accessToken, "accessToken cannot be empty");
		List<Passkey> passkeys = new ArrayList<>();
		Set<String> pages = new HashSet<>();
		String page = null;
		do {
			String token = page;
			ListWebAuthnCredentialsResponse response = CognitoErrorTranslator.call(
					() -> this.client
						.listWebAuthnCredentials((request) -> request.accessToken(accessToken).nextToken(token)),
					"passkey listing");
			response.credentials()
				.forEach((credential) -> passkeys
					.add(new Passkey(credential.credentialId(), credential.friendlyCredentialName(),
							credential.relyingPartyId(), credential.authenticatorAttachment(),
							credential.authenticatorTransports(), credential.createdAt())));
			page = response.nextToken();
			// a token Cognito gave before would make this loop request the same pages
			// forever
			if (StringUtils.hasText(page) && !pages.add(page)) {
				throw new CognitoSessionException("InvalidResponse",
						"Cognito returned a page token it had already returned during the passkey listing");
			}
		}
		while (StringUtils.hasText(page));
		return List.copyOf(passkeys);
	}

	/**
	 * Delete a passkey.
	 * @param accessToken the user's access token
	 * @param credentialId the credential id
	 */
	public void delete(String accessToken, String credentialId) {
		Assert.hasText(accessToken, "accessToken cannot be empty");
		Assert.hasText(credentialId, "credentialId cannot be empty");
		CognitoErrorTranslator.call(
				() -> this.client
					.deleteWebAuthnCredential((request) -> request.accessToken(accessToken).credentialId(credentialId)),
				"passkey deletion");
	}

	@Override
	public String toString() {
		return "CognitoPasskeyClient";
	}

}
