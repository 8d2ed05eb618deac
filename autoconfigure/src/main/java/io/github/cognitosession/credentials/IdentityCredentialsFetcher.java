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
package io.github.cognitosession.credentials;

import org.apache.commons.logging.Log;
import org.apache.commons.logging.LogFactory;
import software.amazon.awssdk.auth.credentials.AwsSessionCredentials;
import software.amazon.awssdk.core.exception.SdkException;
import software.amazon.awssdk.services.cognitoidentity.model.Credentials;
import software.amazon.awssdk.services.cognitoidentity.model.GetCredentialsForIdentityResponse;

import io.github.cognitosession.exception.CognitoSessionException;

/**
 * Fetches AWS credentials for one identity with {@code GetCredentialsForIdentity}: the
 * upstream call behind {@link CognitoIdentityCredentialsProvider}. A cached identity id
 * that Cognito rejects is dropped and the call retried once with a new id (GetId); every
 * other failure is translated and thrown.
 *
 * @author Cognito Session contributors
 */
final class IdentityCredentialsFetcher {

	static final String PROVIDER_NAME = "CognitoIdentityCredentialsProvider";

	private static final Log logger = LogFactory.getLog(IdentityCredentialsFetcher.class);

	private final IdentityIdResolver identityIdResolver;

	private final String customRoleArn;

	IdentityCredentialsFetcher(IdentityIdResolver identityIdResolver, String customRoleArn) {
		this.identityIdResolver = identityIdResolver;
		this.customRoleArn = customRoleArn;
	}

	FetchedCredentials fetch(IdentityLogins logins) {
		IdentityIdResolver.Resolution resolution = this.identityIdResolver.resolve(logins);
		try {
			return getCredentials(resolution.identityId(), logins);
		}
		catch (SdkException ex) {
			if (resolution.source() != IdentityIdResolver.Source.CACHED
					|| !CognitoIdentityErrors.isIdentityRejected(ex)) {
				throw translate(ex, logins);
			}
			this.identityIdResolver.evict(resolution.identityId());
			String identityId = this.identityIdResolver.resolveIdentityId(logins);
			try {
				return getCredentials(identityId, logins);
			}
			catch (SdkException retryEx) {
				throw translate(retryEx, logins);
			}
		}
	}

	private FetchedCredentials getCredentials(String identityId, IdentityLogins logins) {
		String roleArn = (logins.getCustomRoleArn() != null) ? logins.getCustomRoleArn() : this.customRoleArn;
		GetCredentialsForIdentityResponse response = this.identityIdResolver.cognitoIdentityClient()
			.getCredentialsForIdentity(
					(request) -> request.identityId(identityId).logins(logins.requestLogins()).customRoleArn(roleArn));
		this.identityIdResolver.confirm(identityId, response.identityId());
		Credentials credentials = response.credentials();
		if (credentials == null || credentials.accessKeyId() == null || credentials.secretKey() == null
				|| credentials.sessionToken() == null || credentials.expiration() == null) {
			throw new CognitoSessionException("InvalidCredentialsResponse",
					"GetCredentialsForIdentity returned incomplete credentials for identity " + identityId);
		}
		String returnedIdentityId = (response.identityId() != null) ? response.identityId() : identityId;
		if (logger.isDebugEnabled()) {
			logger.debug("Fetched AWS credentials for identity " + returnedIdentityId + " (" + logins.getKind()
					+ "), expiring at " + credentials.expiration());
		}
		AwsSessionCredentials sessionCredentials = AwsSessionCredentials.builder()
			.accessKeyId(credentials.accessKeyId())
			.secretAccessKey(credentials.secretKey())
			.sessionToken(credentials.sessionToken())
			.expirationTime(credentials.expiration())
			.providerName(PROVIDER_NAME)
			.build();
		return new FetchedCredentials(returnedIdentityId, sessionCredentials);
	}

	private CognitoSessionException translate(SdkException ex, IdentityLogins logins) {
		return CognitoIdentityErrors.translate(ex, logins, this.identityIdResolver.identityPoolId(),
				CognitoIdentityErrors.GET_CREDENTIALS);
	}

	record FetchedCredentials(String identityId, AwsSessionCredentials credentials) {

		@Override
		public String toString() {
			return "FetchedCredentials[identityId=" + this.identityId + ", credentials=" + this.credentials + "]";
		}

	}

}
