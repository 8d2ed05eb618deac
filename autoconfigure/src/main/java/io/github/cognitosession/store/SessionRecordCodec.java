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

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.DataInputStream;
import java.io.DataOutputStream;
import java.io.EOFException;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.util.HashSet;
import java.util.Set;

import io.github.cognitosession.state.UserState;

/**
 * The plaintext form of a {@link SessionRecord} inside the encrypted store file.
 * <p>
 * A sequence of fields, each {@code tag (1 byte) | length (4 bytes, big-endian) | UTF-8
 * value}, ended by tag {@code 0}. Absent values are simply not written. The state is
 * written by its enum name, never its ordinal. Unknown tags are skipped, so fields can be
 * added later without a new file format version; a missing state, a repeated tag, a bad
 * length or trailing bytes make the record malformed.
 *
 * @author Cognito Session contributors
 */
final class SessionRecordCodec {

	static final int TAG_END = 0;

	static final int TAG_STATE = 1;

	static final int TAG_USERNAME = 2;

	static final int TAG_ID_TOKEN = 3;

	static final int TAG_ACCESS_TOKEN = 4;

	static final int TAG_REFRESH_TOKEN = 5;

	static final int TAG_IDENTITY_ID = 6;

	static final int TAG_FEDERATED_PROVIDER = 7;

	static final int TAG_FEDERATED_TOKEN = 8;

	private SessionRecordCodec() {
	}

	static byte[] encode(SessionRecord record) {
		ByteArrayOutputStream bytes = new ByteArrayOutputStream(4096);
		try (DataOutputStream out = new DataOutputStream(bytes)) {
			writeField(out, TAG_STATE, record.getState().name());
			writeField(out, TAG_USERNAME, record.getUsername());
			writeField(out, TAG_ID_TOKEN, record.getIdToken());
			writeField(out, TAG_ACCESS_TOKEN, record.getAccessToken());
			writeField(out, TAG_REFRESH_TOKEN, record.getRefreshToken());
			writeField(out, TAG_IDENTITY_ID, record.getIdentityId());
			writeField(out, TAG_FEDERATED_PROVIDER, record.getFederatedProvider());
			writeField(out, TAG_FEDERATED_TOKEN, record.getFederatedToken());
			out.writeByte(TAG_END);
		}
		catch (IOException ex) {
			// A ByteArrayOutputStream does not fail.
			throw new UncheckedIOException(ex);
		}
		return bytes.toByteArray();
	}

	private static void writeField(DataOutputStream out, int tag, String value) throws IOException {
		if (value != null) {
			byte[] utf8 = value.getBytes(StandardCharsets.UTF_8);
			out.writeByte(tag);
			out.writeInt(utf8.length);
			out.write(utf8);
		}
	}

	static SessionRecord decode(byte[] plaintext) throws UnreadableSessionFileException {
		SessionRecord.Builder builder = SessionRecord.builder();
		Set<Integer> seen = new HashSet<>();
		boolean hasState = false;
		try (DataInputStream in = new DataInputStream(new ByteArrayInputStream(plaintext))) {
			int tag;
			while ((tag = in.readUnsignedByte()) != TAG_END) {
				if (!seen.add(tag)) {
					throw new UnreadableSessionFileException("the session record repeats field " + tag);
				}
				String value = readValue(in, tag);
				switch (tag) {
					case TAG_STATE -> {
						builder.state(parseState(value));
						hasState = true;
					}
					case TAG_USERNAME -> builder.username(value);
					case TAG_ID_TOKEN -> builder.idToken(value);
					case TAG_ACCESS_TOKEN -> builder.accessToken(value);
					case TAG_REFRESH_TOKEN -> builder.refreshToken(value);
					case TAG_IDENTITY_ID -> builder.identityId(value);
					case TAG_FEDERATED_PROVIDER -> builder.federatedProvider(value);
					case TAG_FEDERATED_TOKEN -> builder.federatedToken(value);
					default -> {
						// A field added by a later release: skipped, already consumed.
					}
				}
			}
			if (in.available() > 0) {
				throw new UnreadableSessionFileException("the session record has trailing bytes");
			}
		}
		catch (EOFException ex) {
			throw new UnreadableSessionFileException("the session record is truncated");
		}
		catch (IOException ex) {
			throw new UnreadableSessionFileException("the session record cannot be parsed");
		}
		if (!hasState) {
			throw new UnreadableSessionFileException("the session record has no state");
		}
		return builder.build();
	}

	private static String readValue(DataInputStream in, int tag) throws IOException, UnreadableSessionFileException {
		int length = in.readInt();
		if (length < 0 || length > in.available()) {
			throw new UnreadableSessionFileException("the session record has a bad length for field " + tag);
		}
		byte[] utf8 = in.readNBytes(length);
		try {
			return StandardCharsets.UTF_8.newDecoder()
				.onMalformedInput(CodingErrorAction.REPORT)
				.onUnmappableCharacter(CodingErrorAction.REPORT)
				.decode(ByteBuffer.wrap(utf8))
				.toString();
		}
		catch (CharacterCodingException ex) {
			throw new UnreadableSessionFileException("the session record has invalid UTF-8 in field " + tag);
		}
	}

	private static UserState parseState(String value) throws UnreadableSessionFileException {
		try {
			return UserState.valueOf(value);
		}
		catch (IllegalArgumentException ex) {
			throw new UnreadableSessionFileException("the session record has an unknown state");
		}
	}

}
