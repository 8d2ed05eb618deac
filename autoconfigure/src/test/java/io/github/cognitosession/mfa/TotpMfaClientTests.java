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

package io.github.cognitosession.mfa;

import com.github.tomakehurst.wiremock.core.WireMockConfiguration;
import com.github.tomakehurst.wiremock.junit5.WireMockExtension;
import io.github.cognitosession.exception.CodeMismatchException;
import io.github.cognitosession.exception.CognitoSessionException;
import io.github.cognitosession.exception.InvalidCredentialsException;
import io.github.cognitosession.token.CognitoWireMock;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

import static com.github.tomakehurst.wiremock.client.WireMock.equalToJson;
import static io.github.cognitosession.token.CognitoWireMock.error;
import static io.github.cognitosession.token.CognitoWireMock.ok;
import static io.github.cognitosession.token.CognitoWireMock.operation;
import static io.github.cognitosession.token.CognitoWireMock.requested;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatExceptionOfType;

/**
 * {@link TotpMfaClient} against Cognito's wire format (WireMock): what it sends, and how
 * unexpected answers and errors surface without secrets.
 *
 * @author Cognito Session contributors
 */
class TotpMfaClientTests {

	private static final String SESSION = "challenge-session-value-0123456789";

	private static final String SECRET = "JBSWY3DPEHPK3PXPJBSWY3DPEHPK3PXP";

	@RegisterExtension
	static WireMockExtension cognito = WireMockExtension.newInstance()
		.options(WireMockConfiguration.wireMockConfig().dynamicPort().bindAddress("127.0.0.1"))
		.build();

	private final TotpMfaClient client = new TotpMfaClient(CognitoWireMock.client(cognito));

	@Test
	void associateWhenSessionThenSendsOnlyTheSessionAndReturnsSecretAndNewSession() {
		cognito.stubFor(operation("AssociateSoftwareToken")
			.willReturn(ok("{\"SecretCode\":\"" + SECRET + "\",\"Session\":\"next-session\"}")));
		TotpMfaClient.SessionAssociation association = this.client.associate(SESSION);
		assertThat(association.secretCode()).isEqualTo(SECRET);
		assertThat(association.session()).isEqualTo("next-session");
		assertThat(association.toString()).doesNotContain(SECRET, "next-session");
		cognito.verify(
				requested("AssociateSoftwareToken").withRequestBody(equalToJson("{\"Session\":\"" + SESSION + "\"}")));
	}

	@Test
	void associateWhenSessionAnsweredWithoutSessionThenInvalidResponseWithoutSecret() {
		cognito.stubFor(operation("AssociateSoftwareToken").willReturn(ok("{\"SecretCode\":\"" + SECRET + "\"}")));
		assertThatExceptionOfType(CognitoSessionException.class).isThrownBy(() -> this.client.associate(SESSION))
			.withMessageContaining("no session")
			.withMessageNotContaining(SECRET);
	}

	@Test
	void verifyWhenStatusIsErrorThenCodeMismatch() {
		cognito.stubFor(operation("VerifySoftwareToken").willReturn(ok("{\"Status\":\"ERROR\"}")));
		assertThatExceptionOfType(CodeMismatchException.class)
			.isThrownBy(() -> this.client.verifyWithAccessToken("access-token", "123456", null));
	}

	@Test
	void verifyWhenCodeRejectedThenCodeMismatchNamingNeitherCodeNorSession() {
		cognito.stubFor(operation("VerifySoftwareToken").willReturn(
				error(400, "EnableSoftwareTokenMFAException", "Code mismatch and fail enable Software Token MFA")));
		assertThatExceptionOfType(CodeMismatchException.class)
			.isThrownBy(() -> this.client.verify(SESSION, "654321", "phone"))
			.withMessageNotContaining(SESSION)
			.withMessageNotContaining("654321");
		cognito.verify(requested("VerifySoftwareToken").withRequestBody(equalToJson(
				"{\"Session\":\"" + SESSION + "\",\"UserCode\":\"654321\",\"FriendlyDeviceName\":\"phone\"}")));
	}

	@Test
	void verifyWhenSessionExpiredThenInvalidCredentialsAskingToSignInAgain() {
		cognito.stubFor(operation("VerifySoftwareToken")
			.willReturn(error(400, "NotAuthorizedException", "Invalid session for the user, session is expired.")));
		assertThatExceptionOfType(InvalidCredentialsException.class)
			.isThrownBy(() -> this.client.verify(SESSION, "654321", null))
			.withMessageContaining("sign in again");
	}

	@Test
	void setTotpMfaEnabledWhenOffThenNeitherEnabledNorPreferred() {
		cognito.stubFor(operation("SetUserMFAPreference").willReturn(ok("{}")));
		this.client.setTotpMfaEnabled("access-token", false);
		cognito.verify(requested("SetUserMFAPreference").withRequestBody(equalToJson(
				"{\"AccessToken\":\"access-token\",\"SoftwareTokenMfaSettings\":{\"Enabled\":false,\"PreferredMfa\":false}}")));
	}

}
