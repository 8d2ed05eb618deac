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

import java.security.SecureRandom;
import java.util.ArrayList;
import java.util.Base64;
import java.util.List;
import java.util.Set;

import com.webauthn4j.WebAuthnManager;
import com.webauthn4j.converter.AttestedCredentialDataConverter;
import com.webauthn4j.converter.exception.DataConversionException;
import com.webauthn4j.converter.util.ObjectConverter;
import com.webauthn4j.credential.CredentialRecordImpl;
import com.webauthn4j.data.AuthenticationData;
import com.webauthn4j.data.AuthenticationParameters;
import com.webauthn4j.data.AuthenticatorTransport;
import com.webauthn4j.data.PublicKeyCredentialParameters;
import com.webauthn4j.data.PublicKeyCredentialType;
import com.webauthn4j.data.RegistrationData;
import com.webauthn4j.data.RegistrationParameters;
import com.webauthn4j.data.attestation.authenticator.AttestedCredentialData;
import com.webauthn4j.data.attestation.statement.COSEAlgorithmIdentifier;
import com.webauthn4j.data.attestation.statement.NoneAttestationStatement;
import com.webauthn4j.data.client.Origin;
import com.webauthn4j.data.client.challenge.DefaultChallenge;
import com.webauthn4j.server.ServerProperty;
import com.webauthn4j.verifier.exception.BadChallengeException;
import com.webauthn4j.verifier.exception.BadOriginException;
import com.webauthn4j.verifier.exception.BadRpIdException;
import com.webauthn4j.verifier.exception.CrossOriginException;
import com.webauthn4j.verifier.exception.MissingChallengeException;
import com.webauthn4j.verifier.exception.NotAllowedAlgorithmException;
import com.webauthn4j.verifier.exception.VerificationException;
import io.github.cognitosession.local.server.CognitoError;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.ObjectMapper;
import tools.jackson.databind.json.JsonMapper;

/**
 * Checks passkeys as a WebAuthn relying party does, with webauthn4j: a registration's
 * client data (type {@code webauthn.create}, the challenge, an origin of the relying
 * party), authenticator data (relying-party id hash, user presence, user verification
 * when required) and credential public key (ES256 or RS256; attestation {@code none} is
 * enough, as Cognito asks for none); an assertion's client data and authenticator data
 * the same way, its signature against the registered public key, and its signature
 * counter. Failures are Cognito's WebAuthn errors. Thread-safe.
 *
 * @author Cognito Session contributors
 */
public final class PasskeyVerifier {

	/** The algorithms passkeys may use, as Cognito offers them. */
	public static final List<Long> ALGORITHMS = List.of(-7L, -257L);

	private static final ObjectMapper JSON = JsonMapper.builder().build();

	private final ObjectConverter converter = new ObjectConverter();

	private final WebAuthnManager manager = WebAuthnManager.createNonStrictWebAuthnManager(this.converter);

	private final AttestedCredentialDataConverter credentialData = new AttestedCredentialDataConverter(this.converter);

	/**
	 * A new random challenge.
	 * @param random the random source
	 * @return 32 random bytes, base64url without padding
	 */
	public static String newChallenge(SecureRandom random) {
		byte[] bytes = new byte[32];
		random.nextBytes(bytes);
		return Base64.getUrlEncoder().withoutPadding().encodeToString(bytes);
	}

	/**
	 * Check a registration ({@code navigator.credentials.create}'s credential as JSON).
	 * @param credentialJson the {@code PublicKeyCredential} JSON
	 * @param relyingPartyId the relying party
	 * @param challenge the challenge of the creation options, base64url
	 * @param userVerificationRequired whether the user must have been verified
	 * @return the passkey to keep
	 */
	public Registered verifyRegistration(String credentialJson, String relyingPartyId, String challenge,
			boolean userVerificationRequired) {
		List<PublicKeyCredentialParameters> algorithms = ALGORITHMS.stream()
			.map((id) -> new PublicKeyCredentialParameters(PublicKeyCredentialType.PUBLIC_KEY,
					COSEAlgorithmIdentifier.create(id)))
			.toList();
		RegistrationParameters parameters = new RegistrationParameters(server(relyingPartyId, challenge), algorithms,
				userVerificationRequired, true);
		RegistrationData data;
		try {
			data = this.manager.verifyRegistrationResponseJSON(credentialJson, parameters);
		}
		catch (DataConversionException | IllegalArgumentException ex) {
			throw CognitoError.invalidParameter("The credential is not a WebAuthn registration response.");
		}
		catch (VerificationException ex) {
			throw rejected(ex, true);
		}
		AttestedCredentialData attested = data.getAttestationObject()
			.getAuthenticatorData()
			.getAttestedCredentialData();
		List<String> transports = new ArrayList<>();
		if (data.getTransports() != null) {
			data.getTransports().forEach((transport) -> transports.add(transport.getValue()));
		}
		return new Registered(Base64.getUrlEncoder().withoutPadding().encodeToString(attested.getCredentialId()),
				this.credentialData.convert(attested),
				data.getAttestationObject().getAuthenticatorData().getSignCount(), transports,
				text(credentialJson, "authenticatorAttachment"));
	}

