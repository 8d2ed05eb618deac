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

import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import io.github.cognitosession.local.LocalCognito;
import io.github.cognitosession.local.Provisioned;
import io.github.cognitosession.local.Sdk;
import io.github.cognitosession.local.SignIn;
import io.github.cognitosession.local.UserPoolsClientExtension;
import io.github.cognitosession.local.junit.LocalCognitoExtension;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.api.io.TempDir;
import software.amazon.awssdk.core.document.Document;
import software.amazon.awssdk.services.cognitoidentityprovider.CognitoIdentityProviderClient;
import software.amazon.awssdk.services.cognitoidentityprovider.model.AuthFlowType;
import software.amazon.awssdk.services.cognitoidentityprovider.model.ChallengeNameType;
import software.amazon.awssdk.services.cognitoidentityprovider.model.InitiateAuthResponse;
import software.amazon.awssdk.services.cognitoidentityprovider.model.ListWebAuthnCredentialsResponse;
import software.amazon.awssdk.services.cognitoidentityprovider.model.NotAuthorizedException;
import software.amazon.awssdk.services.cognitoidentityprovider.model.ResourceNotFoundException;
import software.amazon.awssdk.services.cognitoidentityprovider.model.RespondToAuthChallengeResponse;
import software.amazon.awssdk.services.cognitoidentityprovider.model.WebAuthnChallengeNotFoundException;
import software.amazon.awssdk.services.cognitoidentityprovider.model.WebAuthnNotEnabledException;
import software.amazon.awssdk.services.cognitoidentityprovider.model.WebAuthnOriginNotAllowedException;
import software.amazon.awssdk.services.cognitoidentityprovider.model.WebAuthnRelyingPartyMismatchException;
import tools.jackson.databind.json.JsonMapper;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatExceptionOfType;

/**
 * Passkeys through the SDK, checked at the protocol level with a software authenticator:
 * registration (creation options, attestation {@code none}, origin, relying party,
 * challenge), listing and deletion, and sign-in with {@code WEB_AUTHN} (request options,
 * signature, counter).
 *
 * @author Cognito Session contributors
 */
class PasskeyTests {

	private static final String PASSWORD = "Passw0rd-user";

	private static final String ORIGIN = "https://localhost";

	@RegisterExtension
	static final LocalCognitoExtension cognito = LocalCognitoExtension.create();

	@RegisterExtension
	static final UserPoolsClientExtension userPools = UserPoolsClientExtension.on(cognito);

	@TempDir
	Path directory;

	private Provisioned pool() {
		return cognito.provision()
			.explicitAuthFlows("ALLOW_USER_AUTH", "ALLOW_USER_SRP_AUTH", "ALLOW_REFRESH_TOKEN_AUTH")
			.passkeys("localhost")
			.user("paula", PASSWORD)
			.create();
	}

	private static String accessToken(CognitoIdentityProviderClient client, Provisioned setup) {
		return SignIn.tokens(client, setup).accessToken();
	}

	private static String register(CognitoIdentityProviderClient client, String accessToken, SoftwarePasskey passkey) {
		Document options = client.startWebAuthnRegistration((request) -> request.accessToken(accessToken))
			.credentialCreationOptions();
		String credential = passkey.register(json(options));
		client.completeWebAuthnRegistration(
				(request) -> request.accessToken(accessToken).credential(document(credential)));
		return credential;
	}

	@Test
	void registerWhenSoftwarePasskeyAnswersThenListedAndSignsIn() {
		Provisioned setup = pool();
		String accessToken = accessToken(userPools.client(), setup);
		SoftwarePasskey passkey = SoftwarePasskey.create(ORIGIN);
		Document options = userPools.client()
			.startWebAuthnRegistration((request) -> request.accessToken(accessToken))
			.credentialCreationOptions();
		assertThat(options.asMap().get("rp").asMap().get("id").asString()).isEqualTo("localhost");
		assertThat(options.asMap().get("user").asMap().get("name").asString()).isEqualTo("paula");
		assertThat(options.asMap().get("attestation").asString()).isEqualTo("none");
		userPools.client()
			.completeWebAuthnRegistration((request) -> request.accessToken(accessToken)
				.credential(document(passkey.register(json(options)))));
		ListWebAuthnCredentialsResponse listed = userPools.client()
			.listWebAuthnCredentials((request) -> request.accessToken(accessToken));
		assertThat(listed.credentials()).singleElement().satisfies((credential) -> {
			assertThat(credential.credentialId()).isEqualTo(passkey.credentialId());
			assertThat(credential.relyingPartyId()).isEqualTo("localhost");
			assertThat(credential.authenticatorAttachment()).isEqualTo("platform");
			assertThat(credential.authenticatorTransports()).containsExactly("internal");
			assertThat(credential.createdAt()).isNotNull();
		});
		InitiateAuthResponse challenge = signInChallenge(setup);
		assertThat(challenge.challengeName()).isEqualTo(ChallengeNameType.WEB_AUTHN);
		String requestOptions = challenge.challengeParameters().get("CREDENTIAL_REQUEST_OPTIONS");
		assertThat(requestOptions).contains("\"rpId\":\"localhost\"").contains(passkey.credentialId());
		String assertion = passkey.sign(requestOptions);
		assertThat(answer(setup, challenge, assertion).authenticationResult().idToken()).isNotBlank();
	}

