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

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.attribute.PosixFilePermissions;
import java.security.GeneralSecurityException;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Base64;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CyclicBarrier;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.function.UnaryOperator;
import java.util.stream.Stream;

import io.github.cognitosession.device.DeviceSecrets;

import org.junit.jupiter.api.Named;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

import org.springframework.boot.test.system.CapturedOutput;
import org.springframework.boot.test.system.OutputCaptureExtension;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatExceptionOfType;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

/**
 * Tests for {@link EncryptedFileSessionStore}.
 *
 * @author Cognito Session contributors
 */
@ExtendWith(OutputCaptureExtension.class)
class EncryptedFileSessionStoreTests {

	private static final Clock CLOCK = Clock.fixed(Instant.parse("2026-01-02T03:04:05Z"), ZoneOffset.UTC);

	private static final String KEY = Base64.getEncoder().encodeToString(bytes(32, 1));

	private static final String OTHER_KEY = Base64.getEncoder().encodeToString(bytes(32, 2));

	private static final String CORRUPT_SUFFIX = ".corrupt-20260102T030405Z";

	/**
	 * The OS lock file a write takes beside the store. It holds no data and stays:
	 * deleting it would let another process lock a new file while one still holds the
	 * old.
	 */
	private static final String LOCK_FILE = "session.bin.lock";

	@TempDir
	Path directory;

	private Path storeFile() {
		return this.directory.resolve("session.bin");
	}

	private EncryptedFileSessionStore store(String base64Key) {
		return EncryptedFileSessionStore.builder(storeFile()).base64Key(base64Key).clock(CLOCK).build();
	}

	@Test
	void loadWhenKeyIsNotTheApplicationsThenNothingReadOrWritten() throws IOException {
		// one file for the whole process: a per-user session never lands in it
		EncryptedFileSessionStore store = store(KEY);
		store.save(SessionRepository.APPLICATION_KEY, TestSessionRecords.full());
		assertThat(store.load(SessionRepository.APPLICATION_KEY)).contains(TestSessionRecords.full());
		assertThat(store.load("user:alice")).isEmpty();
		assertThatIllegalArgumentException().isThrownBy(() -> store.save("user:alice", TestSessionRecords.minimal()))
			.withMessageContaining("application's session only");
		store.remove("user:alice");
		assertThat(store.load()).contains(TestSessionRecords.full());
	}

	@Test
	void loadWhenNoFileThenEmptyAndNothingCreated() throws IOException {
		assertThat(store(KEY).load()).isEmpty();
		assertThat(directoryContents()).isEmpty();
	}

	@Test
	void loadWhenFullRecordSavedThenEqual() {
		EncryptedFileSessionStore store = store(KEY);
		store.save(TestSessionRecords.full());
		assertThat(store.load()).contains(TestSessionRecords.full());
	}

	@Test
	void loadWhenMinimalRecordSavedThenEqual() {
		EncryptedFileSessionStore store = store(KEY);
		store.save(TestSessionRecords.full());
		store.save(TestSessionRecords.minimal());
		assertThat(store.load()).contains(TestSessionRecords.minimal());
	}

	@Test
	void loadWhenNewInstanceWithSameKeyThenSessionRestored() {
		store(KEY).save(TestSessionRecords.realistic());
		assertThat(store(KEY).load()).contains(TestSessionRecords.realistic());
	}

	@Test
	void loadWhenNewInstanceWithGeneratedKeyThenKeyFileReusedAndSessionRestored() throws IOException {
		EncryptedFileSessionStore.create(storeFile()).save(TestSessionRecords.realistic());
		Path keyFile = this.directory.resolve("session.bin.key");
		byte[] key = Files.readAllBytes(keyFile);
		assertThat(EncryptedFileSessionStore.create(storeFile()).load()).contains(TestSessionRecords.realistic());
		assertThat(Files.readAllBytes(keyFile)).isEqualTo(key);
		assertThat(directoryContents()).containsExactlyInAnyOrder("session.bin", "session.bin.key", LOCK_FILE);
	}

