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
package io.github.cognitosession.signin.srp;

/**
 * The client's proof for a {@code PASSWORD_VERIFIER} challenge.
 *
 * @param secretBlock {@code PASSWORD_CLAIM_SECRET_BLOCK}: the server's secret block,
 * echoed
 * @param signature {@code PASSWORD_CLAIM_SIGNATURE}, base64
 * @param timestamp {@code TIMESTAMP}, the time the signature covers
 * @author Cognito Session contributors
 */
public record PasswordClaim(String secretBlock, String signature, String timestamp) {

	@Override
	public String toString() {
		return "PasswordClaim[timestamp=" + this.timestamp + "]";
	}

}
