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

/**
 * What a sign-out does besides forgetting the local session.
 *
 * @param global whether to sign the user out of all devices ({@code GlobalSignOut})
 * @param revokeToken whether to revoke the refresh token ({@code RevokeToken}), which
 * also invalidates the access and ID tokens issued with it
 * @author Cognito Session contributors
 */
public record SignOutOptions(boolean global, boolean revokeToken) {

	/**
	 * A local sign-out only.
	 * @return the options
	 */
	public static SignOutOptions local() {
		return new SignOutOptions(false, false);
	}

}