	/**
	 * Check an assertion ({@code navigator.credentials.get}'s credential as JSON) against
	 * a registered passkey.
	 * @param credentialJson the {@code PublicKeyCredential} JSON
	 * @param relyingPartyId the relying party
	 * @param challenge the challenge of the request options, base64url
	 * @param attestedCredentialData the passkey's attested credential data
	 * @param signCount the passkey's last signature counter
	 * @param userVerificationRequired whether the user must have been verified
	 * @return the new signature counter
	 */
	public long verifyAssertion(String credentialJson, String relyingPartyId, String challenge,
			byte[] attestedCredentialData, long signCount, boolean userVerificationRequired) {
		AttestedCredentialData attested = this.credentialData.convert(attestedCredentialData);
		CredentialRecordImpl record = new CredentialRecordImpl(new NoneAttestationStatement(), null, null, null,
				signCount, attested, null, null, null, Set.<AuthenticatorTransport>of());
		AuthenticationParameters parameters = new AuthenticationParameters(server(relyingPartyId, challenge), record,
				List.of(attested.getCredentialId()), userVerificationRequired, true);
		AuthenticationData data;
		try {
			data = this.manager.verifyAuthenticationResponseJSON(credentialJson, parameters);
		}
		catch (DataConversionException | IllegalArgumentException ex) {
			throw CognitoError.invalidParameter("The credential is not a WebAuthn authentication response.");
		}
		catch (VerificationException ex) {
			throw rejected(ex, false);
		}
		return data.getAuthenticatorData().getSignCount();
	}

	/**
	 * The credential id a credential JSON names.
	 * @param credentialJson the {@code PublicKeyCredential} JSON
	 * @return the id (base64url), or {@code null} when it names none
	 */
	public static String credentialId(String credentialJson) {
		return text(credentialJson, "id");
	}

	/**
	 * The relying party's origins: {@code https} on the relying-party id or a subdomain
	 * of it, any port; for {@code localhost}, {@code http} too (browsers treat it as
	 * secure).
	 */
	private static ServerProperty server(String relyingPartyId, String challenge) {
		return ServerProperty.builder()
			.originPredicate((origin) -> allowed(origin, relyingPartyId))
			.rpId(relyingPartyId)
			.challenge(new DefaultChallenge(Base64.getUrlDecoder().decode(challenge)))
			.build();
	}

	static boolean allowed(Origin origin, String relyingPartyId) {
		String host = origin.getHost();
		if (host == null) {
			return false;
		}
		boolean ownHost = host.equals(relyingPartyId) || host.endsWith("." + relyingPartyId);
		boolean secure = "https".equals(origin.getScheme())
				|| ("http".equals(origin.getScheme()) && "localhost".equals(relyingPartyId));
		return ownHost && secure;
	}

	private static CognitoError rejected(VerificationException ex, boolean registration) {
		if (ex instanceof BadOriginException || ex instanceof CrossOriginException) {
			return CognitoError.of("WebAuthnOriginNotAllowedException",
					"The origin of the passkey response is not allowed for the relying party.");
		}
		if (ex instanceof BadRpIdException) {
			return CognitoError.of("WebAuthnRelyingPartyMismatchException",
					"The passkey response is for another relying party.");
		}
		if (ex instanceof BadChallengeException || ex instanceof MissingChallengeException) {
			return CognitoError.of("WebAuthnChallengeNotFoundException",
					"The passkey response does not answer the challenge.");
		}
		if (registration && ex instanceof NotAllowedAlgorithmException) {
			return CognitoError.of("WebAuthnCredentialNotSupportedException",
					"The passkey uses an algorithm that is not supported.");
		}
		if (registration) {
			return CognitoError.of("WebAuthnCredentialNotSupportedException",
					"The passkey registration could not be verified (" + ex.getClass().getSimpleName() + ").");
		}
		return CognitoError.notAuthorized("The passkey could not be verified.");
	}

	private static String text(String json, String field) {
		try {
			JsonNode value = JSON.readTree(json).get(field);
			return (value != null && value.isString()) ? value.stringValue() : null;
		}
		catch (RuntimeException ex) {
			return null;
		}
	}

	/**
	 * A verified registration.
	 *
	 * @param credentialId the credential id, base64url
	 * @param attestedCredentialData the attested credential data (with the public key)
	 * @param signCount the authenticator's signature counter
	 * @param transports the transports the browser reported
	 * @param authenticatorAttachment {@code platform} or {@code cross-platform}, or
	 * {@code null}
	 */
	public record Registered(String credentialId, byte[] attestedCredentialData, long signCount,
			List<String> transports, String authenticatorAttachment) {

	}

}