	@Test
	void saveWhenSessionStoredThenFileHoldsNoReadableSecret() throws IOException {
		SessionRecord record = TestSessionRecords.realistic();
		store(KEY).save(record);
		String content = new String(Files.readAllBytes(storeFile()), StandardCharsets.ISO_8859_1);
		assertThat(content).startsWith("CGSS\u0002\u0001");
		for (String secret : List.of(record.getIdToken(), record.getAccessToken(), record.getRefreshToken())) {
			// Any 16 consecutive characters of a token would betray it.
			for (int start = 0; start + 16 <= secret.length(); start += 16) {
				assertThat(content).doesNotContain(secret.substring(start, start + 16));
			}
		}
		assertThat(content).doesNotContain(record.getUsername(), "alice", record.getIdentityId(), "SIGNED_IN");
	}

	@Test
	void saveWhenSameRecordTwiceThenFreshNonceEachTime() throws IOException {
		EncryptedFileSessionStore store = store(KEY);
		store.save(TestSessionRecords.minimal());
		byte[] first = Files.readAllBytes(storeFile());
		store.save(TestSessionRecords.minimal());
		byte[] second = Files.readAllBytes(storeFile());
		assertThat(Arrays.copyOfRange(second, 6, 18)).isNotEqualTo(Arrays.copyOfRange(first, 6, 18));
		assertThat(second).isNotEqualTo(first);
	}

	@Test
	void saveWhenRealisticSessionThenFileIsPlaintextPlusFixedOverhead() throws IOException {
		SessionRecord record = TestSessionRecords.realistic();
		store(KEY).save(record);
		int plaintext = SessionRecordCodec.encode(record).length;
		assertThat(Files.size(storeFile())).isEqualTo(plaintext + 34L).isLessThan(4096);
	}

	@Test
	void saveWhenDirectoryMissingThenCreatesOwnerOnlyDirectoryAndFiles() throws IOException {
		Path storeFile = this.directory.resolve("home/.cognito-session/session.bin");
		EncryptedFileSessionStore.builder(storeFile).clock(CLOCK).build().save(TestSessionRecords.realistic());
		Path keyFile = storeFile.resolveSibling("session.bin.key");
		assertThat(storeFile).isRegularFile();
		assertThat(keyFile).isRegularFile();
		assumeTrue(OwnerOnlyFiles.isPosix(storeFile), "POSIX permissions");
		assertThat(permissions(storeFile)).isEqualTo("rw-------");
		assertThat(permissions(keyFile)).isEqualTo("rw-------");
		assertThat(permissions(storeFile.getParent())).isEqualTo("rwx------");
		assertThat(permissions(storeFile.getParent().getParent())).isEqualTo("rwx------");
	}

	@Test
	void saveWhenExistingFileHasWiderPermissionsThenReplacedByOwnerOnlyFile() throws IOException {
		store(KEY).save(TestSessionRecords.minimal());
		assumeTrue(OwnerOnlyFiles.isPosix(storeFile()), "POSIX permissions");
		Files.setPosixFilePermissions(storeFile(), PosixFilePermissions.fromString("rw-r--r--"));
		store(KEY).save(TestSessionRecords.realistic());
		assertThat(permissions(storeFile())).isEqualTo("rw-------");
	}

	@Test
	void loadAndSaveWhenStoreDirectoryAccessibleByOthersThenRefusedNamingDirectoryAndFix() throws IOException {
		store(KEY).save(TestSessionRecords.realistic());
		assumeTrue(OwnerOnlyFiles.isPosix(storeFile()), "POSIX permissions");
		byte[] before = Files.readAllBytes(storeFile());
		Files.setPosixFilePermissions(this.directory, PosixFilePermissions.fromString("rwxr-xr-x"));
		EncryptedFileSessionStore store = store(KEY);
		assertThatExceptionOfType(SessionStoreException.class).isThrownBy(store::load)
			.withMessageContaining("Session store directory '" + this.directory + "' is accessible by other users")
			.withMessageContaining("rwxr-xr-x")
			.withMessageContaining("'chmod 700 " + this.directory + "'")
			.withMessageContaining("cognito.session.store-path");
		assertThatExceptionOfType(SessionStoreException.class)
			.isThrownBy(() -> store.save(TestSessionRecords.minimal()))
			.withMessageContaining("chmod 700");
		assertThatExceptionOfType(SessionStoreException.class)
			.isThrownBy(() -> store.deviceSecretsStore().load("alice"))
			.withMessageContaining("chmod 700");
		assertThat(Files.readAllBytes(storeFile())).isEqualTo(before);
		Files.setPosixFilePermissions(this.directory, PosixFilePermissions.fromString("rwx------"));
		assertThat(store.load()).contains(TestSessionRecords.realistic());
	}

