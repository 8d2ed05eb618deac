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

package io.github.cognitosession.local.userpool;

import java.time.Instant;
import java.util.List;
import java.util.Objects;

/**
 * A passkey (WebAuthn credential) registered for a user: what the authentication checks
 * need (the authenticator's attested credential data, holding the public key, and its
 * signature counter) and what ListWebAuthnCredentials shows.
 *
 * @param credentialId the credential id, base64url without padding
 * @param attestedCredentialData the attested credential data of the registration (AAGUID,
 * credential id, COSE public key), as the authenticator sent it
 * @param signCount the last signature counter seen
 * @param relyingPartyId the relying party it was registered for
 * @param friendlyName a name for it, or {@code null}
 * @param authenticatorAttachment {@code platform} or {@code cross-platform}, or
 * {@code null}
 * @param transports the transports the browser reported
 * @param createdAt when it was registered
 * @author Cognito Session contributors
 */
public record Passkey(String credentialId, byte[] attestedCredentialData, long signCount, String relyingPartyId,
		String friendlyName, String authenticatorAttachment, List<String> transports, Instant createdAt) {

	public Passkey {
		Objects.requireNonNull(credentialId, "credentialId cannot be null");
		Objects.requireNonNull(attestedCredentialData, "attestedCredentialData cannot be null");
		Objects.requireNonNull(relyingPartyId, "relyingPartyId cannot be null");
		transports = (transports != null) ? List.copyOf(transports) : List.of();
	}

	Passkey withSignCount(long next) {
		return new Passkey(this.credentialId, this.attestedCredentialData, next, this.relyingPartyId, this.friendlyName,
				this.authenticatorAttachment, this.transports, this.createdAt);
	}

	@Override
	public boolean equals(Object other) {
		return other instanceof Passkey passkey && this.credentialId.equals(passkey.credentialId);
	}

	@Override
	public int hashCode() {
		return this.credentialId.hashCode();
	}

	@Override
	public String toString() {
		return "Passkey[" + this.credentialId + ", " + this.relyingPartyId + "]";
	}

}
