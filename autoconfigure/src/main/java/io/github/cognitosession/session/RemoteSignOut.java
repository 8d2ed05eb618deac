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

import java.util.ArrayList;
import java.util.List;

import io.github.cognitosession.exception.CognitoErrorTranslator;
import io.github.cognitosession.exception.CognitoSessionException;
import io.github.cognitosession.exception.InvalidSessionStateException;
import io.github.cognitosession.token.CognitoTokens;
import io.github.cognitosession.userpool.UserPoolClient;
import org.apache.commons.logging.Log;
import org.apache.commons.logging.LogFactory;
import software.amazon.awssdk.core.exception.SdkException;
import software.amazon.awssdk.services.cognitoidentityprovider.CognitoIdentityProviderClient;

import org.springframework.util.Assert;

/**
 * The remote steps of a sign-out: {@code GlobalSignOut} with the access token, then
 * {@code RevokeToken} with the refresh token (in this order, because revoking also
 * invalidates the access token). Failures are collected as the library's exceptions
 * (naming the operation, never a token), logged at WARN, and never thrown.
 *
 * @author Cognito Session contributors
 */
public final class RemoteSignOut {

	private static final String GLOBAL_SIGN_OUT = "global sign-out (GlobalSignOut)";

	private static final String TOKEN_REVOCATION = "token revocation (RevokeToken)";

	private static final Log logger = LogFactory.getLog(RemoteSignOut.class);

	private final CognitoIdentityProviderClient client;

	private final UserPoolClient userPool;

	/**
	 * Create an instance.
	 * @param client the Cognito user-pool client
	 * @param userPool the user pool and app client
	 */
	public RemoteSignOut(CognitoIdentityProviderClient client, UserPoolClient userPool) {
		Assert.notNull(client, "client cannot be null");
		Assert.notNull(userPool, "userPool cannot be null");
		this.client = client;
		this.userPool = userPool;
	}

	/**
	 * Perform the remote steps asked for.
	 * @param tokens the session's tokens
	 * @param options what to do
	 * @return what succeeded and what failed
	 */
	public SignOutResult signOut(CognitoTokens tokens, SignOutOptions options) {
		Assert.notNull(tokens, "tokens cannot be null");
		Assert.notNull(options, "options cannot be null");
		List<Exception> errors = new ArrayList<>();
		boolean globalDone = !options.global();
		boolean revoked = !options.revokeToken();
		if (options.global()) {
			try {
				this.client.globalSignOut((request) -> request.accessToken(tokens.getAccessToken().getTokenValue()));
				globalDone = true;
			}
			catch (SdkException ex) {
				errors.add(failed(ex, GLOBAL_SIGN_OUT));
			}
		}
		if (options.revokeToken()) {
			if (tokens.getRefreshToken() == null) {
				errors.add(new InvalidSessionStateException("The session has no refresh token to revoke"));
			}
			else {
				try {
					this.client.revokeToken((request) -> request.token(tokens.getRefreshToken())
						.clientId(this.userPool.getClientId())
						.clientSecret(this.userPool.getClientSecret()));
					revoked = true;
				}
				catch (SdkException ex) {
					errors.add(failed(ex, TOKEN_REVOCATION));
				}
			}
		}
		return new SignOutResult(globalDone, revoked, errors);
	}

	private static CognitoSessionException failed(SdkException ex, String operation) {
		CognitoSessionException failure = CognitoErrorTranslator.translate(ex, operation);
		logger.warn(failure.getMessage() + "; the user is signed out locally all the same");
		return failure;
	}

	@Override
	public String toString() {
		return "RemoteSignOut[clientId=" + this.userPool.getClientId() + ", secret="
				+ (this.userPool.hasClientSecret() ? "[PROTECTED]" : "none") + "]";
	}

}
