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

package io.github.cognitosession.local.hostedui;

/**
 * A sign-in form shown to a browser: the validated authorization request it completes,
 * the token the form must return, and the browser token (cookie) it is bound to.
 *
 * @param request the authorization request
 * @param formToken the anti-forgery token of the form
 * @param browserToken the {@code XSRF-TOKEN} cookie of the browser the form was shown to
 * @param newPasswordFor the user who must choose a new password (after a correct
 * temporary password), or {@code null} while the password is still to be checked
 * @author Cognito Session contributors
 */
record PendingLogin(AuthorizationRequest request, String formToken, String browserToken, String newPasswordFor) {

	@Override
	public String toString() {
		return "PendingLogin[" + this.request + "]";
	}

}
