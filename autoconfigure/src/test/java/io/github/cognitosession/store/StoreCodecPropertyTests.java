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
import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.security.SecureRandom;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.Map;

import javax.crypto.SecretKey;
import javax.crypto.spec.SecretKeySpec;

import io.github.cognitosession.device.DeviceSecrets;
import io.github.cognitosession.state.UserState;
import io.github.cognitosession.store.SessionFileFormat.Purpose;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.constraints.IntRange;
import net.jqwik.api.constraints.Size;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatExceptionOfType;

/**
 * Property-based tests for the store's codecs ({@link SessionRecordCodec},
 * {@link DeviceSecretsCodec}) and envelope ({@link SessionFileFormat}): what they write
 * they read back unchanged, and whatever bytes they are given they either read or reject
 * with {@link UnreadableSessionFileException}, the one failure that makes the store move
 * a file aside, and never with another exception.
 *
 * @author Cognito Session contributors
 */
class StoreCodecPropertyTests {

	private static final SecretKey KEY = new SecretKeySpec(new byte[32], "AES");

	private static final SecureRandom RANDOM = new SecureRandom();

	@Property(tries = 200)
	void sessionRecordCodecWhenEncodedThenDecodedUnchanged(@ForAll("records") SessionRecord record) throws Exception {
		assertThat(SessionRecordCodec.decode(SessionRecordCodec.encode(record))).isEqualTo(record);
	}

	@Property(tries = 300)
	void sessionRecordCodecWhenAnyBytesThenRecordOrUnreadable(@ForAll @Size(max = 300) byte[] bytes) {
		decodeOrUnreadable(() -> SessionRecordCodec.decode(bytes));
	}

	@Property(tries = 300)
	void sessionRecordCodecWhenEncodingDamagedThenRecordOrUnreadable(@ForAll("records") SessionRecord record,
			@ForAll("damages") Damage damage) {
		byte[] damaged = damage.apply(SessionRecordCodec.encode(record));
		decodeOrUnreadable(() -> SessionRecordCodec.decode(damaged));
	}

	@Property(tries = 300)
	void sessionRecordCodecWhenArbitraryFieldsThenRecordOrUnreadable(@ForAll("fieldLists") byte[] bytes) {
		decodeOrUnreadable(() -> SessionRecordCodec.decode(bytes));
	}

	@Property(tries = 300)
	void deviceSecretsCodecWhenArbitraryFieldsThenSecretsOrUnreadable(@ForAll("deviceFieldLists") byte[] bytes) {
		decodeOrUnreadable(() -> DeviceSecretsCodec.decode(bytes));
	}

	@Property(tries = 200)
	void deviceSecretsCodecWhenEncodedThenDecodedUnchanged(@ForAll("devices") Map<String, DeviceSecrets> devices)
			throws Exception {
		assertThat(DeviceSecretsCodec.decode(DeviceSecretsCodec.encode(devices))).isEqualTo(devices);
	}

	@Property(tries = 300)
	void deviceSecretsCodecWhenAnyBytesThenSecretsOrUnreadable(@ForAll @Size(max = 300) byte[] bytes) {
		decodeOrUnreadable(() -> DeviceSecretsCodec.decode(bytes));
	}

	@Property(tries = 300)
	void deviceSecretsCodecWhenEncodingDamagedThenSecretsOrUnreadable(
			@ForAll("devices") Map<String, DeviceSecrets> devices, @ForAll("damages") Damage damage) {
		byte[] damaged = damage.apply(DeviceSecretsCodec.encode(devices));
		decodeOrUnreadable(() -> DeviceSecretsCodec.decode(damaged));
	}

	@Property(tries = 100)
	void sessionFileFormatWhenSealedThenOpenedOnlyForItsPurpose(@ForAll @Size(max = 2000) byte[] plaintext,
			@ForAll Purpose purpose) throws Exception {
		byte[] file = SessionFileFormat.seal(plaintext, purpose, KEY, RANDOM);
		assertThat(SessionFileFormat.open(file, purpose, KEY).plaintext()).isEqualTo(plaintext);
		Purpose other = (purpose == Purpose.SESSION) ? Purpose.DEVICE_SECRETS : Purpose.SESSION;
		assertThatExceptionOfType(UnreadableSessionFileException.class)
			.isThrownBy(() -> SessionFileFormat.open(file, other, KEY));
	}

