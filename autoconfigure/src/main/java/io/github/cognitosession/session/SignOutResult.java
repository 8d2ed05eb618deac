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

import java.util.List;

/**
 * What a sign-out's remote steps did. The local sign-out has always happened.
 *
 * @param globalSignOutDone whether {@code GlobalSignOut} succeeded (or was not asked for)
 * @param tokenRevoked whether {@code RevokeToken} succeeded (or was not asked for)
 * @param errors the remote steps' failures, empty when everything succeeded
 * @author Cognito Session contributors
 */
public record SignOutResult(boolean globalSignOutDone, boolean tokenRevoked, List<Exception> errors) {

	public SignOutResult {
		errors = List.copyOf(errors);
	}

	/**
	 * Whether every remote step asked for succeeded.
	 * @return {@code true} when nothing failed
	 */
	public boolean isComplete() {
		return this.errors.isEmpty();
	}

}
