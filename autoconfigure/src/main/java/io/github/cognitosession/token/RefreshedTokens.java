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

import java.util.Objects;

/**
 * Tokens returned by a refresh, not verified yet.
 *
 * @param idToken the new ID token
 * @param accessToken the new access token
 * @param refreshToken the refresh token to keep from now on: the new one when Cognito
 * rotated it, else the one the refresh was made with
 * @param rotated whether Cognito issued a new refresh token
 * @author Cognito Session contributors
 */
public record RefreshedTokens(String idToken, String accessToken, String refreshToken, boolean rotated) {

	public RefreshedTokens {
		Objects.requireNonNull(idToken, "idToken cannot be null");
		Objects.requireNonNull(accessToken, "accessToken cannot be null");
		Objects.requireNonNull(refreshToken, "refreshToken cannot be null");
	}

	@Override
	public String toString() {
		return "RefreshedTokens[rotated=" + this.rotated + ", values=[PROTECTED]]";
	}

}
