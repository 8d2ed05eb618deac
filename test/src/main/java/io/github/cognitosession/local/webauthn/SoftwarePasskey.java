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

package io.github.cognitosession.local.webauthn;

import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.security.KeyPair;
import java.security.KeyPairGenerator;
import java.security.MessageDigest;
import java.security.SecureRandom;
import java.security.Signature;
import java.security.interfaces.ECPublicKey;
import java.security.spec.ECGenParameterSpec;
import java.util.Base64;
import java.util.Objects;

import com.webauthn4j.converter.AttestationObjectConverter;
import com.webauthn4j.converter.AuthenticatorDataConverter;
import com.webauthn4j.converter.util.ObjectConverter;
import com.webauthn4j.data.attestation.AttestationObject;
import com.webauthn4j.data.attestation.authenticator.AAGUID;
import com.webauthn4j.data.attestation.authenticator.AttestedCredentialData;
import com.webauthn4j.data.attestation.authenticator.AuthenticatorData;
import com.webauthn4j.data.attestation.authenticator.EC2COSEKey;
import com.webauthn4j.data.attestation.statement.COSEAlgorithmIdentifier;
import com.webauthn4j.data.attestation.statement.NoneAttestationStatement;
import com.webauthn4j.data.extension.authenticator.AuthenticationExtensionAuthenticatorOutput;
import com.webauthn4j.data.extension.authenticator.RegistrationExtensionAuthenticatorOutput;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.ObjectMapper;
import tools.jackson.databind.json.JsonMapper;
import tools.jackson.databind.node.ObjectNode;

/**
 * A passkey in software, for tests: what a browser and its authenticator do with
 * {@code navigator.credentials.create} and {@code navigator.credentials.get}, producing
 * the credential JSON (WebAuthn's {@code PublicKeyCredential.toJSON()} form) from the
 * options JSON a relying party sends. An ES256 key, attestation {@code none}, user
 * present and verified, a signature counter that counts up. Not thread-safe.
 *
 * <pre class="code">
 * SoftwarePasskey passkey = SoftwarePasskey.create("https://localhost");
 * passkeys.completeRegistration(passkey.register(passkeys.startRegistration()));
 * manager.confirmSignIn(passkey.sign(result.getCredentialRequestOptions()));
 * </pre>
 *
 * @author Cognito Session contributors
 */
public final class SoftwarePasskey {

	private static final ObjectMapper JSON = JsonMapper.builder().build();

	private static final Base64.Encoder BASE64URL = Base64.getUrlEncoder().withoutPadding();

	private final ObjectConverter converter = new ObjectConverter();

	private final KeyPair keys;

	private final byte[] credentialId;

	private final String origin;

	private byte[] userHandle;

	private long counter;

	private SoftwarePasskey(KeyPair keys, byte[] credentialId, String origin) {
		this.keys = keys;
		this.credentialId = credentialId;
		this.origin = origin;
	}

	/**
	 * A new passkey used from a web page of an origin.
	 * @param origin the page's origin, e.g. {@code https://localhost}
	 * @return the passkey
	 */
	public static SoftwarePasskey create(String origin) {
		Objects.requireNonNull(origin, "origin cannot be null");
		try {
			SecureRandom random = new SecureRandom();
			KeyPairGenerator generator = KeyPairGenerator.getInstance("EC");
			generator.initialize(new ECGenParameterSpec("secp256r1"), random);
			byte[] id = new byte[16];
			random.nextBytes(id);
			return new SoftwarePasskey(generator.generateKeyPair(), id, origin);
		}
		catch (GeneralSecurityException ex) {
			throw new IllegalStateException("No EC P-256 key generator", ex);
		}
	}

	/**
	 * The same key used from another origin (to test a relying party's origin check).
	 * @param otherOrigin the origin
	 * @return a passkey sharing this one's key and id
	 */
	public SoftwarePasskey from(String otherOrigin) {
		SoftwarePasskey copy = new SoftwarePasskey(this.keys, this.credentialId, otherOrigin);
		copy.userHandle = this.userHandle;
		copy.counter = this.counter;
		return copy;
	}

	/**
	 * The credential id, base64url.
	 * @return the id
	 */
	public String credentialId() {
		return BASE64URL.encodeToString(this.credentialId);
	}

