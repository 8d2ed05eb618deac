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

package io.github.cognitosession.logscan;

import java.util.Base64;
import java.util.List;
import java.util.Random;
import java.util.Set;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Tests for {@link SecretScanner}: each kind of secret is found in a log line, and what
 * logs normally hold is not.
 *
 * @author Cognito Session contributors
 */
class SecretScannerTests {

	private static final Random random = new Random(42);

	private final SecretScanner scanner = new SecretScanner(() -> Set.of("Passw0rd-test"));

	@Test
	void scanWhenJwtThenFound() {
		String jwt = "eyJraWQiOiJrZXktMSIsImFsZyI6IlJTMjU2In0.eyJzdWIiOiJhbGljZSIsInRva2VuX3VzZSI6ImlkIn0.c2lnbmF0dXJl";
		assertThat(kinds("INFO Adopted session with token " + jwt + " for alice")).containsExactly("JWT");
	}

	@Test
	void scanWhenUnsignedJwtThenFound() {
		assertThat(kinds("token=eyJhbGciOiJub25lIn0.eyJzdWIiOiJhbGljZSJ9.")).containsExactly("JWT");
	}

	@Test
	void scanWhenCognitoRefreshTokenJweThenFound() {
		String jwe = "eyJjdHkiOiJKV1QiLCJlbmMiOiJBMjU2R0NNIiwiYWxnIjoiUlNBLU9BRVAifQ." + base64Url(256) + "."
				+ base64Url(12) + "." + base64Url(1200) + "." + base64Url(16);
		assertThat(kinds("refresh " + jwe)).contains("JWE (refresh token)");
	}

	@Test
	void scanWhenAwsSecretKeyNextToAccessKeyIdThenFound() {
		String secretKey = base64(30);
		assertThat(kinds("credentials ASIAQWERTYUIOPASDFGH " + secretKey)).containsExactly("AWS secret access key");
		assertThat(kinds("aws_secret_access_key=" + secretKey)).containsExactly("AWS secret access key");
		assertThat(kinds("\"SecretAccessKey\":\"" + secretKey + "\"")).containsExactly("AWS secret access key");
	}

	@Test
	void scanWhenAccessKeyIdAloneThenNotAFinding() {
		assertThat(kinds("Signed the request as ASIAQWERTYUIOPASDFGH")).isEmpty();
	}

	@Test
	void scanWhenSessionTokenThenFound() {
		assertThat(kinds("X-Amz-Security-Token: " + base64(240))).containsExactly("AWS session token");
	}

	@Test
	void scanWhenOpaqueRefreshTokenThenFound() {
		assertThat(kinds("refresh_token=" + base64Url(96) + "&client_id=abc"))
			.containsExactly("opaque token (refresh token)");
	}

	@Test
	void scanWhenTotpSecretThenFound() {
		assertThat(kinds("otpauth://totp/App:alice?secret=JBSWY3DPEHPK3PXPJBSWY3DPEHPK3PXP&issuer=App"))
			.containsExactly("TOTP secret");
	}

	@Test
	void scanWhenClientSecretThenFound() {
		assertThat(kinds("client secret 1example23456789abcdefghij1example23456789abcdefghi"))
			.containsExactly("client secret");
	}

	@Test
	void scanWhenKnownSecretThenFoundEveryTime() {
		assertThat(kinds("password Passw0rd-test, again Passw0rd-test")).containsExactly("known test secret",
				"known test secret");
	}

	@ParameterizedTest
	@ValueSource(strings = {
			"2026-12-04T14:54:14.123Z  INFO 1234 --- [main] o.s.b.w.e.tomcat.TomcatWebServer : Tomcat started",
			"Session store file '/tmp/junit-10218225537116396155/session.bin' is unreadable",
			"CognitoToken[use=id, sub=7b4f1c2e-0000-4000-8000-000000000001, expiresAt=2026-01-01T11:00:00Z, value=[PROTECTED]]",
			"at io.github.cognitosession.session.DefaultCognitoSessionManager.lambda$getTokens$12(DefaultCognitoSessionManager.java:412)",
			"sha256 9f86d081884c7d659a2feaa0c55ad015a3bf4f1b2b0b822cd15d6c15b0f00a08 and a git commit 2ed24267d0f258a86ad722eeb31365e4bd47c4c0",
			"identity us-east-1:0a1b2c3d-4e5f-6a7b-8c9d-0e1f2a3b4c5d signed in as ASIAEXAMPLE",
			"Constant THE_VERY_LONG_CONSTANT_NAME_OF_SOMETHING_IMPORTANT", "password=[PROTECTED], secret=[PROTECTED]" })
	void scanWhenOrdinaryLogLineThenNothing(String line) {
		assertThat(kinds(line)).isEmpty();
	}

	@Test
	void redactWhenSecretsFoundThenReplacedByTheirKind() {
		String jwt = "eyJraWQiOiJrZXktMSIsImFsZyI6IlJTMjU2In0.eyJzdWIiOiJhbGljZSJ9.c2ln";
		String line = "user alice\u001b[0m password Passw0rd-test token " + jwt;
		String redacted = SecretScanner.redact(line, this.scanner.scan(line));
		assertThat(redacted).isEqualTo("user alice?[0m password [REDACTED known test secret] token [REDACTED JWT]");
	}

	private List<String> kinds(String line) {
		return this.scanner.scan(line).stream().map(SecretScanner.Match::kind).toList();
	}

	private static String base64(int bytes) {
		byte[] value = new byte[bytes];
		random.nextBytes(value);
		String encoded = Base64.getEncoder().encodeToString(value);
		// the shape check wants at least one '+' or '/', as nearly every random value has
		return encoded.contains("+") || encoded.contains("/") ? encoded : base64(bytes);
	}

	private static String base64Url(int bytes) {
		byte[] value = new byte[bytes];
		random.nextBytes(value);
		return Base64.getUrlEncoder().withoutPadding().encodeToString(value);
	}

}
