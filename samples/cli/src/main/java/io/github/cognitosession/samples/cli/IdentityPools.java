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
package io.github.cognitosession.samples.cli;

import io.github.cognitosession.credentials.IdentityPoolNotConfiguredException;
import io.github.cognitosession.session.CognitoSessionManager;
import io.github.cognitosession.session.IdentityPoolOperations;

/**
 * The identity-pool role of the session manager for the commands that need it, with the
 * error that names the missing property when no identity pool is configured.
 *
 * @author Cognito Session contributors
 */
final class IdentityPools {

	private IdentityPools() {
	}

	static IdentityPoolOperations of(CognitoSessionManager manager) {
		return manager.identityPool().orElseThrow(IdentityPoolNotConfiguredException::new);
	}

}