	/**
	 * Create the credential, as {@code navigator.credentials.create} does.
	 * @param creationOptionsJson the {@code PublicKeyCredentialCreationOptions} JSON
	 * @return the registration's {@code PublicKeyCredential} JSON
	 */
	public String register(String creationOptionsJson) {
		JsonNode options = JSON.readTree(creationOptionsJson);
		String rpId = options.path("rp").path("id").asString();
		this.userHandle = Base64.getUrlDecoder().decode(options.path("user").path("id").asString(""));
		byte[] clientData = clientData("webauthn.create", options.path("challenge").asString());
		AttestedCredentialData attested = new AttestedCredentialData(AAGUID.ZERO, this.credentialId,
				EC2COSEKey.create((ECPublicKey) this.keys.getPublic(), COSEAlgorithmIdentifier.ES256));
		AuthenticatorData<RegistrationExtensionAuthenticatorOutput> authenticatorData = new AuthenticatorData<>(
				sha256(rpId.getBytes(StandardCharsets.UTF_8)),
				(byte) (AuthenticatorData.BIT_UP | AuthenticatorData.BIT_UV | AuthenticatorData.BIT_AT), this.counter,
				attested);
		byte[] attestationObject = new AttestationObjectConverter(this.converter)
			.convertToBytes(new AttestationObject(authenticatorData, new NoneAttestationStatement()));
		ObjectNode credential = credential();
		ObjectNode response = credential.putObject("response")
			.put("clientDataJSON", BASE64URL.encodeToString(clientData))
			.put("attestationObject", BASE64URL.encodeToString(attestationObject));
		response.putArray("transports").add("internal");
		return JSON.writeValueAsString(credential);
	}

	/**
	 * Sign in, as {@code navigator.credentials.get} does.
	 * @param requestOptionsJson the {@code PublicKeyCredentialRequestOptions} JSON
	 * @return the assertion's {@code PublicKeyCredential} JSON
	 */
	public String sign(String requestOptionsJson) {
		JsonNode options = JSON.readTree(requestOptionsJson);
		String rpId = options.path("rpId").asString();
		byte[] clientData = clientData("webauthn.get", options.path("challenge").asString());
		this.counter++;
		AuthenticatorData<AuthenticationExtensionAuthenticatorOutput> authenticatorData = new AuthenticatorData<>(
				sha256(rpId.getBytes(StandardCharsets.UTF_8)),
				(byte) (AuthenticatorData.BIT_UP | AuthenticatorData.BIT_UV), this.counter);
		byte[] authenticatorBytes = new AuthenticatorDataConverter(this.converter).convert(authenticatorData);
		byte[] signature;
		try {
			Signature signer = Signature.getInstance("SHA256withECDSA");
			signer.initSign(this.keys.getPrivate());
			signer.update(authenticatorBytes);
			signer.update(sha256(clientData));
			signature = signer.sign();
		}
		catch (GeneralSecurityException ex) {
			throw new IllegalStateException("Could not sign the assertion", ex);
		}
		ObjectNode credential = credential();
		ObjectNode response = credential.putObject("response")
			.put("clientDataJSON", BASE64URL.encodeToString(clientData))
			.put("authenticatorData", BASE64URL.encodeToString(authenticatorBytes))
			.put("signature", BASE64URL.encodeToString(signature));
		if (this.userHandle != null && this.userHandle.length > 0) {
			response.put("userHandle", BASE64URL.encodeToString(this.userHandle));
		}
		return JSON.writeValueAsString(credential);
	}

	private ObjectNode credential() {
		ObjectNode credential = JSON.createObjectNode()
			.put("id", credentialId())
			.put("rawId", credentialId())
			.put("type", "public-key")
			.put("authenticatorAttachment", "platform");
		credential.putObject("clientExtensionResults");
		return credential;
	}

	private byte[] clientData(String type, String challenge) {
		ObjectNode clientData = JSON.createObjectNode()
			.put("type", type)
			.put("challenge", challenge)
			.put("origin", this.origin)
			.put("crossOrigin", false);
		return JSON.writeValueAsBytes(clientData);
	}

	private static byte[] sha256(byte[] bytes) {
		try {
			return MessageDigest.getInstance("SHA-256").digest(bytes);
		}
		catch (GeneralSecurityException ex) {
			throw new IllegalStateException(ex);
		}
	}

	@Override
	public String toString() {
		return "SoftwarePasskey[" + credentialId() + ", " + this.origin + "]";
	}

}