	@Test
	void saveWhenGeneratedKeyFileReadableByOthersThenRefusedAndNothingWritten() throws IOException {
		EncryptedFileSessionStore.builder(storeFile()).clock(CLOCK).build().save(TestSessionRecords.minimal());
		Path keyFile = EncryptedFileSessionStore.defaultKeyFile(storeFile());
		assumeTrue(OwnerOnlyFiles.isPosix(keyFile), "POSIX permissions");
		byte[] before = Files.readAllBytes(storeFile());
		Files.setPosixFilePermissions(keyFile, PosixFilePermissions.fromString("rw-rw----"));
		EncryptedFileSessionStore store = EncryptedFileSessionStore.builder(storeFile()).clock(CLOCK).build();
		assertThatExceptionOfType(SessionStoreException.class)
			.isThrownBy(() -> store.save(TestSessionRecords.realistic()))
			.withMessageContaining("'chmod 600 " + keyFile + "'");
		assertThat(Files.readAllBytes(storeFile())).isEqualTo(before);
	}

	@Test
	void saveWhenWriteFailsBeforeRenameThenPreviousFileIntactAndNoTempLeft() throws IOException {
		store(KEY).save(TestSessionRecords.realistic());
		byte[] before = Files.readAllBytes(storeFile());
		List<Path> temps = new ArrayList<>();
		EncryptedFileSessionStore failing = EncryptedFileSessionStore.builder(storeFile())
			.base64Key(KEY)
			.writeHook((temp) -> {
				temps.add(temp);
				throw new IOException("simulated: No space left on device");
			})
			.build();
		assertThatExceptionOfType(SessionStoreException.class).isThrownBy(() -> failing.save(TestSessionRecords.full()))
			.withMessageContaining(storeFile().toString())
			.withMessageContaining("No space left on device")
			.withMessageContaining("previously stored session is unchanged");
		assertThat(temps).hasSize(1);
		assertThat(temps.get(0)).doesNotExist();
		assertThat(Files.readAllBytes(storeFile())).isEqualTo(before);
		assertThat(store(KEY).load()).contains(TestSessionRecords.realistic());
		assertThat(directoryContents()).containsExactlyInAnyOrder("session.bin", LOCK_FILE);
	}

	@Test
	void saveWhenFirstWriteFailsThenNoStoreFile() throws IOException {
		EncryptedFileSessionStore failing = EncryptedFileSessionStore.builder(storeFile())
			.base64Key(KEY)
			.writeHook((temp) -> {
				throw new IOException("simulated");
			})
			.build();
		assertThatExceptionOfType(SessionStoreException.class)
			.isThrownBy(() -> failing.save(TestSessionRecords.full()));
		assertThat(directoryContents()).containsExactly(LOCK_FILE);
	}

	@Test
	void saveWhenNullThenIllegalArgumentException() {
		assertThatIllegalArgumentException().isThrownBy(() -> store(KEY).save(null))
			.withMessage("record cannot be null");
	}

	@Test
	void loadWhenWrongKeyThenEmptyFileMovedAsideAndWarningNamesFileNotKey(CapturedOutput output) throws IOException {
		store(KEY).save(TestSessionRecords.realistic());
		byte[] written = Files.readAllBytes(storeFile());
		assertThat(store(OTHER_KEY).load()).isEmpty();
		Path aside = this.directory.resolve("session.bin" + CORRUPT_SUFFIX);
		assertThat(storeFile()).doesNotExist();
		assertThat(Files.readAllBytes(aside)).isEqualTo(written);
		assertThat(output).contains("WARN")
			.contains("Session store file '" + storeFile() + "' is unreadable")
			.contains("encrypted with another key")
			.contains("Moved it to '" + aside + "'")
			.doesNotContain(KEY)
			.doesNotContain(OTHER_KEY)
			.doesNotContain(TestSessionRecords.realistic().getRefreshToken().substring(0, 40));
	}

