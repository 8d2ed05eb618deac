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

import com.github.tomakehurst.wiremock.junit5.WireMockExtension;
import io.github.cognitosession.exception.CognitoSessionException;
import io.github.cognitosession.token.CognitoWireMock;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import software.amazon.awssdk.services.cognitoidentityprovider.CognitoIdentityProviderClient;

import static com.github.tomakehurst.wiremock.client.WireMock.anyRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.anyUrl;
import static com.github.tomakehurst.wiremock.client.WireMock.equalToJson;
import static com.github.tomakehurst.wiremock.core.WireMockConfiguration.wireMockConfig;
import static io.github.cognitosession.token.CognitoWireMock.error;
import static io.github.cognitosession.token.CognitoWireMock.ok;
import static io.github.cognitosession.token.CognitoWireMock.operation;
import static io.github.cognitosession.token.CognitoWireMock.requested;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatExceptionOfType;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;

/**
 * {@link CognitoPasskeyClient} against Cognito's JSON protocol on WireMock: the WebAuthn
 * options and credentials travel as JSON objects, as browsers need them.
 *
 * @author Cognito Session contributors
 */
class CognitoPasskeyClientWireMockTests {

	@RegisterExtension
	static WireMockExtension cognito = WireMockExtension.newInstance()
		.options(wireMockConfig().dynamicPort().bindAddress("127.0.0.1"))
		.build();

	private final CognitoIdentityProviderClient sdk = CognitoWireMock.client(cognito);

	private final CognitoPasskeyClient client = new CognitoPasskeyClient(this.sdk);

	@AfterEach
	void closeClient() {
		this.sdk.close();
	}

	@Test
	void startRegistrationWhenCognitoAnswersThenCreationOptionsAsJson() {
		cognito.stubFor(operation("StartWebAuthnRegistration").willReturn(ok("{\"CredentialCreationOptions\":{"
				+ "\"challenge\":\"Y2hh\",\"rp\":{\"id\":\"auth.example.com\",\"name\":\"Example\"},"
				+ "\"pubKeyCredParams\":[{\"type\":\"public-key\",\"alg\":-7}],\"timeout\":60000,"
				+ "\"excludeCredentials\":[],\"authenticatorSelection\":{\"requireResidentKey\":true}}}")));
		String json = this.client.startRegistration("access-token-secret");
		assertThat(json).isNotNull();
		assertThat(equalToJson("{\"challenge\":\"Y2hh\",\"rp\":{"
				+ "\"id\":\"auth.example.com\",\"name\":\"Example\"},\"pubKeyCredParams\":[{\"type\":\"public-key\","
				+ "\"alg\":-7}],\"timeout\":60000,\"excludeCredentials\":[],\"authenticatorSelection\":{"
				+ "\"requireResidentKey\":true}}")
			.match(json)
			.isExactMatch()).as(json).isTrue();
		cognito.verify(requested("StartWebAuthnRegistration")
			.withRequestBody(equalToJson("{\"AccessToken\":\"access-token-secret\"}")));
	}

	@Test
	void completeRegistrationWhenCredentialJsonThenSentAsObject() {
		cognito.stubFor(operation("CompleteWebAuthnRegistration").willReturn(ok("{}")));
		String credential = "{\"id\":\"cred-1\",\"rawId\":\"Y3JlZC0x\",\"type\":\"public-key\",\"response\":{"
				+ "\"clientDataJSON\":\"e30\",\"attestationObject\":\"o2Nm\",\"transports\":[\"internal\"]},"
				+ "\"clientExtensionResults\":{},\"authenticatorAttachment\":\"platform\"}";
		this.client.completeRegistration("access-token-secret", credential);
		cognito.verify(requested("CompleteWebAuthnRegistration").withRequestBody(
				equalToJson("{\"AccessToken\":\"access-token-secret\",\"Credential\":" + credential + "}")));
	}

	@Test
	void completeRegistrationWhenNotJsonThenRefusedWithoutACall() {
		assertThatIllegalArgumentException()
			.isThrownBy(() -> this.client.completeRegistration("access-token-secret", "not json"))
			.withMessage("The passkey credential is not a JSON object");
		cognito.verify(0, anyRequestedFor(anyUrl()));
	}

	@Test
	void listWhenTwoPagesThenAllPasskeys() {
		cognito.stubFor(operation("ListWebAuthnCredentials")
			.withRequestBody(equalToJson("{\"AccessToken\":\"access-token-secret\"}"))
			.willReturn(ok("{\"Credentials\":[{\"CredentialId\":\"cred-1\",\"FriendlyCredentialName\":\"Phone\","
					+ "\"RelyingPartyId\":\"auth.example.com\",\"AuthenticatorAttachment\":\"platform\","
					+ "\"AuthenticatorTransports\":[\"internal\"],\"CreatedAt\":1767261600}],\"NextToken\":\"page-2\"}")));
		cognito.stubFor(operation("ListWebAuthnCredentials")
			.withRequestBody(equalToJson("{\"AccessToken\":\"access-token-secret\",\"NextToken\":\"page-2\"}"))
			.willReturn(ok("{\"Credentials\":[{\"CredentialId\":\"cred-2\",\"RelyingPartyId\":\"auth.example.com\","
					+ "\"AuthenticatorTransports\":[\"usb\"],\"CreatedAt\":1767261700}]}")));
		assertThat(this.client.list("access-token-secret")).containsExactly(
				new Passkey("cred-1", "Phone", "auth.example.com", "platform", List.of("internal"),
						Instant.ofEpochSecond(1767261600)),
				new Passkey("cred-2", null, "auth.example.com", null, List.of("usb"),
						Instant.ofEpochSecond(1767261700)));
	}

	@Test
	void deleteWhenUnknownCredentialThenCognitosError() {
		cognito.stubFor(operation("DeleteWebAuthnCredential")
			.willReturn(error(400, "ResourceNotFoundException", "Credential not found")));
		assertThatExceptionOfType(CognitoSessionException.class)
			.isThrownBy(() -> this.client.delete("access-token-secret", "cred-9"))
			.withMessageContaining("passkey deletion")
			.satisfies((ex) -> assertThat(ex.getErrorCode()).isEqualTo("ResourceNotFoundException"));
		cognito.verify(requested("DeleteWebAuthnCredential")
			.withRequestBody(equalToJson("{\"AccessToken\":\"access-token-secret\",\"CredentialId\":\"cred-9\"}")));
	}

}
