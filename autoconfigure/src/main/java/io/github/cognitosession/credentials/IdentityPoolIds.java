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

import io.github.cognitosession.userpool.CognitoIds;

/**
 * Checks identity pool ids, so that a typo is reported at start-up with the property's
 * name rather than as an obscure service error on first use.
 *
 * @author Cognito Session contributors
 */
final class IdentityPoolIds {

	private IdentityPoolIds() {
	}

	static String validate(String identityPoolId) {
		if (identityPoolId == null || identityPoolId.isBlank()) {
			throw new IdentityPoolNotConfiguredException();
		}
		if (!CognitoIds.IDENTITY_POOL_ID.matcher(identityPoolId).matches()) {
			throw new IllegalArgumentException("cognito.identity-pool.id '" + identityPoolId
					+ "' is not an identity pool id: expected <region>:<uuid>, "
					+ "e.g. eu-west-1:00000000-0000-0000-0000-000000000000");
		}
		return identityPoolId;
	}

}
