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
package io.github.cognitosession.passkey;

import java.time.Instant;
import java.util.List;

/**
 * A passkey registered for the user, as {@code ListWebAuthnCredentials} describes it.
 *
 * @param credentialId the credential id (base64url)
 * @param friendlyName the name the authenticator gave it, or {@code null}
 * @param relyingPartyId the relying party (the user pool's domain, or a configured one)
 * @param authenticatorAttachment {@code platform} or {@code cross-platform}, or
 * {@code null}
 * @param transports how the authenticator is reached (e.g. {@code internal}, {@code usb})
 * @param createdAt when it was registered
 * @author Cognito Session contributors
 */
public record Passkey(String credentialId, String friendlyName, String relyingPartyId, String authenticatorAttachment,
		List<String> transports, Instant createdAt) {

	public Passkey {
		transports = (transports != null) ? List.copyOf(transports) : List.of();
	}

}