	@ParameterizedTest
	@MethodSource("corruptions")
	void loadWhenFileCorruptThenEmptyAndMovedAsideWithReason(UnaryOperator<byte[]> corruption, String reason,
			CapturedOutput output) throws IOException {
		store(KEY).save(TestSessionRecords.realistic());
		byte[] corrupt = corruption.apply(Files.readAllBytes(storeFile()));
		Files.write(storeFile(), corrupt);
		assertThat(store(KEY).load()).isEmpty();
		assertThat(storeFile()).doesNotExist();
		assertThat(Files.readAllBytes(this.directory.resolve("session.bin" + CORRUPT_SUFFIX))).isEqualTo(corrupt);
		assertThat(output).contains("WARN").contains(storeFile().toString()).contains(reason).doesNotContain(KEY);
	}

	static Stream<Arguments> corruptions() {
		return Stream.of(
				corruption("truncated by ten bytes", (bytes) -> Arrays.copyOf(bytes, bytes.length - 10),
						"cannot be decrypted"),
				corruption("truncated to the header", (bytes) -> Arrays.copyOf(bytes, 20), "truncated (20 bytes)"),
				corruption("empty", (bytes) -> new byte[0], "it is empty"),
				corruption("bad magic", (bytes) -> flip(bytes, 0), "bad magic"),
				corruption("tampered ciphertext byte", (bytes) -> flip(bytes, bytes.length / 2), "cannot be decrypted"),
				corruption("tampered nonce", (bytes) -> flip(bytes, 6), "cannot be decrypted"),
				corruption("tampered tag", (bytes) -> flip(bytes, bytes.length - 1), "cannot be decrypted"),
				corruption("unknown future version", (bytes) -> withVersion(bytes, 3), "format version 3"),
				corruption("unknown purpose", (bytes) -> withPurpose(bytes, 7), "unknown purpose 7"),
				corruption("device secrets purpose", (bytes) -> withPurpose(bytes, 2),
						"it is a device secrets file, not a session store file"),
				corruption("plain text", (bytes) -> "{\"state\":\"SIGNED_IN\"}".getBytes(StandardCharsets.UTF_8),
						"bad magic"),
				corruption("oversized", (bytes) -> Arrays.copyOf(bytes, EncryptedFileSessionStore.MAX_FILE_BYTES + 1),
						"larger than"));
	}

	@Test
	void loadWhenSealedByHandWithCurrentHeaderThenReadable() throws Exception {
		// Control for the next tests: the hand-made envelope matches the store's format.
		byte[] plaintext = SessionRecordCodec.encode(TestSessionRecords.realistic());
		Files.write(storeFile(), sealWithHeader(plaintext, new byte[] { 'C', 'G', 'S', 'S', 2, 1 }));
		assertThat(store(KEY).load()).contains(TestSessionRecords.realistic());
	}

	@Test
	void loadWhenCiphertextSealedUnderAnotherPurposeThenRejectedBecauseHeaderIsAuthenticated(CapturedOutput output)
			throws Exception {
		byte[] plaintext = SessionRecordCodec.encode(TestSessionRecords.realistic());
		byte[] forged = withPurpose(sealWithHeader(plaintext, new byte[] { 'C', 'G', 'S', 'S', 2, 2 }), 1);
		Files.write(storeFile(), forged);
		assertThat(store(KEY).load()).isEmpty();
		assertThat(output).contains("cannot be decrypted");
	}

	@Test
	void loadWhenVersionOneFileOfEarlierReleaseThenReadAndRewrittenAsVersionTwoAtNextSave() throws Exception {
		byte[] plaintext = SessionRecordCodec.encode(TestSessionRecords.realistic());
		Files.write(storeFile(), sealWithHeader(plaintext, new byte[] { 'C', 'G', 'S', 'S', 1 }));
		EncryptedFileSessionStore store = store(KEY);
		assertThat(store.load()).contains(TestSessionRecords.realistic());
		store.save(TestSessionRecords.full());
		assertThat(Arrays.copyOf(Files.readAllBytes(storeFile()), 6)).containsExactly('C', 'G', 'S', 'S', 2, 1);
		assertThat(store(KEY).load()).contains(TestSessionRecords.full());
	}

	@Test
	void loadWhenDeviceSecretsFileSwappedInThenNotReadAsSession(CapturedOutput output) throws IOException {
		EncryptedFileSessionStore store = store(KEY);
		store.save(TestSessionRecords.realistic());
		store.deviceSecretsStore().save("alice", new DeviceSecrets("us-east-1_1111", "-group1", "device-password-1"));
		Files.copy(store.deviceSecretsStore().getFile(), storeFile(), StandardCopyOption.REPLACE_EXISTING);
		assertThat(store.load()).isEmpty();
		assertThat(output).contains("it is a device secrets file, not a session store file");
	}