	@Test
	void signInWhenAssertionReplayedOrSignedForAnotherChallengeThenRefused() {
		Provisioned setup = pool();
		SoftwarePasskey passkey = SoftwarePasskey.create(ORIGIN);
		register(userPools.client(), accessToken(userPools.client(), setup), passkey);
		InitiateAuthResponse first = signInChallenge(setup);
		String assertion = passkey.sign(first.challengeParameters().get("CREDENTIAL_REQUEST_OPTIONS"));
		answer(setup, first, assertion);
		InitiateAuthResponse second = signInChallenge(setup);
		assertThatExceptionOfType(WebAuthnChallengeNotFoundException.class)
			.isThrownBy(() -> answer(setup, second, assertion));
	}

	@Test
	void signInWhenSignedFromAnotherOriginThenOriginNotAllowed() {
		Provisioned setup = pool();
		SoftwarePasskey passkey = SoftwarePasskey.create(ORIGIN);
		register(userPools.client(), accessToken(userPools.client(), setup), passkey);
		InitiateAuthResponse challenge = signInChallenge(setup);
		String phished = passkey.from("https://localhost.evil.example")
			.sign(challenge.challengeParameters().get("CREDENTIAL_REQUEST_OPTIONS"));
		assertThatExceptionOfType(WebAuthnOriginNotAllowedException.class)
			.isThrownBy(() -> answer(setup, challenge, phished));
	}

	@Test
	void signInWhenSignatureDoesNotMatchThenNotAuthorized() {
		Provisioned setup = pool();
		SoftwarePasskey passkey = SoftwarePasskey.create(ORIGIN);
		register(userPools.client(), accessToken(userPools.client(), setup), passkey);
		InitiateAuthResponse challenge = signInChallenge(setup);
		String assertion = passkey.sign(challenge.challengeParameters().get("CREDENTIAL_REQUEST_OPTIONS"));
		// Another key's signature over the same data: well-formed, but not this
		// passkey's.
		String forged = assertion.replaceFirst("\"signature\":\"[^\"]+\"",
				"\"signature\":\"" + signatureOf(SoftwarePasskey.create(ORIGIN), challenge) + "\"");
		assertThatExceptionOfType(NotAuthorizedException.class).isThrownBy(() -> answer(setup, challenge, forged));
	}

	@Test
	void completeRegistrationWhenForAnotherRelyingPartyThenRelyingPartyMismatch() {
		Provisioned setup = pool();
		String accessToken = accessToken(userPools.client(), setup);
		Document options = userPools.client()
			.startWebAuthnRegistration((request) -> request.accessToken(accessToken))
			.credentialCreationOptions();
		String forOtherParty = json(options).replace("\"id\":\"localhost\"", "\"id\":\"example.com\"");
		String credential = SoftwarePasskey.create(ORIGIN).register(forOtherParty);
		assertThatExceptionOfType(WebAuthnRelyingPartyMismatchException.class).isThrownBy(() -> userPools.client()
			.completeWebAuthnRegistration(
					(request) -> request.accessToken(accessToken).credential(document(credential))));
	}

	@Test
	void completeRegistrationWhenNotStartedThenChallengeNotFound() {
		Provisioned setup = pool();
		String accessToken = accessToken(userPools.client(), setup);
		String credential = SoftwarePasskey.create(ORIGIN)
			.register("{\"challenge\":\"Y2hhbGxlbmdl\",\"rp\":{\"id\":\"localhost\"},\"user\":{\"id\":\"dXNlcg\"}}");
		assertThatExceptionOfType(WebAuthnChallengeNotFoundException.class).isThrownBy(() -> userPools.client()
			.completeWebAuthnRegistration(
					(request) -> request.accessToken(accessToken).credential(document(credential))));
	}

	@Test
	void startRegistrationWhenPoolDoesNotAllowPasskeysThenNotEnabled() {
		Provisioned setup = cognito.provision().user("paula", PASSWORD).create();
		String accessToken = accessToken(userPools.client(), setup);
		assertThatExceptionOfType(WebAuthnNotEnabledException.class).isThrownBy(
				() -> userPools.client().startWebAuthnRegistration((request) -> request.accessToken(accessToken)));
	}