	@Property(tries = 300)
	void sessionFileFormatWhenAnyByteChangedThenUnreadable(@ForAll @Size(max = 500) byte[] plaintext,
			@ForAll Purpose purpose, @ForAll @IntRange(min = 0, max = 10_000) int position,
			@ForAll @IntRange(min = 1, max = 255) int flip) throws Exception {
		byte[] file = SessionFileFormat.seal(plaintext, purpose, KEY, RANDOM);
		int index = position % file.length;
		file[index] ^= (byte) flip;
		assertThatExceptionOfType(UnreadableSessionFileException.class)
			.isThrownBy(() -> SessionFileFormat.open(file, purpose, KEY));
	}

	@Property(tries = 300)
	void sessionFileFormatWhenAnyBytesThenUnreadable(@ForAll("files") byte[] file, @ForAll Purpose purpose) {
		assertThatExceptionOfType(UnreadableSessionFileException.class)
			.isThrownBy(() -> SessionFileFormat.open(file, purpose, KEY));
	}

	private static void decodeOrUnreadable(Decoder decoder) {
		try {
			decoder.decode();
		}
		catch (UnreadableSessionFileException ex) {
			assertThat(ex.getMessage()).isNotBlank();
		}
	}

	@Provide
	Arbitrary<SessionRecord> records() {
		Arbitrary<String> value = Arbitraries
			.oneOf(Arbitraries.strings().ofMaxLength(40), Arbitraries.strings().all().ofMaxLength(10),
					Arbitraries.just(""))
			.filter(StoreCodecPropertyTests::isWellFormed)
			.injectNull(0.4);
		return Combinators.combine(Arbitraries.of(UserState.class), value, value, value, value, value, value, value)
			.as((state, username, idToken, accessToken, refreshToken, identityId, provider,
					federatedToken) -> SessionRecord.builder()
						.state(state)
						.username(username)
						.idToken(idToken)
						.accessToken(accessToken)
						.refreshToken(refreshToken)
						.identityId(identityId)
						.federatedProvider(provider)
						.federatedToken(federatedToken)
						.build());
	}

	@Provide
	Arbitrary<Map<String, DeviceSecrets>> devices() {
		Arbitrary<String> text = Arbitraries.strings()
			.ofMinLength(1)
			.ofMaxLength(30)
			.filter((s) -> !s.isBlank() && isWellFormed(s));
		Arbitrary<DeviceSecrets> secrets = Combinators.combine(text, text, text).as(DeviceSecrets::new);
		return Arbitraries.maps(text, secrets).ofMaxSize(4).map(LinkedHashMap::new);
	}

	@Provide
	Arbitrary<Damage> damages() {
		Arbitrary<Integer> position = Arbitraries.integers().between(0, 10_000);
		return Arbitraries.oneOf(
				position.map((at) -> (Damage) (bytes) -> Arrays.copyOf(bytes, at % (bytes.length + 1))),
				Combinators.combine(position, Arbitraries.integers().between(1, 255))
					.as((at, flip) -> (Damage) (bytes) -> {
						byte[] copy = bytes.clone();
						if (copy.length > 0) {
							copy[at % copy.length] ^= flip.byteValue();
						}
						return copy;
					}),
				Combinators.combine(position, Arbitraries.bytes().array(byte[].class).ofMaxSize(8))
					.as((at, inserted) -> (Damage) (bytes) -> {
						int index = at % (bytes.length + 1);
						byte[] copy = new byte[bytes.length + inserted.length];
						System.arraycopy(bytes, 0, copy, 0, index);
						System.arraycopy(inserted, 0, copy, index, inserted.length);
						System.arraycopy(bytes, index, copy, index + inserted.length, bytes.length - index);
						return copy;
					}));
	}

