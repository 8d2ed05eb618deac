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

import io.github.cognitosession.session.FederatedSignInOptions;
import io.github.cognitosession.session.IdentityPoolOperations;
import io.github.cognitosession.session.SessionIdentities;
import io.github.cognitosession.state.FederatedLogin;
import io.github.cognitosession.state.UserState;

import org.springframework.util.Assert;

/**
 * The default {@link IdentityPoolOperations} role of a session manager: federated sign-in
 * and the identity pool's credentials and identity id of the calling thread's session,
 * served by a {@link SessionCredentialsProvider} (which is also the application's
 * {@code AwsCredentialsProvider}). Closing it closes the credentials cache.
 *
 * @author Cognito Session contributors
 */
public final class DefaultIdentityPoolOperations implements IdentityPoolOperations, AutoCloseable {

	private static final Log logger = LogFactory.getLog(DefaultIdentityPoolOperations.class);

	private final SessionIdentities identities;

	private final SessionCredentialsProvider credentials;

	DefaultIdentityPoolOperations(SessionIdentities identities, SessionCredentialsProvider credentials) {
		Assert.notNull(identities, "identities cannot be null");
		Assert.notNull(credentials, "credentials cannot be null");
		this.identities = identities;
		this.credentials = credentials;
	}

	/**
	 * Return a new builder.
	 * @param template the settings every identity's provider is built with (client, pool
	 * id, role, timing, clock); its logins provider, identity id store and guest access
	 * are set by the builder
	 * @return the builder
	 */
	public static SessionCredentialsProvider.Builder builder(CognitoIdentityCredentialsProvider.Builder template) {
		return new SessionCredentialsProvider.Builder(template);
	}

	/**
	 * The credentials cache behind this role, an {@code AwsCredentialsProvider} for AWS
	 * clients.
	 * @return the credentials provider
	 */
	public SessionCredentialsProvider credentialsProvider() {
		return this.credentials;
	}

	@Override
	public AwsSessionCredentials getCredentials() {
		return this.credentials.sessionCredentials();
	}

	@Override
	public String getIdentityId() {
		return this.credentials.sessionIdentityId();
	}

	/**
	 * {@inheritDoc}
	 * <p>
	 * This is the identity id kept in the session.
	 */
	@Override
	public String getCachedIdentityId() {
		return this.identities.currentSession().identityId();
	}

	/**
	 * {@inheritDoc}
	 * <p>
	 * The session is stored and becomes {@code SIGNED_IN} at once; the identity pool is
	 * then asked for credentials (which warms the cache the session's calls use), and if
	 * it rejects the token the session moves to
	 * {@link UserState#SIGNED_OUT_FEDERATED_TOKENS_INVALID} and the
	 * {@link FederatedTokenRejectedException} is thrown. Any other failure (network,
	 * throttling) keeps the session and is retried on use. The custom role ARN of the
	 * options is kept in memory only.
	 */
	@Override
	public void federatedSignIn(String providerKey, String token, FederatedSignInOptions options) {
		Assert.hasText(providerKey, "providerKey cannot be empty");
		Assert.hasText(token, "token cannot be empty");
		Assert.notNull(options, "options cannot be null");
		this.identities.federate(new FederatedLogin(providerKey, token, options.getCustomRoleArn()),
				options.getIdentityId());
		try {
			// Like AWSMobileClient, find out now whether the identity pool accepts the
			// token.
			this.credentials.resolveCredentials();
		}
		catch (FederatedTokenRejectedException ex) {
			throw ex;
		}
		catch (RuntimeException ex) {
			logger.warn("Federated sign-in with " + providerKey
					+ " kept; fetching its AWS credentials failed and is retried on use: " + ex.getMessage());
		}
	}

	@Override
	public void close() {
		this.credentials.close();
	}

	@Override
	public String toString() {
		return "DefaultIdentityPoolOperations[" + this.credentials + "]";
	}

}
