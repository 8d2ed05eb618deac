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
package io.github.cognitosession.store;

import java.nio.charset.StandardCharsets;
import java.util.Base64;
import java.util.List;

import io.github.cognitosession.state.UserState;
import io.github.cognitosession.store.SessionRecordCipher.UnreadableRecordException;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatExceptionOfType;

/**
 * Tests for {@link SessionRecordCipher}: records sealed for HTTP sessions.
 *
 * @author Cognito Session contributors
 */
class SessionRecordCipherTests {

	private static final String KEY = key(1);

	private static final String OLD_KEY = key(2);

	private static final String SESSION_KEY = "session:5b0b5bd4-7f1e-4a57-9d1c-6d1b2b0c2d11";

	private final SessionRecord record = SessionRecord.builder()
		.state(UserState.SIGNED_IN)
		.username("alice")
		.idToken("eyJhbGciOiJSUzI1NiJ9.eyJzdWIiOiJhbGljZSJ9.c2lnbmF0dXJl")
		.accessToken("eyJhbGciOiJSUzI1NiJ9.eyJ1c2VybmFtZSI6ImFsaWNlIn0.c2lnbmF0dXJl")
		.refreshToken("opaque-refresh-token-of-alice")
		.identityId("us-east-1:11111111-2222-3333-4444-555555555555")
		.build();

	@Test
	void openWhenSealedForTheSessionThenTheRecordAndNoTokenInTheSealedBytes() throws Exception {
		SessionRecordCipher cipher = SessionRecordCipher.of(KEY, List.of());

		byte[] sealed = cipher.seal(this.record, SESSION_KEY);

		assertThat(cipher.open(sealed, SESSION_KEY)).isEqualTo(this.record);
		String text = new String(sealed, StandardCharsets.ISO_8859_1);
		assertThat(text).doesNotContain("eyJ").doesNotContain("opaque-refresh-token").doesNotContain("alice");
		assertThat(cipher.seal(this.record, SESSION_KEY)).as("a fresh nonce each time").isNotEqualTo(sealed);
	}

	@Test
	void openWhenReadForAnotherSessionThenUnreadable() {
		SessionRecordCipher cipher = SessionRecordCipher.of(KEY, List.of());
		byte[] sealed = cipher.seal(this.record, SESSION_KEY);

		assertThatExceptionOfType(UnreadableRecordException.class)
			.isThrownBy(() -> cipher.open(sealed, "session:another-user"))
			.withMessageStartingWith("the session record cannot be decrypted");
	}

	@Test
	void openWhenSealedWithAPreviousKeyThenOpenedAndSealedAgainWithTheCurrentOne() throws Exception {
		byte[] sealed = SessionRecordCipher.of(OLD_KEY, List.of()).seal(this.record, SESSION_KEY);
		SessionRecordCipher rotated = SessionRecordCipher.of(KEY, List.of(OLD_KEY));

		assertThat(rotated.open(sealed, SESSION_KEY)).isEqualTo(this.record);
		byte[] resealed = rotated.seal(this.record, SESSION_KEY);
		assertThat(SessionRecordCipher.of(KEY, List.of()).open(resealed, SESSION_KEY)).isEqualTo(this.record);
	}

	@Test
	void openWhenSealedWithAKeyNoLongerListedThenUnreadableNamingTheKeysTried() {
		byte[] sealed = SessionRecordCipher.of(key(3), List.of()).seal(this.record, SESSION_KEY);

		assertThatExceptionOfType(UnreadableRecordException.class)
			.isThrownBy(() -> SessionRecordCipher.of(KEY, List.of(OLD_KEY)).open(sealed, SESSION_KEY))
			.withMessageContaining("cannot be decrypted")
			.withMessageEndingWith("(tried the current and 1 previous key(s))");
	}

	@Test
	void openWhenModifiedThenUnreadable() {
		SessionRecordCipher cipher = SessionRecordCipher.of(KEY, List.of());
		byte[] sealed = cipher.seal(this.record, SESSION_KEY);
		sealed[sealed.length - 1] ^= 1;

		assertThatExceptionOfType(UnreadableRecordException.class).isThrownBy(() -> cipher.open(sealed, SESSION_KEY));
	}

	@Test
	void openWhenAStoreFileOfTheSameKeyThenRefusedByItsPurpose() throws Exception {
		byte[] sessionFile = SessionFileFormat.seal(SessionRecordCodec.encode(this.record),
				SessionFileFormat.Purpose.SESSION, new Base64SessionKeySource(KEY).getKey(),
				new java.security.SecureRandom());

		assertThatExceptionOfType(UnreadableRecordException.class)
			.isThrownBy(() -> SessionRecordCipher.of(KEY, List.of()).open(sessionFile, SESSION_KEY))
			.withMessageContaining("session store file, not a session record of an HTTP session");
	}

	@Test
	void toStringWhenPrintedThenNoKey() {
		assertThat(SessionRecordCipher.of(KEY, List.of(OLD_KEY)))
			.hasToString("SessionRecordCipher[key=[PROTECTED], previousKeys=1]");
	}

	private static String key(int fill) {
		byte[] bytes = new byte[32];
		java.util.Arrays.fill(bytes, (byte) fill);
		return Base64.getEncoder().encodeToString(bytes);
	}

}