	@Test
	void loadWhenCorruptTwiceInSameSecondThenSecondFileGetsCounterSuffix() throws IOException {
		Files.write(storeFile(), new byte[] { 1 });
		store(KEY).load();
		Files.write(storeFile(), new byte[] { 2 });
		store(KEY).load();
		assertThat(this.directory.resolve("session.bin" + CORRUPT_SUFFIX)).hasBinaryContent(new byte[] { 1 });
		assertThat(this.directory.resolve("session.bin" + CORRUPT_SUFFIX + "-1")).hasBinaryContent(new byte[] { 2 });
	}

	@Test
	void loadWhenCorruptFileMovedAsideThenSaveWorksAgain() {
		EncryptedFileSessionStore store = store(KEY);
		store(OTHER_KEY).save(TestSessionRecords.full());
		assertThat(store.load()).isEmpty();
		store.save(TestSessionRecords.realistic());
		assertThat(store.load()).contains(TestSessionRecords.realistic());
	}

	@Test
	void loadWhenGeneratedKeyFileDeletedThenNewKeyAndOldStoreMovedAside() throws IOException {
		EncryptedFileSessionStore.create(storeFile()).save(TestSessionRecords.realistic());
		Files.delete(this.directory.resolve("session.bin.key"));
		EncryptedFileSessionStore store = EncryptedFileSessionStore.builder(storeFile()).clock(CLOCK).build();
		assertThat(store.load()).isEmpty();
		assertThat(directoryContents()).containsExactlyInAnyOrder("session.bin.key", "session.bin" + CORRUPT_SUFFIX,
				LOCK_FILE);
		store.save(TestSessionRecords.minimal());
		assertThat(EncryptedFileSessionStore.create(storeFile()).load()).contains(TestSessionRecords.minimal());
	}

	@Test
	void loadWhenStorePathIsDirectoryThenSessionStoreExceptionNamingFile() throws IOException {
		Files.createDirectory(storeFile());
		assertThatExceptionOfType(SessionStoreException.class).isThrownBy(() -> store(KEY).load())
			.withMessageContaining("Cannot read session store file '" + storeFile() + "'");
		assertThat(storeFile()).isDirectory();
	}

	@Test
	void loadWhenKeyFileCannotBeCreatedThenSessionStoreException() throws IOException {
		Path blocker = this.directory.resolve("blocker");
		Files.writeString(blocker, "a file where a directory should be");
		EncryptedFileSessionStore store = EncryptedFileSessionStore.builder(storeFile())
			.keySource(new KeyFileSessionKeySource(blocker.resolve("session.key"), CLOCK))
			.build();
		assertThatExceptionOfType(SessionStoreException.class)
			.isThrownBy(() -> store.save(TestSessionRecords.minimal()))
			.withMessageContaining("session key file '" + blocker.resolve("session.key") + "'");
	}

	@Test
	void saveWhenManyThreadsOfTwoInstancesSaveAtOnceThenEveryLoadReturnsAWrittenRecord() throws Exception {
		// Two instances share nothing but the file, like two processes.
		List<EncryptedFileSessionStore> stores = List.of(store(KEY), store(KEY));
		int threads = 8;
		int rounds = 10;
		Set<SessionRecord> written = ConcurrentHashMap.newKeySet();
		for (int t = 0; t < threads; t++) {
			for (int i = 0; i < rounds; i++) {
				written.add(TestSessionRecords.signedIn("user-" + t + "-" + i));
			}
		}
		CyclicBarrier start = new CyclicBarrier(threads);
		ExecutorService executor = Executors.newFixedThreadPool(threads);
		try {
			List<Future<List<Optional<SessionRecord>>>> results = new ArrayList<>();
			for (int t = 0; t < threads; t++) {
				int thread = t;
				results.add(executor.submit(() -> {
					EncryptedFileSessionStore store = stores.get(thread % 2);
					List<Optional<SessionRecord>> loaded = new ArrayList<>();
					start.await();
					for (int i = 0; i < rounds; i++) {
						store.save(TestSessionRecords.signedIn("user-" + thread + "-" + i));
						loaded.add(store.load());
					}
					return loaded;
				}));
			}
			for (Future<List<Optional<SessionRecord>>> result : results) {
				assertThat(result.get()).hasSize(rounds).allSatisfy((loaded) -> assertThat(loaded).get().isIn(written));
			}
		}
		finally {
			executor.shutdownNow();
		}
		assertThat(store(KEY).load()).get().isIn(written);
		assertThat(directoryContents()).containsExactlyInAnyOrder("session.bin", LOCK_FILE);
	}

