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
package io.github.cognitosession.token;

import java.util.Set;

import software.amazon.awssdk.awscore.exception.AwsServiceException;

import org.springframework.util.Assert;

/**
 * Tries a preferred refresher and switches to a fallback for good when the endpoint does
 * not implement the preferred operation (e.g. an emulator without
 * {@code GetTokensFromRefreshToken}). Any other failure is passed on unchanged.
 *
 * @author Cognito Session contributors
 */
public final class FallbackTokenRefresher implements TokenRefresher {

	private static final Set<String> UNSUPPORTED_OPERATION = Set.of("UnknownOperationException", "InvalidAction",
			"UnsupportedOperation", "UnsupportedOperationException", "NotImplemented");

	private final TokenRefresher preferred;

	private final TokenRefresher fallback;

	private volatile boolean preferredUnsupported;

	/**
	 * Create an instance.
	 * @param preferred the refresher tried first
	 * @param fallback the refresher used once the preferred one is found unsupported
	 */
	public FallbackTokenRefresher(TokenRefresher preferred, TokenRefresher fallback) {
		Assert.notNull(preferred, "preferred cannot be null");
		Assert.notNull(fallback, "fallback cannot be null");
		this.preferred = preferred;
		this.fallback = fallback;
	}

	@Override
	public RefreshedTokens refresh(String username, String refreshToken, String deviceKey) {
		if (!this.preferredUnsupported) {
			try {
				return this.preferred.refresh(username, refreshToken, deviceKey);
			}
			catch (AwsServiceException ex) {
				if (!isUnsupportedOperation(ex)) {
					throw ex;
				}
				this.preferredUnsupported = true;
			}
		}
		return this.fallback.refresh(username, refreshToken, deviceKey);
	}

	private static boolean isUnsupportedOperation(AwsServiceException ex) {
		String code = (ex.awsErrorDetails() != null) ? ex.awsErrorDetails().errorCode() : null;
		return (code != null && UNSUPPORTED_OPERATION.contains(code)) || ex.statusCode() == 404
				|| ex.statusCode() == 501;
	}

	@Override
	public String toString() {
		return "FallbackTokenRefresher[preferred=" + this.preferred + ", fallback=" + this.fallback + "]";
	}

}
