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

package io.github.cognitosession.local.identity;

import java.time.Instant;

/**
 * Temporary AWS credentials handed out for an identity.
 *
 * @param identityId the identity
 * @param accessKeyId the access key id ({@code ASIA...})
 * @param secretKey the secret key
 * @param sessionToken the session token
 * @param expiration when they stop working
 * @param roleArn the role the credentials stand for, or {@code null} when the identity
 * pool has no roles
 * @author Cognito Session contributors
 */
public record IssuedCredentials(String identityId, String accessKeyId, String secretKey, String sessionToken,
		Instant expiration, String roleArn) {

	@Override
	public String toString() {
		return "IssuedCredentials[" + this.identityId + ", " + this.accessKeyId + ", role " + this.roleArn
				+ ", expires " + this.expiration + "]";
	}

}
