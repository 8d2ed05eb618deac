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
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.Arrays;
import java.util.Base64;
import java.util.Map;

import io.github.cognitosession.device.DeviceSecrets;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;

import org.springframework.boot.test.system.CapturedOutput;
import org.springframework.boot.test.system.OutputCaptureExtension;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatExceptionOfType;

/**
 * Tests for {@link EncryptedFileDeviceSecretsStore} and {@link DeviceSecretsCodec}.
 *
 * @author Cognito Session contributors
 */
@ExtendWith(OutputCaptureExtension.class)
class EncryptedFileDeviceSecretsStoreTests {

	private static final Clock CLOCK = Clock.fixed(Instant.parse("2026-03-07T09:05:03Z"), ZoneOffset.UTC);

	private static final String KEY = Base64.getEncoder().encodeToString(new byte[32]);

	private static final DeviceSecrets ALICE = new DeviceSecrets("us-east-1_1111", "-group1", "device-password-a");

	private static final DeviceSecrets BOB = new DeviceSecrets("us-east-1_2222", "-group2", "device-password-b");

	@TempDir
	Path directory;

	private EncryptedFileSessionStore sessionStore() {
		return EncryptedFileSessionStore.builder(this.directory.resolve("session.bin"))
			.base64Key(KEY)
			.clock(CLOCK)
			.build();
	}

	@Test
	void loadWhenSavedByAnotherInstanceThenSameSecretsPerUser() {
		EncryptedFileDeviceSecretsStore store = sessionStore().deviceSecretsStore();
		store.save("alice", ALICE);
		store.save("bob", BOB);
		EncryptedFileDeviceSecretsStore reopened = sessionStore().deviceSecretsStore();
		assertThat(reopened.load("alice")).contains(ALICE);
		assertThat(reopened.load("bob")).contains(BOB);
		assertThat(reopened.load("carol")).isEmpty();
	}

	@Test
	void loadWhenSessionStoreClearedThenDeviceSecretsSurvive() {
		EncryptedFileSessionStore sessionStore = sessionStore();
		sessionStore.save(TestSessionRecords.realistic());
		sessionStore.deviceSecretsStore().save("alice", ALICE);
		sessionStore.clear();
		assertThat(sessionStore.load()).isEmpty();
		assertThat(sessionStore.deviceSecretsStore().load("alice")).contains(ALICE);
	}

	@Test
	void loadWhenStoreWrittenBeforeDeviceTrackingThenSessionReadsAndNoDevices() {
		EncryptedFileSessionStore sessionStore = sessionStore();
		sessionStore.save(TestSessionRecords.realistic());
		assertThat(sessionStore.deviceSecretsStore().getFile()).doesNotExist();
		assertThat(sessionStore().load()).contains(TestSessionRecords.realistic());
		assertThat(sessionStore().deviceSecretsStore().load("alice")).isEmpty();
	}

	@Test
	void removeWhenUserHasSecretsThenOnlyThatUserIsForgotten() {
		EncryptedFileDeviceSecretsStore store = sessionStore().deviceSecretsStore();
		store.save("alice", ALICE);
		store.save("bob", BOB);
		store.remove("alice");
		store.remove("nobody");
		assertThat(store.load("alice")).isEmpty();
		assertThat(store.load("bob")).contains(BOB);
	}

	@Test
	void saveWhenWrittenThenFileHoldsNoSecretInPlaintext() throws Exception {
		EncryptedFileDeviceSecretsStore store = sessionStore().deviceSecretsStore();
		store.save("alice", ALICE);
		String content = Files.readString(store.getFile(), StandardCharsets.ISO_8859_1);
		assertThat(content).doesNotContain(ALICE.getDeviceKey(), ALICE.getDeviceGroupKey(), ALICE.getDevicePassword(),
				"alice");
		assertThat(store.toString()).doesNotContain(ALICE.getDevicePassword());
	}

	@Test
	void loadWhenSessionFileSwappedInThenNotReadAsDeviceSecrets(CapturedOutput output) throws Exception {
		EncryptedFileSessionStore sessionStore = sessionStore();
		sessionStore.save(TestSessionRecords.realistic());
		EncryptedFileDeviceSecretsStore store = sessionStore.deviceSecretsStore();
		Files.copy(sessionStore.getStoreFile(), store.getFile());
		// a session record's fields would read as a device of user "SIGNED_IN"
		assertThat(store.load("SIGNED_IN")).isEmpty();
		assertThat(output.getAll()).contains("it is a session store file, not a device secrets file");
	}