	/**
	 * Well-formed fields ({@code tag | length | UTF-8 value}) with arbitrary tags and
	 * values, ended by tag 0 or not: what a decoder meets when a file is valid in form
	 * but not in content.
	 */
	@Provide
	Arbitrary<byte[]> fieldLists() {
		Arbitrary<String> value = Arbitraries.oneOf(Arbitraries.of("", " ", "\t", "SIGNED_IN", "GUEST", "alice"),
				Arbitraries.strings().ofMaxLength(12));
		Arbitrary<byte[]> field = Combinators.combine(Arbitraries.integers().between(1, 9), value).as((tag, text) -> {
			byte[] utf8 = text.getBytes(StandardCharsets.UTF_8);
			return ByteBuffer.allocate(5 + utf8.length).put(tag.byteValue()).putInt(utf8.length).put(utf8).array();
		});
		return Combinators.combine(field.list().ofMaxSize(10), Arbitraries.of(true, true, false))
			.as((fields, ended) -> {
				ByteArrayOutputStream bytes = new ByteArrayOutputStream();
				fields.forEach(bytes::writeBytes);
				if (ended) {
					bytes.write(0);
				}
				return bytes.toByteArray();
			});
	}

	/**
	 * Device entries in form (username, key, group key, password) with arbitrary values,
	 * some fields missing.
	 */
	@Provide
	Arbitrary<byte[]> deviceFieldLists() {
		Arbitrary<String> value = Arbitraries.oneOf(Arbitraries.of("", " ", "\t", "alice"),
				Arbitraries.strings().ofMaxLength(12));
		Arbitrary<byte[]> entry = Combinators.combine(value, value, value, value, Arbitraries.integers().between(0, 8))
			.as((username, key, group, password, missing) -> {
				ByteArrayOutputStream bytes = new ByteArrayOutputStream();
				String[] values = { username, key, group, password };
				for (int tag = 1; tag <= 4; tag++) {
					if (tag != missing) {
						bytes.writeBytes(field(tag, values[tag - 1]));
					}
				}
				return bytes.toByteArray();
			});
		return entry.list().ofMaxSize(3).map((entries) -> {
			ByteArrayOutputStream bytes = new ByteArrayOutputStream();
			entries.forEach(bytes::writeBytes);
			bytes.write(0);
			return bytes.toByteArray();
		});
	}

	private static byte[] field(int tag, String value) {
		byte[] utf8 = value.getBytes(StandardCharsets.UTF_8);
		return ByteBuffer.allocate(5 + utf8.length).put((byte) tag).putInt(utf8.length).put(utf8).array();
	}

	@Provide
	Arbitrary<byte[]> files() {
		Arbitrary<byte[]> tail = Arbitraries.bytes().array(byte[].class).ofMaxSize(80);
		return Arbitraries.oneOf(tail,
				Combinators.combine(Arbitraries.bytes(), Arbitraries.bytes(), tail).as((version, purpose, rest) -> {
					byte[] file = new byte[6 + rest.length];
					System.arraycopy(SessionFileFormat.MAGIC, 0, file, 0, 4);
					file[4] = (byte) ((version & 1) + 1);
					file[5] = purpose;
					System.arraycopy(rest, 0, file, 6, rest.length);
					return file;
				}));
	}

	// Text the codecs can hold: UTF-8 has no form for half a surrogate pair.
	private static boolean isWellFormed(String value) {
		for (int i = 0; i < value.length(); i++) {
			char c = value.charAt(i);
			if (Character.isHighSurrogate(c) && i + 1 < value.length()
					&& Character.isLowSurrogate(value.charAt(i + 1))) {
				i++;
			}
			else if (Character.isSurrogate(c)) {
				return false;
			}
		}
		return true;
	}

	@FunctionalInterface
	interface Damage {

		byte[] apply(byte[] bytes);

	}

	@FunctionalInterface
	interface Decoder {

		Object decode() throws UnreadableSessionFileException;

	}

}