	@Test
	void clearWhenCalledTwiceThenFileGoneKeyKeptAndNoError() throws IOException {
		EncryptedFileSessionStore store = EncryptedFileSessionStore.create(storeFile());
		store.save(TestSessionRecords.realistic());
		store.clear();
		store.clear();
		assertThat(storeFile()).doesNotExist();
		assertThat(this.directory.resolve("session.bin.key")).isRegularFile();
		assertThat(store.load()).isEmpty();
	}

	@Test
	void clearWhenNeverSavedThenNoError() {
		store(KEY).clear();
		assertThat(store(KEY).load()).isEmpty();
	}

	@Test
	void builderWhenInvalidKeyThenMessageNamesPropertyButNotKey() {
		String tooShort = Base64.getEncoder().encodeToString(bytes(24, 3));
		assertThatIllegalArgumentException().isThrownBy(() -> store(tooShort))
			.withMessageContaining("cognito.session.encryption-key must decode to 32 bytes")
			.withMessageNotContaining(tooShort);
		assertThatIllegalArgumentException().isThrownBy(() -> store("%%%"))
			.withMessageContaining("cognito.session.encryption-key is not valid base64")
			.withMessageNotContaining("%%%");
	}

	@Test
	void toStringWhenConfiguredKeyThenPrintsPathButNotKey() {
		EncryptedFileSessionStore store = store(KEY);
		store.save(TestSessionRecords.realistic());
		assertThat(store.toString()).contains(storeFile().toString())
			.doesNotContain(KEY)
			.doesNotContain(TestSessionRecords.realistic().getRefreshToken());
	}

	@Test
	void toStringWhenGeneratedKeyThenPrintsKeyFilePathButNotKey() throws IOException {
		EncryptedFileSessionStore store = EncryptedFileSessionStore.create(storeFile());
		store.save(TestSessionRecords.minimal());
		String key = Files.readString(this.directory.resolve("session.bin.key")).strip();
		assertThat(store.toString()).contains(storeFile().toString()).contains("session.bin.key").doesNotContain(key);
	}

	@Test
	void defaultStorePathWhenCalledThenUnderUserHome() {
		assertThat(EncryptedFileSessionStore.defaultStorePath())
			.isEqualTo(Path.of(System.getProperty("user.home"), ".cognito-session", "session.bin"));
		assertThat(EncryptedFileSessionStore.defaultKeyFile(Path.of("/var/app/session.bin")))
			.isEqualTo(Path.of("/var/app/session.bin.key"));
	}

	private List<String> directoryContents() throws IOException {
		try (Stream<Path> files = Files.list(this.directory)) {
			return files.map((file) -> file.getFileName().toString()).toList();
		}
	}

	private static String permissions(Path path) throws IOException {
		return PosixFilePermissions.toString(Files.getPosixFilePermissions(path));
	}

	private static byte[] sealWithHeader(byte[] plaintext, byte[] header) throws GeneralSecurityException {
		return SealedFiles.seal(KEY, header, bytes(12, 9), plaintext);
	}

	private static Arguments corruption(String name, UnaryOperator<byte[]> corruption, String reason) {
		return Arguments.of(Named.of(name, corruption), reason);
	}

	private static byte[] flip(byte[] bytes, int index) {
		byte[] copy = bytes.clone();
		copy[index] ^= 0x01;
		return copy;
	}

	private static byte[] withPurpose(byte[] bytes, int purpose) {
		byte[] copy = bytes.clone();
		copy[5] = (byte) purpose;
		return copy;
	}

	private static byte[] withVersion(byte[] bytes, int version) {
		byte[] copy = bytes.clone();
		copy[4] = (byte) version;
		return copy;
	}

	private static byte[] bytes(int length, int seed) {
		byte[] bytes = new byte[length];
		for (int i = 0; i < length; i++) {
			bytes[i] = (byte) (seed * 31 + i);
		}
		return bytes;
	}

}