	@Test
	void loadWhenVersionOneSessionFileSwappedInThenRecognisedByItsContent(CapturedOutput output) throws Exception {
		EncryptedFileDeviceSecretsStore store = sessionStore().deviceSecretsStore();
		Files.write(store.getFile(), sealVersionOne(SessionRecordCodec.encode(TestSessionRecords.realistic())));
		assertThat(store.load("SIGNED_IN")).isEmpty();
		assertThat(output.getAll()).contains("it is a session store file, not a device secrets file");
	}

	@Test
	void loadWhenVersionOneFileOfEarlierReleaseThenReadAndRewrittenAsVersionTwoAtNextWrite() throws Exception {
		EncryptedFileDeviceSecretsStore store = sessionStore().deviceSecretsStore();
		Files.write(store.getFile(), sealVersionOne(DeviceSecretsCodec.encode(Map.of("alice", ALICE))));
		assertThat(store.load("alice")).contains(ALICE);
		store.save("bob", BOB);
		assertThat(Arrays.copyOf(Files.readAllBytes(store.getFile()), 6)).containsExactly('C', 'G', 'S', 'S', 2, 2);
		assertThat(sessionStore().deviceSecretsStore().load("alice")).contains(ALICE);
		assertThat(sessionStore().deviceSecretsStore().load("bob")).contains(BOB);
	}

	@Test
	void loadWhenFileIsCorruptThenMovedAsideAndEmpty(CapturedOutput output) throws Exception {
		EncryptedFileDeviceSecretsStore store = sessionStore().deviceSecretsStore();
		store.save("alice", ALICE);
		byte[] content = Files.readAllBytes(store.getFile());
		content[content.length - 1] ^= 1;
		Files.write(store.getFile(), content);
		assertThat(store.load("alice")).isEmpty();
		assertThat(store.getFile()).doesNotExist();
		assertThat(output.getAll()).contains("Device secrets file").contains("unreadable");
		store.save("bob", BOB);
		assertThat(store.load("bob")).contains(BOB);
	}

	@Test
	void decodeWhenValueIsBlankThenUnreadable() {
		// found by StoreCodecPropertyTests: a blank value made DeviceSecrets throw
		// IllegalArgumentException instead of the file being moved aside
		byte[] encoded = DeviceSecretsCodec.encode(Map.of("alice", new DeviceSecrets("key", "group", "x")));
		encoded[encoded.length - 2] = ' ';
		assertThatExceptionOfType(UnreadableSessionFileException.class)
			.isThrownBy(() -> DeviceSecretsCodec.decode(encoded))
			.withMessage("the device secrets have an incomplete entry");
	}

	@Test
	void decodeWhenEntryIsIncompleteThenUnreadable() {
		byte[] encoded = DeviceSecretsCodec.encode(Map.of("alice", ALICE));
		// Cut the password field and end the list there.
		byte[] truncated = java.util.Arrays.copyOf(encoded,
				encoded.length - 1 - 5 - ALICE.getDevicePassword().length() + 1);
		truncated[truncated.length - 1] = DeviceSecretsCodec.TAG_END;
		assertThatExceptionOfType(UnreadableSessionFileException.class)
			.isThrownBy(() -> DeviceSecretsCodec.decode(truncated))
			.withMessage("the device secrets have an incomplete entry");
	}

	@Test
	void decodeWhenUnknownTagThenSkipped() throws Exception {
		byte[] encoded = DeviceSecretsCodec.encode(Map.of("alice", ALICE));
		byte[] extended = new byte[encoded.length + 6];
		System.arraycopy(encoded, 0, extended, 0, encoded.length - 1);
		int at = encoded.length - 1;
		extended[at] = 9;
		extended[at + 4] = 1;
		extended[at + 5] = 'x';
		extended[extended.length - 1] = DeviceSecretsCodec.TAG_END;
		assertThat(DeviceSecretsCodec.decode(extended)).containsEntry("alice", ALICE);
	}

	/**
	 * A file as earlier releases wrote it: format version 1, whose five header bytes did
	 * not name the purpose.
	 */
	private static byte[] sealVersionOne(byte[] plaintext) throws Exception {
		byte[] header = { 'C', 'G', 'S', 'S', 1 };
		return SealedFiles.seal(KEY, header, new byte[12], plaintext);
	}

}
