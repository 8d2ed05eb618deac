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

import java.io.ByteArrayOutputStream;
import java.io.DataOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatExceptionOfType;

/**
 * Tests for {@link SessionRecordCodec}.
 *
 * @author Cognito Session contributors
 */
class SessionRecordCodecTests {

	@Test
	void decodeWhenFullRecordEncodedThenEqual() throws Exception {
		SessionRecord record = TestSessionRecords.full();
		assertThat(SessionRecordCodec.decode(SessionRecordCodec.encode(record))).isEqualTo(record);
	}

	@Test
	void decodeWhenMinimalRecordEncodedThenEqualWithNullFields() throws Exception {
		SessionRecord decoded = SessionRecordCodec.decode(SessionRecordCodec.encode(TestSessionRecords.minimal()));
		assertThat(decoded).isEqualTo(TestSessionRecords.minimal());
		assertThat(decoded.getUsername()).isNull();
		assertThat(decoded.getRefreshToken()).isNull();
	}

	@Test
	void decodeWhenEmptyStringValueThenKeptDistinctFromAbsent() throws Exception {
		SessionRecord record = TestSessionRecords.minimal().mutate().username("").build();
		assertThat(SessionRecordCodec.decode(SessionRecordCodec.encode(record)).getUsername()).isEmpty();
	}

	@Test
	void decodeWhenUnknownFieldFromLaterReleaseThenSkipped() throws Exception {
		byte[] bytes = fields(field(SessionRecordCodec.TAG_STATE, "SIGNED_IN"), field(99, "future"),
				field(SessionRecordCodec.TAG_USERNAME, "alice"), new byte[] { 0 });
		SessionRecord record = SessionRecordCodec.decode(bytes);
		assertThat(record.getUsername()).isEqualTo("alice");
	}

	@Test
	void decodeWhenStateMissingThenUnreadable() {
		byte[] bytes = fields(field(SessionRecordCodec.TAG_USERNAME, "alice"), new byte[] { 0 });
		assertThatExceptionOfType(UnreadableSessionFileException.class)
			.isThrownBy(() -> SessionRecordCodec.decode(bytes))
			.withMessage("the session record has no state");
	}

	@Test
	void decodeWhenUnknownStateThenUnreadable() {
		byte[] bytes = fields(field(SessionRecordCodec.TAG_STATE, "DANCING"), new byte[] { 0 });
		assertThatExceptionOfType(UnreadableSessionFileException.class)
			.isThrownBy(() -> SessionRecordCodec.decode(bytes))
			.withMessage("the session record has an unknown state");
	}

	@Test
	void decodeWhenFieldRepeatedThenUnreadable() {
		byte[] bytes = fields(field(SessionRecordCodec.TAG_STATE, "SIGNED_IN"),
				field(SessionRecordCodec.TAG_STATE, "GUEST"), new byte[] { 0 });
		assertThatExceptionOfType(UnreadableSessionFileException.class)
			.isThrownBy(() -> SessionRecordCodec.decode(bytes))
			.withMessageContaining("repeats field 1");
	}

	@Test
	void decodeWhenEndMarkerMissingThenTruncated() {
		byte[] encoded = SessionRecordCodec.encode(TestSessionRecords.full());
		assertThatExceptionOfType(UnreadableSessionFileException.class)
			.isThrownBy(() -> SessionRecordCodec.decode(Arrays.copyOf(encoded, encoded.length - 1)))
			.withMessage("the session record is truncated");
	}

	@Test
	void decodeWhenLengthBeyondDataThenUnreadable() {
		byte[] encoded = SessionRecordCodec.encode(TestSessionRecords.full());
		assertThatExceptionOfType(UnreadableSessionFileException.class)
			.isThrownBy(() -> SessionRecordCodec.decode(Arrays.copyOf(encoded, 40)))
			.withMessageContaining("bad length");
	}

	@Test
	void decodeWhenTrailingBytesThenUnreadable() {
		byte[] encoded = SessionRecordCodec.encode(TestSessionRecords.minimal());
		assertThatExceptionOfType(UnreadableSessionFileException.class)
			.isThrownBy(() -> SessionRecordCodec.decode(Arrays.copyOf(encoded, encoded.length + 3)))
			.withMessage("the session record has trailing bytes");
	}

	@Test
	void decodeWhenInvalidUtf8ThenUnreadable() {
		byte[] bytes = fields(new byte[] { SessionRecordCodec.TAG_STATE, 0, 0, 0, 2, (byte) 0xC3, (byte) 0x28 },
				new byte[] { 0 });
		assertThatExceptionOfType(UnreadableSessionFileException.class)
			.isThrownBy(() -> SessionRecordCodec.decode(bytes))
			.withMessageContaining("invalid UTF-8");
	}

	private static byte[] field(int tag, String value) {
		ByteArrayOutputStream bytes = new ByteArrayOutputStream();
		try (DataOutputStream out = new DataOutputStream(bytes)) {
			byte[] utf8 = value.getBytes(StandardCharsets.UTF_8);
			out.writeByte(tag);
			out.writeInt(utf8.length);
			out.write(utf8);
		}
		catch (IOException ex) {
			throw new IllegalStateException(ex);
		}
		return bytes.toByteArray();
	}

	private static byte[] fields(byte[]... parts) {
		ByteArrayOutputStream bytes = new ByteArrayOutputStream();
		for (byte[] part : parts) {
			bytes.writeBytes(part);
		}
		return bytes.toByteArray();
	}

}