	@Test
	void deleteWhenRegisteredThenGoneAndSignInNoLongerOffersIt() {
		Provisioned setup = pool();
		String accessToken = accessToken(userPools.client(), setup);
		SoftwarePasskey passkey = SoftwarePasskey.create(ORIGIN);
		register(userPools.client(), accessToken, passkey);
		userPools.client()
			.deleteWebAuthnCredential(
					(request) -> request.accessToken(accessToken).credentialId(passkey.credentialId()));
		assertThat(
				userPools.client().listWebAuthnCredentials((request) -> request.accessToken(accessToken)).credentials())
			.isEmpty();
		assertThat(signInChallenge(setup).availableChallengesAsStrings()).doesNotContain("WEB_AUTHN");
		assertThatExceptionOfType(ResourceNotFoundException.class).isThrownBy(() -> userPools.client()
			.deleteWebAuthnCredential(
					(request) -> request.accessToken(accessToken).credentialId(passkey.credentialId())));
	}

	@Test
	void signInWhenEmulatorRestartedOnItsDataDirectoryThenPasskeyStillSignsIn() {
		SoftwarePasskey passkey = SoftwarePasskey.create(ORIGIN);
		Provisioned setup;
		try (LocalCognito first = LocalCognito.builder().dataDirectory(this.directory).build().start();
				CognitoIdentityProviderClient client = Sdk.userPools(first)) {
			setup = first.provision()
				.explicitAuthFlows("ALLOW_USER_AUTH", "ALLOW_USER_SRP_AUTH", "ALLOW_REFRESH_TOKEN_AUTH")
				.passkeys("localhost")
				.user("paula", PASSWORD)
				.create();
			register(client, accessToken(client, setup), passkey);
		}
		try (LocalCognito second = LocalCognito.builder().dataDirectory(this.directory).build().start();
				CognitoIdentityProviderClient client = Sdk.userPools(second)) {
			InitiateAuthResponse challenge = client.initiateAuth((request) -> request.clientId(setup.clientId())
				.authFlow(AuthFlowType.USER_AUTH)
				.authParameters(Map.of("USERNAME", "paula", "PREFERRED_CHALLENGE", "WEB_AUTHN")));
			String assertion = passkey.sign(challenge.challengeParameters().get("CREDENTIAL_REQUEST_OPTIONS"));
			assertThat(client
				.respondToAuthChallenge((request) -> request.clientId(setup.clientId())
					.challengeName(ChallengeNameType.WEB_AUTHN)
					.session(challenge.session())
					.challengeResponses(Map.of("USERNAME", "paula", "CREDENTIAL", assertion)))
				.authenticationResult()
				.idToken()).isNotBlank();
		}
	}

	private static InitiateAuthResponse signInChallenge(Provisioned setup) {
		return userPools.client()
			.initiateAuth((request) -> request.clientId(setup.clientId())
				.authFlow(AuthFlowType.USER_AUTH)
				.authParameters(Map.of("USERNAME", "paula", "PREFERRED_CHALLENGE", "WEB_AUTHN")));
	}

	private static RespondToAuthChallengeResponse answer(Provisioned setup, InitiateAuthResponse challenge,
			String credential) {
		return userPools.client()
			.respondToAuthChallenge((request) -> request.clientId(setup.clientId())
				.challengeName(ChallengeNameType.WEB_AUTHN)
				.session(challenge.session())
				.challengeResponses(Map.of("USERNAME", "paula", "CREDENTIAL", credential)));
	}

	private static String signatureOf(SoftwarePasskey other, InitiateAuthResponse challenge) {
		String assertion = other.sign(challenge.challengeParameters().get("CREDENTIAL_REQUEST_OPTIONS"));
		return JsonMapper.builder().build().readTree(assertion).path("response").path("signature").asString();
	}

	/** The SDK hands documents out; browsers speak JSON. */
	private static String json(Document document) {
		return JsonMapper.builder().build().writeValueAsString(document.unwrap());
	}

	private static Document document(String json) {
		Map<String, Object> map = JsonMapper.builder().build().readValue(json, Map.class);
		return toDocument(map);
	}

	@SuppressWarnings("unchecked")
	private static Document toDocument(Object value) {
		if (value instanceof Map<?, ?> map) {
			Map<String, Document> members = new LinkedHashMap<>();
			map.forEach((key, member) -> members.put((String) key, toDocument(member)));
			return Document.fromMap(members);
		}
		if (value instanceof List<?> list) {
			return Document.fromList(list.stream().map(PasskeyTests::toDocument).toList());
		}
		if (value instanceof Boolean bool) {
			return Document.fromBoolean(bool);
		}
		if (value instanceof Number number) {
			return Document.fromNumber(number.toString());
		}
		return (value != null) ? Document.fromString(value.toString()) : Document.fromNull();
	}

}
