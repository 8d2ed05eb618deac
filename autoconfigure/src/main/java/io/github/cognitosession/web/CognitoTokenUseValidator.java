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

package io.github.cognitosession.web;

import org.springframework.security.oauth2.core.OAuth2Error;
import org.springframework.security.oauth2.core.OAuth2ErrorCodes;
import org.springframework.security.oauth2.core.OAuth2TokenValidator;
import org.springframework.security.oauth2.core.OAuth2TokenValidatorResult;
import org.springframework.security.oauth2.jwt.Jwt;
import org.springframework.util.Assert;

/**
 * Checks Cognito's {@code token_use} claim, so that an access token (signed with the same
 * keys) is never accepted where an ID token is expected.
 *
 * @author Cognito Session contributors
 */
public final class CognitoTokenUseValidator implements OAuth2TokenValidator<Jwt> {

	private final String expectedUse;

	/**
	 * Create a validator.
	 * @param expectedUse {@code id} or {@code access}
	 */
	public CognitoTokenUseValidator(String expectedUse) {
		Assert.hasText(expectedUse, "expectedUse cannot be empty");
		this.expectedUse = expectedUse;
	}

	/**
	 * A validator for ID tokens.
	 * @return the validator
	 */
	public static CognitoTokenUseValidator idToken() {
		return new CognitoTokenUseValidator("id");
	}

	@Override
	public OAuth2TokenValidatorResult validate(Jwt token) {
		if (this.expectedUse.equals(token.getClaimAsString("token_use"))) {
			return OAuth2TokenValidatorResult.success();
		}
		return OAuth2TokenValidatorResult.failure(new OAuth2Error(OAuth2ErrorCodes.INVALID_TOKEN,
				"The token_use claim is not '" + this.expectedUse + "'", null));
	}

}
