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

import io.github.cognitosession.exception.CognitoErrorTranslator;
import io.github.cognitosession.exception.CognitoSessionException;
import software.amazon.awssdk.awscore.exception.AwsServiceException;
import software.amazon.awssdk.core.exception.SdkException;
import software.amazon.awssdk.services.cognitoidentity.model.InvalidIdentityPoolConfigurationException;
import software.amazon.awssdk.services.cognitoidentity.model.NotAuthorizedException;
import software.amazon.awssdk.services.cognitoidentity.model.ResourceNotFoundException;

/**
 * Translates Cognito Identity's errors into this library's exceptions. The errors that
 * mean something for an identity (a rejected login, an unknown pool or identity, a
 * misconfigured pool) get their own exceptions; everything else goes through the same
 * {@link CognitoErrorTranslator} as the user-pool calls, so that a network error, a
 * timeout or a 5xx is a {@code CognitoUnavailableException} and throttling a
 * {@code ThrottledException}, each naming the operation. Cognito's own messages name
 * identities and pools but never echo a token, so they are kept.
 *
 * @author Cognito Session contributors
 */
final class CognitoIdentityErrors {

	/**
	 * The operation name of {@code GetId} in messages.
	 */
	static final String GET_ID = "GetId (Cognito Identity)";

	/**
	 * The operation name of {@code GetCredentialsForIdentity} in messages.
	 */
	static final String GET_CREDENTIALS = "GetCredentialsForIdentity (Cognito Identity)";

	private CognitoIdentityErrors() {
	}

	/**
	 * Whether Cognito rejected the identity id itself (deleted, disabled after a merge,
	 * or linked to another login) rather than the logins or the pool: then a cached id
	 * must be dropped and a new one fetched.
	 */
	static boolean isIdentityRejected(SdkException ex) {
		String message = serviceMessage(ex);
		if (ex instanceof ResourceNotFoundException) {
			// "Identity 'id' not found." vs "IdentityPool 'id' not found.": only the
			// first
			// is a stale cached id
			return !message.startsWith("IdentityPool");
		}
		if (ex instanceof NotAuthorizedException) {
			return message.contains("is forbidden") || message.contains("Logins don't match");
		}
		return false;
	}

	static CognitoSessionException translate(SdkException ex, IdentityLogins logins, String identityPoolId,
			String operation) {
		String message = serviceMessage(ex);
		if (ex instanceof NotAuthorizedException) {
			if (logins.isGuest() && message.contains("Unauthenticated access")) {
				return new GuestAccessNotAllowedException(
						"Identity pool " + identityPoolId + " does not allow unauthenticated (guest) identities", ex);
			}
			if (logins.getKind() == IdentityLogins.Kind.FEDERATED) {
				return new FederatedTokenRejectedException(logins.getProviderKey(), ex);
			}
			String who = logins.isGuest() ? "the guest identity" : "the user-pool ID token";
			return new CognitoSessionException("NotAuthorizedException",
					"Identity pool " + identityPoolId + " rejected " + who + " (" + operation + "): " + message, ex);
		}
		if (ex instanceof ResourceNotFoundException) {
			return new CognitoSessionException("ResourceNotFoundException",
					"Cognito Identity could not find the identity pool " + identityPoolId
							+ " or the identity (check cognito.identity-pool.id and its region): " + message,
					ex);
		}
		if (ex instanceof InvalidIdentityPoolConfigurationException) {
			return new CognitoSessionException("InvalidIdentityPoolConfigurationException", "Identity pool "
					+ identityPoolId + " is misconfigured (check its IAM roles and their trust policies): " + message,
					ex);
		}
		return CognitoErrorTranslator.translate(ex, operation);
	}

	private static String serviceMessage(SdkException ex) {
		if (ex instanceof AwsServiceException service && service.awsErrorDetails() != null
				&& service.awsErrorDetails().errorMessage() != null) {
			return service.awsErrorDetails().errorMessage();
		}
		return String.valueOf(ex.getMessage());
	}

}
